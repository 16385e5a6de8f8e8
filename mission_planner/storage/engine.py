"""The database engine: SQLite files (private, WAL, foreign keys on) or a server by URL.

`--db` is a URL when it begins with a scheme and `://` (`postgresql+psycopg://…`, `sqlite:///…`);
anything else is a file path, used exactly as written: a SQLite URL is built from it as a value,
never by pasting the path into a string that is parsed again, so `?`, `#` and `%41` in a file
name stay part of the name.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from ..errors import DatabaseError, NoDatabaseError
from ..paths import make_private_dir
from .file_gate import database_file, is_url
from .file_gate import refuse_non_regular as refuse_non_regular  # where callers have found it

BUSY_TIMEOUT_MS = 5000
WRITES = "mission_planner_writes"  # an execution option: the transaction means to write
CONNECT_TIMEOUT_S = 10  # a server that does not answer is reported, not waited for forever
PRIVATE_MODE = 0o600
_PASSWORD = re.compile(r"^([^/\\]*://[^:/@]*:)[^/]*@")  # up to the last @ of the host part


def without_password(db: str) -> str:
    """`db` fit to show: a URL's password replaced by ***, even when the URL does not parse."""
    return _PASSWORD.sub(r"\1***@", db) if is_url(db) else db


def database_url(db: str | URL) -> URL:
    """The SQLAlchemy URL for `db`: a URL as given, or a file path as a SQLite URL."""
    if isinstance(db, URL):
        return db
    if not is_url(db):
        return URL.create("sqlite", database=str(database_file(db)))
    try:
        url = make_url(db)
    except ValueError:  # the one thing SQLAlchemy converts while parsing
        raise DatabaseError(f"{without_password(db)}: the port of a database URL is a number") from None
    except ArgumentError:
        raise DatabaseError(f"{without_password(db)} is not a database URL") from None
    if url.get_backend_name() == "sqlite" and (url.host or url.username or url.password or url.port):
        raise DatabaseError(f"{without_password(db)}: a SQLite URL names a file, as sqlite:///FILE, not a server")
    if url.get_backend_name() == "sqlite" and url.query:
        # Options such as uri=true would make SQLite open another file than the one checked here.
        raise DatabaseError(f"{without_password(db)}: a SQLite URL takes no options; give the file, as sqlite:///FILE")
    return url


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for a server or an in-memory database."""
    parsed = database_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def shown_location(url: URL) -> str:
    """A database as a message names it: the file, or the URL without its password."""
    path = sqlite_path(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def create_private_file(path: Path) -> None:
    """Create an empty database file readable and writable by its owner only."""
    try:
        make_private_dir(path.parent)
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    except FileExistsError:
        return
    except OSError as error:
        raise DatabaseError(f"Cannot create the database {path}: {error.strerror}") from error
    os.close(descriptor)


def tighten_database_files(path: Path) -> list[Path]:
    """Make the database file and its -wal and -shm files private to their owner (a file copied
    in by hand keeps whatever mode the copy gave it); returns those that were not."""
    tightened = []
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = file.stat().st_mode
            if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077:
                os.chmod(file, stat.S_IMODE(mode) & 0o700)
                tightened.append(file)
        except FileNotFoundError:
            continue
        except OSError as error:  # not ours to change: say so, the data is at stake
            raise DatabaseError(f"Cannot make {file} private to its owner: {error.strerror}") from None
    return tightened


def create_database_engine(db: str | URL, *, create: bool = True) -> Engine:
    """An engine for `db`. A missing SQLite file is created (private) only when `create` is set;
    otherwise it is refused with "no database at PATH"."""
    url = database_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.exists():
            raise NoDatabaseError(f"no database at {path}")
        create_private_file(path)
        engine = _engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine, wal=True)
        return engine
    if url.get_backend_name() == "sqlite":
        engine = _engine(url)
        _configure_sqlite(engine, wal=False)
        return engine
    connect_args = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return _engine(url, pool_pre_ping=True, connect_args=connect_args)


def for_writing(engine: Engine) -> Engine:
    """The engine for a transaction that means to write. On SQLite it begins `BEGIN IMMEDIATE`,
    taking the write lock at once: a second writer then waits its turn (up to the busy timeout)
    instead of reading first and being refused when it comes to write, because its snapshot is
    out of date by then. Reads keep `BEGIN` (deferred) and never wait for a writer."""
    return engine.execution_options(**{WRITES: True})


def _engine(url: URL, **options) -> Engine:
    """create_engine that never puts bound values (names, e-mails, passport numbers) into an
    error message, and turns an unknown dialect or a missing driver into one line."""
    try:
        engine = create_engine(url, hide_parameters=True, **options)
    except NoSuchModuleError:
        raise DatabaseError(
            f"{shown_location(url)}: unknown kind of database {url.drivername!r} "
            "(use a file path, sqlite:///FILE or postgresql+psycopg://…; a file named like a URL is ./NAME)"
        ) from None
    except ImportError as error:
        raise DatabaseError(
            f"{shown_location(url)}: the database driver {error.name or url.drivername!r} is not installed"
        ) from None
    except (ArgumentError, ValueError, TypeError) as error:
        raise DatabaseError(f"{shown_location(url)}: {_first_line(error)}") from None
    event.listen(engine, "handle_error", _drop_row_values)
    return engine


def _drop_row_values(context) -> None:
    """PostgreSQL explains a refused row with the row's values ("DETAIL: Key (email)=(…)", the
    whole failing row for a check): keep only the primary message, so no traceback, log or crash
    report carries a delegate's name, e-mail or passport number."""
    original = context.original_exception
    diag = getattr(original, "diag", None)
    if diag is None or not original.args:
        return
    full = str(original)
    short = diag.message_primary or full.split("\n", 1)[0]
    if short == full:
        return
    original.args = (short,)
    wrapped = context.sqlalchemy_exception
    if wrapped is not None and wrapped.args and isinstance(wrapped.args[0], str):
        wrapped.args = (wrapped.args[0].replace(full, short), *wrapped.args[1:])


def _first_line(error: BaseException) -> str:
    return " ".join(str(error).split("\n", 1)[0].split())


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITES) else "BEGIN")
