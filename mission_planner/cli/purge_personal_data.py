"""`purge-personal-data CODE`: erase passport data and dates of birth after a mission."""

from __future__ import annotations

import argparse

from .terminal import shown
from .workspace import workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "purge-personal-data", help="erase passport numbers and dates of birth of a mission's people"
    )
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("--force", action="store_true", help="purge even before the mission has ended")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = workspace_for(args).people.purge_personal_data(args.code, force=args.force)
    print(f"Erased the personal data of {report.erased} people of {shown(args.code)}; the mission's log records it.")
    if report.kept:
        print(f"Kept that of {report.kept} who take part in a mission that has not ended.")
    return 0
