import stat

from sqlalchemy import text

from mission_planner.storage.engine import create_database_engine, database_url


def test_a_new_database_file_is_private_to_its_owner(tmp_path, sqlite_workspace):
    path = tmp_path / "test.db"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_database_in_a_new_folder_gets_a_private_folder(tmp_path):
    engine = create_database_engine(str(tmp_path / "new" / "folder" / "m.db"))
    with engine.connect() as connection:
        connection.execute(text("select 1"))
    assert stat.S_IMODE((tmp_path / "new" / "folder").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / "folder" / "m.db").stat().st_mode) == 0o600
    engine.dispose()


def test_every_connection_has_foreign_keys_wal_and_a_busy_timeout(sqlite_workspace):
    with sqlite_workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_paths_and_urls_are_both_accepted(tmp_path):
    assert database_url("postgresql+psycopg://u@h/db").render_as_string() == "postgresql+psycopg://u@h/db"
    assert database_url(str(tmp_path / "a.db")).database == str(tmp_path / "a.db")
    assert database_url("sqlite:///relative.db").database == "relative.db"


def test_every_folder_made_for_a_database_is_private(tmp_path):
    engine = create_database_engine(str(tmp_path / "a" / "b" / "m.db"))
    engine.dispose()
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700
