"""Who attends which item, and so each person's own programme.

The rule: everyone taking part attends every item, except that resource persons attend only
the items they have a role in, and an item for one group of a split delegation is attended only
by that group. Explicit assignments override the rule either way. Withdrawn and rejected people
attend nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .enums import Status
from .people import Participation
from .programme import Item
from .record import MissionRecord

INACTIVE = (Status.WITHDRAWN, Status.REJECTED)


@dataclass(frozen=True, slots=True)
class Scheduled:
    """An item on its day: what a personal programme lists."""

    day: date
    item: Item


def attends_by_rule(part: Participation, item: Item) -> bool:
    if part.status in INACTIVE:
        return False
    if part.is_resource_person:
        return any(role.person_uid == part.person_uid for role in item.roles)
    if item.group and part.group:
        return item.group == part.group
    return True


class AttendancePlan:
    """Answers "who attends this item" and "what does this person attend" for one mission."""

    def __init__(self, record: MissionRecord):
        self._record = record
        self._parts = {part.person_uid: part for part in record.participations}
        self._overrides = {(a.item_uid, a.person_uid): a.attends for a in record.assignments}

    def attends(self, person_uid: str, item: Item) -> bool:
        part = self._parts.get(person_uid)
        if part is None or part.status in INACTIVE:
            return False
        override = self._overrides.get((item.uid, person_uid))
        return attends_by_rule(part, item) if override is None else override

    def attendees(self, item: Item) -> list[str]:
        return [uid for uid in self._parts if self.attends(uid, item)]

    def programme_of(self, person_uid: str) -> list[Scheduled]:
        return [
            Scheduled(day.date, item)
            for day in self._record.days
            for item in day.items
            if self.attends(person_uid, item)
        ]
