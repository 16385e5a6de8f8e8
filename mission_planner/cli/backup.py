"""`backup PATH [--keep-daily N]`: a consistent copy of the database, taken while it may be in use."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="copy the database to a file (SQLite only; use pg_dump for a server)",
        description="Copy the database to PATH (a file, or a folder to put a dated copy in). "
        "The default database is also backed up once a day into a 'backups' folder beside it.",
    )
    parser.add_argument("path", metavar="PATH", type=Path, nargs="?")
    parser.add_argument(
        "--keep-daily", metavar="N", type=int, help="how many daily backups of the default database to keep (7)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..paths import resolve_database
    from ..services import backup_database
    from .terminal import shown

    if args.path is None and args.keep_daily is None:
        raise InputError("give a PATH to back up to, or --keep-daily N")
    if args.keep_daily is not None:
        from .workspace import workspace_for

        workspace = workspace_for(args)
        workspace.settings.set_kept_daily_backups(args.keep_daily)
        workspace.close()
        print(f"Keeping the newest {args.keep_daily} daily backups.")
    if args.path is not None:
        target = backup_database(resolve_database(args.db)[0], args.path)
        print(f"Backed up the database to {shown(target)}")
    return 0
