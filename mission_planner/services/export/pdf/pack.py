"""One delegate's pack: welcome, their own travel, hotel and pick-up, their programme (in the
mission's time and, for online items, their own), a sheet for each site visit with the Korean
address large enough to show a driver and a QR code for a phone's map app, the participant
directory (names, countries and organizations only) and the emergency contacts.

No passport number or date of birth is ever printed in a pack.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from urllib.parse import quote

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ....domain.attendees import INACTIVE
from ....domain.enums import FlightDirection, ItemKind, Modality, Role
from ....domain.people import Participation, Person, Stay
from ....domain.places import Site
from ....domain.programme import Item
from ...labels import SHORT_ROLE_NAMES
from ...personal import ProgrammeEntry
from ..snapshot import MissionSnapshot
from ..zones import zone_city, zone_in_words
from . import text
from .contact_text import Unbroken, contact_widths, widest_piece
from .document import MARGIN, build_pdf, page_size, styles
from .pack_practical import PracticalSections
from .people_common import QrCode, RowTable, date_range, long_date
from .shaping import ShapingParagraph
from .words import organizations_in_words

HEADER = Color(0.86, 0.89, 0.93)
RULE = Color(0.75, 0.78, 0.82)
INK = Color(0.10, 0.20, 0.38)
ROLE_GROUPS = (
    ("Participants", (Role.PARTICIPANT,)),
    ("Resource persons", (Role.RESOURCE_PERSON_OVERSEAS, Role.RESOURCE_PERSON_LOCAL)),
    ("Observers", (Role.OBSERVER,)),
    ("Secretariat", (Role.SECRETARIAT,)),
)


def write_pack_pdf(snapshot: MissionSnapshot, person_uid: str, target: Path) -> None:
    """Write `person_uid`'s pack to `target` (atomically)."""
    record = snapshot.record
    person = record.person(person_uid)
    mission = record.mission
    build_pdf(
        target,
        PackBuilder(snapshot, person_uid).story(),
        title=f"{mission.code}: pack for {person.full_name}",
        paper=snapshot.settings.paper,
        footer=f"{mission.code} · {person.full_name}",
    )


