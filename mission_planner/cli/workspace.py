"""Opening the workspace the command line was pointed at."""

from __future__ import annotations

import argparse
import sys

from ..services import Workspace, open_workspace


def workspace_for(args: argparse.Namespace) -> Workspace:
    workspace = open_workspace(args.db)
    if workspace.daily_backup.problem:
        # The command can still run; the user must hear that the safety net has a hole.
        print(f"mission-planner-cli: warning: {workspace.daily_backup.problem}", file=sys.stderr)
    return workspace
