"""backup, restore, archive and unarchive as a user runs them: separate processes, real files."""

import sqlite3
from contextlib import closing
from datetime import date

from tests.cli.runner import cli

CODE = "23-IP-12-GE-OSM-A"


def codes(path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return sorted(row[0] for row in connection.execute("select code from mission"))


def test_backup_then_restore_brings_back_the_database_and_keeps_the_replaced_one(demo_db, tmp_path):
    backup = tmp_path / "friday.db"
    done = cli("--db", demo_db, "backup", str(backup))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Backed up the database to {backup}\n"
    all_three = codes(demo_db)
    assert codes(backup) == all_three and backup.stat().st_mode & 0o077 == 0

    with closing(sqlite3.connect(demo_db)) as connection, connection:
        connection.execute("delete from mission where code = ?", (CODE,))
    done = cli("--db", demo_db, "restore", str(backup))

    assert done.returncode == 0, done.stderr
    assert codes(demo_db) == all_three
    [kept] = (tmp_path / "backups").iterdir()
    assert CODE not in codes(kept) and f"kept as {kept}" in done.stdout


def test_restore_refuses_a_file_that_is_not_a_mission_planner_database(demo_db, tmp_path):
    before = codes(demo_db)
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list")
    done = cli("--db", demo_db, "restore", str(notes))
    assert done.returncode == 2
    assert done.stderr == f"mission-planner-cli: {notes}: not a Mission Planner database (not a SQLite file)\n"
    assert codes(demo_db) == before and not (tmp_path / "backups").exists()


def test_backup_of_a_server_database_points_to_pg_dump(tmp_path):
    done = cli("--db", "postgresql://planner:secret@db.example/missions", "backup", str(tmp_path / "x.db"))
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert "pg_dump" in done.stderr and "secret" not in done.stderr


def test_archive_then_unarchive_hands_a_mission_to_a_colleague(demo_db, tmp_path):
    archive = tmp_path / "mission.mission"
    done = cli("--db", demo_db, "archive", CODE, str(archive))
    assert done.returncode == 0 and done.stdout == f"Archived {CODE} to {archive}\n", done.stderr

    colleague = tmp_path / "colleague.db"
    done = cli("--db", str(colleague), "unarchive", str(archive))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Unarchived {CODE}: ")
    assert codes(colleague) == [CODE]

    again = cli("--db", str(colleague), "unarchive", str(archive))
    assert again.returncode == 2 and "use --replace" in again.stderr


def test_unarchive_refuses_a_foreign_file_in_one_line(tmp_path):
    other = tmp_path / "report.mission"
    other.write_bytes(b"%PDF-1.7 not an archive")
    done = cli("--db", str(tmp_path / "new.db"), "unarchive", str(other))
    assert done.returncode == 2
    assert done.stderr == f"mission-planner-cli: {other}: not a Mission Planner mission archive (not a zip file)\n"
    assert not (tmp_path / "new.db").exists()  # a refusal writes nothing, not even an empty database


def test_the_default_database_is_backed_up_daily_keeping_the_number_set(tmp_path):
    env = {"MISSION_PLANNER_DB": "", "XDG_DATA_HOME": str(tmp_path)}
    done = cli("backup", "--keep-daily", "3", env=env)
    assert done.returncode == 0 and "Keeping the newest 3 daily backups." in done.stdout, done.stderr
    folder = tmp_path / "MissionPlanner" / "backups"
    [today] = folder.iterdir()
    assert today.name == f"mission-planner-{date.today().isoformat()}.db"
    assert today.stat().st_mode & 0o077 == 0 and folder.stat().st_mode & 0o077 == 0
    for day in ("2020-01-01", "2020-01-02", "2020-01-03"):
        (folder / f"mission-planner-{day}.db").write_bytes(today.read_bytes())

    assert cli("missions", env=env).returncode == 0

    assert sorted(path.name for path in folder.iterdir()) == [
        "mission-planner-2020-01-02.db",
        "mission-planner-2020-01-03.db",
        today.name,
    ]


def test_a_daily_backup_that_fails_is_a_warning_and_the_command_still_runs(tmp_path):
    env = {"MISSION_PLANNER_DB": "", "XDG_DATA_HOME": str(tmp_path)}
    (tmp_path / "MissionPlanner").mkdir()
    (tmp_path / "MissionPlanner" / "backups").write_text("a file where the folder should be")
    done = cli("missions", env=env)
    assert done.returncode == 0
    [warning] = done.stderr.splitlines()
    assert warning.startswith("mission-planner-cli: warning: Today's backup of ")
    assert warning.endswith(f"mission-planner.db failed: {tmp_path / 'MissionPlanner' / 'backups'} is not a folder")
