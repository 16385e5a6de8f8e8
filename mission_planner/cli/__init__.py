"""The command line: `mission-planner-cli [--db DB] COMMAND ...`, one module per command.

Expected errors print one line on stderr and exit with status 2; anything else is a bug and
shows its traceback. Commands import what they need inside `run`, so `--help` stays quick and
nothing here ever loads Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import MissionPlannerError
from . import (
    archive,
    backup,
    budget,
    certificates,
    check,
    demo,
    duplicate_mission,
    export,
    export_mission,
    import_attendance,
    import_delegates,
    import_mission,
    missions,
    people,
    purge_personal_data,
    restore,
    rules,
    unarchive,
)
from .signals import exit_status, stop_requested, stopped_by_signals

COMMANDS = (
    demo,
    missions,
    import_mission,
    export_mission,
    check,
    import_delegates,
    import_attendance,
    people,
    certificates,
    purge_personal_data,
    budget,
    rules,
    export,
    duplicate_mission,
    backup,
    restore,
    archive,
    unarchive,
)
EXIT_INPUT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mission-planner-cli",
        description="Plan observational study missions and produce their documents, headless.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="DB",
        help="database file or SQLAlchemy URL (default: $MISSION_PLANNER_DB, then the user's data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with stopped_by_signals():
            return args.run(args) or 0
    except MissionPlannerError as error:
        print(f"mission-planner-cli: {error}", file=sys.stderr)
        return exit_status() if stop_requested() else EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        return exit_status()
