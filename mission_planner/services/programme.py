"""Editing the programme: add, edit, move, resize and delete items; shift or copy a day.

Each function runs inside the caller's transaction and returns what it changed. An item keeps
its uid for life, and its `sequence` rises whenever a calendar would need to learn of a change.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlmodel import Session

from ..domain.programme import Item, ItemAssignment
from ..errors import InputError
from ..storage import programme_rows, repositories
from .changes import Changed, RemovedDay, RemovedItem
from .text_gate import refuse_long_text

EDITABLE = {f.name for f in dataclasses.fields(Item)} - {"uid", "sequence"}


def new_uid() -> str:
    return str(uuid.uuid4())


def _checked(item: Item) -> Item:
    refuse_long_text(item)
    if not item.title.strip():
        raise InputError("an item needs a title", location="title", code="item_without_title")
    if item.end <= item.start:
        raise InputError(
            f"{item.title!r} must end after it starts ({item.start:%H:%M})",
            location="end",
            code="item_ends_before_start",
            params={"title": item.title, "start": item.start},
        )
    return item


def add_item(session: Session, mission_id: int, day: date, item: Item) -> Changed:
    item = _checked(dataclasses.replace(item, uid=item.uid or new_uid()))
    programme_rows.add_item(session, mission_id, day, item)
    return Changed(added=(item.uid,))


def edit_item(session: Session, uid: str, **changes: Any) -> Changed:
    """Change some fields of an item (`title=`, `start=`, `roles=`, ...)."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InputError(f"cannot edit {', '.join(sorted(unknown))} of an item")
    current = programme_rows.item(session, uid)
    edited = _checked(dataclasses.replace(current, **changes))
    if edited == current:
        return Changed()
    edited.sequence = current.sequence + 1
    programme_rows.update_item(session, edited)
    return Changed(updated=(uid,))


def resize_item(session: Session, uid: str, start: time, end: time) -> Changed:
    return edit_item(session, uid, start=start, end=end)


def move_item(session: Session, uid: str, day: date, start: time) -> Changed:
    """Move an item to another day and start time, keeping its length."""
    item = programme_rows.item(session, uid)
    end_at = datetime.combine(day, start) + (datetime.combine(day, item.end) - datetime.combine(day, item.start))
    if end_at.date() != day:
        raise InputError(
            f"{item.title!r} would run past midnight",
            location="start",
            code="item_past_midnight",
            params={"title": item.title},
        )
    if programme_rows.item_day(session, uid) == day and item.start == start:
        return Changed()
    programme_rows.move_item(session, uid, day, start, end_at.time())
    return Changed(updated=(uid,))


def delete_item(session: Session, uid: str) -> tuple[Changed, RemovedItem]:
    removed = RemovedItem(*programme_rows.delete_item(session, uid))
    return Changed(removed=(uid,)), removed


def restore_item(session: Session, mission_id: int, removed: RemovedItem) -> Changed:
    """Put a deleted item back with its uid, attendance and assignments (undo of a delete)."""
    programme_rows.restore_item(session, mission_id, removed.day, removed.item, removed.attendance, removed.assignments)
    return Changed(added=(removed.item.uid,))


def shift_day(session: Session, mission_id: int, day: date, to: date) -> Changed:
    """Move every item of `day` to the date `to`, keeping their times."""
    return Changed(updated=tuple(programme_rows.shift_day(session, mission_id, day, to)))


def day_titles(session: Session, code: str) -> dict[date, str]:
    mission_id = repositories.mission_id_by_code(session, code)
    return {} if mission_id is None else programme_rows.day_titles(session, mission_id)


def copy_day(session: Session, mission_id: int, day: date, to: date) -> Changed:
    """Copy every item of `day` to the date `to`, as new items with new uids."""
    return Changed(added=tuple(programme_rows.copy_day(session, mission_id, day, to, new_uid)))


def move_items_to_day(session: Session, mission_id: int, uids: list[str], on: date, title: str = "") -> Changed:
    """Put these items on the day `on`, keeping their times (undo of shifting onto a busy day)."""
    programme_rows.move_items_to_day(session, mission_id, uids, on, title)
    return Changed(updated=tuple(uids))


def insert_day(session: Session, mission_id: int, after: date) -> tuple[Changed, date | None]:
    """Make room for a day after `after`: every later day moves one day on. A day moved past the
    mission's end makes the mission a day longer: returns the end date it had then (else None)."""
    moved = programme_rows.shift_days_after(session, mission_id, after, 1)
    return Changed(updated=tuple(moved)), programme_rows.reach_last_day(session, mission_id)


def remove_day(session: Session, mission_id: int, code: str, on: date) -> tuple[Changed, RemovedDay]:
    """Remove the day `on` and its items; every later day moves one day earlier."""
    title, items = programme_rows.remove_day(session, mission_id, on)
    removed = RemovedDay(code, on, title, [RemovedItem(code, on, *parts) for parts in items])
    return Changed(removed=tuple(item.item.uid for item in removed.items)), removed


def restore_day(session: Session, mission_id: int, removed: RemovedDay) -> Changed:
    """Undo `remove_day`: the later days move one day on and the day comes back, same uids."""
    items = [(part.item, part.attendance, part.assignments) for part in removed.items]
    programme_rows.restore_day(session, mission_id, removed.day, removed.title, items)
    return Changed(added=tuple(part.item.uid for part in removed.items))


def delete_items(
    session: Session, mission_id: int, uids: list[str], *, drop_days: tuple[date, ...] = ()
) -> tuple[Changed, list[RemovedItem]]:
    """Delete several items (copies, a cut) with their marks; each `RemovedItem` puts one back.
    A day of `drop_days` left empty goes even when it has a title (the day a copy made)."""
    removed = [RemovedItem(*programme_rows.delete_item(session, uid)) for uid in uids]
    for on in drop_days:
        programme_rows.drop_empty_day(session, mission_id, on)
    return Changed(removed=tuple(uids)), removed


def paste_items(
    session: Session, mission_id: int, entries: list[tuple[date, Item, list[ItemAssignment]]]
) -> tuple[Changed, int, int]:
    """Add copied items (their uids new, given by the caller) with who attends them; speakers and
    attendees who are not in this mission and sites not in the catalogue are left out. Returns
    what changed, how many people and how many sites were left out."""
    people = programme_rows.people_of_mission(session, mission_id)
    sites = programme_rows.sites_known(session, {item.site_uid for _day, item, _a in entries if item.site_uid})
    people_left, sites_left, added = 0, 0, []
    for day, item, assignments in entries:
        roles = [role for role in item.roles if role.person_uid in people]
        kept = [a for a in assignments if a.person_uid in people]
        site_uid = item.site_uid if item.site_uid in sites else None
        people_left += len(item.roles) - len(roles) + len(assignments) - len(kept)
        sites_left += item.site_uid is not None and site_uid is None
        fitted = _checked(dataclasses.replace(item, uid=item.uid or new_uid(), roles=roles, site_uid=site_uid))
        kept = [dataclasses.replace(a, item_uid=fitted.uid) for a in kept]
        programme_rows.add_item_with_assignments(session, mission_id, day, fitted, kept)
        added.append(fitted.uid)
    return Changed(added=tuple(added)), people_left, sites_left
