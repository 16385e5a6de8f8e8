"""The databases tests run against: a SQLite file, and PostgreSQL when a server is given.

Set MISSION_PLANNER_TEST_POSTGRES to a `postgresql+psycopg://` URL of a database the tests may
fill (`.ci/postgres` starts one and prints it). Without it the PostgreSQL cases skip, unless
MISSION_PLANNER_REQUIRE_POSTGRES=1 (as in CI), where they fail.

Each test session works in a schema of its own in that database, migrated once; each test
starts with its tables emptied by DELETE (TRUNCATE takes twenty times as long on tables this
small), which is much faster than migrating again. Commits do not wait for the disk: a test
database need not survive a crash.

SQLite tests start from a copy of one file migrated per session (`copy_sqlite_template`): copying
takes about a hundredth of a second, migrating a new file a third of one.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

POSTGRES_URL_VARIABLE = "MISSION_PLANNER_TEST_POSTGRES"
REQUIRE_POSTGRES_VARIABLE = "MISSION_PLANNER_REQUIRE_POSTGRES"

# Rows the migrations put in; emptying the tables keeps them.
KEPT_TABLES = {"alembic_version", "change_counter"}


def postgres_url() -> str:
    """The server's URL, or skip (fail when PostgreSQL is required) when none is given."""
    url = os.environ.get(POSTGRES_URL_VARIABLE, "")
    if url:
        return url
    message = f"PostgreSQL case: set {POSTGRES_URL_VARIABLE}=postgresql+psycopg://… (.ci/postgres starts a server)"
    if os.environ.get(REQUIRE_POSTGRES_VARIABLE) == "1":
        pytest.fail(f"{REQUIRE_POSTGRES_VARIABLE}=1 but {POSTGRES_URL_VARIABLE} is not set. {message}")
    pytest.skip(message)


def copy_sqlite_template(template: Path, target: Path) -> str:
    """A private copy of a closed SQLite database (its WAL checkpointed away by the close), with
    the mode the application gives its files, so opening it reports nothing to tighten."""
    assert not template.with_name(template.name + "-wal").exists(), "the template is still open"
    shutil.copyfile(template, target)
    os.chmod(target, 0o600)
    return str(target)


def in_schema(url: str, schema: str) -> str:
    """`url` with every connection's search path set to `schema`, committing without waiting."""
    options = f"-csearch_path={schema} -csynchronous_commit=off"
    return make_url(url).update_query_dict({"options": options}).render_as_string(hide_password=False)


class PostgresSchema:
    """A schema of its own for one test session; `fresh()` empties its tables for the next test."""

    def __init__(self, server_url: str) -> None:
        self.name = f"test_{uuid.uuid4().hex[:12]}"
        self.server = create_engine(server_url, isolation_level="AUTOCOMMIT")
        with self.server.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{self.name}"'))
        self.url = in_schema(server_url, self.name)
        self._engine = create_engine(self.url)
        self._tables: list[str] | None = None

    def fresh(self) -> str:
        """The schema's URL, migrated and with no rows but those the migrations add."""
        from mission_planner.services import open_workspace

        if self._tables is None:
            open_workspace(self.url).close()
            self._tables = [table.name for table in reversed(SQLModel.metadata.sorted_tables)]  # children first
            self._tables = [name for name in self._tables if name not in KEPT_TABLES]
            assert set(self._tables) == set(inspect(self._engine).get_table_names()) - KEPT_TABLES
        else:
            with self._engine.begin() as connection:
                for name in self._tables:
                    connection.execute(text(f'DELETE FROM "{name}"'))
        return self.url

    def drop(self) -> None:
        self._engine.dispose()
        with self.server.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{self.name}" CASCADE'))
        self.server.dispose()


def reads_during(workspace, action) -> int:
    """How many SELECTs `action` sends to the workspace's database."""
    selects = []

    def count(_connection, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    event.listen(workspace.engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(workspace.engine, "before_cursor_execute", count)
    return len(selects)
