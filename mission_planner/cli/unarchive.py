"""`unarchive FILE.mission [--replace]`: add the mission from an archive, all of it or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from .terminal import shown
from .workspace import creating_workspace


def register(subparsers) -> None:
    parser = subparsers.add_parser("unarchive", help="add a mission from a .mission file")
    parser.add_argument("file", metavar="FILE.mission", type=Path)
    parser.add_argument("--replace", action="store_true", help="replace a mission with the same code")
    parser.add_argument(
        "--update-identity",
        action="store_true",
        help="replace passport numbers and dates of birth of people who are also in other missions",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with creating_workspace(args) as workspace:
        record = workspace.missions.unarchive_mission(
            args.file, replace=args.replace, update_identity=args.update_identity
        )
    print(f"Unarchived {shown(record.mission.code)}: {shown(record.mission.title)}")
    return 0
