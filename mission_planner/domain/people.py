"""People, their part in a mission, their travel, and their attendance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import AttendanceStatus, FlightDirection, Gender, Role, Status

# Fields whose values never leave the application in a shared document unless asked.
SENSITIVE_FIELDS = ("passport_number", "passport_expiry", "date_of_birth")

# Countries whose names are written family name first even in Latin letters.
FAMILY_NAME_FIRST = frozenset({"VN"})


@dataclass(slots=True)
class Identity:
    """Sensitive identity data, kept apart from the person and purgeable."""

    passport_number: str = ""
    passport_expiry: date | None = None
    date_of_birth: date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.passport_number or self.passport_expiry or self.date_of_birth)


@dataclass(slots=True)
class Person:
    uid: str
    family_name: str
    given_name: str
    country: str
    # The name in Latin letters as the passport prints it, for a name written in another script
    # (शर्मा सीता: SHARMA, SITA); empty when the name above is already in Latin letters.
    romanized_family_name: str = ""
    romanized_given_name: str = ""
    organization: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    gender: Gender | None = None
    home_timezone: str = ""
    dietary: str = ""
    notes: str = ""
    biography: str = ""  # a few lines printed under a resource person's name in the itinerary
    identity: Identity | None = None

    @property
    def full_name(self) -> str:
        """The name as its owner writes it: 김민준 or 山田太郎 family first, Şule Yılmaz given first,
        Vietnamese names family first in any script (Nguyễn Thị Hương)."""
        if is_east_asian(self.family_name) and is_east_asian(self.given_name or self.family_name):
            return f"{self.family_name}{self.given_name}"
        if self.country in FAMILY_NAME_FIRST:
            return f"{self.family_name} {self.given_name}".strip()
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def romanized_name(self) -> str:
        """The passport's Latin name, family name first as security desks and passports write
        it (`SHARMA Sita`); empty when none is recorded."""
        return f"{self.romanized_family_name} {self.romanized_given_name}".strip()


def is_east_asian(text: str) -> bool:
    """Whether `text` is written in Hangul, Chinese characters or Japanese kana."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(_east_asian_letter(c) for c in letters)


def _east_asian_letter(char: str) -> bool:
    code = ord(char)
    return (
        0xAC00 <= code <= 0xD7A3  # Hangul syllables
        or 0x1100 <= code <= 0x11FF  # Hangul jamo
        or 0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
    )


@dataclass(slots=True)
class StatusChange:
    status: Status
    on: date
    note: str = ""


@dataclass(slots=True)
class Flight:
    """A flight landing or leaving; `scheduled` is aware, in the airport's own time zone."""

    direction: FlightDirection
    airport: str
    scheduled: datetime
    flight_no: str = ""
    terminal: str = ""
    sequence: int = 0  # rises whenever the flight changes, so calendars take the update
    pickup: datetime | None = None  # a departure's hotel pick-up, when not the mission's rule


@dataclass(slots=True)
class Stay:
    hotel: str
    check_in: date
    check_out: date
    room: str = ""
    hotel_uid: str | None = None

    @property
    def nights(self) -> int:
        return max(0, (self.check_out - self.check_in).days)


@dataclass(slots=True)
class Participation:
    """A person's part in one mission."""

    person_uid: str
    role: Role = Role.PARTICIPANT
    status: Status = Status.NOMINATED
    status_history: list[StatusChange] = field(default_factory=list)
    nominating_npo: str = ""
    group: str = ""
    notes: str = ""
    flights: list[Flight] = field(default_factory=list)
    stays: list[Stay] = field(default_factory=list)

    @property
    def is_resource_person(self) -> bool:
        return self.role in (Role.RESOURCE_PERSON_LOCAL, Role.RESOURCE_PERSON_OVERSEAS)


@dataclass(slots=True)
class Attendance:
    """One person at one item: present, absent, or excused; minutes for online items."""

    item_uid: str
    person_uid: str
    status: AttendanceStatus
    minutes: int | None = None
    reason: str = ""
    excuse_accepted: bool | None = None
