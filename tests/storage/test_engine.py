import stat

from sqlalchemy import text

from mission_planner.services import open_workspace
from mission_planner.storage.engine import create_database_engine, database_url


def test_a_new_database_file_is_private_to_its_owner(tmp_path):
    path = tmp_path / "new.db"  # made here: the fixtures' databases are copies of a template
    open_workspace(str(path)).close()
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


def test_a_url_is_what_has_a_scheme_before_any_slash(tmp_path):
    from mission_planner.storage.engine import is_url

    assert is_url("postgresql+psycopg://u@h/db") and is_url("sqlite:///x.db") and is_url("a://b")
    assert not is_url("./a://b") and not is_url("/srv/a://b") and not is_url("C:\\data\\a://b")
    assert not is_url("plain.db") and not is_url("what?.db")


def test_a_password_is_hidden_even_in_a_url_that_does_not_parse():
    from mission_planner.storage.engine import without_password

    assert without_password("postgresql://u:p@ss@h:abc/db") == "postgresql://u:***@h:abc/db"
    assert without_password("postgresql://u@h/db") == "postgresql://u@h/db"
    assert without_password("/home/me/p:w@x.db") == "/home/me/p:w@x.db"  # a path is shown as it is


def test_a_path_with_url_characters_is_a_value_in_the_url_never_reparsed(tmp_path):
    for name in ("a?b.db", "c#d.db", "e%41.db"):
        assert database_url(str(tmp_path / name)).database == str(tmp_path / name)
