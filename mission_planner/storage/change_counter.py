"""The one-row count of writing transactions (see `tables.ChangeCounterRow`)."""

from __future__ import annotations

from sqlalchemy import Connection, select, update
from sqlmodel import Session

from .tables import ChangeCounterRow

ROW_ID = 1
TABLE = ChangeCounterRow.__table__  # type: ignore[attr-defined]  # SQLModel sets it without declaring it


def bump(session: Session) -> int:
    """Count one more writing transaction (this one); returns the new count."""
    statement = update(TABLE).where(TABLE.c.id == ROW_ID).values(count=TABLE.c.count + 1).returning(TABLE.c.count)
    return session.connection().execute(statement).scalar_one()


def read(connection: Connection) -> int:
    return connection.execute(select(TABLE.c.count).where(TABLE.c.id == ROW_ID)).scalar_one()
