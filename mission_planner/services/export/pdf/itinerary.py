"""The itinerary: a cover with the mission at a glance, the programme day by day, the venues and
site visits with their addresses in English and Korean, and whom to call."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from ....domain.attendees import INACTIVE
from ....domain.enums import AttachmentKind, ItemKind, ItemRoleKind, Modality, Role
from ....domain.online_meetings import Joining, joining
from ....domain.people import Person
from ....domain.places import Site
from ....domain.programme import Day, Item
from ...labels import ITEM_KIND_LABELS
from ..day_notes import day_joinings
from ..progress import Progress
from ..session_times import SEVERAL_ZONES, economies, local_start, sessions, wants_local_times
from ..snapshot import MissionSnapshot
from . import text
from .common import (
    ACCENT_LIGHT,
    GRID_PADDING,
    ZEBRA,
    Checkpoint,
    Lookup,
    Styles,
    attachment_image,
    banner,
    finish,
    frame_width,
    grid,
    house_styles,
    line,
)
from .contact_text import Unbroken, contact_widths, widest_piece
from .words import (
    format_date,
    format_date_range,
    format_day,
    format_duration,
    format_times,
    join_words,
    modality_label,
    timezone_note,
)

DOCUMENT = "Itinerary"
MINOR_KINDS = (ItemKind.BREAK, ItemKind.MEAL, ItemKind.TRANSFER)


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    record = snapshot.record
    total = len(record.days) + 3
    progress.step(0, total, "Cover")
    found = house_styles(10)
    width = frame_width(snapshot)
    lookup = Lookup.of(record)
    story: list[Flowable] = [*cover(snapshot, found, width, lookup), PageBreak()]
    story += programme_heading(snapshot, found)
    if not record.days:
        story.append(text.para("The programme has not been drawn up yet.", found["body"]))
    for number, day in enumerate(record.days, start=1):
        progress.step(number, total, f"Day {number}")
        story.append(Checkpoint(progress, number, total, f"Laying out day {number}"))
        story += day_section(snapshot, day, number, found, width, lookup)
    progress.step(total - 2, total, "Venues and contacts")
    story += local_times_section(snapshot, found, width)
    story += resource_persons_section(snapshot, found, width, lookup)
    story += venues_section(snapshot, found, width, lookup)
    story += contacts_section(snapshot, found, width, lookup)
    finish(snapshot, target, story, progress, document=DOCUMENT, total=total)


# --- cover ---------------------------------------------------------------------------------------


def cover(snapshot: MissionSnapshot, found: Styles, width: float, lookup: Lookup) -> list[Flowable]:
    mission = snapshot.record.mission
    story: list[Flowable] = []
    logo = attachment_image(snapshot.record, AttachmentKind.LOGO, height=18 * mm, max_width=60 * mm)
    if logo is not None:
        story += [logo, Spacer(1, 6 * mm)]
    story.append(
        banner(
            [
                text.para("ITINERARY", found["banner_small"]),
                Spacer(1, 2 * mm),
                text.para(mission.title, found["banner"]),
                Spacer(1, 2 * mm),
                text.para(mission.code, found["banner_small"]),
            ],
            width,
            padding=14,
        )
    )
    story += [Spacer(1, 8 * mm), facts_table(snapshot, found, width), Spacer(1, 8 * mm)]
    story += objectives_block(snapshot, found)
    if snapshot.record.days:
        story += [text.para("Programme at a glance", found["h2"]), glance_table(snapshot, found, width, lookup)]
    if mission.organization_name:
        story += [
            Spacer(1, 8 * mm),
            line(
                ("muted", f"Prepared by {mission.organization_name}, {format_date(snapshot.made_on)}"),
                style=found["small"],
            ),
        ]
    return story


def objectives_block(snapshot: MissionSnapshot, found: Styles) -> list[Flowable]:
    """The mission's objectives as the Project Notification states them, numbered."""
    objectives = [objective for objective in snapshot.record.mission.objectives if objective.strip()]
    if not objectives:
        return []
    story: list[Flowable] = [text.para("Objectives", found["h2"])]
    for number, objective in enumerate(objectives, start=1):
        story.append(line(objective, style=found["body"], bullet=f"{number}."))
    return [*story, Spacer(1, 6 * mm)]


