"""The mission list read with the standard library's sqlite3 alone, for a quick start.

Importing SQLAlchemy, SQLModel, pydantic and the table classes takes half a second; the list the
command line's `missions` prints and the window shows first needs none of it. This reads it from
a SQLite file opened read-only, after the same gate the full opening passes (`file_gate`,
`refuse_foreign_database`: a folder, a pipe or another program's database are refused here
exactly as there, unchanged), and only from a database at this build's schema revision. Anything
else (a URL, a missing file, an older or newer schema, a file SQLite cannot read) answers None:
the caller then goes the full way, which creates, upgrades, refuses or explains.

`read_quickly` is that gate and read-only connection, for `quick_overview.py` too.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from . import migrate  # SCHEMA_HEAD, read at each call (tests set it)
from .backup import refuse_foreign_database
from .file_gate import database_file, is_url, refuse_non_regular
from .summaries import MissionSummary

T = TypeVar("T")

BUSY_TIMEOUT_S = 5.0  # as the engine's: a writer holding the file briefly is waited for

# The same rows, in the same order, as `repositories.list_missions` (a test compares the two).
_LIST = """
SELECT mission.id, mission.code, mission.title, mission.start_date, mission.end_date,
       mission.modality, coalesce(people.n, 0), mission.archived
FROM mission LEFT OUTER JOIN (
    SELECT participation.mission_id AS mission_id, count(participation.id) AS n
    FROM participation GROUP BY participation.mission_id
) AS people ON people.mission_id = mission.id
ORDER BY mission.start_date DESC, mission.code
"""


def quick_mission_list(db: str) -> list[MissionSummary] | None:
    """The missions of the SQLite file `db` names, or None where the full opening must answer.

    Raises what the full opening raises for a file it refuses before SQLite opens it."""
    return read_quickly(db, lambda connection: [_listed(row) for row in connection.execute(_LIST)])


def read_quickly(db: str, work: Callable[[sqlite3.Connection], T]) -> T | None:
    """`work` done over a read-only connection to the SQLite file `db` names, at this build's
    schema; None for a URL, no such file, another schema, a file SQLite cannot read, or rows not
    as we wrote them."""
    if is_url(db):
        return None
    path = database_file(db)
    refuse_non_regular(path)
    refuse_foreign_database(path)
    if not path.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)) as connection:
            if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [(migrate.SCHEMA_HEAD,)]:
                return None
            return work(connection)
    except (sqlite3.Error, ValueError, TypeError, KeyError):  # unreadable, or not the rows we wrote (JSON too)
        return None


def quick_setting(db: str, key: str) -> tuple[Any] | None:
    """The setting `key` as stored (its JSON read: `(value,)`, `(None,)` when not set), or None
    where the quick read cannot answer."""
    return read_quickly(db, lambda connection: _setting(connection, key))


def _setting(connection: sqlite3.Connection, key: str) -> tuple[Any]:
    row = connection.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
    return (None if row is None or row[0] is None else json.loads(row[0]),)


def is_private(db: str) -> bool:
    """Whether the database file and its -wal and -shm are its owner's only (the full opening
    makes them so, and says it did)."""
    path = database_file(db)
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if stat.S_IMODE(file.stat().st_mode) & 0o077:
                return False
        except FileNotFoundError:
            continue
        except OSError:  # the full opening says why
            return False
    return True


def _read_only_uri(path: Path) -> str:
    """Read-only, but not immutable: a database in use has its latest writes in its -wal file.
    `?`, `#` and `%` in the name are escaped, not parsed."""
    return f"{path.as_uri()}?mode=ro"


def _listed(row: tuple) -> MissionSummary:
    key, code, title, start, end, modality, people, archived = row
    return MissionSummary(
        id=int(key),
        code=str(code),
        title=str(title),
        start_date=date.fromisoformat(start),
        end_date=date.fromisoformat(end),
        modality=str(modality),
        people=int(people),
        archived=bool(archived),
    )
