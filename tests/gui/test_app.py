"""The application's entry point: --smoke in a child process, database errors, the first start."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from mission_planner.gui.app import build_parser, open_start_workspace
from mission_planner.services.demo_missions import demo_files

ROOT = Path(__file__).resolve().parents[2]
FIRST_PAINT = re.compile(r"^first paint: (\d+) ms$", re.MULTILINE)


def run_gui(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mission_planner.gui", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_smoke_prints_milliseconds_to_first_paint(db_path, child_env):
    result = run_gui(["--db", str(db_path), "--smoke"], child_env)
    assert result.returncode == 0, result.stderr
    found = FIRST_PAINT.search(result.stdout)
    assert found, result.stdout
    assert 0 < int(found.group(1)) < 60_000
    # The window paints first, then the quick reads list the missions and show the first one's
    # Overview, then the database fills every tab: each step in order, none missing.
    steps = re.findall(
        r"^(first paint|list filled|mission shown|mission opened|longest block): (\d+) ms$", result.stdout, re.M
    )
    names = [name for name, _ in steps]
    assert names == ["first paint", "list filled", "mission shown", "mission opened", "longest block"]
    paint, listed, shown, opened = (int(ms) for _, ms in steps[:4])
    assert paint <= listed <= shown <= opened


@pytest.mark.slow
def test_smoke_on_a_file_that_is_not_a_database(tmp_path, child_env):
    bad = tmp_path / "notes.db"
    bad.write_text("shopping list, not a database\n" * 100, encoding="utf-8")
    result = run_gui(["--db", str(bad), "--smoke"], child_env)
    assert result.returncode == 2
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    # The window painted before the database was tried; nothing was listed from it.
    assert "list filled" not in result.stdout


def test_arguments():
    args = build_parser().parse_args(["--db", "x.db", "--lang", "ko", "--smoke"])
    assert (args.db, args.lang, args.smoke) == ("x.db", "ko", True)
    assert build_parser().parse_args([]).lang is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])


def test_a_database_named_by_the_user_is_not_filled_with_the_demo(tmp_path):
    workspace = open_start_workspace(str(tmp_path / "mine.db"))
    try:
        assert not workspace.is_default
        assert workspace.missions.is_empty()
    finally:
        workspace.close()


def test_first_start_on_the_default_database_brings_the_demo(tmp_path, monkeypatch):
    monkeypatch.delenv("MISSION_PLANNER_DB", raising=False)
    monkeypatch.setattr("mission_planner.paths.default_database_path", lambda: tmp_path / "default.db")
    workspace = open_start_workspace(None)
    try:
        assert workspace.is_default
        assert sorted(m.code for m in workspace.missions.list_missions()) == [path.stem for path in demo_files()]
    finally:
        workspace.close()


def test_the_shipped_fonts_are_offered_to_the_window(qapp):
    from PySide6.QtGui import QFontDatabase

    from mission_planner.gui.app import add_shipped_fonts

    add_shipped_fonts()
    families = set(QFontDatabase.families())
    assert {"Noto Sans", "Droid Sans Fallback", "Noto Sans Thai", "Noto Naskh Arabic"} <= families


def test_a_database_readable_by_others_is_made_private_and_the_log_says_so(tmp_path, monkeypatch):
    path = tmp_path / "copied.db"
    open_start_workspace(str(path)).close()
    path.chmod(0o644)
    monkeypatch.setattr("mission_planner.gui.opening.log_folder", lambda: tmp_path / "logs")
    workspace = open_start_workspace(str(path))
    workspace.close()
    assert path.stat().st_mode & 0o777 == 0o600
    logged = (tmp_path / "logs" / "mission-planner.log").read_text(encoding="utf-8")
    assert f"{path} was readable by others; it is now private to you (mode 600)" in logged
