"""Backups on real files: on request, daily for the default database, and restoring one."""

import contextlib
import os
import resource
import sqlite3
import stat
from contextlib import closing
from datetime import date, timedelta

import pytest

from mission_planner.errors import (
    DatabaseError,
    DatabaseTooNewError,
    InputError,
    NotAMissionPlannerDatabaseError,
    WriteError,
)
from mission_planner.services import open_workspace
from mission_planner.services.backups import (
    backup_database,
    daily_backup,
    daily_backups,
    restore_database,
)
from mission_planner.storage.migrate import SCHEMA_HEAD
from tests.factories import full_record, online_record

CODE = "23-IP-99-GE-OSM-A"


def codes(path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("select code from mission order by code")]


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "planner.db"
    workspace = open_workspace(str(path))
    workspace.missions.add_record(full_record())
    workspace.close()
    return path


def test_a_backup_is_a_private_single_file_copy_including_changes_not_yet_checkpointed(tmp_path, db):
    workspace = open_workspace(str(db))  # kept open: its last change lives in the write-ahead log
    workspace.missions.add_record(online_record())
    assert os.path.getsize(f"{db}-wal") > 0

    target = backup_database(str(db), tmp_path / "copy.db")

    assert codes(target) == ["21-IP-90-GE-OSM-B", CODE]
    assert mode(target) == 0o600
    assert not (tmp_path / "copy.db-wal").exists()
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("pragma journal_mode").fetchone() == ("delete",)
    workspace.close()


def test_a_backup_into_a_folder_gets_a_dated_name(tmp_path, db):
    folder = tmp_path / "usb"
    folder.mkdir()
    target = backup_database(str(db), folder)
    assert target.parent == folder and target.name.startswith("planner-") and target.suffix == ".db"
    assert codes(target) == [CODE]


def test_a_backup_leaves_out_a_transaction_still_in_progress(tmp_path, db):
    with closing(sqlite3.connect(db, isolation_level=None)) as writer:
        writer.execute("begin immediate")
        writer.execute("update mission set title = 'half done'")
        target = backup_database(str(db), tmp_path / "copy.db")
        writer.execute("rollback")
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("select title from mission").fetchone()[0] != "half done"


def test_backups_that_cannot_be_made_are_refused_with_the_reason(tmp_path, db):
    with pytest.raises(WriteError, match=r"the folder .*nowhere does not exist"):
        backup_database(str(db), tmp_path / "nowhere" / "copy.db")
    with pytest.raises(InputError, match="is the database itself"):
        backup_database(str(db), db)
    with pytest.raises(DatabaseError, match="There is no database at"):
        backup_database(str(tmp_path / "missing.db"), tmp_path / "copy.db")
    assert not (tmp_path / "missing.db").exists() and not (tmp_path / "copy.db").exists()
    with pytest.raises(DatabaseError, match="pg_dump"):
        backup_database("postgresql://planner:secret@server/missions", tmp_path / "copy.db")


def test_restore_replaces_the_database_and_keeps_the_one_it_replaced(tmp_path, db):
    backup = backup_database(str(db), tmp_path / "monday.db")
    workspace = open_workspace(str(db))
    workspace.missions.add_record(online_record())
    workspace.close()

    restored = restore_database(str(db), backup)

    assert restored.revision == SCHEMA_HEAD
    assert codes(db) == [CODE]
    assert restored.previous.parent == tmp_path / "backups" and mode(restored.previous) == 0o600
    assert codes(restored.previous) == ["21-IP-90-GE-OSM-B", CODE]
    assert not (tmp_path / "planner.db-wal").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["backups", "monday.db", "planner.db"]
    reopened = open_workspace(str(db))
    assert [mission.code for mission in reopened.missions.list_missions()] == [CODE]
    reopened.close()


