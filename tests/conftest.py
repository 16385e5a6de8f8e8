import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mission_planner.services import open_workspace
from tests.databases import PostgresSchema, copy_sqlite_template, postgres_url
from tests.factories import full_record


@pytest.fixture(scope="session")
def postgres_schema():
    """A migrated schema on the PostgreSQL server for this session (skips without a server)."""
    schema = PostgresSchema(postgres_url())
    yield schema
    schema.drop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A SQLite database migrated once per session, by opening it as the application does."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    open_workspace(str(path)).close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path) -> str:
    """An empty, migrated Mission Planner database: a SQLite file in tmp_path (a copy of the
    session's template), or a schema on the server."""
    if request.param == "sqlite":
        return copy_sqlite_template(request.getfixturevalue("sqlite_template"), tmp_path / "test.db")
    return request.getfixturevalue("postgres_schema").fresh()


@pytest.fixture
def workspace(database):
    opened = open_workspace(database)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def sqlite_demo_template(tmp_path_factory):
    """The demo missions loaded once per session into a SQLite file (loading takes a second or two)."""
    return _filled_template(tmp_path_factory, "demo", _load_demo)


@pytest.fixture(scope="session")
def sqlite_full_template(tmp_path_factory):
    """`tests.factories.full_record` stored once per session in a SQLite file."""
    return _filled_template(tmp_path_factory, "full", _add_full_record)


@pytest.fixture(params=["sqlite", "postgresql"])
def demo(request, tmp_path):
    """A workspace holding the demo missions: on SQLite a copy of the session's demo file, on the
    server loaded afresh into the emptied schema."""
    yield from _filled_workspace(request, tmp_path, "sqlite_demo_template", _load_demo)


@pytest.fixture(params=["sqlite", "postgresql"])
def full(request, tmp_path):
    """A workspace holding `tests.factories.full_record`, made as `demo` is."""
    yield from _filled_workspace(request, tmp_path, "sqlite_full_template", _add_full_record)


def _load_demo(opened) -> None:
    opened.missions.load_demo()


def _add_full_record(opened) -> None:
    opened.missions.add_record(full_record())


def _filled_template(tmp_path_factory, name: str, fill):
    path = tmp_path_factory.mktemp(f"{name}-template") / f"{name}.db"
    opened = open_workspace(str(path))
    try:
        fill(opened)
    finally:
        opened.close()
    return path


def _filled_workspace(request, tmp_path, template: str, fill):
    if request.param == "sqlite":
        opened = open_workspace(copy_sqlite_template(request.getfixturevalue(template), tmp_path / "filled.db"))
    else:
        opened = open_workspace(request.getfixturevalue("postgres_schema").fresh())
        fill(opened)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_workspace(sqlite_template, tmp_path):
    """A workspace on a SQLite file, for what only SQLite has (file modes, WAL, backups)."""
    opened = open_workspace(copy_sqlite_template(sqlite_template, tmp_path / "test.db"))
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _no_user_database(monkeypatch, tmp_path):
    """Tests never touch the user's real database: the default points into tmp_path."""
    monkeypatch.setenv("MISSION_PLANNER_DB", str(tmp_path / "default-from-env.db"))


@pytest.fixture(params=["sqlite", "postgresql"])
def unmigrated_database(request, tmp_path):
    """A database with no tables yet: a new SQLite file, or a new schema of its own on the server.
    Tests of migrating itself use this one: the others start from the session's migrated copy."""
    if request.param == "sqlite":
        yield str(tmp_path / "new.db")
        return
    schema = PostgresSchema(postgres_url())
    yield schema.url
    schema.drop()


@pytest.fixture(autouse=True)
def _collector_as_found():
    """An export freezes long-lived objects out of the collector's passes (tuning.py); tests
    start and end with nothing frozen, so one test's objects never outlive it uncollected."""
    import gc

    gc.unfreeze()
    yield
    gc.unfreeze()
