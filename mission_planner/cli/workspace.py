"""Opening the workspace the command line was pointed at."""

from __future__ import annotations

import argparse

from ..services import Workspace, open_workspace


def workspace_for(args: argparse.Namespace) -> Workspace:
    return open_workspace(args.db)
