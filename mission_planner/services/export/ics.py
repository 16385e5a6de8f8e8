"""Calendars (RFC 5545): the whole programme of a mission, and each person's own.

What calendar programs need, and what this module gives them:

- times with a full IANA zone name (TZID=Asia/Seoul) and a VTIMEZONE for every zone used, so
  no reader falls back to floating time;
- a UID per event that never changes: a programme item's is `<item uid>@mission-planner` (the
  same in the mission's calendar and a person's, since it is the same event), a flight's is
  derived from the mission, the person and the direction; no UID appears twice in one file;
- SEQUENCE from the item, which rises whenever its time, place or title changes;
- DTSTAMP: the moment the file is written (UTC, whole seconds), the same on every event of
  one file, so a later export always looks newer to a client that compares stamps;
- CRLF line ends, lines folded at 75 octets between characters, never inside one.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from ...atomic import write_bytes_atomically
from ...domain.enums import FlightDirection, ItemRoleKind
from ...domain.online_meetings import joining
from ...domain.people import Flight, Person
from ...domain.places import Site
from ...domain.practical import MeetingPoint, departure_pickup, meeting_point_for
from ...domain.programme import Item
from ..labels import ITEM_ROLE_LABELS
from .progress import Progress
from .snapshot import MissionSnapshot

PRODID = "-//Mission Planner//Mission Planner calendar//EN"
UID_DOMAIN = "mission-planner"
FLIGHT_NAMESPACE = uuid.UUID("5b0e2c1e-6c55-4f0e-8d8c-2f6f6e0e7a31")
FLIGHT_MINUTES = 30


def item_uid(item: Item) -> str:
    """The UID of a programme item's event, stable for the item's whole life."""
    return f"{item.uid}@{UID_DOMAIN}"


def flight_uid(mission_uid: str, person_uid: str, direction: str, nth: int = 0) -> str:
    """The UID of a person's flight: the first arrival (or departure) keeps its UID whatever its
    time or flight number becomes; a second flight the same way gets its own."""
    key = f"{mission_uid}/{person_uid}/{direction}" + (f"/{nth}" if nth else "")
    return f"flight-{uuid.uuid5(FLIGHT_NAMESPACE, key)}@{UID_DOMAIN}"


def mission_calendar(snapshot: MissionSnapshot, *, stamp: datetime | None = None) -> bytes:
    """Every item of the programme, in the mission's time zone."""
    record = snapshot.record
    mission = record.mission
    stamp = _stamp(stamp)
    events = [
        _item_event(
            snapshot, item, item.starts_at(day.date, mission.timezone), item.ends_at(day.date, mission.timezone), stamp
        )
        for day in record.days
        for item in day.items
    ]
    return _finish(_calendar(f"{mission.code} {mission.title}", mission.timezone), events, _dates(snapshot))


def person_calendar(snapshot: MissionSnapshot, person_uid: str, *, stamp: datetime | None = None) -> bytes:
    """The items `person_uid` attends, and their own flights in the airports' time zones."""
    record = snapshot.record
    mission = record.mission
    person = record.person(person_uid)
    stamp = _stamp(stamp)
    events: dict[str, Event] = {}
    for entry in snapshot.programme_of(person_uid):
        event = _item_event(snapshot, entry.item, entry.start, entry.end, stamp)
        events.setdefault(str(event["UID"]), event)
    for event in _flight_events(snapshot, person_uid, stamp):
        events.setdefault(str(event["UID"]), event)
    calendar = _calendar(f"{mission.code} {person.full_name}", mission.timezone)
    return _finish(calendar, list(events.values()), _dates(snapshot))


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    progress.step(0, 1, "calendar")
    write_bytes_atomically(target, mission_calendar(snapshot))
    progress.step(1, 1, "calendar")


# --- events -------------------------------------------------------------------------------------


