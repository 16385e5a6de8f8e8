"""Bring a database to this build's schema: create, back up and upgrade, or refuse."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DatabaseTooNewError, NotAMissionPlannerDatabaseError

# SQLAlchemy and Alembic are imported when a database is opened, not at start: the quick mission
# list reads SCHEMA_HEAD from here with the standard library alone (a test checks).
if TYPE_CHECKING:
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions. Opening a database already at it skips loading
# Alembic altogether (a quarter of a second at every start), and the quick mission list
# (quick_list.py) reads only a database at it; a test keeps it equal to the scripts.
SCHEMA_HEAD = "0008_tasks"


@dataclass(frozen=True, slots=True)
class MigrationOutcome:
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # The config file format reads "%" as interpolation: a URL-encoded password has some.
        url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
        config.set_main_option("sqlalchemy.url", url)
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError, ProgrammingError

    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no such table: a new or foreign database
            connection.rollback()
            return None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def prepare_database(engine: Engine) -> MigrationOutcome:
    """Create a new database, upgrade an older one after backing it up, refuse a newer one."""
    from sqlalchemy import inspect

    from .engine import sqlite_path

    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return MigrationOutcome()
    head = head_revision()
    if current == head:
        return MigrationOutcome()
    if current is None:
        if inspect(engine).get_table_names():
            raise NotAMissionPlannerDatabaseError(
                f"{_describe(engine)} holds tables but is not a Mission Planner database.",
                code="not_our_database",
                params={"location": str(sqlite_path(engine.url) or repr(engine.url))},
            )
        upgrade(engine)
        return MigrationOutcome(created=True)
    if not _is_known(current):
        raise DatabaseTooNewError(
            f"{_describe(engine)} was written by a newer Mission Planner (schema revision "
            f"{current}; this build knows up to {head}). Install the newer version to open it.",
            code="database_too_new",
            params={"location": str(sqlite_path(engine.url) or repr(engine.url))},
        )
    backup = backup_before_upgrade(engine, current)
    upgrade(engine)
    return MigrationOutcome(upgraded_from=current, backup=backup)


@functools.cache
def schema_at(revision: str) -> dict[str, frozenset[str]]:
    """The tables and columns a database has at `revision`, as our migrations make them (run in
    memory: exact for every revision, with nothing to keep in step by hand, and no file written)."""
    from sqlalchemy import inspect

    from .engine import create_database_engine

    engine = create_database_engine("sqlite://")
    try:
        upgrade(engine, revision)
        found = inspect(engine)
        return {table: frozenset(c["name"] for c in found.get_columns(table)) for table in found.get_table_names()}
    finally:
        engine.dispose()


def schema_problem(found: dict[str, set[str]], revision: str) -> str | None:
    """What a database claiming `revision` lacks of our schema (a table, a column), or None."""
    for table, columns in sorted(schema_at(revision).items()):
        if table not in found:
            return f"no table {table!r}"
        missing = sorted(columns - found[table])
        if missing:
            return f"the table {table!r} has no column {missing[0]!r}"
    return None


def _is_known(revision: str) -> bool:
    return any(script.revision == revision for script in script_directory().walk_revisions())


def _describe(engine: Engine) -> str:
    from .engine import sqlite_path

    path = sqlite_path(engine.url)
    return f"The database {path}" if path else f"The database at {engine.url!r}"


def backup_before_upgrade(engine: Engine, revision: str) -> Path | None:
    """Copy a SQLite database aside before changing its schema; servers keep their own backups."""
    from .backup import copy_sqlite
    from .engine import sqlite_path

    path = sqlite_path(engine.url)
    if path is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}.bak")
    copy_sqlite(path, target)
    return target
