"""Row-level reads and writes of the programme: days, items and their roles."""

from __future__ import annotations

from datetime import date
from typing import Literal, overload

from sqlmodel import Session, col, select

from ..domain.enums import AttendanceStatus, ItemRoleKind
from ..domain.people import Attendance
from ..domain.programme import Item, ItemAssignment, ItemRole
from ..errors import InputError, NotFoundError
from . import mapping as m
from . import tables as t
from .keys import existing, row_id


def item_row(session: Session, uid: str) -> t.ItemRow:
    row = session.exec(select(t.ItemRow).where(t.ItemRow.uid == uid)).first()
    if row is None:
        raise NotFoundError(f"No programme item {uid}.")
    return row


def day_of(session: Session, row: t.ItemRow) -> t.DayRow:
    return existing(session, t.DayRow, row.day_id)


def mission_of_item(session: Session, row: t.ItemRow) -> t.MissionRow:
    return existing(session, t.MissionRow, day_of(session, row).mission_id)


@overload
def day_row(session: Session, mission_id: int, on: date, *, create: Literal[True]) -> t.DayRow: ...
@overload
def day_row(session: Session, mission_id: int, on: date, *, create: bool = False) -> t.DayRow | None: ...
def day_row(session: Session, mission_id: int, on: date, *, create: bool = False) -> t.DayRow | None:
    row = session.exec(select(t.DayRow).where(t.DayRow.mission_id == mission_id, t.DayRow.date == on)).first()
    if row is None and create:
        row = t.DayRow(mission_id=mission_id, date=on)
        session.add(row)
        session.flush()
    return row


def items_of_day(session: Session, day_id: int) -> list[t.ItemRow]:
    return list(session.exec(select(t.ItemRow).where(col(t.ItemRow.day_id) == day_id).order_by(col(t.ItemRow.start))))


def site_id(session: Session, uid: str | None) -> int | None:
    if not uid:
        return None
    found = session.exec(select(t.SiteRow.id).where(t.SiteRow.uid == uid)).first()
    if found is None:
        raise InputError(f"no site with uid {uid}")
    return found


def person_id(session: Session, uid: str) -> int:
    found = session.exec(select(t.PersonRow.id).where(t.PersonRow.uid == uid)).first()
    if found is None:
        raise InputError(f"no person with uid {uid}")
    return found


def read_item(session: Session, row: t.ItemRow) -> Item:
    site_uid = existing(session, t.SiteRow, row.site_id).uid if row.site_id else None
    item = m.item_from_row(row, site_uid)
    roles = session.exec(
        select(t.ItemRoleRow, t.PersonRow.uid)
        .join(t.PersonRow, col(t.PersonRow.id) == t.ItemRoleRow.person_id)
        .where(t.ItemRoleRow.item_id == row.id)
        .order_by(col(t.ItemRoleRow.position))
    ).all()
    item.roles = [ItemRole(uid, ItemRoleKind(role.role)) for role, uid in roles]
    return item


def insert_item(session: Session, day_id: int, item: Item) -> t.ItemRow:
    row = t.ItemRow(**m.item_values(item, day_id=day_id, site_id=site_id(session, item.site_uid)))
    session.add(row)
    session.flush()
    write_roles(session, row_id(row), item.roles)
    return row


def write_item(session: Session, row: t.ItemRow, item: Item) -> None:
    """Store `item`'s values in `row` (same uid), roles included."""
    for name, value in m.item_values(item, day_id=row.day_id, site_id=site_id(session, item.site_uid)).items():
        setattr(row, name, value)
    row.version += 1
    session.add(row)
    write_roles(session, row_id(row), item.roles)


def write_roles(session: Session, item_id: int, roles: list[ItemRole]) -> None:
    for old in session.exec(select(t.ItemRoleRow).where(t.ItemRoleRow.item_id == item_id)):
        session.delete(old)
    session.flush()
    for position, role in enumerate(roles):
        session.add(
            t.ItemRoleRow(
                item_id=item_id, person_id=person_id(session, role.person_uid), role=role.role.value, position=position
            )
        )
    session.flush()


def item_marks(session: Session, row: t.ItemRow) -> tuple[list[Attendance], list[ItemAssignment]]:
    """The attendance and assignments recorded for one item, to restore them after an undo."""
    attendance = [
        Attendance(row.uid, uid, AttendanceStatus(a.status), a.minutes, a.reason, a.excuse_accepted)
        for a, uid in session.exec(
            select(t.AttendanceRow, t.PersonRow.uid)
            .join(t.PersonRow, col(t.PersonRow.id) == t.AttendanceRow.person_id)
            .where(t.AttendanceRow.item_id == row.id)
        )
    ]
    assignments = [
        ItemAssignment(row.uid, uid, a.attends)
        for a, uid in session.exec(
            select(t.ItemAssignmentRow, t.PersonRow.uid)
            .join(t.PersonRow, col(t.PersonRow.id) == t.ItemAssignmentRow.person_id)
            .where(t.ItemAssignmentRow.item_id == row.id)
        )
    ]
    return attendance, assignments


def insert_marks(
    session: Session, item_id: int, attendance: list[Attendance], assignments: list[ItemAssignment]
) -> None:
    for mark in attendance:
        session.add(
            t.AttendanceRow(
                item_id=item_id,
                person_id=person_id(session, mark.person_uid),
                status=mark.status.value,
                minutes=mark.minutes,
                reason=mark.reason,
                excuse_accepted=mark.excuse_accepted,
            )
        )
    for assignment in assignments:
        session.add(
            t.ItemAssignmentRow(
                item_id=item_id, person_id=person_id(session, assignment.person_uid), attends=assignment.attends
            )
        )
    session.flush()


def delete_day_if_empty(session: Session, day_id: int) -> bool:
    day = session.get(t.DayRow, day_id)
    if day is None or day.title or items_of_day(session, day_id):
        return False
    session.delete(day)
    session.flush()
    return True
