"""The workspace: an opened database, and the capability handles that run the use cases on it.

`open_workspace(db)` resolves `--db` / $MISSION_PLANNER_DB / the default database, brings the
schema up to date, and returns a `Workspace`. Every change runs in one transaction. The use
cases live in the handles (`services/capabilities/`): `ws.missions`, `ws.programme`,
`ws.people`, `ws.attendance`, `ws.budget`, `ws.sites`, `ws.documents`, `ws.settings`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from ..atomic import protect_database, release_database
from ..errors import DatabaseError
from ..paths import resolve_database
from ..storage import change_counter, versions
from ..storage.backup import refuse_foreign_database
from ..storage.engine import (
    create_database_engine,
    database_url,
    for_writing,
    refuse_non_regular,
    shown_location,
    sqlite_path,
    tighten_database_files,
)
from ..storage.migrate import MigrationOutcome, prepare_database
from . import feed
from .backups import DailyBackup, daily_backup_for
from .capabilities.attendance import AttendanceRegister
from .capabilities.budget import Budget
from .capabilities.documents import Documents
from .capabilities.missions import Missions
from .capabilities.people import People
from .capabilities.programme import Programme
from .capabilities.settings import Settings
from .capabilities.sites import Sites
from .capabilities.tasks import Tasks
from .feed import ChangeFeed


class Workspace:
    def __init__(self, engine: Engine, *, is_default: bool = False, migration: MigrationOutcome | None = None):
        self.engine = engine
        self.notices: list[str] = []  # what opening did that the user should hear of
        self.new_file: Path | None = None  # the database file this opening created
        self.is_default = is_default
        self.migration = migration or MigrationOutcome()
        self.daily_backup = DailyBackup()
        self._seen = versions.SeenVersions()
        self._counter_lock = threading.Lock()
        with engine.connect() as connection:
            self._known_count = change_counter.read(connection)  # writes counted, ours and others' seen
        self._missed_other_write = False
        self.feed = ChangeFeed()  # every commit of this workspace, and others' writes it notices
        self.missions = Missions(self.transaction)
        self.programme = Programme(self.transaction)
        self.people = People(self.transaction)
        self.attendance = AttendanceRegister(self.transaction)
        self.budget = Budget(self.transaction)
        self.sites = Sites(self.transaction)
        self.documents = Documents(self.transaction)
        self.settings = Settings(self.transaction)
        self.tasks = Tasks(self.transaction)

    @property
    def location(self) -> str:
        return shown_location(self.engine.url)

    @contextlib.contextmanager
    def transaction(
        self, *, checked: bool = True, shown: bool = False, writes: bool | None = None
    ) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all.

        `checked`: refuse to change a row someone else changed since this workspace read it
        (`StaleEditError`); imports set it off, as they replace data on purpose. `shown`: what
        the session reads is about to be shown, so later edits are checked against it.
        `writes`: the session may write, so on SQLite it takes the write lock when it begins
        and another writer waits its turn (`engine.for_writing`); a read that passes False
        never waits for a writer. Unless given, a session writes when its reads are not
        `shown` (a read for the window, such as `load_record`, does not wait for writers).
        """
        writes = not shown if writes is None else writes
        with Session(for_writing(self.engine) if writes else self.engine, expire_on_commit=False) as session:
            versions.watch(session, self._seen, checked=checked)
            try:
                yield session
                count = change_counter.bump(session) if session.info["wrote"] else None
                session.commit()
            except StaleDataError as error:
                session.rollback()
                raise versions.lost_race() from error
            except IntegrityError as error:
                session.rollback()
                if versions.lost_race_on_key(error):
                    raise versions.lost_race() from error
                raise
            except OperationalError as error:
                _rollback(session)
                if "locked" in str(error.orig) or "busy" in str(error.orig):
                    raise DatabaseError(
                        f"The database {self.location} is busy: another program is writing to it. Try again.",
                        code="database_busy",
                        params={"location": self.location},
                    ) from error
                if _out_of_space(error.orig):
                    raise DatabaseError(
                        f"Cannot write to the database {self.location}: no space left ({_one_line(error.orig)}); "
                        "nothing was changed.",
                        code="database_full",
                        params={"location": self.location},
                    ) from error
                raise
            except BaseException:
                session.rollback()
                raise
            if shown:
                self._seen.remember(session.info["read"])
            self._seen.remember(session.info["written"])
            if count is not None:
                self._counted_own_write(count)
            self._publish(session)

    def _publish(self, session: Session) -> None:
        changes = feed.noted(session)
        if changes:
            self.feed.publish(changes)
        elif session.info["wrote"]:
            self.feed.publish_everything(elsewhere=False)  # a write that said nothing of itself

    def _counted_own_write(self, count: int) -> None:
        with self._counter_lock:
            if count != self._known_count + 1:
                self._missed_other_write = True  # someone else wrote since we last looked
            self._known_count = count

    def changed_elsewhere(self) -> bool:
        """Whether another program wrote to the database since the last call (or the opening).

        Cheap enough to call every few seconds: one row of one table is read.
        """
        try:
            with self.engine.connect() as connection:
                count = change_counter.read(connection)
        except sqlalchemy.exc.DatabaseError as error:
            raise DatabaseError(
                f"Cannot reach the database {self.location}: {_one_line(error.orig)}",
                code="database_unreachable",
                params={"location": self.location, "reason": _one_line(error.orig)},
            ) from error
        with self._counter_lock:
            changed = self._missed_other_write or count != self._known_count
            self._known_count, self._missed_other_write = count, False
        if changed:
            self.feed.publish_everything(elsewhere=True)
        return changed

    def close(self) -> None:
        path = sqlite_path(self.engine.url.render_as_string(hide_password=False))
        if path is not None:
            release_database(path)
        self.engine.dispose()

    def discard_new_file(self) -> None:
        """Close, and remove the database file this opening created (a first command that was
        refused leaves no empty database behind)."""
        self.close()
        if self.new_file is not None:
            _remove_database_files(self.new_file)