def _item_event(snapshot: MissionSnapshot, item: Item, start: datetime, end: datetime, stamp: datetime) -> Event:
    site = _site(snapshot, item.site_uid)
    event = Event()
    event.add("uid", item_uid(item))
    event.add("dtstamp", stamp)
    event.add("sequence", item.sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", item.title)
    location = location_text(item, site)
    if location:
        event.add("location", location)
    if site is not None and site.latitude is not None and site.longitude is not None and not item.is_online:
        event.add("geo", (site.latitude, site.longitude))
    description = _description(snapshot, item, site)
    if description:
        event.add("description", description)
    if item.is_online:
        event.add("url", item.online_url)
    event.add("categories", [item.kind.value.replace("_", " ")])
    event.add("transp", "OPAQUE")
    _add_organizer(event, snapshot)
    return event


def _add_organizer(event: Event, snapshot: MissionSnapshot) -> None:
    """RFC 5546 wants an ORGANIZER on published events: the first emergency contact with an
    e-mail address (the mission's coordinator), named after the organization."""
    mission = snapshot.record.mission
    contact = next((c for c in mission.emergency_contacts if "@" in c.email), None)
    if contact is None:
        return
    organizer = vCalAddress(f"mailto:{contact.email}")
    organizer.params["cn"] = vText(mission.organization_name or contact.name)
    event.add("organizer", organizer)


def location_text(item: Item, site: Site | None) -> str:
    """Where the item is, in English and then in Korean: "room, site, address (이름, 주소)"."""
    if item.is_online:
        return ", ".join(part for part in (item.venue or "Online", item.online_url) if part)
    english = _unique([item.venue, site.display_name if site else "", site.address_en if site else ""])
    korean = _unique([site.name_ko, site.address_ko]) if site else []
    text = ", ".join(english)
    if korean:
        text = f"{text} ({', '.join(korean)})" if text else ", ".join(korean)
    return text


def _description(snapshot: MissionSnapshot, item: Item, site: Site | None) -> str:
    lines = []
    if item.description:
        lines.append(item.description)
    lines.extend(_role_lines(snapshot, item))
    way = joining(item)
    if way is not None:
        lines.append(f"Join online: {way.url}")
        lines += [
            f"{label}: {value}"
            for label, value in (("Meeting ID", way.meeting_id), ("Passcode", way.passcode))
            if value
        ]
    elif site is not None:
        if site.address_ko:
            lines.append(f"Address for the driver: {site.address_ko}")
        if site.contact_name or site.contact_phone:
            lines.append("Contact: " + ", ".join(part for part in (site.contact_name, site.contact_phone) if part))
    return "\n".join(lines)


def _role_lines(snapshot: MissionSnapshot, item: Item) -> list[str]:
    names: dict[ItemRoleKind, list[str]] = {}
    for role in item.roles:
        names.setdefault(role.role, []).append(_person_label(snapshot, role.person_uid))
    lines = []
    for kind, (one, many) in ITEM_ROLE_LABELS.items():
        if names.get(kind):
            label = one if len(names[kind]) == 1 else many
            lines.append(f"{label}: {'; '.join(names[kind])}")
    return lines


def _person_label(snapshot: MissionSnapshot, person_uid: str) -> str:
    try:
        person: Person = snapshot.record.person(person_uid)
    except KeyError:
        return "(unknown)"
    return f"{person.full_name} ({person.organization})" if person.organization else person.full_name


def _flight_events(snapshot: MissionSnapshot, person_uid: str, stamp: datetime) -> Iterable[Event]:
    record = snapshot.record
    part = next((p for p in record.participations if p.person_uid == person_uid), None)
    if part is None:
        return
    counts: dict[str, int] = {}
    for flight in sorted(part.flights, key=lambda f: (f.scheduled, f.direction)):
        nth = counts.get(flight.direction, 0)
        counts[flight.direction] = nth + 1
        yield _flight_event(snapshot, person_uid, flight, nth, stamp)


def _flight_event(snapshot: MissionSnapshot, person_uid: str, flight: Flight, nth: int, stamp: datetime) -> Event:
    mission = snapshot.record.mission
    arriving = flight.direction == FlightDirection.ARRIVAL
    number = flight.flight_no or "flight"
    start = _in_named_zone(flight.scheduled)
    event = Event()
    event.add("uid", flight_uid(mission.uid, person_uid, flight.direction, nth))
    event.add("dtstamp", stamp)
    event.add("sequence", flight.sequence)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=FLIGHT_MINUTES))
    what = f"Arrival: {number} lands at" if arriving else f"Departure: {number} leaves"
    event.add("summary", f"{what} {flight.airport}")
    where = flight.airport + (f", Terminal {flight.terminal}" if flight.terminal else "")
    event.add("location", where)
    lines = [f"{'Arriving' if arriving else 'Leaving'} for {mission.code} {mission.title}"]
    if arriving:
        lines.extend(_pickup_lines(snapshot, person_uid, flight))
        point = meeting_point_for(snapshot.record.meeting_points, flight.airport, flight.scheduled.date())
        lines.extend(_meeting_lines(point) if point else [])
    else:
        pickup = departure_pickup(flight, snapshot.record.practical)
        if pickup is not None:
            lines.append(f"The car leaves your hotel at {pickup:%H:%M} on {pickup:%A %d %B}")
    event.add("description", "\n".join(lines))
    event.add("categories", ["flight"])
    _add_organizer(event, snapshot)
    return event


