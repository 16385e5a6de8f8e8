"""`restore PATH`: replace the database with a backup, keeping a copy of the one replaced."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept in 'backups')",
        description="Replace the database with the Mission Planner database PATH. A copy of the current "
        "database is kept in the 'backups' folder beside it. Close the desktop application first.",
    )
    parser.add_argument("path", metavar="PATH", type=Path)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..paths import resolve_database
    from ..services import restore_database
    from .terminal import shown

    location = resolve_database(args.db)[0]
    restored = restore_database(location, args.path)
    print(f"Restored {shown(args.path)} (schema revision {restored.revision}) as the database {shown(location)}")
    if restored.previous is not None:
        print(f"The database it replaced is kept as {shown(restored.previous)}")
    return 0
