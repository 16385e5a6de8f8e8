"""The programme: days and items, and one person's programme."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from ...domain.programme import Item, ItemAssignment
from ...storage import programme_rows
from ...storage.owners import mission_code_of_item
from .. import feed, programme
from ..changes import Changed, RemovedDay, RemovedItem
from ..feed import Topic
from ..personal import ProgrammeEntry, personal_programme
from .base import Transaction, changing, load_record


class Programme:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def add_item(self, code: str, day: date, item: Item) -> Changed:
        with self._transaction() as session:
            return programme.add_item(session, changing(session, code, Topic.PROGRAMME), day, item)

    def edit_item(self, uid: str, **changes: Any) -> Changed:
        with self._transaction() as session:
            changed = programme.edit_item(session, uid, **changes)
            feed.note(session, mission_code_of_item(session, uid), Topic.PROGRAMME)
            return changed

    def move_item(self, uid: str, day: date, start: time) -> Changed:
        with self._transaction() as session:
            changed = programme.move_item(session, uid, day, start)
            feed.note(session, mission_code_of_item(session, uid), Topic.PROGRAMME)
            return changed

    def resize_item(self, uid: str, start: time, end: time) -> Changed:
        with self._transaction() as session:
            changed = programme.resize_item(session, uid, start, end)
            feed.note(session, mission_code_of_item(session, uid), Topic.PROGRAMME)
            return changed

    def delete_item(self, uid: str) -> tuple[Changed, RemovedItem]:
        """Remove an item with its attendance and assignments."""
        with self._transaction() as session:
            changed, removed = programme.delete_item(session, uid)
            feed.note(session, removed.mission_code, Topic.PROGRAMME, Topic.ATTENDANCE)
            return changed, removed

    def restore_item(self, removed: RemovedItem) -> Changed:
        with self._transaction() as session:
            return programme.restore_item(
                session, changing(session, removed.mission_code, Topic.PROGRAMME, Topic.ATTENDANCE), removed
            )

    def shift_day(self, code: str, day: date, to: date) -> Changed:
        with self._transaction() as session:
            return programme.shift_day(session, changing(session, code, Topic.PROGRAMME), day, to)

    def copy_day(self, code: str, day: date, to: date) -> Changed:
        with self._transaction() as session:
            return programme.copy_day(session, changing(session, code, Topic.PROGRAMME), day, to)

    def move_items_to_day(self, code: str, uids: list[str], day: date, title: str = "") -> Changed:
        """Put these items on `day` (titled `title` if given), keeping their times."""
        with self._transaction() as session:
            return programme.move_items_to_day(session, changing(session, code, Topic.PROGRAMME), uids, day, title)

    def insert_day(self, code: str, after: date) -> tuple[Changed, date | None]:
        """Make room for a day after `after`: every later day moves one day on, and the mission
        grows by a day when its last day moves past its end: returns the end it had then, or None."""
        with self._transaction() as session:
            changed, previous_end = programme.insert_day(session, changing(session, code, Topic.PROGRAMME), after)
            if previous_end is not None:
                feed.note(session, code, Topic.MISSIONS)
            return changed, previous_end

    def remove_day(self, code: str, day: date, *, end: date | None = None) -> tuple[Changed, RemovedDay]:
        """Remove a day with its items (and their attendance); every later day moves one day
        earlier. With `end`, the mission ends on that date again (undo of an insert that grew it)."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PROGRAMME, Topic.ATTENDANCE)
            if end is not None:
                programme_rows.set_mission_end(session, mission_id, end)
                feed.note(session, code, Topic.MISSIONS)
            return programme.remove_day(session, mission_id, code, day)

    def restore_day(self, removed: RemovedDay) -> Changed:
        with self._transaction() as session:
            mission_id = changing(session, removed.mission_code, Topic.PROGRAMME, Topic.ATTENDANCE)
            return programme.restore_day(session, mission_id, removed)

    def delete_items(
        self, code: str, uids: list[str], *, drop_days: tuple[date, ...] = ()
    ) -> tuple[Changed, list[RemovedItem]]:
        """Delete several items of one mission in one transaction, with their attendance and
        assignments; a day of `drop_days` left empty goes even when it has a title."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PROGRAMME, Topic.ATTENDANCE)
            return programme.delete_items(session, mission_id, uids, drop_days=drop_days)

    def day_titles(self, code: str) -> dict[date, str]:
        """Each day the mission has (with items or a title) by date, with its title."""
        with self._transaction() as session:
            return programme.day_titles(session, code)

    def restore_items(self, code: str, removed: list[RemovedItem], *, titles: dict[date, str] | None = None) -> Changed:
        """Put deleted items back; a day of `titles` that has no title gets its own back."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PROGRAMME, Topic.ATTENDANCE)
            changed = Changed()
            for part in removed:
                changed |= programme.restore_item(session, mission_id, part)
            for on, title in (titles or {}).items():
                programme_rows.give_title(session, mission_id, on, title)
            return changed

    def paste_items(
        self, code: str, entries: list[tuple[date, Item, list[ItemAssignment]]]
    ) -> tuple[Changed, int, int]:
        """Add copied items, from this mission or another, in one transaction: speakers and attendees
        not in this mission and sites not in the catalogue are left out; how many of each."""
        with self._transaction() as session:
            return programme.paste_items(session, changing(session, code, Topic.PROGRAMME), entries)

    def personal_programme(self, code: str, person_uid: str) -> list[ProgrammeEntry]:
        return personal_programme(load_record(self._transaction, code), person_uid)
