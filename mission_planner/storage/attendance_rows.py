"""Row-level writes of attendance marks."""

from __future__ import annotations

from sqlmodel import Session, select

from ..domain.people import Attendance
from . import tables, upserts
from .keys import row_id
from .programme_rows import item_row, person_id


def clear_mark(session: Session, item_uid: str, person_uid: str) -> None:
    """Forget one person's attendance at one item: back to "not recorded"."""
    row = session.exec(
        select(tables.AttendanceRow).where(
            tables.AttendanceRow.item_id == item_row(session, item_uid).id,
            tables.AttendanceRow.person_id == person_id(session, person_uid),
        )
    ).first()
    if row is not None:
        session.delete(row)
        session.flush()


def set_mark(session: Session, mark: Attendance) -> None:
    """Record one person's attendance at one item, replacing any earlier mark."""
    item_id = row_id(item_row(session, mark.item_uid))
    pid = person_id(session, mark.person_uid)
    query = select(tables.AttendanceRow).where(
        tables.AttendanceRow.item_id == item_id, tables.AttendanceRow.person_id == pid
    )
    values = {
        "status": mark.status.value,
        "minutes": mark.minutes,
        "reason": mark.reason,
        "excuse_accepted": mark.excuse_accepted,
    }
    row = session.exec(query).first()
    if row is None:
        session.flush()
        keys = {"item_id": item_id, "person_id": pid}
        if upserts.insert_if_missing(session, tables.AttendanceRow, tuple(keys), {**keys, **values}):
            return
        # Another writer recorded a mark at the same moment: this one replaces it, as it would
        # have a second later.
        row = session.exec(query).one()
    for name, value in values.items():
        setattr(row, name, value)
    session.add(row)
    session.flush()
