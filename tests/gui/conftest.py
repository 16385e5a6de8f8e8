"""GUI tests run offscreen, against a real SQLite database in tmp_path, in pytest-qt's qapp."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from mission_planner.services import open_workspace

from .sample_missions import RECORDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path) -> Path:
    """A database file holding the three test missions (closed again)."""
    path = tmp_path / "t.db"
    workspace = open_workspace(str(path))
    try:
        for record in RECORDS:
            workspace.add_record(record)
    finally:
        workspace.close()
    return path


@pytest.fixture
def missions_workspace(db_path):
    workspace = open_workspace(str(db_path))
    yield workspace
    workspace.close()


@pytest.fixture
def main_window(qtbot, missions_workspace):
    from mission_planner.gui.main_window import MainWindow

    window = MainWindow(missions_workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def child_env(tmp_path) -> dict[str, str]:
    """The environment for a child Python: offscreen, our package importable, logs in tmp_path.

    Run the child with `cwd=ROOT`.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")  # the crash log's folder, on Linux
    return env
