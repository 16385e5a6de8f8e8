"""Opening the workspace the command line was pointed at."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..errors import MissionPlannerError
from .terminal import shown

if TYPE_CHECKING:
    from ..services import Workspace


def workspace_for(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    """The database `--db` names. Only commands that create data (`create`) may make a new
    database file; the others refuse a path where there is none, so a typo creates nothing."""
    from ..services import open_workspace  # here, not above: `--help` never loads the database layer

    workspace = open_workspace(args.db, create=create)
    for notice in workspace.notices:
        print(f"mission-planner-cli: notice: {shown(notice)}", file=sys.stderr)
    if workspace.daily_backup.problem:
        # The command can still run; the user must hear that the safety net has a hole.
        print(f"mission-planner-cli: warning: {shown(workspace.daily_backup.problem)}", file=sys.stderr)
    return workspace


@contextlib.contextmanager
def creating_workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """A workspace for a command that creates data; if the command is refused, a database file
    made for it is removed again: a refusal writes nothing."""
    workspace = workspace_for(args, create=True)
    try:
        yield workspace
    except MissionPlannerError:
        workspace.discard_new_file()
        raise
    workspace.close()
