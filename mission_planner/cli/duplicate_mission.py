"""`duplicate-mission CODE NEW_CODE --start YYYY-MM-DD`: next year's mission from this year's."""

from __future__ import annotations

import argparse

from .dates import iso_date
from .terminal import shown
from .workspace import workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "duplicate-mission", help="copy a mission's programme, places and budget to a new code and dates"
    )
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("new_code", metavar="NEW_CODE")
    parser.add_argument(
        "--start",
        type=iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="the first day of the new mission; every date moves with it",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    copy = workspace_for(args).missions.duplicate_mission(args.code, args.new_code, args.start)
    mission = copy.mission
    print(f"Created {shown(mission.code)} ({mission.start_date}..{mission.end_date}) from {shown(args.code)}")
    return 0