def open_workspace(db: str | None = None, *, create: bool = True) -> Workspace:
    """Open (upgrading if needed) the database named by `db` or the defaults.

    A database file that does not exist is created when `create` is set or when it is the
    default database; otherwise it is refused ("no database at PATH"), creating nothing.
    """
    location, is_default = resolve_database(db)
    url = database_url(location)
    path = sqlite_path(url)
    if path is not None:
        refuse_non_regular(path)
        refuse_foreign_database(path)  # before SQLite opens it: WAL mode would change its header
    existed = path is not None and path.exists()
    engine = create_database_engine(url, create=create or is_default)
    try:
        outcome = prepare_database(engine)
        workspace = Workspace(engine, is_default=is_default, migration=outcome)
    except sqlalchemy.exc.DatabaseError as error:
        _abandon(engine, path, existed)
        raise DatabaseError(
            f"Cannot open the database {shown_location(url)}: {_one_line(error.orig)}",
            code="database_unreachable",
            params={"location": shown_location(url), "reason": _one_line(error.orig)},
        ) from error
    except DBAPIError as error:  # a server that cannot be reached, a driver that gives up
        _abandon(engine, path, existed)
        raise DatabaseError(
            f"Cannot reach the database {shown_location(url)}: {_one_line(error.orig)}",
            code="database_unreachable",
            params={"location": shown_location(url), "reason": _one_line(error.orig)},
        ) from error
    except BaseException:
        _abandon(engine, path, existed)
        raise
    workspace.new_file = path if path is not None and not existed else None
    tightened = tighten_database_files(path) if existed and path is not None else []
    if path is not None:
        protect_database(path)
    workspace.notices += [f"{file} was readable by others; it is now private to you (mode 600)" for file in tightened]
    if is_default:
        workspace.daily_backup = daily_backup_for(engine)
    return workspace


def _abandon(engine: Engine, path: Path | None, existed: bool) -> None:
    """Close a database that could not be opened; a file this opening created goes again."""
    engine.dispose()
    if path is not None and not existed:
        _remove_database_files(path)


def _remove_database_files(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)


def _rollback(session: Session) -> None:
    """Roll back after a failed write; a connection too broken to roll back is dropped, which
    rolls back too."""
    try:
        session.rollback()
    except SQLAlchemyError:
        session.invalidate()


def _out_of_space(error: BaseException | None) -> bool:
    """Whether a driver error says the disk (or the file size allowed) is full."""
    if getattr(error, "sqlstate", None) in ("53100", "54000"):  # PostgreSQL: disk full, program limit
        return True
    text = str(error).casefold()
    return "disk is full" in text or "disk i/o error" in text or "no space left" in text


def _one_line(error: BaseException | None) -> str:
    """A driver's message on one line (psycopg adds a hint on a line of its own)."""
    return " ".join(str(error).split())
