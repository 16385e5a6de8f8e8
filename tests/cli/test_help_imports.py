"""`--help` and `COMMAND --help` start without the database layer: commands load it in `run`."""

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from mission_planner.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]

# The database layer, and the services' facade that brings it in. The table of document kinds
# (services/export) is pure Python and may load: `export --help` lists the kinds.
DATABASE_LAYER = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "alembic",
    "mission_planner.storage",
    "mission_planner.services.workspace",
)

CHILD = """
import runpy, sys
{before}
sys.argv = ["mission-planner-cli", *sys.argv[1:]]
try:
    runpy.run_module("mission_planner", run_name="__main__")
except SystemExit as stop:
    status = stop.code
layer = {layer!r}
loaded = sorted(m for m in sys.modules if any(m == p or m.startswith(p + ".") for p in layer))
print("loaded:" + ",".join(loaded))
sys.exit(status)
"""


def help_of(*args: str, before: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CHILD.format(before=before, layer=DATABASE_LAYER), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def commands() -> list[str]:
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(subparsers.choices)


@pytest.mark.parametrize("args", [("--help",), *((name, "--help") for name in commands()), ("rules", "use", "--help")])
def test_help_loads_no_database_layer(args):
    result = help_of(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: mission-planner-cli"), result.stdout
    assert result.stdout.strip().splitlines()[-1] == "loaded:", result.stdout


def test_the_child_would_see_the_database_layer_if_it_were_loaded():
    """The check above can fail: the same child, after importing the workspace, names what came."""
    result = help_of("--help", before="import mission_planner.services.workspace")
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip().splitlines()[-1].removeprefix("loaded:").split(",")
    assert {"sqlalchemy", "sqlmodel", "pydantic", "mission_planner.services.workspace"} <= set(loaded), loaded


def test_a_command_still_loads_what_it_needs(tmp_path):
    """The deferred imports resolve: a command that reads the database runs and reports."""
    result = help_of("--db", str(tmp_path / "new.db"), "demo")
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy" in result.stdout.strip().splitlines()[-1].removeprefix("loaded:").split(",")
