"""Copies of a SQLite database file: consistent, private, and never half-written.

SQLite's online backup reads a database that other connections may be writing, page by page, and
gives a copy as of one moment. The copy is written through `mission_planner.atomic`: to a
temporary file beside the target, renamed into place only when complete, so a crash leaves either
no file or a whole one at the target.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ..errors import DatabaseError, NotAMissionPlannerDatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy the database `source` to `target` (mode 600), replacing a regular file there.

    Goes through `atomic`: a target that is not a regular file is refused, and a failure (a full
    disk, say) leaves the target as it was and raises a WriteError; an error reading `source` is
    raised as SQLite gives it.
    """
    from ..atomic import atomic_path  # not at import: the quick mission list reads this module alone

    with (
        atomic_path(target, private=True) as temp,
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(temp)) as dst,
    ):
        src.backup(dst)
        # A copy is a single file: no WAL beside it that a later move could leave behind.
        dst.execute("PRAGMA journal_mode = DELETE")


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening `path` to look at it without changing a byte beside it either: read-only
    and immutable, so no `-wal` or `-shm` file appears next to a user's backup. `?`, `#` and `%`
    in the name are escaped, not parsed."""
    return f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"


def refuse_foreign_database(path: Path) -> None:
    """Refuse a SQLite file that holds another program's tables, before anything opens it for
    writing (which would switch it to WAL mode and change its header). An empty file, a file that
    is not SQLite (SQLite refuses it unchanged) and our own databases pass."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return  # missing or unreadable: the opening says why
    if header != SQLITE_HEADER:
        return
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return
    if tables and not {"alembic_version", "mission"} <= tables:
        raise NotAMissionPlannerDatabaseError(
            f"{path} holds tables but is not a Mission Planner database.",
            code="not_our_database",
            params={"location": str(path)},
        )


def schema_revision(path: Path) -> str:
    """The Mission Planner schema revision of the database file at `path`, or an error saying
    why it is not one (missing, not SQLite, damaged, another program's)."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise DatabaseError(f"{name}: no such file") from None
    except OSError as error:
        raise DatabaseError(f"{name}: {error.strerror}") from None
    if header != SQLITE_HEADER:
        raise NotAMissionPlannerDatabaseError(f"{name}: not a Mission Planner database (not a SQLite file)")
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DatabaseError(f"{name}: the database is damaged ({check})")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "mission"} <= tables:
                raise NotAMissionPlannerDatabaseError(f"{name}: not a Mission Planner database")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{name}: cannot be read as a database ({error})") from None
    if revision is None:
        raise NotAMissionPlannerDatabaseError(f"{name}: not a Mission Planner database (no schema revision)")
    return revision[0]


def sqlite_columns(path: Path) -> dict[str, set[str]]:
    """The tables of the database file at `path` and the names of their columns."""
    with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            table: {row[0] for row in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))}
            for table in tables
        }
