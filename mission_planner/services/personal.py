"""A person's own programme: the items they attend, with home times for online items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.attendees import AttendancePlan
from ..domain.programme import Item
from ..domain.record import MissionRecord
from ..domain.timezones import home_timezone, local_times
from .countries import country_timezone


@dataclass(frozen=True, slots=True)
class ProgrammeEntry:
    day: date
    item: Item
    start: datetime
    end: datetime
    home_start: datetime | None = None
    home_end: datetime | None = None


def person_timezone(record: MissionRecord, person_uid: str) -> str | None:
    return home_timezone(record.person(person_uid), country_timezone)


def personal_programme(record: MissionRecord, person_uid: str) -> list[ProgrammeEntry]:
    """What `person_uid` attends, in the mission's time; online items also in their home time."""
    zone = record.mission.timezone
    home = person_timezone(record, person_uid)
    entries = []
    for scheduled in AttendancePlan(record).programme_of(person_uid):
        item, day = scheduled.item, scheduled.day
        entry = ProgrammeEntry(day, item, item.starts_at(day, zone), item.ends_at(day, zone))
        if item.is_online and home and home != zone:
            times = local_times(item, day, zone, home)
            entry = ProgrammeEntry(day, item, entry.start, entry.end, times.start, times.end)
        entries.append(entry)
    return entries
