"""Undo commands of the Programme tab: add, edit, move, resize and delete items; shift, copy,
insert and remove days (see `base.py`)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.programme import Item, ItemAssignment
from ...errors import MissionPlannerError
from ...services import Changed, RemovedDay, RemovedItem
from .base import CommandContext, ServiceCommand


class EditItemCommand(ServiceCommand):
    """Change some fields of an item (`title=`, `venue=`, ...); undo puts the old values back."""

    def __init__(
        self, context: CommandContext, code: str, uid: str, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> None:
        super().__init__(context, code, text)
        if set(old) != set(new):
            raise ValueError("the old and the new values must name the same fields")
        self.uid = uid
        self.old = dict(old)
        self.new = dict(new)

    @classmethod
    def rename(cls, context: CommandContext, code: str, item: Item, title: str) -> EditItemCommand:
        text = QCoreApplication.translate("Commands", "Rename “{title}”").format(title=item.title)
        return cls(context, code, item.uid, {"title": item.title}, {"title": title}, text)

    def _do(self) -> Changed:
        return self.workspace.programme.edit_item(self.uid, **self.new)

    def _undo(self) -> Changed:
        return self.workspace.programme.edit_item(self.uid, **self.old)


class MoveItemCommand(ServiceCommand):
    """Move an item to another day or start time, keeping its length."""

    def __init__(
        self,
        context: CommandContext,
        code: str,
        item: Item,
        old: tuple[date, time],
        new: tuple[date, time],
    ) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Move “{title}”").format(title=item.title)
        )
        self.uid = item.uid
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.programme.move_item(self.uid, *self.new)

    def _undo(self) -> Changed:
        return self.workspace.programme.move_item(self.uid, *self.old)


class ResizeItemCommand(ServiceCommand):
    """Give an item new start and end times on the same day."""

    def __init__(self, context: CommandContext, code: str, item: Item, start: time, end: time) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("Commands", "Change the times of “{title}”").format(title=item.title),
        )
        self.uid = item.uid
        self.old = (item.start, item.end)
        self.new = (start, end)

    def _do(self) -> Changed:
        return self.workspace.programme.resize_item(self.uid, *self.new)

    def _undo(self) -> Changed:
        return self.workspace.programme.resize_item(self.uid, *self.old)


class DeleteItemCommand(ServiceCommand):
    """Delete an item; undo restores it with the same uid, its attendance and its assignments."""

    def __init__(self, context: CommandContext, code: str, item: Item) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Delete “{title}”").format(title=item.title)
        )
        self.uid = item.uid
        self.removed: RemovedItem | None = None

    def _do(self) -> Changed:
        changed, self.removed = self.workspace.programme.delete_item(self.uid)
        return changed

    def _undo(self) -> Changed:
        assert self.removed is not None, "undo before redo"
        return self.workspace.programme.restore_item(self.removed)


class AddItemCommand(ServiceCommand):
    """Add an item to a day; its uid is fixed here, so a redo after an undo brings the same one."""

    def __init__(self, context: CommandContext, code: str, day: date, item: Item) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Add “{title}”").format(title=item.title)
        )
        self.day = day
        self.item = item if item.uid else replace(item, uid=str(uuid.uuid4()))

    @property
    def uid(self) -> str:
        return self.item.uid

    def _do(self) -> Changed:
        return self.workspace.programme.add_item(self.code, self.day, self.item)

    def _undo(self) -> Changed:
        changed, _removed = self.workspace.programme.delete_item(self.item.uid)
        return changed


class DeleteItemsCommand(ServiceCommand):
    """Delete several items as one step of the history: undo brings them all back.

    Each item is its own transaction; if one cannot be deleted, those already deleted come back.
    """

    def __init__(self, context: CommandContext, code: str, items: list[Item]) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Delete {count} items").format(count=len(items))
        )
        self.parts = [DeleteItemCommand(context, code, item) for item in items]

    def _do(self) -> Changed:
        changed, done = Changed(), []
        try:
            for part in self.parts:
                changed |= part._do()
                done.append(part)
        except MissionPlannerError:
            for part in reversed(done):
                part._undo()
            raise
        return changed

    def _undo(self) -> Changed:
        changed = Changed()
        for part in reversed(self.parts):
            changed |= part._undo()
        return changed


def delete_items(context: CommandContext, code: str, items: list[Item]) -> ServiceCommand:
    """The command that deletes `items`: one item's own, or one for them all."""
    if len(items) == 1:
        return DeleteItemCommand(context, code, items[0])
    return DeleteItemsCommand(context, code, items)


