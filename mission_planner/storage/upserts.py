"""Writes of rows with a unique key that two writers may make at the same moment.

Reading whether the row is there and then inserting it lets two writers on PostgreSQL both find
nothing and both insert; the second fails on the unique key. These statements let the database
decide instead: `INSERT … ON CONFLICT`, which SQLite and PostgreSQL both understand. On
PostgreSQL the second writer waits for the first to commit, then finds its row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import CursorResult
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"no INSERT … ON CONFLICT for {dialect}")


def insert_if_missing(session: Session, table: Any, keys: Sequence[str], values: dict[str, Any]) -> bool:
    """Insert the row unless one with the same `keys` is there (or being inserted by another
    writer, which this waits for); whether this inserted it."""
    statement = _insert(session, table).values(**values).on_conflict_do_nothing(index_elements=list(keys))
    result: CursorResult[Any] = session.execute(statement)  # type: ignore[assignment]  # an INSERT's result
    return bool(result.rowcount)


def insert_or_update(session: Session, table: Any, keys: Sequence[str], values: dict[str, Any]) -> None:
    """Insert the row, or set the values of the one with the same `keys`: the last writer wins."""
    statement = _insert(session, table).values(**values)
    changed = {name: statement.excluded[name] for name in values if name not in keys}
    session.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=changed))
