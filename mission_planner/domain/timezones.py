"""Home time zones, and an item's times as each person lives them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .countries import member
from .people import Person
from .programme import Item


def home_timezone(person: Person, country_zone: Callable[[str], str | None] = lambda _: None) -> str | None:
    """The person's own zone if set, else their APO member country's, else `country_zone`'s answer."""
    if person.home_timezone:
        return person.home_timezone
    known = member(person.country)
    return known.timezone if known else country_zone(person.country)


@dataclass(frozen=True, slots=True)
class LocalTimes:
    start: datetime
    end: datetime


def local_times(item: Item, day: date, mission_zone: str, zone: str) -> LocalTimes:
    """The item's start and end in `zone` (the person's home)."""
    target = ZoneInfo(zone)
    return LocalTimes(
        item.starts_at(day, mission_zone).astimezone(target), item.ends_at(day, mission_zone).astimezone(target)
    )
