"""What a delegate needs on the day: where they are met at the airport and by whom, when the car
leaves the hotel for their flight, and the mission's practical notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .enums import FlightDirection
from .people import Flight


@dataclass(slots=True)
class PracticalNotes:
    """The mission's practical notes for delegates, each optional, plus the departure transfer.

    The transfer is a rule for the whole mission ("the car leaves the hotel 4 h before your
    flight"), which every delegate gets on the day their flight is entered; a departure flight's
    own `pickup` overrides it where a shared car leaves at another time.
    """

    dress_code: str = ""
    what_to_bring: str = ""
    money: str = ""  # currency and per diem
    emergency_numbers: str = ""
    wifi: str = ""
    insurance: str = ""
    departure_transfer_minutes: int | None = None  # the hotel pick-up this long before a departing flight
    host_office_uid: str | None = None  # the host organization's office, a site of the catalogue

    @property
    def is_empty(self) -> bool:
        return self == PracticalNotes()


@dataclass(slots=True)
class MeetingPoint:
    """Where people landing at `airport` are met, and by whom: on `on_date` only, or (no date)
    on any day without a meeting point of its own."""

    airport: str
    on_date: date | None = None
    terminal: str = ""
    exit: str = ""
    place: str = ""  # the meeting point in words: "in front of the KPC sign, café Paris Baguette"
    greeter_name: str = ""
    greeter_phone: str = ""


def meeting_point_for(points: list[MeetingPoint], airport: str, day: date) -> MeetingPoint | None:
    """The meeting point of people landing at `airport` on `day`: the one for that day, else the
    airport's one for every day."""
    same = [point for point in points if point.airport.upper() == airport.upper()]
    dated = next((point for point in same if point.on_date == day), None)
    return dated or next((point for point in same if point.on_date is None), None)


def departure_pickup(flight: Flight, notes: PracticalNotes) -> datetime | None:
    """When the car leaves the hotel for a departing `flight`: the flight's own pick-up, else the
    mission's rule, else unknown."""
    if flight.direction != FlightDirection.DEPARTURE:
        return None
    if flight.pickup is not None:
        return flight.pickup
    if notes.departure_transfer_minutes is None:
        return None
    return flight.scheduled - timedelta(minutes=notes.departure_transfer_minutes)
