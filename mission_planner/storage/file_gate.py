"""The gate before SQLite touches a file: which `--db` is a file, and which files are refused.

Standard library only, so the quick mission list (`quick_list.py`) passes the same gate as the
full opening without importing SQLAlchemy.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from ..errors import DatabaseError

_URL = re.compile(r"^[^/\\]*://")  # `://` before any slash: `./a://b` and `/x/a://b` are paths


def is_url(db: str) -> bool:
    """Whether `db` names a database by URL (`scheme://…`) rather than by file path."""
    return bool(_URL.match(db))


def database_file(db: str) -> Path:
    """The absolute file a `--db` path names, refused when SQLite could not open such a name."""
    path = str(Path(db).expanduser().resolve())
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:  # bytes the system could not decode: SQLite cannot open it either
        raise DatabaseError(f"{path}: the file name is not UTF-8 text; rename the file") from None
    return Path(path)


def refuse_non_regular(path: Path) -> None:
    """A database is a regular file: a folder, a device or a pipe named by mistake is refused
    before SQLite opens it (and writes a journal beside /dev/null)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseError(f"Cannot open the database {path}: {error.strerror}") from None
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device or a pipe"
        raise DatabaseError(f"{path} is not a database file but {kind}")
