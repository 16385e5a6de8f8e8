"""When each online session starts in every participating economy, for a multicountry online
mission's itinerary.

An economy's time is that of the zone the APO member table gives it (`domain/countries.py`), which
is its capital's; the offsets come from the IANA time zone database through `zoneinfo`, so a
summer-time change between two sessions is honoured. Two members span zones of different offsets
(IANA's zone.tab: Indonesia from Asia/Jakarta to Asia/Jayapura, Mongolia from Asia/Hovd to
Asia/Ulaanbaatar): the itinerary says that their capital's time is the one given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from ...domain.countries import member
from ...domain.enums import Modality, Scope
from ...domain.invitations import invited_economies
from ...domain.mission import Mission
from ...domain.programme import Day

# Members whose territory spans zones of different offsets, and the capital whose time is given.
SEVERAL_ZONES = {"ID": "Jakarta", "MN": "Ulaanbaatar"}


@dataclass(frozen=True, slots=True)
class Session:
    """A stretch of online items that follow one another without a gap."""

    day_number: int
    day: date
    start: time
    title: str

    def starts_at(self, zone: str) -> datetime:
        return datetime.combine(self.day, self.start, ZoneInfo(zone))


@dataclass(frozen=True, slots=True)
class Economy:
    iso2: str
    zone: str


def wants_local_times(mission: Mission) -> bool:
    """Multicountry missions held online, wholly or in part."""
    return mission.scope == Scope.MULTICOUNTRY and mission.modality in (Modality.DIGITAL, Modality.HYBRID)


def sessions(days: list[Day]) -> list[Session]:
    """Each day's online sessions: a new one begins at an online item that does not start where
    the previous online item ended."""
    found: list[Session] = []
    for number, day in enumerate(days, start=1):
        previous_end: time | None = None
        for item in sorted(day.items, key=lambda item: item.start):
            if not item.is_online:
                continue
            if previous_end is None or item.start > previous_end:
                found.append(Session(number, day.date, item.start, day.title or item.title))
            previous_end = max(previous_end or item.end, item.end)
    return found


def economies(mission: Mission) -> list[Economy]:
    """The participating economies (and the host) that have a known zone, by ISO code."""
    found = []
    for iso2 in sorted(invited_economies(mission) or ()):
        known = member(iso2)
        if known is not None:
            found.append(Economy(known.iso2, known.timezone))
    return found


def local_start(session: Session, mission_zone: str, zone: str) -> datetime:
    return session.starts_at(mission_zone).astimezone(ZoneInfo(zone))
