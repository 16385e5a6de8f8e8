"""The site catalogue: institutions visited, venues, hotels, airports, and travel between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from .enums import PlaceKind


@dataclass(slots=True)
class OpeningHours:
    """Open on the given weekdays (Monday is 0) from `opens` to `closes`, local time."""

    weekdays: tuple[int, ...]
    opens: time
    closes: time


@dataclass(slots=True)
class Site:
    uid: str
    name_en: str
    kind: PlaceKind = PlaceKind.INSTITUTION
    name_ko: str = ""
    acronym: str = ""
    address_en: str = ""
    address_ko: str = ""
    city: str = ""
    country: str = "KR"
    latitude: float | None = None
    longitude: float | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    website: str = ""
    capacity: int | None = None
    opening_hours: list[OpeningHours] = field(default_factory=list)
    visitor_list_required: bool = False
    visitor_list_days_before: int | None = None
    typical_visit_minutes: int | None = None
    access_notes: str = ""
    dress_code: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.name_en} ({self.acronym})" if self.acronym else self.name_en


@dataclass(slots=True)
class TravelTime:
    """Minutes by road from one place to another; stored one way, read both ways."""

    from_uid: str
    to_uid: str
    minutes: int
