"""`missions` prints the same whichever way it reads the list (quick: sqlite3 alone; full: the
database layer), with the same errors and exit codes."""

import os
import shutil
import sqlite3

from tests.cli.runner import cli
from tests.databases import copy_sqlite_template


def test_the_quick_and_the_full_way_print_the_same(demo_db, tmp_path):
    with sqlite3.connect(demo_db) as connection:  # an archived mission and a title in Hangul
        connection.execute(
            "UPDATE mission SET archived = 1, title = '서울 관찰 연수 🌏' WHERE code = '23-IP-12-GE-OSM-A'"
        )
    connection.close()
    full_db = tmp_path / "full.db"
    shutil.copyfile(demo_db, full_db)
    os.chmod(full_db, 0o644)  # the full opening makes it private and says so: the quick list steps aside

    quick = cli("--db", demo_db, "missions")
    full = cli("--db", str(full_db), "missions")

    assert quick.returncode == full.returncode == 0
    assert quick.stdout == full.stdout
    assert "서울 관찰 연수 🌏  (archived)" in quick.stdout
    assert quick.stderr == ""
    assert "now private to you" in full.stderr  # it did go the full way


def test_an_empty_database_says_so(sqlite_template, tmp_path):
    path = tmp_path / "empty.db"
    copy_sqlite_template(sqlite_template, path)
    result = cli("--db", str(path), "missions")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "No missions yet. Run `mission-planner-cli demo` to load the demo missions.\n"


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "recipes.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    before = path.read_bytes()
    result = cli("--db", str(path), "missions")
    assert result.returncode == 2
    assert result.stderr == f"mission-planner-cli: {path} holds tables but is not a Mission Planner database.\n"
    assert result.stdout == ""
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipes.db"]


def test_a_missing_database_is_refused_as_before(tmp_path):
    result = cli("--db", str(tmp_path / "typo.db"), "missions")
    assert result.returncode == 2
    assert result.stderr == f"mission-planner-cli: no database at {tmp_path / 'typo.db'}\n"
    assert list(tmp_path.iterdir()) == []
