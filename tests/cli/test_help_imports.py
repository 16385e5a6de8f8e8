"""`--help` and `COMMAND --help` start without the database layer: commands load it in `run`."""

import argparse
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from mission_planner.cli import COMMANDS, build_parser
from mission_planner.paths import default_database_path
from mission_planner.storage.daily_backups import daily_backups

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

# Runs `python -m mission_planner ARGS` for each ARGS in turn, in one process, then names what of
# the database layer is loaded.
CHILD = """
import json, runpy, sys
{before}
for args in json.loads(sys.argv[1]):
    sys.argv = ["mission-planner-cli", *args]
    try:
        runpy.run_module("mission_planner", run_name="__main__")
    except SystemExit as stop:
        if stop.code:
            sys.exit(stop.code)
layer = {layer!r}
print("loaded:" + ",".join(sorted(m for m in sys.modules if any(m == p or m.startswith(p + ".") for p in layer))))
"""


def run_cli(
    *invocations: list[str], before: str = "", layer: tuple[str, ...] = DATABASE_LAYER
) -> tuple[str, list[str]]:
    """What the invocations printed, and the modules of `layer` loaded after them."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(before=before, layer=layer), json.dumps(invocations)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    *shown, last = result.stdout.strip().splitlines()
    loaded = last.removeprefix("loaded:")
    return "\n".join(shown), loaded.split(",") if loaded else []


def commands() -> list[str]:
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(subparsers.choices)


def test_help_loads_no_database_layer():
    shown, loaded = run_cli(["--help"])
    assert shown.startswith("usage: mission-planner-cli") and "COMMAND" in shown
    assert loaded == []


def test_every_commands_help_loads_no_database_layer():
    names = commands()
    shown, loaded = run_cli(*([name, "--help"] for name in names), ["rules", "use", "--help"])
    usages = [line.split()[:3] for line in shown.splitlines() if line.startswith("usage: ")]
    assert usages == [["usage:", "mission-planner-cli", name] for name in (*names, "rules")]
    assert loaded == []


def test_the_child_would_see_the_database_layer_if_it_were_loaded():
    """The checks above can fail: the same child, after importing the workspace, names what came."""
    _shown, loaded = run_cli(["--help"], before="import mission_planner.services.workspace")
    assert {"sqlalchemy", "sqlmodel", "pydantic", "mission_planner.services.workspace"} <= set(loaded)


def test_a_command_still_loads_what_it_needs(tmp_path):
    """The deferred imports resolve: a command that writes the database runs."""
    shown, loaded = run_cli(["--db", str(tmp_path / "new.db"), "demo"], ["--db", str(tmp_path / "new.db"), "missions"])
    assert "23-IP-12-GE-OSM-A" in shown
    assert "sqlalchemy" in loaded


# What `--help` has no use for either (it starts within twice a bare interpreter; these took
# three quarters of it): the domain's records and conflicts, and the documents' package.
DOMAIN_AND_DOCUMENTS = (
    "mission_planner.domain.record",
    "mission_planner.domain.conflicts",
    "mission_planner.services.export",
)


def test_help_loads_neither_the_domain_records_nor_the_documents():
    _shown, loaded = run_cli(["--help"], layer=DOMAIN_AND_DOCUMENTS)
    assert loaded == []
    _shown, loaded = run_cli(["--help"], before="import mission_planner.services.export", layer=DOMAIN_AND_DOCUMENTS)
    assert "mission_planner.services.export" in loaded  # the check can fail


def test_export_help_and_a_wrong_kind_still_name_the_kinds():
    shown, _loaded = run_cli(["export", "--help"])
    assert "KIND is one of: itinerary-pdf" in shown
    result = subprocess.run(
        [sys.executable, "-m", "mission_planner", "export", "X", "no-such-kind", "-o", "out"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "invalid choice: 'no-such-kind' (choose from 'itinerary-pdf'" in result.stderr


# `missions` reads the list with sqlite3 alone where that changes nothing the user sees
# (storage/quick_list.py); the full way loads the database layer.
SQL_LAYER = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "mission_planner.services.workspace")


def test_missions_reads_the_list_without_the_database_layer(demo_db):
    shown, loaded = run_cli(["--db", demo_db, "missions"], layer=SQL_LAYER)
    assert "23-IP-12-GE-OSM-A" in shown
    assert loaded == []


def test_missions_goes_the_full_way_where_the_quick_list_steps_aside(demo_db):
    """The check above can fail: a file the full opening makes private again is read the full way."""
    os.chmod(demo_db, 0o644)
    shown, loaded = run_cli(["--db", demo_db, "missions"], layer=SQL_LAYER)
    assert "23-IP-12-GE-OSM-A" in shown
    assert "sqlalchemy" in loaded


def test_missions_on_the_default_database_is_quick_once_todays_backup_is_made(demo_db, tmp_path, monkeypatch):
    monkeypatch.delenv("MISSION_PLANNER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = default_database_path()
    default.parent.mkdir(parents=True)
    shutil.copyfile(demo_db, default)
    os.chmod(default, 0o600)

    first, loaded = run_cli(["missions"], layer=SQL_LAYER)
    assert "sqlalchemy" in loaded  # the first opening of the day makes today's backup
    assert [p.name for p in daily_backups(default)] == [f"mission-planner-{date.today().isoformat()}.db"]
    again, loaded = run_cli(["missions"], layer=SQL_LAYER)
    assert loaded == []  # then nothing would change: the quick read
    assert again == first and "23-IP-12-GE-OSM-A" in again

    # More backups than the setting keeps (7): opening would remove the oldest, so it goes the full way.
    for day in range(1, 8):
        shutil.copyfile(demo_db, default.parent / "backups" / f"mission-planner-2020-01-0{day}.db")
    _shown, loaded = run_cli(["missions"], layer=SQL_LAYER)
    assert "sqlalchemy" in loaded
    assert len(daily_backups(default)) == 7
    _shown, loaded = run_cli(["missions"], layer=SQL_LAYER)
    assert loaded == []


# `--help` imports no command's module: it lists each by the name and line in cli.COMMANDS.
def command_modules() -> tuple[str, ...]:
    return tuple(f"mission_planner.cli.{name.replace('-', '_')}" for name in COMMANDS)


def test_help_imports_no_commands_module():
    shown, loaded = run_cli(["--help"], layer=command_modules())
    assert "    missions           list the missions" in shown
    assert loaded == []


def test_a_command_imports_its_own_module_only():
    """The check above can fail: `missions --help` loads the missions module, and no other."""
    _shown, loaded = run_cli(["missions", "--help"], layer=command_modules())
    assert loaded == ["mission_planner.cli.missions"]


def test_help_lists_each_command_with_the_line_its_module_registers():
    subparsers = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert {action.dest: action.help for action in subparsers._choices_actions} == COMMANDS
    assert list(subparsers.choices) == list(COMMANDS)


def test_every_command_module_is_listed():
    modules = {
        path.stem
        for path in (ROOT / "mission_planner" / "cli").glob("*.py")
        if "\ndef register(" in path.read_text(encoding="utf-8")
    }
    assert modules == {name.replace("-", "_") for name in COMMANDS}


def test_help_and_errors_read_as_with_every_command_built():
    """The quick parse changes nothing the user sees: `--help`, a wrong command, a wrong option."""
    full = build_parser()
    for args in (["--help"], ["nope"], [], ["missions", "--nope"], ["rules", "use", "--help"]):
        result = subprocess.run(
            [sys.executable, "-m", "mission_planner", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
        )
        with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()) as err:
            try:
                full.parse_args(args)
            except SystemExit as stop:
                status = stop.code
        assert (result.returncode, result.stdout, result.stderr) == (status, out.getvalue(), err.getvalue()), args
