"""The command line: `mission-planner-cli [--db DB] COMMAND ...`, one module per command.

Expected errors print one line on stderr and exit with status 2; anything else is a bug and
shows its traceback. Only the chosen command's module is imported, and commands import what they
need inside `run`, so `--help` stays quick and nothing here ever loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import MissionPlannerError

# Each command, in the order `--help` lists it, with the line it lists: `cli/<command>.py` (dashes
# as underscores) registers it with the same line (a test keeps the two equal). The module is
# imported only when its command is chosen, so `--help` loads none of them.
COMMANDS: dict[str, str] = {
    "demo": "load the demo missions (those not loaded yet)",
    "missions": "list the missions",
    "import-mission": "add a mission from a JSON file",
    "import-notification": "a new mission (or a new revision of its notification) from the APO's Project Notification",
    "export-mission": "write a mission to a JSON file",
    "check": "list a mission's conflicts; exit 1 when any is an error",
    "due": "list the tasks due across missions, overdue first; exit 1 when any is overdue",
    "task": "mark a mission's task done, open again, or not applicable",
    "task-rules": "list the task rules, and change their days for the organization or one mission",
    "import-delegates": "import nominations from a CSV or XLSX file",
    "import-attendance": "read an online meeting's participant report (Zoom's CSV columns)",
    "import-evaluation": "read the responses exported from a form tool (Google Forms, Microsoft Forms; CSV or XLSX)",
    "people": "list a mission's people: uid, role, status, country, organization",
    "certificates": "list who is eligible for a certificate of attendance",
    "purge-personal-data": "erase passport numbers and dates of birth of a mission's people",
    "budget": "the budget split between payers",
    "rules": "list, use and export rule sets",
    "export": "write a document",
    "duplicate-mission": "copy a mission's programme, places and budget to a new code and dates",
    "backup": "copy the database to a file (SQLite only; use pg_dump for a server)",
    "restore": "replace the database with a backup (the current one is kept in 'backups')",
    "archive": "write a mission and its logo and signature to a .mission file",
    "unarchive": "add a mission from a .mission file",
}
EXIT_INPUT_ERROR = 2


def command_module(name: str):
    """The module of the command `name` (imported now)."""
    return importlib.import_module(f"{__name__}.{name.replace('-', '_')}")


def build_parser(chosen: str | None = None, *, every: bool = True) -> argparse.ArgumentParser:
    """The command line's parser: with every command's own arguments, or (`every=False`) only
    those of `chosen`, the others by name and help line alone (`--help` and a wrong or missing
    command need no more)."""
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
    for name, line in COMMANDS.items():
        if every or name == chosen:
            command_module(name).register(subparsers)
        else:  # takes anything: only which command it is matters (`parse_arguments`)
            subparsers.add_parser(name, help=line, add_help=False)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments, read by a parser holding the chosen command's arguments alone: which one it
    is is found first with none (`--help`, `--version` and a wrong or missing command end there)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    chosen, _rest = build_parser(every=False).parse_known_args(argv)
    return build_parser(chosen.command, every=False).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    from .signals import exit_status, stop_requested, stopped_by_signals

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
    from .terminal import shown

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
