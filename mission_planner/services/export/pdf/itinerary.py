"""The itinerary: a cover with the mission at a glance, the programme day by day, the venues and
site visits with their addresses in English and Korean, and whom to call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from ....domain.attendees import INACTIVE
from ....domain.enums import AttachmentKind, ItemKind, Modality, Role
from ....domain.places import Site
from ....domain.programme import Day, Item
from ...labels import ITEM_KIND_LABELS
from ..progress import Progress
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
    link = shared_link(day)
    if link:
        parts.append(line(("b", "Online link for the day: "), link, style=found["cell"]))
    parts.append(Spacer(1, 2 * mm))
    if not day.items:
        return [CondPageBreak(50 * mm), *parts, text.para("No items yet.", found["muted"])]
    return [CondPageBreak(70 * mm), *parts, day_table(day, found, width, lookup, link), Spacer(1, 5 * mm)]


def shared_link(day: Day) -> str:
    """The one online link every online item of the day uses, if they share one."""
    links = {item.online_url for item in day.items if item.is_online}
    return links.pop() if len(links) == 1 else ""


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
    if item.is_online and item.online_url != link:
        cell.append(text.para(item.online_url, found["muted"]))
    return cell or [Paragraph("", found["cell"])]


def address_lines(site: Site, found: Styles) -> list[Flowable]:
    lines: list[Flowable] = []
    if site.address_en:
        lines.append(text.para(site.address_en, found["muted"]))
    if site.address_ko:
        lines.append(text.para(site.address_ko, found["muted"]))
    return lines


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