def facts(snapshot: MissionSnapshot) -> list[tuple[str, str]]:
    mission = snapshot.record.mission
    host = snapshot.country(mission.host_country) if mission.host_country else ""
    place = ", ".join(part for part in (mission.venue_city, host) if part)
    if mission.modality == Modality.DIGITAL:
        place = f"Online, hosted from {host}" if host else "Online"
    elif mission.modality == Modality.HYBRID:
        place = f"{place} and online" if place else "Online and in person"
    dates = f"{format_date_range(mission.start_date, mission.end_date)} ({format_duration(mission.duration_days)})"
    rows = [
        ("Dates", dates),
        ("Venue", place),
        ("Modality", modality_label(mission.modality, mission.scope)),
        ("Host", ", ".join(part for part in (mission.organization_name, host) if part)),
        ("Implementing organizations", join_words(mission.implementing_organizations)),
        ("Participating economies", participating(snapshot)),
        ("Times", f"All times in this itinerary are {timezone_note(mission.timezone, mission.start_date)}."),
    ]
    return [(label, value) for label, value in rows if value]


def participating(snapshot: MissionSnapshot) -> str:
    mission = snapshot.record.mission
    if mission.all_member_countries:
        return "All APO member economies"
    return join_words([snapshot.country(code) for code in mission.participating_countries])


def facts_table(snapshot: MissionSnapshot, found: Styles, width: float) -> Table:
    rows = [[text.para(label, found["field"]), text.para(value, found["body"])] for label, value in facts(snapshot)]
    return grid(rows, [48 * mm, width - 48 * mm], header_rows=0, zebra=False, padding=5)


def glance_table(snapshot: MissionSnapshot, found: Styles, width: float, lookup: Lookup) -> Table:
    rows: list[list[Any]] = [[text.para(h, found["header"]) for h in ("Day", "Date", "Theme and site visits")]]
    for number, day in enumerate(snapshot.record.days, start=1):
        visits = [
            site.display_name
            for item in day.items
            if item.kind == ItemKind.SITE_VISIT and (site := lookup.site(item.site_uid)) is not None
        ]
        cell: list[Flowable] = [text.para(day.title or "Programme", found["cell_bold"])]
        if visits:
            cell.append(line(("muted", "Visits: " + "; ".join(visits)), style=found["muted"]))
        rows.append([text.para(str(number), found["cell"]), text.para(format_day(day.date), found["cell"]), cell])
    return grid(rows, [14 * mm, 52 * mm, width - 66 * mm])


# --- the programme ---------------------------------------------------------------------------------


def programme_heading(snapshot: MissionSnapshot, found: Styles) -> list[Flowable]:
    mission = snapshot.record.mission
    return [
        text.para("Programme", found["h1"]),
        line(("muted", f"All times are {timezone_note(mission.timezone, mission.start_date)}."), style=found["body"]),
        Spacer(1, 3 * mm),
    ]


def day_section(
    snapshot: MissionSnapshot, day: Day, number: int, found: Styles, width: float, lookup: Lookup
) -> list[Flowable]:
    title = line(("b", f"Day {number}  ·  {format_day(day.date)}"), style=found["h2"])
    parts: list[Flowable] = [title]
    if day.title:
        parts.append(text.para(day.title, found["body"]))
    shared = shared_joining(day)
    if shared is not None:
        parts.append(line(("b", "Online link for the day: "), shared.url, style=found["cell"]))
        parts += joining_codes(shared, found["cell"])
    parts.append(Spacer(1, 2 * mm))
    link = shared.url if shared is not None else ""
    if not day.items:
        return [CondPageBreak(50 * mm), *parts, text.para("No items yet.", found["muted"])]
    return [CondPageBreak(70 * mm), *parts, day_table(day, found, width, lookup, link), Spacer(1, 5 * mm)]


def shared_joining(day: Day) -> Joining | None:
    """The one way of joining every online item of the day uses, if they share one."""
    ways = day_joinings(day)
    return ways[0].joining if len(ways) == 1 else None


