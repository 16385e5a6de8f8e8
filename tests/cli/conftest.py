import shutil

import pytest

from tests.cli.runner import cli

# The day the CLI tests' demo is loaded: the mission in planning then runs 11 to 13 January 2027.
DEMO_LOADED = "2026-12-10"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A database with the demo missions, loaded once by the real `demo` command on DEMO_LOADED."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = cli("--db", str(path), "demo", "--today", DEMO_LOADED)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A private copy of the demo database for one test."""
    copy = tmp_path / "demo.db"
    shutil.copy2(demo_template, copy)
    return str(copy)