class PackBuilder(PracticalSections):
    """The flowables of one person's pack, section by section."""

    def __init__(self, snapshot: MissionSnapshot, person_uid: str):
        self.snapshot = snapshot
        self.record = snapshot.record
        self.mission = snapshot.record.mission
        self.person: Person = snapshot.record.person(person_uid)
        self.part: Participation | None = next(
            (p for p in snapshot.record.participations if p.person_uid == person_uid), None
        )
        self.programme = snapshot.programme_of(person_uid)
        self.styles = styles(10)
        self.width = page_size(snapshot.settings.paper)[0] - 2 * MARGIN
        self.sites = {site.uid: site for site in snapshot.record.sites}

    def story(self) -> list[Flowable]:
        story = self.welcome()
        story += self.travel()
        story += self.practical_notes()
        story += self.programme_section()
        story += self.site_sheets()
        story += self.taxi_cards()
        story += self.directory()
        story += self.emergency()
        return story

    # --- helpers ---------------------------------------------------------------------------------

    def p(self, value: str, style: str = "body", *, bold: bool = False) -> Flowable:
        return text.para(value, self.styles[style], bold=bold)

    def cell(self, value: str, *, bold: bool = False) -> Flowable:
        return text.para(value, self.styles["cell"], bold=bold)

    def lines(self, *parts: tuple[str, bool]) -> Paragraph:
        """Several lines in one cell, each escaped on its own, some in bold."""
        shown = [(value, bold) for value, bold in parts if value]
        markup = "<br/>".join(text.markup(value, bold=bold) for value, bold in shown)
        style = self.styles["cell"]
        if any(text.needs_shaping(value, bold=bold) for value, bold in shown):
            return ShapingParagraph(markup, text.shaped_style(style))
        return Paragraph(markup, style)

    def phone(self, value: str) -> Flowable:
        """A phone or e-mail field that never breaks inside a number or an address."""
        return Unbroken(value, self.styles["cell"])

    def contact(self, name: str, phone: str, email: str) -> list[Flowable]:
        """A name, then the phone and e-mail each whole."""
        return [
            *([self.cell(name)] if name else []),
            *(self.phone(value) for value in (phone, email) if value),
        ]

    def table(
        self, header: list[str], rows: Sequence[Sequence[Flowable | list[Flowable]]], widths: list[float]
    ) -> Table:
        data: list[list[Flowable | list[Flowable]]] = [[self.cell(title, bold=True) for title in header]]
        data += [list(row) for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), text.SANS),
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def key_values(self, pairs: Sequence[tuple[str, str | list[Flowable]]], width: float | None = None) -> Table:
        width = width or self.width
        rows = [
            [self.cell(key, bold=True), self.cell(value) if isinstance(value, str) else value]
            for key, value in pairs
            if value
        ]
        table = Table(rows, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), text.SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        return table

    def zone_name(self, zone: str) -> str:
        return zone_city(zone) if zone else ""

    def zone_words(self, zone: str) -> str:
        """ "Istanbul time (UTC+3), 6 h behind Seoul" on the mission's first day."""
        return zone_in_words(zone, self.mission.start_date, self.mission.timezone)

    # --- sections --------------------------------------------------------------------------------

    def welcome(self) -> list[Flowable]:
        mission, person = self.mission, self.person
        online = mission.modality == Modality.DIGITAL
        where = (
            "online"
            if online
            else ", ".join(part for part in (mission.venue_city, self.snapshot.country(mission.host_country)) if part)
        )
        story: list[Flowable] = [
            self.p(f"Welcome, {person.full_name}", "title"),
            self.p(mission.title, "h2"),
            self.p(f"{mission.code} · {date_range(mission.start_date, mission.end_date)} · {where}"),
            Spacer(1, 4 * mm),
        ]
        hosts = organizations_in_words(mission.implementing_organizations) or "the organizers"
        intro = (
            f"Thank you for taking part. {hosts[:1].upper() + hosts[1:]} look forward to "
            f"welcoming you. This pack holds your own programme"
        )
        intro += "" if online else ", your travel and hotel, a sheet to show a driver for each site visit and the hotel"
        intro += ", the practical information" if not self.record.practical.is_empty else ""
        intro += ", the list of participants and whom to call if anything goes wrong."
        story.append(self.p(intro))
        story.append(Spacer(1, 4 * mm))
        role = SHORT_ROLE_NAMES.get(self.part.role, "") if self.part else ""
        home = self.snapshot.timezone_of(person.uid) or ""
        story.append(
            self.key_values(
                [
                    ("Name", person.full_name),
                    ("Role", role),
                    ("Organization", person.organization),
                    ("Position", person.position),
                    ("Country", self.snapshot.country(person.country)),
                    ("Group", self.part.group if self.part else ""),
                    ("Your time zone", self.zone_words(home)),
                    ("Mission time zone", self.zone_words(mission.timezone)),
                ]
            )
        )
        return story

    def travel(self) -> list[Flowable]:
        flights = self.part.flights if self.part else []
        stays = self.part.stays if self.part else []
        if not flights and not stays:
            if self.mission.modality == Modality.DIGITAL:
                return []
            return [self.p("Your travel", "h1"), self.p("Your flights and hotel are not entered yet.")]
        story: list[Flowable] = [self.p("Your travel", "h1")]
        if flights:
            rows = [
                [
                    self.cell("Arrival" if f.direction == FlightDirection.ARRIVAL else "Departure", bold=True),
                    self.cell(f.flight_no),
                    self.cell(f.airport + (f", Terminal {f.terminal}" if f.terminal else "")),
                    self.cell(f"{f.scheduled:%A %d %B %Y, %H:%M} (local time)"),
                ]
                for f in sorted(flights, key=lambda f: f.scheduled)
            ]
            widths = [25 * mm, 25 * mm, 45 * mm, self.width - 95 * mm]
            story += [self.p("Flights", "h2"), self.table(["", "Flight", "Airport", "When"], rows, widths)]
        story += self.pickup()
        story += self.departure_transfer()
        if stays:
            story += [self.p("Hotel", "h2"), self.table(*self.stay_rows(stays))]
        return story

    def stay_rows(self, stays: list[Stay]) -> tuple[list[str], list[list[Flowable | list[Flowable]]], list[float]]:
        rows: list[list[Flowable | list[Flowable]]] = []
        for stay in stays:
            site = self.sites.get(stay.hotel_uid or "")
            address: list[Flowable] = [
                self.lines(
                    (stay.hotel, True),
                    (site.name_ko if site else "", False),
                    (site.address_en if site else "", False),
                    (site.address_ko if site else "", False),
                )
            ]
            if site and site.contact_phone:
                address.append(self.phone(site.contact_phone))
            rows.append(
                [
                    address,
                    self.cell(long_date(stay.check_in)),
                    self.cell(long_date(stay.check_out)),
                    self.cell(str(stay.nights)),
                    self.cell(stay.room),
                ]
            )
        widths = [self.width - 100 * mm, 32 * mm, 32 * mm, 16 * mm, 20 * mm]
        return ["Hotel", "Check-in", "Check-out", "Nights", "Room"], rows, widths

    def pickup(self) -> list[Flowable]:
        uid = self.person.uid
        story: list[Flowable] = []
        for group in self.snapshot.pickups:
            if uid not in group.person_uids:
                continue
            zone = group.first.tzinfo
            last = group.last.astimezone(zone)
            when = f"{group.first:%H:%M}" if group.first == group.last else f"{group.first:%H:%M} and {last:%H:%M}"
            verb = "landing at" if group.first == group.last else "landing between"
            others = [self.record.person(other).full_name for other in group.person_uids if other != uid]
            sentence = (
                f"You will be met at {group.airport} on {long_date(group.first.date())} with the group {verb} {when}."
            )
            if others:
                sentence += f" You travel with {', '.join(others)}."
            story += [self.p("Airport pick-up", "h2"), self.p(sentence), *self.meeting_point(group)]
        return story

    def programme_section(self) -> list[Flowable]:
        mission_zone = self.zone_name(self.mission.timezone)
        home = self.snapshot.timezone_of(self.person.uid)
        with_home = any(entry.home_start for entry in self.programme)
        story: list[Flowable] = [CondPageBreak(90 * mm), self.p("Your programme", "h1")]
        note = f"Times are {self.zone_words(self.mission.timezone)}."
        if with_home and home:
            note += f" For online sessions your own time ({self.zone_words(home)}) is shown too."
        story.append(self.p(note, "small"))
        if not self.programme:
            return [*story, self.p("No sessions are planned for you yet.")]
        by_day: dict[date, list[ProgrammeEntry]] = {}
        for entry in self.programme:
            by_day.setdefault(entry.day, []).append(entry)
        titles = {day.date: day.title for day in self.record.days}
        header = [
            f"{mission_zone} time",
            *([f"Your time ({self.zone_name(home or '')})"] if with_home else []),
            "Session",
        ]
        time_width = 24 * mm
        widths = [
            time_width,
            *([34 * mm] if with_home else []),
            self.width - time_width - (34 * mm if with_home else 0),
        ]
        for day, entries in by_day.items():
            heading = f"{day:%A} {long_date(day)}" + (f": {titles[day]}" if titles.get(day) else "")
            rows = [self.programme_row(entry, with_home) for entry in entries]
            story += [CondPageBreak(40 * mm), self.p(heading, "h2"), self.table(header, rows, widths)]
        return story

    def programme_row(self, entry: ProgrammeEntry, with_home: bool) -> list[Flowable]:
        item = entry.item
        row: list[Flowable] = [self.cell(f"{entry.start:%H:%M}–{entry.end:%H:%M}")]
        if with_home:
            row.append(self.cell(self.home_time(entry)))
        row.append(self.lines((item.title, True), *((line, False) for line in self.item_details(item))))
        return row

    def home_time(self, entry: ProgrammeEntry) -> str:
        if entry.home_start is None or entry.home_end is None:
            return ""
        start, end = entry.home_start, entry.home_end
        prefix = "" if start.date() == entry.day else f"{start:%a %d %b} "
        return f"{prefix}{start:%H:%M}–{end:%H:%M}"

    def item_details(self, item: Item) -> list[str]:
        site = self.sites.get(item.site_uid or "")
        details = []
        if item.is_online:
            details.append(f"Online: {item.venue + ' · ' if item.venue else ''}{item.online_url}")
        else:
            place = [part for part in (item.venue, site.display_name if site else "") if part]
            if place:
                details.append(", ".join(dict.fromkeys(place)))
        names: dict[str, list[str]] = {}
        for role in item.roles:
            try:
                names.setdefault(role.role.value, []).append(self.record.person(role.person_uid).full_name)
            except KeyError:
                continue
        for kind, people in names.items():
            details.append(f"{kind.capitalize()}{'s' if len(people) > 1 else ''}: {', '.join(people)}")
        return details

    def site_sheets(self) -> list[Flowable]:
        story: list[Flowable] = []
        for entry in self.programme:
            item = entry.item
            site = self.sites.get(item.site_uid or "")
            if item.kind != ItemKind.SITE_VISIT or item.is_online or site is None:
                continue
            story += [PageBreak(), *self.site_sheet(entry, site)]
        return story

    def site_sheet(self, entry: ProgrammeEntry, site: Site) -> list[Flowable]:
        when = f"Site visit · {entry.day:%A} {long_date(entry.day)}, {entry.start:%H:%M}–{entry.end:%H:%M}"
        story: list[Flowable] = [self.p(when, "small"), self.p(site.display_name, "title")]
        if site.address_ko or site.name_ko:
            story += [Spacer(1, 3 * mm), self.driver_box(site), Spacer(1, 5 * mm)]
        map_link = map_url(site)
        details_width = self.width - (50 * mm if map_link else 0)
        details = self.key_values(
            [
                ("Address", site.address_en),
                ("Contact", self.contact(site.contact_name, site.contact_phone, site.contact_email)),
                ("Visit", entry.item.title),
                ("About", entry.item.description),
                ("Good to know", site.access_notes),
            ],
            details_width,
        )
        return [*story, *self.beside_map(site, details, details_width)]

    def map_block(self, site: Site, pairs: list[tuple[str, str]]) -> list[Flowable]:
        """`pairs` as a table of details, with the QR code of the site's map beside them."""
        width = self.width - (50 * mm if map_url(site) else 0)
        details = self.key_values(pairs, width) if any(value for _, value in pairs) else Spacer(1, 1)
        return self.beside_map(site, details, width)

    def beside_map(self, site: Site, details: Flowable, details_width: float) -> list[Flowable]:
        map_link = map_url(site)
        if not map_link:
            return [details]
        caption = ParagraphStyle("caption", parent=self.styles["small"], alignment=TA_CENTER)
        code = [QrCode(map_link, 44 * mm), text.para("Scan to open Kakao Map on your phone", caption)]
        # One row, so that details longer than a page split inside it.
        block = Table([[code, details]], colWidths=[50 * mm, details_width], hAlign="LEFT", splitInRow=1)
        block.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), text.SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        return [KeepTogether([block])]

    def driver_box(self, site: Site) -> Table:
        """The Korean name and address, large, framed: the part of the sheet a driver reads."""
        address = ParagraphStyle("driver", fontName=text.SANS_BOLD, fontSize=30, leading=38, textColor=INK)
        name = ParagraphStyle("driver-name", fontName=text.SANS_BOLD, fontSize=20, leading=26)
        ask = ParagraphStyle("driver-ask", fontName=text.SANS, fontSize=12, leading=16)
        cells = [[text.para("Please take me to this address. · 이 주소로 가 주세요.", ask)]]
        if site.name_ko:
            cells.append([text.para(site.name_ko, name)])
        if site.address_ko:
            cells.append([text.para(site.address_ko, address)])
        box = Table(cells, colWidths=[self.width], hAlign="LEFT", splitInRow=1)
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), text.SANS),
                    ("BOX", (0, 0), (-1, -1), 1.5, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
                    ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 5 * mm),
                ]
            )
        )
        return box

    def directory(self) -> list[Flowable]:
        people = {person.uid: person for person in self.record.people}
        active = [p for p in self.record.participations if p.status not in INACTIVE and p.person_uid in people]
        story: list[Flowable] = [PageBreak(), self.p("Participants", "h1")]
        widths = [self.width * 0.34, self.width * 0.2, self.width * 0.46]
        for title, roles in ROLE_GROUPS:
            group = [people[p.person_uid] for p in active if p.role in roles]
            if not group:
                continue
            group.sort(
                key=lambda person: (self.snapshot.country(person.country), person.family_name, person.given_name)
            )
            rows = [[person.full_name, self.snapshot.country(person.country), person.organization] for person in group]
            own = frozenset(i for i, person in enumerate(group) if person.uid == self.person.uid)
            table = RowTable(["Name", "Country", "Organization"], rows, widths, bold_rows=own)
            story += [self.p(f"{title} ({len(group)})", "h2"), table]
        return story

    def emergency(self) -> list[Flowable]:
        contacts = self.mission.emergency_contacts
        story: list[Flowable] = [CondPageBreak(60 * mm), self.p("Emergency contacts", "h1")]
        if not contacts:
            return [*story, self.p("Ask the secretariat for the emergency contacts.")]
        rows = [
            [self.cell(c.name, bold=True), self.cell(c.role), self.phone(c.phone), self.phone(c.email)]
            for c in contacts
        ]
        size, padding = self.styles["cell"].fontSize, 2 * 6  # a Table pads each cell by 6 points a side
        needs = {
            2: widest_piece((c.phone for c in contacts), size) + padding,
            3: widest_piece((c.email for c in contacts), size) + padding,
        }
        widths = contact_widths([self.width * 0.22, self.width * 0.29, self.width * 0.18, self.width * 0.31], needs)
        return [*story, self.table(["Name", "Role", "Phone", "Email"], rows, widths)]


