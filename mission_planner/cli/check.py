"""`check CODE`: conflicts and warnings, errors first; exit 1 when any is an error."""

from __future__ import annotations

import argparse

from .dates import iso_date
from .terminal import shown
from .workspace import workspace_for

EXIT_CONFLICTS = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="list a mission's conflicts; exit 1 when any is an error")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the date to check deadlines against (default: today)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .conflict_text import describe  # here: the domain's conflicts are not needed for --help

    report = workspace_for(args).missions.check(args.code, today=args.today)
    for conflict in report.conflicts:
        print(f"{conflict.severity.value}: {shown(describe(conflict, report.record))}")
    errors, warnings = len(report.errors), len(report.warnings)
    if not report.conflicts:
        print(f"{shown(report.record.mission.code)}: no conflicts.")
    else:
        print(f"{shown(report.record.mission.code)}: {_count(errors, 'error')}, {_count(warnings, 'warning')}.")
    return EXIT_CONFLICTS if errors else 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
