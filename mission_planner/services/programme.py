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

from ..domain.programme import Item
from ..errors import InputError
from ..storage import programme_rows, tables
from ..storage.keys import existing, row_id
from .changes import Changed, RemovedItem
from .text_gate import refuse_long_text

EDITABLE = {f.name for f in dataclasses.fields(Item)} - {"uid", "sequence"}


def new_uid() -> str:
    return str(uuid.uuid4())


def _checked(item: Item) -> Item:
    refuse_long_text(item)
    if not item.title.strip():
        raise InputError("an item needs a title", location="title")
    if item.end <= item.start:
        raise InputError(f"{item.title!r} must end after it starts ({item.start:%H:%M})", location="end")
    return item


def add_item(session: Session, mission_id: int, day: date, item: Item) -> Changed:
    item = _checked(dataclasses.replace(item, uid=item.uid or new_uid()))
    day_row = programme_rows.day_row(session, mission_id, day, create=True)
    programme_rows.insert_item(session, row_id(day_row), item)
    return Changed(added=(item.uid,))


def edit_item(session: Session, uid: str, **changes: Any) -> Changed:
    """Change some fields of an item (`title=`, `start=`, `roles=`, ...)."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InputError(f"cannot edit {', '.join(sorted(unknown))} of an item")
    row = programme_rows.item_row(session, uid)
    current = programme_rows.read_item(session, row)
    edited = _checked(dataclasses.replace(current, **changes))
    if edited == current:
        return Changed()
    edited.sequence = current.sequence + 1
    programme_rows.write_item(session, row, edited)
    return Changed(updated=(uid,))


def resize_item(session: Session, uid: str, start: time, end: time) -> Changed:
    return edit_item(session, uid, start=start, end=end)


def move_item(session: Session, uid: str, day: date, start: time) -> Changed:
    """Move an item to another day and start time, keeping its length."""
    row = programme_rows.item_row(session, uid)
    end_at = datetime.combine(day, start) + (datetime.combine(day, row.end) - datetime.combine(day, row.start))
    if end_at.date() != day:
        raise InputError(f"{row.title!r} would run past midnight", location="start")
    current = programme_rows.day_of(session, row)
    if current.date == day and row.start == start:
        return Changed()
    target = programme_rows.day_row(session, current.mission_id, day, create=True)
    row.day_id, row.start, row.end = row_id(target), start, end_at.time()
    row.sequence += 1
    session.add(row)
    session.flush()
    programme_rows.delete_day_if_empty(session, row_id(current))
    return Changed(updated=(uid,))


def delete_item(session: Session, uid: str) -> tuple[Changed, RemovedItem]:
    row = programme_rows.item_row(session, uid)
    day = programme_rows.day_of(session, row)
    mission = existing(session, tables.MissionRow, day.mission_id)
    attendance, assignments = programme_rows.item_marks(session, row)
    removed = RemovedItem(mission.code, day.date, programme_rows.read_item(session, row), attendance, assignments)
    session.delete(row)
    session.flush()
    programme_rows.delete_day_if_empty(session, row_id(day))
    return Changed(removed=(uid,)), removed


def restore_item(session: Session, mission_id: int, removed: RemovedItem) -> Changed:
    """Put a deleted item back with its uid, attendance and assignments (undo of a delete)."""
    day_row = programme_rows.day_row(session, mission_id, removed.day, create=True)
    row = programme_rows.insert_item(session, row_id(day_row), removed.item)
    programme_rows.insert_marks(session, row_id(row), removed.attendance, removed.assignments)
    return Changed(added=(removed.item.uid,))


def shift_day(session: Session, mission_id: int, day: date, to: date) -> Changed:
    """Move every item of `day` to the date `to`, keeping their times."""
    source = programme_rows.day_row(session, mission_id, day)
    if source is None or day == to:
        return Changed()
    target = programme_rows.day_row(session, mission_id, to)
    items = programme_rows.items_of_day(session, row_id(source))
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
    return Changed(updated=tuple(row.uid for row in items))


def copy_day(session: Session, mission_id: int, day: date, to: date) -> Changed:
    """Copy every item of `day` to the date `to`, as new items with new uids."""
    source = programme_rows.day_row(session, mission_id, day)
    if source is None:
        return Changed()
    target = programme_rows.day_row(session, mission_id, to, create=True)
    if not target.title:
        target.title = source.title
    added = []
    for row in programme_rows.items_of_day(session, row_id(source)):
        copy = dataclasses.replace(programme_rows.read_item(session, row), uid=new_uid(), sequence=0)
        programme_rows.insert_item(session, row_id(target), copy)
        added.append(copy.uid)
    return Changed(added=tuple(added))
