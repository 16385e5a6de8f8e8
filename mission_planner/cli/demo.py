"""`demo [--today DATE]`: load the demo missions (idempotent); the one in planning is dated
from the day of loading."""

from __future__ import annotations

import argparse

from .dates import iso_date
from .workspace import creating_workspace


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="load the demo missions (those not loaded yet)")
    parser.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day of loading the mission in planning is dated from (default: today)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with creating_workspace(args) as workspace:
        added = workspace.missions.load_demo(today=args.today)
    if added:
        print(f"Loaded {len(added)} demo mission{'s' if len(added) != 1 else ''}: {', '.join(added)}")
    else:
        print("The demo missions are already loaded.")
    return 0