# A phone camera reads a QR code of this many characters at 44 mm; longer links are left out.
MAX_MAP_LINK = 1_000
# Kakao Map, not Google Maps: Google gives no walking or driving directions in Korea (map data
# may not leave the country), while Kakao Map routes by car, transit and on foot. Kakao rather
# than Naver because Kakao documents its link format (map.kakao.com/link/search/<query>,
# /link/map/<name>,<lat>,<lng>) as a public, stable interface that opens the app when it is
# installed and the web map otherwise; Naver's web addresses are not documented and have changed.
KAKAO_MAP = "https://map.kakao.com/link"


def map_url(site: Site) -> str:
    """A link any phone's camera opens in Kakao Map: a search for the Korean address (what the
    driver reads too), else for the Korean name (Kakao finds institutions by it), else the pin
    at the coordinates, else a search for the English address; the first of these short enough
    for a QR code, or none."""
    links = [f"{KAKAO_MAP}/search/{quote(query)}" if query else "" for query in (site.address_ko, site.name_ko)]
    if site.latitude is not None and site.longitude is not None:
        # a comma inside the name would end it early: the link is name,latitude,longitude
        name = quote(site.display_name.replace(",", " "), safe="")
        links.append(f"{KAKAO_MAP}/map/{name},{site.latitude},{site.longitude}")
    links.append(f"{KAKAO_MAP}/search/{quote(site.address_en)}" if site.address_en else "")
    return next((link for link in links if link and len(link) <= MAX_MAP_LINK), "")
