"""Row-level reads and writes of the programme: days, items and their roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time, timedelta
from typing import Literal, overload

from sqlmodel import Session, col, func, select

from ..domain.enums import AttendanceStatus, ItemRoleKind
from ..domain.people import Attendance
from ..domain.programme import Item, ItemAssignment, ItemRole
from ..errors import InputError, NotFoundError
from . import mapping, tables, upserts
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
    """The day `on` of the mission; with `create`, made when missing (insert-or-get: two writers
    adding the first item of a day at once both get the one day)."""
    query = select(tables.DayRow).where(tables.DayRow.mission_id == mission_id, tables.DayRow.date == on)
    row = session.exec(query).first()
    if row is None and create:
        session.flush()
        key = {"mission_id": mission_id, "date": on}
        upserts.insert_if_missing(session, tables.DayRow, tuple(key), key)
        row = session.exec(query).one()
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


def restore_assignments(session: Session, item_uid: str, assignments: list[ItemAssignment]) -> None:
    """Put back assignments of people to the item `item_uid` (a removed person's, on undo)."""
    insert_marks(session, row_id(item_row(session, item_uid)), [], assignments)


def delete_day_if_empty(session: Session, day_id: int, *, even_titled: bool = False) -> bool:
    # The day is locked before its items are counted: an item another writer is adding to it
    # (which holds a share of the day's lock) is then counted, never deleted with the day.
    day = session.exec(
        select(tables.DayRow)
        .where(tables.DayRow.id == day_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if day is None or (day.title and not even_titled) or items_of_day(session, day_id):
        return False
    session.delete(day)
    session.flush()
    return True


# --- use-case steps in domain values: the services name no row ----------------------------------


def item(session: Session, uid: str) -> Item:
    return read_item(session, item_row(session, uid))


def item_day(session: Session, uid: str) -> date:
    return day_of(session, item_row(session, uid)).date


def add_item(session: Session, mission_id: int, on: date, item: Item) -> None:
    insert_item(session, row_id(day_row(session, mission_id, on, create=True)), item)


def update_item(session: Session, item: Item) -> None:
    """Store `item`'s values in the item with its uid, roles included."""
    write_item(session, item_row(session, item.uid), item)


def move_item(session: Session, uid: str, on: date, start: time, end: time) -> None:
    """Put the item on the day `on` from `start` to `end`; a day left empty goes."""
    row = item_row(session, uid)
    current = day_of(session, row)
    target = day_row(session, current.mission_id, on, create=True)
    row.day_id, row.start, row.end = row_id(target), start, end
    row.sequence += 1
    session.add(row)
    session.flush()
    delete_day_if_empty(session, row_id(current))


def delete_item(session: Session, uid: str) -> tuple[str, date, Item, list[Attendance], list[ItemAssignment]]:
    """Delete the item (a day left empty goes); returns what puts it back: its mission's code,
    its day, the item, and its attendance and assignments."""
    row = item_row(session, uid)
    day = day_of(session, row)
    code = existing(session, tables.MissionRow, day.mission_id).code
    attendance, assignments = item_marks(session, row)
    removed = (code, day.date, read_item(session, row), attendance, assignments)
    session.delete(row)
    session.flush()
    delete_day_if_empty(session, row_id(day))
    return removed


def restore_item(
    session: Session,
    mission_id: int,
    on: date,
    item: Item,
    attendance: list[Attendance],
    assignments: list[ItemAssignment],
) -> None:
    """Put a deleted item back with its uid, attendance and assignments."""
    row = insert_item(session, row_id(day_row(session, mission_id, on, create=True)), item)
    insert_marks(session, row_id(row), attendance, assignments)


def shift_day(session: Session, mission_id: int, on: date, to: date) -> list[str]:
    """Move every item of the day `on` to the date `to`, keeping their times; the uids moved."""
    source = day_row(session, mission_id, on)
    if source is None or on == to:
        return []
    target = day_row(session, mission_id, to)
    items = items_of_day(session, row_id(source))
    if target is None:
        source.date = to
        session.add(source)
    else:
        for row in items:
            row.day_id = row_id(target)
            session.add(row)
        if source.title and not target.title:
            target.title = source.title
        session.delete(source)
    for row in items:
        row.sequence += 1
    session.flush()
    return [row.uid for row in items]


def day_titles(session: Session, mission_id: int) -> dict[date, str]:
    """Each day of the mission by date, with its title (empty when it has none)."""
    rows = session.exec(
        select(col(tables.DayRow.date), col(tables.DayRow.title)).where(tables.DayRow.mission_id == mission_id)
    )
    return {on: title or "" for on, title in rows}


def give_title(session: Session, mission_id: int, on: date, title: str) -> None:
    """Title the day `on`, when it is there and has no title yet."""
    day = day_row(session, mission_id, on)
    if day is not None and title and not day.title:
        day.title = title
        session.add(day)
        session.flush()


def drop_empty_day(session: Session, mission_id: int, on: date) -> None:
    """Remove the day `on` when it holds no items, even one with a title."""
    day = day_row(session, mission_id, on)
    if day is not None:
        delete_day_if_empty(session, row_id(day), even_titled=True)


def copy_day(session: Session, mission_id: int, on: date, to: date, new_uid: Callable[[], str]) -> list[str]:
    """Copy every item of the day `on` to the date `to`, as new items with uids from `new_uid`;
    the new uids."""
    source = day_row(session, mission_id, on)
    if source is None:
        return []
    target = day_row(session, mission_id, to, create=True)
    if not target.title:
        target.title = source.title
    added = []
    for row in items_of_day(session, row_id(source)):
        copy = replace(read_item(session, row), uid=new_uid(), sequence=0)
        insert_item(session, row_id(target), copy)
        added.append(copy.uid)
    return added


def move_items_to_day(session: Session, mission_id: int, uids: list[str], on: date, title: str = "") -> None:
    """Put these items on the day `on`, keeping their times (the day titled `title` if given); days
    left empty go."""
    day = day_row(session, mission_id, on, create=True)
    if title:
        day.title = title
        session.add(day)
    target = row_id(day)
    left: set[int] = set()
    for uid in uids:
        row = item_row(session, uid)
        if row.day_id != target:
            left.add(row.day_id)
            row.day_id = target
            row.sequence += 1
            session.add(row)
    session.flush()
    for day_id in left:
        delete_day_if_empty(session, day_id)


def shift_days_after(session: Session, mission_id: int, after: date, by: int) -> list[str]:
    """Move every day of the mission after `after` by `by` days, items keeping their times; the
    uids of their items. The latest day moves first going later (the earliest going earlier), so
    no two days ever share a date."""
    order = col(tables.DayRow.date).desc() if by > 0 else col(tables.DayRow.date)
    days = session.exec(
        select(tables.DayRow).where(tables.DayRow.mission_id == mission_id, tables.DayRow.date > after).order_by(order)
    ).all()
    moved = []
    for day in days:
        day.date = day.date + timedelta(days=by)
        session.add(day)
        for row in items_of_day(session, row_id(day)):
            row.sequence += 1
            session.add(row)
            moved.append(row.uid)
        session.flush()
    return moved


def reach_last_day(session: Session, mission_id: int) -> date | None:
    """Move the mission's end date on to its last day when a day lies past it; the end date it
    had then, or None when no day lay past it."""
    mission = existing(session, tables.MissionRow, mission_id)
    last = session.exec(select(func.max(tables.DayRow.date)).where(tables.DayRow.mission_id == mission_id)).one()
    if last is None or last <= mission.end_date:
        return None
    previous = mission.end_date
    set_mission_end(session, mission_id, last)
    return previous


def set_mission_end(session: Session, mission_id: int, end: date) -> None:
    mission = existing(session, tables.MissionRow, mission_id)
    mission.end_date = end
    session.add(mission)
    session.flush()


def remove_day(
    session: Session, mission_id: int, on: date
) -> tuple[str, list[tuple[Item, list[Attendance], list[ItemAssignment]]]]:
    """Delete the day `on` with its items, their attendance and assignments; the later days move
    one day earlier. Returns what puts it back: its title and each item with its marks."""
    day = day_row(session, mission_id, on)
    title, removed = "", []
    if day is not None:
        title = day.title
        for row in items_of_day(session, row_id(day)):
            attendance, assignments = item_marks(session, row)
            removed.append((read_item(session, row), attendance, assignments))
            session.delete(row)
        session.flush()
        session.delete(day)
        session.flush()
    shift_days_after(session, mission_id, on, -1)
    return title, removed


def restore_day(
    session: Session,
    mission_id: int,
    on: date,
    title: str,
    items: list[tuple[Item, list[Attendance], list[ItemAssignment]]],
) -> None:
    """Undo `remove_day`: the days from `on` move one day later, and the day comes back with its items."""
    shift_days_after(session, mission_id, on - timedelta(days=1), 1)
    if not title and not items:
        return
    day = day_row(session, mission_id, on, create=True)
    day.title = title
    session.add(day)
    for item, attendance, assignments in items:
        restore_item(session, mission_id, on, item, attendance, assignments)


def people_of_mission(session: Session, mission_id: int) -> set[str]:
    """The uids of the people taking part in the mission."""
    return set(
        session.exec(
            select(tables.PersonRow.uid)
            .join(tables.ParticipationRow, col(tables.ParticipationRow.person_id) == tables.PersonRow.id)
            .where(tables.ParticipationRow.mission_id == mission_id)
        )
    )


def sites_known(session: Session, uids: set[str]) -> set[str]:
    """Those of `uids` that name a site of the catalogue."""
    if not uids:
        return set()
    return set(session.exec(select(tables.SiteRow.uid).where(col(tables.SiteRow.uid).in_(uids))))


def add_item_with_assignments(
    session: Session, mission_id: int, on: date, item: Item, assignments: list[ItemAssignment]
) -> None:
    row = insert_item(session, row_id(day_row(session, mission_id, on, create=True)), item)
    insert_marks(session, row_id(row), [], assignments)
