"""The quick mission list (sqlite3 alone) gives the full layer's list, or steps aside.

It reads only a SQLite file at this build's schema revision; anything else answers None and the
caller goes the full way. Files the full opening refuses before SQLite touches them (another
program's database, a pipe, a folder) are refused here with the same error, and left as they were.
"""

import dataclasses
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mission_planner.errors import MissionPlannerError
from mission_planner.services import open_workspace
from mission_planner.storage import migrate
from mission_planner.storage.migrate import SCHEMA_HEAD, script_directory, upgrade
from mission_planner.storage.quick_list import quick_mission_list
from tests.databases import copy_sqlite_template
from tests.storage.conftest import UNICODE_TITLE

ROOT = Path(__file__).resolve().parents[2]


def fields(missions) -> list[tuple]:
    return [dataclasses.astuple(m) for m in missions]


def full_list(path: Path) -> list[tuple]:
    workspace = open_workspace(str(path), create=False)
    try:
        return fields(workspace.missions.list_missions())
    finally:
        workspace.close()


def test_the_quick_list_is_the_full_list(varied_db):
    quick = quick_mission_list(str(varied_db))
    assert quick is not None
    full = full_list(varied_db)
    assert fields(quick) == full
    assert len(full) >= 5
    assert any(title == UNICODE_TITLE for _, _, title, *_ in full)
    assert any(archived for *_, archived in full) and not all(archived for *_, archived in full)


def test_an_empty_database_lists_nothing(sqlite_template, tmp_path):
    path = tmp_path / "empty.db"
    copy_sqlite_template(sqlite_template, path)
    assert quick_mission_list(str(path)) == []


def test_a_database_at_an_older_revision_goes_the_full_way(tmp_path):
    path = tmp_path / "old.db"
    previous = script_directory().get_revision(SCHEMA_HEAD).down_revision
    from mission_planner.storage.engine import create_database_engine

    engine = create_database_engine(str(path))
    try:
        upgrade(engine, previous)
    finally:
        engine.dispose()
    assert quick_mission_list(str(path)) is None
    assert full_list(path) == []  # the full way upgrades it and lists


def test_a_database_at_a_newer_revision_goes_the_full_way(sqlite_template, tmp_path):
    path = tmp_path / "newer.db"
    copy_sqlite_template(sqlite_template, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    assert quick_mission_list(str(path)) is None
    with pytest.raises(MissionPlannerError, match="newer Mission Planner"):
        full_list(path)


def test_the_quick_list_reads_only_at_the_head_migrate_names(sqlite_template, tmp_path, monkeypatch):
    """One head, migrate.SCHEMA_HEAD: the quick list follows it, not a copy of its own."""
    path = tmp_path / "head.db"
    copy_sqlite_template(sqlite_template, path)
    assert script_directory().get_current_head() == SCHEMA_HEAD
    assert quick_mission_list(str(path)) == []
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999_next")
    assert quick_mission_list(str(path)) is None


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://planner@db.example.org/missions",
        "sqlite:///{path}",
        "sqlite://",
    ],
)
def test_a_url_goes_the_full_way(url, sqlite_template, tmp_path):
    path = tmp_path / "by-url.db"
    copy_sqlite_template(sqlite_template, path)
    assert quick_mission_list(url.format(path=path)) is None


def test_a_missing_file_goes_the_full_way_and_is_not_created(tmp_path):
    path = tmp_path / "missing.db"
    assert quick_mission_list(str(path)) is None
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_sqlite_goes_the_full_way_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"shopping list\n")
    assert quick_mission_list(str(path)) is None
    assert path.read_bytes() == b"shopping list\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.db"]


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in sorted(folder.iterdir())}


def hostile(kind: str, folder: Path) -> Path:
    path = folder / "hostile.db"
    if kind == "foreign":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
            connection.execute("INSERT INTO recipes VALUES ('bibimbap')")
        connection.close()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    return path


@pytest.mark.parametrize("kind", ["foreign", "fifo", "folder"])
def test_a_hostile_file_is_refused_as_by_the_full_way_and_left_unchanged(kind, tmp_path):
    path = hostile(kind, tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(MissionPlannerError) as quick:
        quick_mission_list(str(path))
    assert snapshot(tmp_path) == before
    with pytest.raises(MissionPlannerError) as full:
        open_workspace(str(path), create=False)
    assert snapshot(tmp_path) == before
    assert type(quick.value) is type(full.value)
    assert str(quick.value) == str(full.value)


def test_the_quick_list_imports_no_database_layer(varied_db):
    child = (
        "import sys\n"
        "from mission_planner.storage.quick_list import quick_mission_list\n"
        "from mission_planner.storage.migrate import SCHEMA_HEAD\n"
        "print(len(quick_mission_list(sys.argv[1])))\n"
        "print(','.join(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic') if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child, str(varied_db)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.split("\n")[:2]
    assert int(count) >= 5
    assert loaded == ""
