import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mission_planner.services import open_workspace


@pytest.fixture
def workspace(tmp_path):
    opened = open_workspace(str(tmp_path / "test.db"))
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _no_user_database(monkeypatch, tmp_path):
    """Tests never touch the user's real database: the default points into tmp_path."""
    monkeypatch.setenv("MISSION_PLANNER_DB", str(tmp_path / "default-from-env.db"))
