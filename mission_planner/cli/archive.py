"""`archive CODE FILE.mission`: one file with the mission and its images, to hand to a colleague."""

from __future__ import annotations

import argparse
from pathlib import Path

from .terminal import shown
from .workspace import workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser("archive", help="write a mission and its logo and signature to a .mission file")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("file", metavar="FILE.mission", type=Path)
    parser.add_argument(
        "--with-personal-data",
        action="store_true",
        help="include passport numbers and dates of birth (left out unless asked)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    record = workspace_for(args).missions.archive_mission(
        args.code, args.file, with_personal_data=args.with_personal_data
    )
    print(f"Archived {shown(record.mission.code)} to {shown(args.file)}")
    return 0
