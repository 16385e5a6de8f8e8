"""`demo`: load the demo missions (idempotent)."""

from __future__ import annotations

import argparse

from .workspace import creating_workspace


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="load the demo missions (those not loaded yet)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with creating_workspace(args) as workspace:
        added = workspace.missions.load_demo()
    if added:
        print(f"Loaded {len(added)} demo mission{'s' if len(added) != 1 else ''}: {', '.join(added)}")
    else:
        print("The demo missions are already loaded.")
    return 0
