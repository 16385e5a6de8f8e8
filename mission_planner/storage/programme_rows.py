"""Row-level reads and writes of the programme: days, items and their roles."""

from __future__ import annotations

from datetime import date
from typing import Literal, overload

from sqlmodel import Session, col, select

from ..domain.enums import AttendanceStatus, ItemRoleKind
from ..domain.people import Attendance
from ..domain.programme import Item, ItemAssignment, ItemRole
from ..errors import InputError, NotFoundError
from . import mapping, tables
from .keys import existing, row_id


def item_row(session: Session, uid: str) -> tables.ItemRow:
    row = session.exec(select(tables.ItemRow).where(tables.ItemRow.uid == uid)).first()
    if row is None:
        raise NotFoundError(f"No programme item {uid}.", code="not_found", params={"what": "item", "key": uid})
    return row


def day_of(session: Session, row: tables.ItemRow) -> tables.DayRow:
    return existing(session, tables.DayRow, row.day_id)


def mission_of_item(session: Session, row: tables.ItemRow) -> tables.MissionRow:
    return existing(session, tables.MissionRow, day_of(session, row).mission_id)


@overload
def day_row(session: Session, mission_id: int, on: date, *, create: Literal[True]) -> tables.DayRow: ...
@overload
def day_row(session: Session, mission_id: int, on: date, *, create: bool = False) -> tables.DayRow | None: ...
def day_row(session: Session, mission_id: int, on: date, *, create: bool = False) -> tables.DayRow | None:
    row = session.exec(
        select(tables.DayRow).where(tables.DayRow.mission_id == mission_id, tables.DayRow.date == on)
    ).first()
    if row is None and create:
        row = tables.DayRow(mission_id=mission_id, date=on)
        session.add(row)
        session.flush()
    return row


def items_of_day(session: Session, day_id: int) -> list[tables.ItemRow]:
    return list(
        session.exec(
            select(tables.ItemRow).where(col(tables.ItemRow.day_id) == day_id).order_by(col(tables.ItemRow.start))
        )
    )


def site_id(session: Session, uid: str | None) -> int | None:
    if not uid:
        return None
    found = session.exec(select(tables.SiteRow.id).where(tables.SiteRow.uid == uid)).first()
    if found is None:
        raise InputError(f"no site with uid {uid}", code="not_found", params={"what": "site", "key": uid})
    return found


def person_id(session: Session, uid: str) -> int:
    found = session.exec(select(tables.PersonRow.id).where(tables.PersonRow.uid == uid)).first()
    if found is None:
        raise InputError(f"no person with uid {uid}", code="not_found", params={"what": "person", "key": uid})
    return found


def read_item(session: Session, row: tables.ItemRow) -> Item:
    site_uid = existing(session, tables.SiteRow, row.site_id).uid if row.site_id else None
    item = mapping.item_from_row(row, site_uid)
    roles = session.exec(
        select(tables.ItemRoleRow, tables.PersonRow.uid)
        .join(tables.PersonRow, col(tables.PersonRow.id) == tables.ItemRoleRow.person_id)
        .where(tables.ItemRoleRow.item_id == row.id)
        .order_by(col(tables.ItemRoleRow.position))
    ).all()
    item.roles = [ItemRole(uid, ItemRoleKind(role.role)) for role, uid in roles]
    return item


def insert_item(session: Session, day_id: int, item: Item) -> tables.ItemRow:
    row = tables.ItemRow(**mapping.item_values(item, day_id=day_id, site_id=site_id(session, item.site_uid)))
    session.add(row)
    session.flush()
    write_roles(session, row_id(row), item.roles)
    return row


def write_item(session: Session, row: tables.ItemRow, item: Item) -> None:
    """Store `item`'s values in `row` (same uid), roles included."""
    for name, value in mapping.item_values(item, day_id=row.day_id, site_id=site_id(session, item.site_uid)).items():
        setattr(row, name, value)
    row.version += 1
    session.add(row)
    write_roles(session, row_id(row), item.roles)


def write_roles(session: Session, item_id: int, roles: list[ItemRole]) -> None:
    for old in session.exec(select(tables.ItemRoleRow).where(tables.ItemRoleRow.item_id == item_id)):
        session.delete(old)
    session.flush()
    for position, role in enumerate(roles):
        session.add(
            tables.ItemRoleRow(
                item_id=item_id, person_id=person_id(session, role.person_uid), role=role.role.value, position=position
            )
        )
    session.flush()


def item_marks(session: Session, row: tables.ItemRow) -> tuple[list[Attendance], list[ItemAssignment]]:
    """The attendance and assignments recorded for one item, to restore them after an undo."""
    attendance = [
        Attendance(row.uid, uid, AttendanceStatus(a.status), a.minutes, a.reason, a.excuse_accepted)
        for a, uid in session.exec(
            select(tables.AttendanceRow, tables.PersonRow.uid)
            .join(tables.PersonRow, col(tables.PersonRow.id) == tables.AttendanceRow.person_id)
            .where(tables.AttendanceRow.item_id == row.id)
        )
    ]
    assignments = [
        ItemAssignment(row.uid, uid, a.attends)
        for a, uid in session.exec(
            select(tables.ItemAssignmentRow, tables.PersonRow.uid)
            .join(tables.PersonRow, col(tables.PersonRow.id) == tables.ItemAssignmentRow.person_id)
            .where(tables.ItemAssignmentRow.item_id == row.id)
        )
    ]
    return attendance, assignments


def insert_marks(
    session: Session, item_id: int, attendance: list[Attendance], assignments: list[ItemAssignment]
) -> None:
    for mark in attendance:
        session.add(
            tables.AttendanceRow(
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
            tables.ItemAssignmentRow(
                item_id=item_id, person_id=person_id(session, assignment.person_uid), attends=assignment.attends
            )
        )
    session.flush()


def delete_day_if_empty(session: Session, day_id: int) -> bool:
    day = session.get(tables.DayRow, day_id)
    if day is None or day.title or items_of_day(session, day_id):
        return False
    session.delete(day)
    session.flush()
    return True
