"""The command line: `mission-planner-cli [--db DB] COMMAND ...`, one module per command.

Expected errors print one line on stderr and exit with status 2; anything else is a bug and
shows its traceback. Commands import what they need inside `run`, so `--help` stays quick and
nothing here ever loads Qt.
"""

from __future__ import annotations

import argparse
import os
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
    due,
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
    task,
    task_rules,
    unarchive,
)
from .signals import exit_status, stop_requested, stopped_by_signals
from .terminal import shown

COMMANDS = (
    demo,
    missions,
    import_mission,
    export_mission,
    check,
    due,
    task,
    task_rules,
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
            status = args.run(args) or 0
            sys.stdout.flush()
        return status
    except MissionPlannerError as error:
        print("mission-planner-cli:", "\n".join(_error_lines(error)), file=sys.stderr)
        return exit_status() if stop_requested() else EXIT_INPUT_ERROR
    except BrokenPipeError:
        # The reader went away (`missions | head`): what it wanted it has; end quietly, with 0.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return exit_status()


def _error_lines(error: MissionPlannerError) -> list[str]:
    """The message as shown: one line, or one per problem for a list of them; user text in it
    (a title, a file name) never steers the terminal."""
    message = str(error)
    lines = message.split("\n") if getattr(error, "problems", None) else [message]
    return [shown(line) for line in lines]


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's own flush at exit finds no pipe to fail on."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
