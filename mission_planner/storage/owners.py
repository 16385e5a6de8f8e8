"""Which mission owns a row found by its uid, so a write keyed by uid can say which mission it
changed (the change feed, `services/feed.py`)."""

from __future__ import annotations

from sqlmodel import Session

from . import budget_rows, programme_rows, tables
from .keys import existing


def mission_code(session: Session, mission_id: int) -> str:
    """The code of the mission with the key `mission_id`, which the caller knows is there."""
    return existing(session, tables.MissionRow, mission_id).code


def mission_code_of_item(session: Session, item_uid: str) -> str:
    """The code of the mission whose programme holds item `item_uid` (`NotFoundError` if none)."""
    return programme_rows.mission_of_item(session, programme_rows.item_row(session, item_uid)).code


def mission_code_of_line(session: Session, line_uid: str) -> str:
    """The code of the mission whose budget holds line `line_uid` (`NotFoundError` if none)."""
    return mission_code(session, budget_rows.line_row(session, line_uid).mission_id)