def test_restore_refuses_what_is_not_a_mission_planner_database_and_changes_nothing(tmp_path, db):
    before = db.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    other = tmp_path / "invoices.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("create table invoices (id integer)")
    newer = backup_database(str(db), tmp_path / "newer.db")
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("update alembic_version set version_num = 'ffff_future'")
    cut = tmp_path / "cut.db"
    cut.write_bytes(before[: len(before) // 2])

    with pytest.raises(NotAMissionPlannerDatabaseError, match=r"notes\.txt: not a Mission Planner database"):
        restore_database(str(db), text)
    with pytest.raises(NotAMissionPlannerDatabaseError, match=r"invoices\.db: not a Mission Planner database"):
        restore_database(str(db), other)
    with pytest.raises(DatabaseTooNewError, match="newer Mission Planner"):
        restore_database(str(db), newer)
    with pytest.raises(DatabaseError, match=r"cut\.db: "):
        restore_database(str(db), cut)
    with pytest.raises(DatabaseError, match="no such file"):
        restore_database(str(db), tmp_path / "missing.db")

    assert db.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_restore_is_refused_while_the_database_is_open_elsewhere(tmp_path, db):
    backup = backup_database(str(db), tmp_path / "monday.db")
    workspace = open_workspace(str(db))
    workspace.missions.add_record(online_record())
    with pytest.raises(DatabaseError, match="in use by another program"):
        restore_database(str(db), backup)
    assert [mission.code for mission in workspace.missions.list_missions()] == [CODE, "21-IP-90-GE-OSM-B"]
    workspace.close()
    assert codes(db) == ["21-IP-90-GE-OSM-B", CODE]
    assert not (tmp_path / "backups").exists()


def test_one_daily_backup_a_day_and_only_the_newest_kept(db):
    first = date(2026, 11, 1)
    made = [daily_backup(db, 7, today=first + timedelta(days=n)) for n in range(9)]
    again = daily_backup(db, 7, today=first + timedelta(days=8))

    assert all(made) and again is None
    kept = daily_backups(db)
    assert [path.name for path in kept] == [f"planner-2026-11-{day:02d}.db" for day in range(3, 10)]
    assert all(mode(path) == 0o600 and codes(path) == [CODE] for path in kept)
    assert mode(db.parent / "backups") == 0o700

    daily_backup(db, 2, today=first + timedelta(days=9))
    assert [path.name for path in daily_backups(db)] == ["planner-2026-11-09.db", "planner-2026-11-10.db"]


def test_opening_the_default_database_backs_it_up_once_a_day(tmp_path, monkeypatch):
    monkeypatch.delenv("MISSION_PLANNER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    workspace = open_workspace(None)
    assert workspace.is_default
    database = tmp_path / "data" / "MissionPlanner" / "mission-planner.db"
    assert workspace.daily_backup.path == database.parent / "backups" / f"mission-planner-{date.today()}.db"
    assert workspace.settings.kept_daily_backups() == 7
    workspace.settings.set_kept_daily_backups(3)
    workspace.close()

    again = open_workspace(None)
    assert again.daily_backup.path is None and again.daily_backup.problem is None
    assert again.settings.kept_daily_backups() == 3
    again.close()
    assert open_workspace(str(database)).daily_backup.path is None  # only the default database


def test_a_daily_backup_that_fails_is_reported_and_the_database_still_opens(tmp_path, monkeypatch):
    monkeypatch.delenv("MISSION_PLANNER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "data" / "MissionPlanner"
    folder.mkdir(parents=True)
    (folder / "backups").write_text("a file where the folder should be")

    workspace = open_workspace(None)

    assert workspace.daily_backup.path is None
    assert "Today's backup of" in workspace.daily_backup.problem
    assert workspace.missions.list_missions() == []
    workspace.close()


@contextlib.contextmanager
def disk_full_after(size: int):
    """No file of this process may grow past `size` bytes: writing more fails as on a full disk."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def bigger(db) -> None:
    workspace = open_workspace(str(db))
    workspace.missions.add_record(online_record())
    workspace.close()
    assert db.stat().st_size > 64 * 1024


def test_a_backup_that_does_not_fit_says_so_and_leaves_no_file(tmp_path, db):
    bigger(db)
    older = tmp_path / "copy.db"
    older.write_bytes(b"yesterday's backup")
    with disk_full_after(64 * 1024), pytest.raises(WriteError, match=f"Cannot write the backup {older}: "):
        backup_database(str(db), older)
    assert older.read_bytes() == b"yesterday's backup"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["copy.db", "planner.db"]


def test_a_restore_that_does_not_fit_leaves_the_database_as_it_was(tmp_path, db):
    bigger(db)
    backup = backup_database(str(db), tmp_path / "monday.db")
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("delete from mission where code = ?", (CODE,))
    with disk_full_after(64 * 1024), pytest.raises(DatabaseError, match="the database is left as it was"):
        restore_database(str(db), backup)
    assert codes(db) == ["21-IP-90-GE-OSM-B"]
    assert integrity_ok(db)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["monday.db", "planner.db"]


def integrity_ok(path) -> bool:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("pragma integrity_check").fetchone() == ("ok",)
