"""`import-delegates CODE FILE [--dry-run] [--map HEADER=FIELD]`: add and update people from a nomination file."""

from __future__ import annotations

import argparse
from pathlib import Path

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
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        type=column_choice,
        help="the field a column the file heads HEADER holds (family_name, country, email, ...), "
        "or 'ignore'; may be given again for other columns",
    )
    parser.set_defaults(run=run)


def column_choice(text: str) -> tuple[str, str | None]:
    """`Nation=country` as (header, field); `Remarks=ignore` as (header, None)."""
    from ..services import NOMINATION_FIELDS

    header, equals, field = text.rpartition("=")
    field = field.strip()
    if not equals or not header.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not HEADER=FIELD")
    if field == "ignore":
        return header.strip(), None
    if field not in NOMINATION_FIELDS:
        raise argparse.ArgumentTypeError(
            f"{field!r} is not a field; the fields are {', '.join(NOMINATION_FIELDS)}, or ignore"
        )
    return header.strip(), field


def run(args: argparse.Namespace) -> int:
    from ..services import unprintable_text
    from .conflict_text import uninvited_text  # here: not needed for --help

    report = workspace_for(args).people.import_delegates(
        args.code, args.file, dry_run=args.dry_run, update_identity=args.update_identity, mapping=dict(args.map)
    )
    for line in report.lines:
        print(shown(line))
    for found in report.uninvited:
        print(f"warning: {shown(uninvited_text(found.country, list(found.people), open_to_all=found.open_to_all))}")
    for odd in report.unprintable:
        print(f"warning: {shown(unprintable_text(odd))}")
    verb = "Would add" if report.dry_run else "Added"
    print(
        f"{verb} {report.added}, {'would update' if report.dry_run else 'updated'} {report.updated}, "
        f"{report.unchanged} unchanged{' (dry run: nothing written)' if report.dry_run else ''}."
    )
    return 0
