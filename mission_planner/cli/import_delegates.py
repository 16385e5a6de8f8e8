"""`import-delegates CODE FILE [--dry-run]`: add and update people from a nomination file."""

from __future__ import annotations

import argparse
from pathlib import Path

from .conflict_text import uninvited_text
from .terminal import shown
from .workspace import workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser("import-delegates", help="import nominations from a CSV or XLSX file")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="show what would change and write nothing")
    parser.add_argument(
        "--update-identity",
        action="store_true",
        help="replace passport numbers and dates of birth of people who are also in other missions",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = workspace_for(args).people.import_delegates(
        args.code, args.file, dry_run=args.dry_run, update_identity=args.update_identity
    )
    for line in report.lines:
        print(shown(line))
    for found in report.uninvited:
        print(f"warning: {shown(uninvited_text(found.country, list(found.people), open_to_all=found.open_to_all))}")
    verb = "Would add" if report.dry_run else "Added"
    print(
        f"{verb} {report.added}, {'would update' if report.dry_run else 'updated'} {report.updated}, "
        f"{report.unchanged} unchanged{' (dry run: nothing written)' if report.dry_run else ''}."
    )
    return 0