def joining_codes(way: Joining, style: ParagraphStyle) -> list[Flowable]:
    """`Meeting ID: 812 0211 1241 · Passcode: 582014`, when known."""
    runs: list[tuple[str, str] | str] = []
    if way.meeting_id:
        runs += [("b", "Meeting ID: "), way.meeting_id]
    if way.passcode:
        runs += [*(["  ·  "] if runs else []), ("b", "Passcode: "), way.passcode]
    return [line(*runs, style=style)] if runs else []


def day_table(day: Day, found: Styles, width: float, lookup: Lookup, link: str = "") -> Table:
    widths = [24 * mm, width * 0.56, width - 24 * mm - width * 0.56]
    rows: list[list[Any]] = [[text.para(h, found["header"]) for h in ("Time", "Programme", "Venue")]]
    shading = []
    for index, item in enumerate(day.items, start=1):
        rows.append(
            [
                text.para(format_times(item.start, item.end), found["cell_bold"]),
                programme_cell(item, found, lookup),
                venue_cell(item, found, lookup, link),
            ]
        )
        if item.kind in MINOR_KINDS:
            shading.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    return grid(rows, widths, zebra=False, extra=[("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT), *shading])


def programme_cell(item: Item, found: Styles, lookup: Lookup) -> list[Flowable]:
    minor = item.kind in MINOR_KINDS
    label = ITEM_KIND_LABELS[item.kind].upper() + (f"  ·  GROUP {item.group.upper()}" if item.group else "")
    cell: list[Flowable] = [
        text.para(label, found["label"]),
        text.para(item.title, found["cell"] if minor else found["cell_bold"]),
    ]
    for role, names in lookup.roles_of(item):
        cell.append(line(("b", f"{role}: "), "; ".join(names), style=found["cell"]))
    if item.description:
        cell.append(text.para(item.description, found["muted"]))
    return cell


def venue_cell(item: Item, found: Styles, lookup: Lookup, link: str = "") -> list[Flowable]:
    """Where: the site in English and Korean, the room, addresses for visits; online and the link
    (unless the whole day shares one link, given once above the day's table)."""
    site = lookup.site(item.site_uid)
    cell: list[Flowable] = []
    if item.is_online:
        cell.append(line(("b", "Online"), style=found["cell"]))
    if site is not None:
        cell.append(text.para(site.display_name, found["cell_bold"]))
        if site.name_ko:
            cell.append(text.para(site.name_ko, found["cell"]))
    if item.venue:
        cell.append(text.para(item.venue, found["muted"] if site else found["cell"]))
    if site is not None and item.kind == ItemKind.SITE_VISIT:
        cell += address_lines(site, found)
    way = joining(item)
    if way is not None and way.url != link:
        cell.append(text.para(way.url, found["muted"]))
        cell += joining_codes(way, found["muted"])
    return cell or [Paragraph("", found["cell"])]


def address_lines(site: Site, found: Styles) -> list[Flowable]:
    lines: list[Flowable] = []
    if site.address_en:
        lines.append(text.para(site.address_en, found["muted"]))
    if site.address_ko:
        lines.append(text.para(site.address_ko, found["muted"]))
    return lines


# --- local times, resource persons ------------------------------------------------------------------

SESSIONS_PER_TABLE = 4


def local_times_section(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    """For a multicountry online mission: when each session starts in every participating economy."""
    mission = snapshot.record.mission
    held = sessions(snapshot.record.days)
    places = sorted(economies(mission), key=lambda economy: snapshot.country(economy.iso2))
    if not (wants_local_times(mission) and held and places):
        return []
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        text.para("Local start times", found["h1"]),
        line(
            (
                "muted",
                "When each online session starts in every participating economy, from the IANA time zone database. ",
            ),
            ("muted", several_zones_note(snapshot, [economy.iso2 for economy in places])),
            style=found["body"],
        ),
        Spacer(1, 3 * mm),
    ]
    first = held[0].day
    fixed = [34 * mm, 40 * mm]
    for chunk_start in range(0, len(held), SESSIONS_PER_TABLE):
        chunk = held[chunk_start : chunk_start + SESSIONS_PER_TABLE]
        rest = (width - sum(fixed)) / len(chunk)
        header: list[Any] = [text.para("Economy", found["header"]), text.para("Time zone", found["header"])]
        for session in chunk:
            here = session.starts_at(mission.timezone)
            header.append(
                [
                    text.para(f"Day {session.day_number} · {here:%a} {here.day} {here:%b}", found["header"]),
                    text.para(f"{here:%H:%M} {zone_city(mission.timezone)}", found["header"]),
                ]
            )
        rows: list[list[Any]] = [header]
        for economy in places:
            row: list[Any] = [
                text.para(snapshot.country(economy.iso2), found["cell_bold"]),
                text.para(timezone_note(economy.zone, first), found["cell"]),
            ]
            for session in chunk:
                row.append(
                    text.para(
                        local_cell(session.day, local_start(session, mission.timezone, economy.zone)), found["cell"]
                    )
                )
            rows.append(row)
        story += [grid(rows, [*fixed, *[rest] * len(chunk)]), Spacer(1, 4 * mm)]
    return story


def several_zones_note(snapshot: MissionSnapshot, present: list[str]) -> str:
    spanning = [iso2 for iso2 in present if iso2 in SEVERAL_ZONES]
    if not spanning:
        return ""
    capitals = join_words([f"{SEVERAL_ZONES[iso2]} for {snapshot.country(iso2)}" for iso2 in spanning])
    return f"Where an economy spans several time zones the capital's time is given: {capitals}."


def zone_city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def local_cell(session_day: date, local: datetime) -> str:
    """`09:30`, with the local weekday when it is not the session's own day: `23:30 (Tue)`."""
    shown = f"{local:%H:%M}"
    return shown if local.date() == session_day else f"{shown} ({local:%a})"


def resource_persons(snapshot: MissionSnapshot, lookup: Lookup) -> list[Person]:
    """The programme's speakers and the mission's resource persons, in the order the programme
    first names them; the secretariat's staff and withdrawn people are left out."""
    parts = {part.person_uid: part for part in snapshot.record.participations}

    def counts(uid: str) -> bool:
        part = parts.get(uid)
        return uid in lookup.people and (
            part is None or (part.role != Role.SECRETARIAT and part.status not in INACTIVE)
        )

    order: list[str] = []
    for day in snapshot.record.days:
        for item in day.items:
            order += [role.person_uid for role in item.roles if role.role == ItemRoleKind.SPEAKER]
    order += [uid for uid, part in parts.items() if part.is_resource_person]
    return [lookup.people[uid] for uid in dict.fromkeys(order) if counts(uid)]


def resource_persons_section(snapshot: MissionSnapshot, found: Styles, width: float, lookup: Lookup) -> list[Flowable]:
    people = resource_persons(snapshot, lookup)
    if not people:
        return []
    story: list[Flowable] = [CondPageBreak(60 * mm), text.para("Resource persons", found["h1"]), Spacer(1, 2 * mm)]
    for person in people:
        block: list[Flowable] = [text.para(person.full_name, found["cell_bold"])]
        where = ", ".join(part for part in (person.position, person.organization) if part)
        economy = snapshot.country(person.country) if person.country else ""
        facts_line = "  ·  ".join(part for part in (where, economy) if part)
        if facts_line:
            block.append(text.para(facts_line, found["cell"]))
        if person.biography.strip():
            block.append(text.para(person.biography.strip(), found["muted"]))
        story.append(KeepTogether([*block, Spacer(1, 3 * mm)]))
    return story


# --- venues, site visits and contacts ----------------------------------------------------------------


def sites_in_order(snapshot: MissionSnapshot, lookup: Lookup) -> list[tuple[Site, list[tuple[Day, Item]]]]:
    """Every site the programme uses, in the order first met, with the items held there."""
    found: dict[str, tuple[Site, list[tuple[Day, Item]]]] = {}
    for day in snapshot.record.days:
        for item in day.items:
            site = lookup.site(item.site_uid)
            if site is not None:
                found.setdefault(site.uid, (site, []))[1].append((day, item))
    return list(found.values())


def venues_section(snapshot: MissionSnapshot, found: Styles, width: float, lookup: Lookup) -> list[Flowable]:
    used = sites_in_order(snapshot, lookup)
    if not used:
        return []
    story: list[Flowable] = [CondPageBreak(80 * mm), text.para("Venues and site visits", found["h1"])]
    story.append(
        line(("muted", "Addresses are given in English and in Korean, to show a driver."), style=found["body"])
    )
    story.append(Spacer(1, 3 * mm))
    for site, items in used:
        story.append(KeepTogether([site_block(site, items, found, width), Spacer(1, 4 * mm)]))
    return story


def site_block(site: Site, items: list[tuple[Day, Item]], found: Styles, width: float) -> Table:
    left: list[Flowable] = [text.para(site.display_name, found["cell_bold"])]
    if site.name_ko:
        left.append(text.para(site.name_ko, found["cell"]))
    for day, item in items:
        if item.kind in (ItemKind.SITE_VISIT, ItemKind.OPENING, ItemKind.CLOSING, ItemKind.PRESENTATION):
            when = f"{format_day(day.date)}, {format_times(item.start, item.end)}"
            left.append(line(("muted", when), style=found["muted"]))
    right: list[Flowable] = []
    if site.address_en:
        right += [text.para("Address", found["label"]), text.para(site.address_en, found["cell"])]
    if site.address_ko:
        right += [text.para("주소 (Korean address)", found["label"]), text.para(site.address_ko, found["address"])]
    if site.contact_name or site.contact_phone or site.contact_email:
        right.append(text.para("Contact", found["label"]))
        if site.contact_name:
            right.append(text.para(site.contact_name, found["cell"]))
        right += [Unbroken(value, found["cell"]) for value in (site.contact_phone, site.contact_email) if value]
    if site.website:
        right.append(text.para(site.website, found["muted"]))
    if site.access_notes:
        right += [text.para("Access", found["label"]), text.para(site.access_notes, found["cell"])]
    rows = [[left, right or [Paragraph("", found["cell"])]]]
    return grid(
        rows,
        [width * 0.4, width * 0.6],
        header_rows=0,
        zebra=False,
        extra=[("BOX", (0, 0), (-1, -1), 0.6, ACCENT_LIGHT)],
    )


def contacts_section(snapshot: MissionSnapshot, found: Styles, width: float, lookup: Lookup) -> list[Flowable]:
    record = snapshot.record
    mission = record.mission
    staff = [
        lookup.people[part.person_uid]
        for part in record.participations
        if part.role == Role.SECRETARIAT and part.person_uid in lookup.people and part.status not in INACTIVE
    ]
    if not (mission.emergency_contacts or staff):
        return []
    story: list[Flowable] = [CondPageBreak(60 * mm), text.para("Contacts", found["h1"])]
    listed = [(c.phone, c.email) for c in mission.emergency_contacts] + [(p.phone, p.email) for p in staff]
    size, padding = found["cell"].fontSize, 2 * GRID_PADDING
    needs = {
        2: widest_piece((phone for phone, _ in listed), size) + padding,
        3: widest_piece((email for _, email in listed), size) + padding,
    }
    widths = contact_widths([width * 0.22, width * 0.33, width * 0.17, width * 0.28], needs)
    if mission.emergency_contacts:
        rows: list[list[Flowable]] = [[text.para(h, found["header"]) for h in ("Name", "Role", "Phone", "Email")]]
        for contact in mission.emergency_contacts:
            rows.append(
                [
                    text.para(contact.name, found["cell_bold"]),
                    text.para(contact.role, found["cell"]),
                    Unbroken(contact.phone, found["cell"]),
                    Unbroken(contact.email, found["cell"]),
                ]
            )
        story += [text.para("In an emergency", found["h2"]), grid(rows, widths)]
    if staff:
        rows = [[text.para(h, found["header"]) for h in ("Name", "Organization", "Phone", "Email")]]
        for person in staff:
            rows.append(
                [
                    text.para(person.full_name, found["cell_bold"]),
                    text.para(", ".join(p for p in (person.position, person.organization) if p), found["cell"]),
                    Unbroken(person.phone, found["cell"]),
                    Unbroken(person.email, found["cell"]),
                ]
            )
        story += [text.para("Mission secretariat", found["h2"]), grid(rows, widths)]
    return story
