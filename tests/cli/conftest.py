import shutil

import pytest

from tests.cli.runner import cli


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A database with the demo missions, loaded once by the real `demo` command."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = cli("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A private copy of the demo database for one test."""
    copy = tmp_path / "demo.db"
    shutil.copy2(demo_template, copy)
    return str(copy)
