"""Backups of the database: on request, daily for the default database, and restoring one.

A SQLite database is copied with SQLite's online backup (consistent while in use). A server
database keeps its own backups: the messages point to pg_dump / pg_restore instead.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from ..atomic import check_target
from ..errors import DatabaseError, DatabaseTooNewError, InputError, NotAMissionPlannerDatabaseError, WriteError
from ..inputs import check_input
from ..paths import make_private_dir
from ..storage import repositories
from ..storage.backup import copy_sqlite, schema_revision, sqlite_columns
from ..storage.daily_backups import FOLDER, KEEP_SETTING, daily_backups, daily_name, kept
from ..storage.engine import database_url, sqlite_path, without_password
from ..storage.migrate import head_revision, schema_problem, script_directory

SERVER_ADVICE = (
    "is a database server; back it up with the server's own tools, e.g. "
    "`pg_dump --format=custom --file=FILE DBNAME` and restore with `pg_restore --clean --dbname=DBNAME FILE`"
)


@dataclass(frozen=True, slots=True)
class DailyBackup:
    """What opening the default database did about today's backup."""

    path: Path | None = None
    database: Path | None = None
    reason: str | None = None  # why today's backup could not be made

    @property
    def problem(self) -> str | None:
        return f"Today's backup of {self.database} failed: {self.reason}" if self.reason else None


def _sqlite_file(location: str) -> Path:
    path = sqlite_path(database_url(location))
    if path is None:
        raise DatabaseError(f"The database {without_password(location)} {SERVER_ADVICE}.")
    return path


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_database(location: str, target: Path) -> Path:
    """Copy the database at `location` to `target` (a file, or a folder to put a dated file in)."""
    source = _sqlite_file(location)
    if not source.is_file():
        raise DatabaseError(f"There is no database at {source}.")
    target = Path(target)
    if target.is_dir():
        target = target / f"{source.stem}-{_stamp()}.db"
    check_target(target)  # a folder that exists, and a regular file or nothing at the target
    if target.exists() and target.resolve() == source.resolve():
        raise InputError("is the database itself; choose another file for the backup", source=str(target))
    try:
        copy_sqlite(source, target)
    except (OSError, sqlite3.Error) as error:
        kept = "; the previous file is left as it was" if target.is_file() else ""
        raise WriteError(f"Cannot write the backup {target}: {_reason(error)}{kept}.") from None
    return target


def _reason(error: OSError | sqlite3.Error) -> str:
    return getattr(error, "strerror", None) or str(error)


@dataclass(frozen=True, slots=True)
class Restored:
    revision: str
    previous: Path | None  # the copy kept of the database that was replaced


def restore_database(location: str, source: Path) -> Restored:
    """Replace the database at `location` with the backup `source`, keeping a copy of the current
    one in the backups folder. The database must not be open elsewhere."""
    database = _sqlite_file(location)
    source = Path(source)
    try:
        check_input(source)  # a FIFO would hang SQLite, a device mislead it
    except InputError as error:
        raise DatabaseError(str(error)) from None
    revision = schema_revision(source)
    if not any(script.revision == revision for script in script_directory().walk_revisions()):
        raise DatabaseTooNewError(
            f"{source}: written by a newer Mission Planner (schema revision {revision}; this build knows "
            f"up to {head_revision()}). Install the newer version to restore it."
        )
    problem = schema_problem(sqlite_columns(source), revision)
    if problem is not None:
        raise NotAMissionPlannerDatabaseError(
            f"{source}: not a Mission Planner database ({problem}, though it claims schema revision {revision})"
        )
    if database.exists() and database.resolve() == source.resolve():
        raise InputError("is the database itself", source=str(source))
    temp = None
    try:
        make_private_dir(database.parent)
        temp = Path(_temp_beside(database))
        copy_sqlite(source, temp)
        previous = None
        if database.exists():
            _leave_single_file(database)
            previous = _backups_dir(database) / f"{database.stem}-before-restore-{_stamp()}.db"
            copy_sqlite(database, previous)
        os.replace(temp, database)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(
            f"Cannot restore {source} as {database}: {_reason(error)}; the database is left as it was."
        ) from None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)
    return Restored(revision=revision, previous=previous)


def _temp_beside(path: Path) -> str:
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".restoring", dir=path.parent)
    os.close(descriptor)
    return name


def _leave_single_file(database: Path) -> None:
    """Fold the write-ahead log into the file and remove it, so the file replaced is the whole
    database; refused while another program has the database open."""
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=1)) as connection:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        raise DatabaseError(
            f"The database {database} is in use by another program ({error}); close it and try again."
        ) from None
    if mode != "delete":
        raise DatabaseError(f"The database {database} is in use by another program; close it and try again.")


# --- daily backups of the default database ---------------------------------------------------


def _backups_dir(database: Path) -> Path:
    return make_private_dir(database.parent / FOLDER)


def daily_backup(database: Path, keep: int, *, today: date | None = None) -> Path | None:
    """Today's backup of `database` if there is none yet, then only the newest `keep` kept.

    Returns the new backup, or None when today's exists already.
    """
    target = _backups_dir(database) / daily_name(database, today or date.today())
    made = None
    if not target.exists():
        copy_sqlite(database, target)
        made = target
    for old in daily_backups(database)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return made


def kept_daily_backups(session: Session) -> int:
    return kept(repositories.get_setting(session, KEEP_SETTING))


def set_kept_daily_backups(session: Session, keep: int) -> None:
    if keep < 1:
        raise InputError(f"{keep} is not a number of backups to keep (at least 1)", location="keep")
    repositories.set_setting(session, KEEP_SETTING, {"keep": keep})


def safe_daily_backup(database: Path, keep: int) -> DailyBackup:
    """Today's backup, where a failure (a full disk, say) is reported rather than raised: the
    coordinator can still work, and is told."""
    try:
        return DailyBackup(path=daily_backup(database, keep), database=database)
    except WriteError as error:
        return DailyBackup(database=database, reason=error.reason)
    except (OSError, sqlite3.Error) as error:
        return DailyBackup(database=database, reason=_reason(error))


def daily_backup_for(engine: Engine) -> DailyBackup:
    """Today's backup of the SQLite database behind `engine`, keeping as many as the setting says."""
    database = sqlite_path(engine.url)
    if database is None:
        return DailyBackup()
    with Session(engine) as session:
        keep = kept_daily_backups(session)
    return safe_daily_backup(database, keep)
