"""A mission's practical notes and airport meeting points: read and replace as a whole."""

from __future__ import annotations

from sqlmodel import Session, col, delete, select

from ..domain.practical import MeetingPoint, PracticalNotes
from . import mapping, tables
from .keys import existing


def load_practical(session: Session, mission_id: int) -> tuple[PracticalNotes, dict[int, str]]:
    """The mission's notes, and the site its host office names ({site id: uid}, for the record)."""
    row = session.get(tables.MissionPracticalRow, mission_id)
    office: dict[int, str] = {}
    if row is not None and row.host_office_site_id is not None:
        office[row.host_office_site_id] = existing(session, tables.SiteRow, row.host_office_site_id).uid
    uid = next(iter(office.values()), None)
    return mapping.practical_from_row(row, uid), office


def load_meeting_points(session: Session, mission_id: int) -> list[MeetingPoint]:
    rows = session.exec(
        select(tables.MeetingPointRow)
        .where(col(tables.MeetingPointRow.mission_id) == mission_id)
        .order_by(col(tables.MeetingPointRow.id))
    )
    return [mapping.meeting_point_from_row(row) for row in rows]


def save_practical(session: Session, mission_id: int, notes: PracticalNotes) -> str:
    """Store the mission's notes over whatever it had (no row at all when every field is empty);
    returns the mission's uid."""
    office_id = None
    if notes.host_office_uid is not None:
        office_id = session.exec(
            select(tables.SiteRow.id).where(tables.SiteRow.uid == notes.host_office_uid)
        ).one_or_none()
        if office_id is None:
            raise KeyError(notes.host_office_uid)
    uid = existing(session, tables.MissionRow, mission_id).uid
    row = session.get(tables.MissionPracticalRow, mission_id)
    if notes.is_empty:
        if row is not None:
            session.delete(row)
        return uid
    values = mapping.practical_to_row(notes, mission_id, office_id).model_dump(exclude={"mission_id", "version"})
    row = row or tables.MissionPracticalRow(mission_id=mission_id)
    for name, value in values.items():
        setattr(row, name, value)
    session.add(row)
    return uid


def save_meeting_points(session: Session, mission_id: int, points: list[MeetingPoint]) -> str:
    """Replace the mission's meeting points; returns the mission's uid."""
    session.execute(delete(tables.MeetingPointRow).where(col(tables.MeetingPointRow.mission_id) == mission_id))
    for point in points:
        session.add(mapping.meeting_point_to_row(point, mission_id))
    return existing(session, tables.MissionRow, mission_id).uid
