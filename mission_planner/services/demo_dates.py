"""The demo mission in planning is dated from the day the demo is loaded.

Its file holds it on fixed dates; on loading, every date of the mission moves by the same whole
weeks so that it starts on the Monday five weeks after the Monday of the loading week (29 to 35
days ahead). The file's dates are set so that, from there, the nominations close within about
a week and KIST's visitor list falls due within three weeks: `due --within 21` shows them.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

from ..domain.people import Person
from ..domain.record import MissionRecord

# The demo missions dated from the day of loading (the others keep the dates of their sources).
DATED_FROM_LOADING = frozenset({"27-IP-05-GE-OSM-A"})
WEEKS_AHEAD = 5


def loading_start(today: date) -> date:
    """The Monday WEEKS_AHEAD weeks after the Monday of `today`'s week."""
    return today - timedelta(days=today.weekday()) + timedelta(weeks=WEEKS_AHEAD)


def dated_for_loading(record: MissionRecord, today: date) -> MissionRecord:
    """`record` as loaded on `today`: moved to start on `loading_start(today)` when it is one of
    DATED_FROM_LOADING (its file must start on a Monday, so each date keeps its weekday)."""
    if record.mission.code not in DATED_FROM_LOADING:
        return record
    if record.mission.start_date.weekday() != 0:
        raise ValueError(f"the demo mission {record.mission.code} must start on a Monday to be moved by weeks")
    return moved_by(record, loading_start(today) - record.mission.start_date)


def moved_by(record: MissionRecord, shift: timedelta) -> MissionRecord:
    """A copy of `record` with every date and time in it moved by `shift`: days, the mission's
    dates, status changes, flights, stays, tasks, log... but not the people's own dates (birth,
    passport expiry), which are no part of the mission's calendar."""
    moved: MissionRecord = _moved(record, shift)
    return moved


def _moved(value: Any, shift: timedelta) -> Any:
    if isinstance(value, Person):
        return value
    if isinstance(value, datetime | date):  # a datetime is a date too; aware ones keep their zone
        return value + shift
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _moved(getattr(value, f.name), shift) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [_moved(element, shift) for element in value]
    if isinstance(value, tuple):
        return tuple(_moved(element, shift) for element in value)
    if isinstance(value, dict):
        return {key: _moved(element, shift) for key, element in value.items()}
    return value