class ShiftDayCommand(ServiceCommand):
    """Move a day's items to another date; undo puts the same items back on their day."""

    def __init__(self, context: CommandContext, code: str, day: date, to: date, *, onto_day: bool, title: str) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("Commands", "Shift the day {day} to {to}").format(
                day=day.isoformat(), to=to.isoformat()
            ),
        )
        self.day, self.to = day, to
        self.onto_day = onto_day  # the date had items: undo moves back only the day's own
        self.title = title  # the day's title, which undo gives back to it when it merged
        self.uids: list[str] = []

    def _do(self) -> Changed:
        changed = self.workspace.programme.shift_day(self.code, self.day, self.to)
        self.uids = list(changed.updated)
        return changed

    def _undo(self) -> Changed:
        if self.onto_day:
            return self.workspace.programme.move_items_to_day(self.code, self.uids, self.day, self.title)
        return self.workspace.programme.shift_day(self.code, self.to, self.day)  # the day, title and all


class CopyDayCommand(ServiceCommand):
    """Copy a day's items to another date; undo deletes the copies, redo brings back the same ones."""

    def __init__(self, context: CommandContext, code: str, day: date, to: date) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("Commands", "Copy the day {day} to {to}").format(
                day=day.isoformat(), to=to.isoformat()
            ),
        )
        self.day, self.to = day, to
        self.uids: list[str] = []
        self.removed: list[RemovedItem] = []
        self.made_day = False  # the copy made the day (with the source's title): undo takes it away
        self.title = ""

    def _do(self) -> Changed:
        if self.removed:
            titles = {self.to: self.title} if self.made_day else None
            return self.workspace.programme.restore_items(self.code, self.removed, titles=titles)
        titles = self.workspace.programme.day_titles(self.code)
        self.made_day, self.title = self.to not in titles, titles.get(self.day, "")
        changed = self.workspace.programme.copy_day(self.code, self.day, self.to)
        self.uids = list(changed.added)
        return changed

    def _undo(self) -> Changed:
        drop = (self.to,) if self.made_day else ()
        changed, self.removed = self.workspace.programme.delete_items(self.code, self.uids, drop_days=drop)
        return changed


class InsertDayCommand(ServiceCommand):
    """Make room for a day after `after` (the later days move one day on); undo closes the gap."""

    def __init__(self, context: CommandContext, code: str, after: date) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("Commands", "Insert a day after {day}").format(day=after.isoformat()),
        )
        self.after = after
        self.previous_end: date | None = None  # the end date the mission had, when the insert grew it

    def _do(self) -> Changed:
        changed, self.previous_end = self.workspace.programme.insert_day(self.code, self.after)
        return changed

    def _undo(self) -> Changed:
        day = self.after + timedelta(days=1)
        changed, _removed = self.workspace.programme.remove_day(self.code, day, end=self.previous_end)
        return changed


class RemoveDayCommand(ServiceCommand):
    """Remove a day and its items (the later days move one day earlier); undo brings them back, same uids."""

    def __init__(self, context: CommandContext, code: str, day: date) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Remove the day {day}").format(day=day.isoformat())
        )
        self.day = day
        self.removed: RemovedDay | None = None

    def _do(self) -> Changed:
        changed, self.removed = self.workspace.programme.remove_day(self.code, self.day)
        return changed

    def _undo(self) -> Changed:
        assert self.removed is not None, "undo before redo"
        return self.workspace.programme.restore_day(self.removed)


class PasteItemsCommand(ServiceCommand):
    """Add copied items (a paste, a duplicate) as new items; their uids are fixed here, so a redo
    after an undo brings the same ones. `left_out` counts the people and sites the mission lacked."""

    def __init__(
        self, context: CommandContext, code: str, entries: list[tuple[date, Item, list[ItemAssignment]]], text: str
    ) -> None:
        super().__init__(context, code, text)
        self.entries = []
        for day, item, assignments in entries:
            uid = str(uuid.uuid4())
            fitted = replace(item, uid=uid, sequence=0)
            self.entries.append((day, fitted, [replace(a, item_uid=uid) for a in assignments]))
        self.left_out = (0, 0)

    @property
    def uids(self) -> list[str]:
        return [item.uid for _day, item, _assignments in self.entries]

    def _do(self) -> Changed:
        changed, *left_out = self.workspace.programme.paste_items(self.code, self.entries)
        self.left_out = (left_out[0], left_out[1])
        return changed

    def _undo(self) -> Changed:
        changed, _removed = self.workspace.programme.delete_items(self.code, self.uids)
        return changed
