"""The worst conflict an item would be in at a proposed day and times: the domain's rules run on
the mission held in memory with that one change, while a block is dragged (nothing is written)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, time

from ..domain.conflicts import Booking, Severity, find_conflicts
from ..domain.programme import Day
from ..domain.record import MissionRecord


def proposed_severity(
    record: MissionRecord,
    bookings: Sequence[Booking],
    uid: str,
    day: date,
    start: time,
    end: time,
    *,
    today: date,
) -> Severity | None:
    """The worst severity of the conflicts naming item `uid` once it is on `day` from `start` to `end`."""
    moved = next((item for d in record.days for item in d.items if item.uid == uid), None)
    if moved is None:
        return None
    proposed = dataclasses.replace(moved, start=start, end=end)
    days = [Day(d.date, d.title, [item for item in d.items if item.uid != uid]) for d in record.days]
    target = next((d for d in days if d.date == day), None)
    if target is None:
        target = Day(day)
        days.append(target)
    target.items.append(proposed)
    conflicts = find_conflicts(dataclasses.replace(record, days=days), today=today, bookings=bookings)
    worst: Severity | None = None
    for conflict in conflicts:
        if uid in conflict.item_uids:
            if conflict.severity == Severity.ERROR:
                return Severity.ERROR
            worst = conflict.severity
    return worst
