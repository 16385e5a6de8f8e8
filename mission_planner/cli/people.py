"""`people CODE [--format table|csv|json]`: a mission's people with the uids other commands take
(`export ... --person UID`)."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from .workspace import workspace_for

COLUMNS = ("uid", "name", "role", "status", "country", "organization")


def register(subparsers) -> None:
    parser = subparsers.add_parser("people", help="list a mission's people: uid, role, status, country, organization")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..services import person_key

    record = workspace_for(args).missions.load_record(args.code)
    people = {person.uid: person for person in record.people}
    rows = [
        {
            "uid": part.person_uid,
            "name": people[part.person_uid].full_name,
            "role": part.role.value,
            "status": part.status.value,
            "country": people[part.person_uid].country,
            "organization": people[part.person_uid].organization,
        }
        for part in sorted(record.participations, key=lambda part: person_key(people[part.person_uid]))
    ]
    {"json": _json, "csv": _csv, "table": _table}[args.format](record.mission.code, rows)
    return 0


def _json(code: str, rows: list[dict]) -> None:
    print(json.dumps({"mission": code, "people": rows}, indent=2, ensure_ascii=False))


def _csv(code: str, rows: list[dict]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _table(code: str, rows: list[dict]) -> None:
    if not rows:
        print(f"{code} has no people yet.")
        return
    widths = {column: max(len(column), *(len(row[column]) for row in rows)) for column in COLUMNS[:-1]}
    print("  ".join(f"{column:<{widths[column]}}" for column in COLUMNS[:-1]) + "  organization")
    for row in rows:
        print("  ".join(f"{row[column]:<{widths[column]}}" for column in COLUMNS[:-1]) + f"  {row['organization']}")
