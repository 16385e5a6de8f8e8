"""Primary keys of rows, typed: SQLModel declares `id: int | None` because a row has no key until
it is flushed, and `Session.get` may find nothing. These say when that cannot be."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session


class _Keyed(Protocol):
    @property
    def id(self) -> int | None: ...


Row = TypeVar("Row")


def row_id(row: _Keyed) -> int:
    """The key of a row already flushed (or read) from the database."""
    if row.id is None:
        raise LookupError(f"{type(row).__name__} has no key yet: it has not been flushed")
    return row.id


def existing(session: Session, table: type[Row], key: Any) -> Row:
    """The row of `table` with primary key `key`, which the caller knows is there."""
    row = session.get(table, key)
    if row is None:
        raise LookupError(f"no {table.__name__} with key {key!r}")
    return row
