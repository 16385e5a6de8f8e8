"""The parts of a delegate's pack that get them through the day: who meets them at the airport
and where, when the car leaves the hotel for their flight, a taxi card for their hotel and one
for the host organization's office, and the mission's practical notes.

`PracticalSections` is mixed into `pack.PackBuilder`, whose helpers (`p`, `key_values`,
`driver_box`, `map_block`) it uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ....domain.people import Flight, Stay
from ....domain.places import Site
from ....domain.practical import MeetingPoint, departure_pickup, meeting_point_for
from ....domain.travel import PickupGroup
from .people_common import date_range, long_date

if TYPE_CHECKING:
    from reportlab.platypus import Table

    from ....domain.people import Participation
    from ....domain.record import MissionRecord

Cell = str | list[Flowable]  # a table cell: text, or flowables such as a phone kept whole

# The practical notes in the order a delegate needs them, with their headings.
NOTE_HEADINGS = (
    ("dress_code", "Dress code"),
    ("what_to_bring", "What to bring"),
    ("money", "Money and per diem"),
    ("emergency_numbers", "Emergency numbers"),
    ("wifi", "Wi-Fi"),
    ("insurance", "Insurance"),
)


class PracticalSections:
    if TYPE_CHECKING:  # what PackBuilder gives
        record: MissionRecord
        part: Participation | None
        sites: dict[str, Site]

        def p(self, value: str, style: str = "body", *, bold: bool = False) -> Flowable: ...
        def key_values(self, pairs: Sequence[tuple[str, Cell]], width: float | None = None) -> Table: ...
        def phone(self, value: str) -> Flowable: ...
        def driver_box(self, site: Site) -> Table: ...
        def map_block(self, site: Site, pairs: list[tuple[str, str]]) -> list[Flowable]: ...

    def meeting_point(self, group: PickupGroup) -> list[Flowable]:
        """Terminal, exit, meeting point and greeter for the pick-up group, when the coordinator
        has given them."""
        point = meeting_point_for(self.record.meeting_points, group.airport, group.first.date())
        if point is None:
            return []
        rows: list[tuple[str, Cell]] = list(meeting_rows(point))
        if point.greeter_phone:  # whole, never broken across lines
            rows[-1] = (rows[-1][0], [self.phone(point.greeter_phone)])
        return [Spacer(1, 1.5 * mm), self.key_values(rows)]

    def departure_transfer(self) -> list[Flowable]:
        flights = self.part.flights if self.part else []
        stays = self.part.stays if self.part else []
        story: list[Flowable] = []
        for flight in sorted(flights, key=lambda f: f.scheduled):
            pickup = departure_pickup(flight, self.record.practical)
            if pickup is None:
                continue
            story += [self.p("Departure transfer", "h2"), self.p(transfer_sentence(flight, pickup, stays))]
        return story

    def practical_notes(self) -> list[Flowable]:
        notes = self.record.practical
        rows = [(heading, getattr(notes, name)) for name, heading in NOTE_HEADINGS if getattr(notes, name).strip()]
        if not rows:
            return []
        return [CondPageBreak(70 * mm), self.p("Practical information", "h1"), self.key_values(rows)]

    def taxi_cards(self) -> list[Flowable]:
        """A sheet to show a driver for each hotel of the person's stays and for the host office."""
        story: list[Flowable] = []
        stays = self.part.stays if self.part else []
        seen: set[str] = set()
        for stay in stays:
            hotel = self.sites.get(stay.hotel_uid or "")
            if hotel is None or hotel.uid in seen:
                continue
            seen.add(hotel.uid)
            caption = f"Your hotel · {date_range(stay.check_in, stay.check_out)}"
            story += [PageBreak(), *self.taxi_card(caption, hotel, hotel_rows(hotel, stay))]
        office = self.sites.get(self.record.practical.host_office_uid or "")
        if office is not None and office.uid not in seen:
            rows = [
                ("Address", office.address_en),
                ("Contact", ", ".join(part for part in (office.contact_name, office.contact_phone) if part)),
                ("Good to know", office.access_notes),
            ]
            story += [PageBreak(), *self.taxi_card("The host organization's office", office, rows)]
        return story

    def taxi_card(self, caption: str, site: Site, rows: list[tuple[str, str]]) -> list[Flowable]:
        story: list[Flowable] = [self.p(caption, "small"), self.p(site.display_name, "title")]
        if site.address_ko or site.name_ko:
            story += [Spacer(1, 3 * mm), self.driver_box(site), Spacer(1, 5 * mm)]
        return [*story, *self.map_block(site, rows)]


def meeting_rows(point: MeetingPoint) -> list[tuple[str, str]]:
    terminal = f"Terminal {point.terminal}" if point.terminal and not point.terminal.lower().startswith("t") else ""
    return [
        ("Terminal", terminal or point.terminal),
        ("Exit", point.exit),
        ("Meeting point", point.place),
        ("Your greeter", point.greeter_name),
        ("Greeter's phone", point.greeter_phone),
    ]


def transfer_sentence(flight: Flight, pickup: datetime, stays: list[Stay]) -> str:
    hotel = next((stay.hotel for stay in stays if stay.check_out == flight.scheduled.date()), "")
    hotel = hotel or (stays[-1].hotel if stays else "")
    where = f"the hotel ({hotel})" if hotel else "your hotel"
    flight_name = f"flight {flight.flight_no}" if flight.flight_no else "your flight"
    return (
        f"Your car to {flight.airport} leaves {where} on {pickup:%A} {long_date(pickup.date())} at "
        f"{pickup:%H:%M}, for {flight_name} at {flight.scheduled:%H:%M}. Please be in the lobby with your "
        "luggage ten minutes before."
    )


def hotel_rows(hotel: Site, stay: Stay) -> list[tuple[str, str]]:
    nights = f"{long_date(stay.check_in)} to {long_date(stay.check_out)}"
    return [
        ("Address", hotel.address_en),
        ("Phone", hotel.contact_phone),
        ("Your stay", f"{nights}, room {stay.room}" if stay.room else nights),
        ("Good to know", hotel.access_notes),
    ]