def _pickup_lines(snapshot: MissionSnapshot, person_uid: str, flight: Flight) -> list[str]:
    for group in snapshot.pickups:
        same_airport = group.airport == flight.airport
        if person_uid in group.person_uids and same_airport and group.first <= flight.scheduled <= group.last:
            others = [_person_label(snapshot, uid) for uid in group.person_uids if uid != person_uid]
            zone = flight.scheduled.tzinfo
            first, last = group.first.astimezone(zone), group.last.astimezone(zone)
            window = f"at {first:%H:%M}" if first == last else f"between {first:%H:%M} and {last:%H:%M}"
            text = f"Airport pick-up at {group.airport} for the group landing {window}"
            return [text + (f", with {', '.join(others)}" if others else "")]
    return []


def _meeting_lines(point: MeetingPoint) -> list[str]:
    terminal = f"Terminal {point.terminal}" if point.terminal else ""
    where = ", ".join(part for part in (terminal, point.exit, point.place) if part)
    greeter = ", ".join(part for part in (point.greeter_name, point.greeter_phone) if part)
    return [
        line for line in (f"Meeting point: {where}" if where else "", f"Greeter: {greeter}" if greeter else "") if line
    ]


def _in_named_zone(moment: datetime) -> datetime:
    """`moment` with a zone a calendar can name: its own IANA zone, else UTC."""
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# --- the calendar -------------------------------------------------------------------------------


def _calendar(name: str, timezone: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone)
    return calendar


def _finish(calendar: Calendar, events: list[Event], dates: tuple[date, date]) -> bytes:
    """A VTIMEZONE for every zone the events use (RFC 5545 3.2.19), then the events."""
    first, last = dates
    zones = sorted(
        {
            moment.dt.tzinfo.key
            for event in events
            for moment in (event.get("DTSTART"), event.get("DTEND"))
            if moment is not None and isinstance(getattr(moment.dt, "tzinfo", None), ZoneInfo)
        }
    )
    for zone in zones:
        calendar.add_component(_timezone(zone, first.year - 1, last.year + 2))
    for event in events:
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data if data.endswith(b"\r\n") else data + b"\r\n"


@functools.lru_cache(maxsize=64)
def _timezone(zone: str, first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of `zone` for the given years; made once per process (it is slow to make)
    and never changed afterwards, so calendars may share it."""
    return Timezone.from_tzid(zone, first_date=date(first_year, 1, 1), last_date=date(last_year, 12, 31))


def _dates(snapshot: MissionSnapshot) -> tuple[date, date]:
    mission = snapshot.record.mission
    flights = [f.scheduled.date() for part in snapshot.record.participations for f in part.flights]
    return min([mission.start_date, *flights]), max([mission.end_date, *flights])


def _stamp(stamp: datetime | None) -> datetime:
    return (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def _site(snapshot: MissionSnapshot, site_uid: str | None) -> Site | None:
    if site_uid is None:
        return None
    return next((site for site in snapshot.record.sites if site.uid == site_uid), None)


def _unique(parts: list[str]) -> list[str]:
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return seen
