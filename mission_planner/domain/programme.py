"""The programme: days, and items with times, places and people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from .enums import ItemKind, ItemRoleKind


@dataclass(slots=True)
class ItemRole:
    person_uid: str
    role: ItemRoleKind = ItemRoleKind.SPEAKER


@dataclass(slots=True)
class Item:
    """One programme item, from `start` to `end` in the mission's time zone on its day."""

    uid: str
    kind: ItemKind
    title: str
    start: time
    end: time
    site_uid: str | None = None
    venue: str = ""
    online_url: str = ""
    meeting_id: str = ""  # typed when the link does not carry it (parse it with online_meetings)
    passcode: str = ""
    description: str = ""
    group: str = ""
    sequence: int = 0
    roles: list[ItemRole] = field(default_factory=list)

    def starts_at(self, day: date, timezone: str) -> datetime:
        return datetime.combine(day, self.start, ZoneInfo(timezone))

    def ends_at(self, day: date, timezone: str) -> datetime:
        return datetime.combine(day, self.end, ZoneInfo(timezone))

    @property
    def is_online(self) -> bool:
        return bool(self.online_url)

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


@dataclass(slots=True)
class Day:
    date: date
    title: str = ""
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class ItemAssignment:
    """An exception to the default: this person does (or does not) attend this item."""

    item_uid: str
    person_uid: str
    attends: bool
