"""The daily agenda: each day on a page of its own (or more), in large type, to print and post.

The day's banner heads its table and repeats at the top of every page the day runs to, so a
sheet on the wall always says which day it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ....domain.enums import ItemKind
from ....domain.programme import Day, Item
from ...labels import ITEM_KIND_LABELS
from ..day_notes import contact_strip, day_joinings, dress_codes, security_sites
from ..progress import Progress
from ..snapshot import MissionSnapshot
from . import text
from .common import (
    ACCENT,
    ACCENT_LIGHT,
    MUTED,
    ZEBRA,
    Checkpoint,
    Lookup,
    Styles,
    finish,
    frame_height,
    frame_width,
    grid,
    house_styles,
    line,
)
from .words import (
    format_day,
    format_times,
    timezone_note,
)

DOCUMENT = "Daily agenda"
BASE = 13
SMALLEST = 10.5  # a day is shrunk down to this to keep it on one page, else it runs on at BASE
MINOR_KINDS = (ItemKind.BREAK, ItemKind.MEAL, ItemKind.TRANSFER)


def agenda_styles(base: float = BASE) -> dict[str, ParagraphStyle]:
    found = house_styles(base)
    cell = found["cell"]
    found.update(
        time=ParagraphStyle("time", parent=cell, fontName=text.SANS_BOLD, fontSize=base * 1.15, leading=base * 1.4),
        title=ParagraphStyle(
            "title_big", parent=cell, fontName=text.SANS_BOLD, fontSize=base * 1.15, leading=base * 1.4
        ),
        title_minor=ParagraphStyle("title_minor", parent=cell, fontSize=base * 1.05, leading=base * 1.3),
        detail=ParagraphStyle("detail", parent=cell, fontSize=base * 0.85, leading=base * 1.1),
        place=ParagraphStyle("place", parent=cell, fontName=text.SANS_BOLD, fontSize=base * 0.9, leading=base * 1.15),
        place_detail=ParagraphStyle("place_detail", parent=cell, fontSize=base * 0.85, leading=base * 1.1),
        day=ParagraphStyle(
            "day", parent=cell, fontName=text.SANS_BOLD, fontSize=base * 2, leading=base * 2.4, textColor=colors.white
        ),
        day_small=ParagraphStyle(
            "day_small", parent=cell, fontSize=base * 0.85, leading=base * 1.1, textColor=colors.HexColor("#D5DEEA")
        ),
        day_theme=ParagraphStyle(
            "day_theme", parent=cell, fontSize=base * 1.1, leading=base * 1.4, textColor=colors.white
        ),
        notice=ParagraphStyle("notice", parent=cell, fontSize=base * 0.95, leading=base * 1.25),
    )
    return found


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    record = snapshot.record
    days = record.days
    total = len(days) + 1
    width = frame_width(snapshot)
    height = frame_height(snapshot)
    lookup = Lookup.of(record)
    story: list[Flowable] = []
    for number, day in enumerate(days, start=1):
        progress.step(number - 1, total, f"Day {number}")
        if story:
            story.append(PageBreak())
        story.append(Checkpoint(progress, number - 1, total, f"Laying out day {number}"))
        story += fitted_day(snapshot, day, number, width, height, lookup)
    if not story:
        progress.step(0, total, "No programme")
        story.append(text.para("The programme has not been drawn up yet.", agenda_styles()["body"]))
    finish(snapshot, target, story, progress, document=DOCUMENT, total=total)


def fitted_day(
    snapshot: MissionSnapshot, day: Day, number: int, width: float, height: float, lookup: Lookup
) -> list[Flowable]:
    """The day in the largest type that keeps it on one page; in BASE type over pages if none does."""
    size: float = BASE
    while size >= SMALLEST:
        flowables = day_page(snapshot, day, number, agenda_styles(size), width, lookup)
        if sum(f.wrap(width, height)[1] for f in flowables) <= height:
            return flowables
        size -= 0.5
    return day_page(snapshot, day, number, agenda_styles(BASE), width, lookup)


def day_page(
    snapshot: MissionSnapshot, day: Day, number: int, found: Styles, width: float, lookup: Lookup
) -> list[Flowable]:
    mission = snapshot.record.mission
    small = found["small"]
    title = text.clip_to_width(
        mission.title, width - text.text_width(f"  ·  {mission.code}", small.fontSize), small.fontSize
    )
    header: list[Flowable] = [line(("muted", f"{title}  ·  {mission.code}"), style=small)]
    strip = contact_strip(mission).runs()
    if strip:
        runs: list[tuple[str, str] | str] = []
        for label, value in strip:
            runs += [*(["  ·  "] if runs else []), ("b", label), value]
        header.append(line(*runs, style=small))
    header.append(Spacer(1, 3 * mm))
    widths = [36 * mm, (width - 36 * mm) * 0.64, (width - 36 * mm) * 0.36]
    rows: list[list[Any]] = [[day_banner(snapshot, day, number, found), "", ""]]
    notices = day_notices(day, found, lookup)
    rows += [[notice, "", ""] for notice in notices]
    shading = []
    for index, item in enumerate(day.items, start=len(rows)):
        rows.append(item_row(item, found, lookup))
        if item.kind in MINOR_KINDS:
            shading.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if not day.items:
        rows.append([Paragraph("", found["cell"]), text.para("No items yet.", found["title_minor"]), ""])
    extra = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LEFTPADDING", (0, 0), (-1, 0), 12),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 12),
        ("LINEBELOW", (0, 0), (-1, 0), 0, ACCENT),
        ("TOPPADDING", (0, 1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
        *[("SPAN", (0, row), (-1, row)) for row in range(1, len(notices) + 1)],
        *[("BACKGROUND", (0, row), (-1, row), ACCENT_LIGHT) for row in range(1, len(notices) + 1)],
        *[("LEFTPADDING", (0, row), (-1, row), 12) for row in range(1, len(notices) + 1)],
        *[("TOPPADDING", (0, row), (-1, row), 5) for row in range(1, len(notices) + 1)],
        *[("BOTTOMPADDING", (0, row), (-1, row), 6) for row in range(1, len(notices) + 1)],
        *shading,
    ]
    return [*header, grid(rows, widths, zebra=False, extra=extra, padding=6)]


def day_notices(day: Day, found: Styles, lookup: Lookup) -> list[Flowable | list[Flowable]]:
    """The rows under the banner: how to join the online items, and what a security site asks."""
    notices: list[Flowable | list[Flowable]] = []
    joinings = day_joinings(day)
    for way in joinings:
        when = f"{format_times(way.items[0].start, way.items[-1].end)}: " if len(joinings) > 1 else ""
        block: list[Flowable] = [line(("b", f"{when}Join online: "), way.joining.url, style=found["notice"])]
        codes: list[tuple[str, str] | str] = []
        if way.joining.meeting_id:
            codes += [("b", "Meeting ID: "), way.joining.meeting_id]
        if way.joining.passcode:
            codes += [*(["  ·  "] if codes else []), ("b", "Passcode: "), way.joining.passcode]
        if codes:
            block.append(line(*codes, style=found["notice"]))
        notices.append(block)
    visit: list[tuple[str, str] | str] = []
    guarded = security_sites(day, lookup.sites)
    if guarded:
        names = "; ".join(site.display_name for site in guarded)
        visit += [("b", "Bring your passport: "), f"it is checked at the gate of {names}."]
    for site, dress in dress_codes(day, lookup.sites):
        where = f" ({site.display_name})" if not guarded or len(guarded) > 1 or guarded[0] is not site else ""
        visit += [*([" "] if visit else []), ("b", "Dress code: "), f"{dress}{where}."]
    if visit:
        notices.append(line(*visit, style=found["notice"]))
    return notices


def day_banner(snapshot: MissionSnapshot, day: Day, number: int, found: Styles) -> list[Flowable]:
    mission = snapshot.record.mission
    count = len(snapshot.record.days)
    zone = timezone_note(mission.timezone, day.date)
    banner: list[Flowable] = [
        text.para(f"DAY {number} OF {count}  ·  ALL TIMES {zone.upper()}", found["day_small"]),
        text.para(format_day(day.date), found["day"]),
    ]
    if day.title:
        banner.append(text.para(day.title, found["day_theme"]))
    return banner


def item_row(item: Item, found: Styles, lookup: Lookup) -> list[Any]:
    minor = item.kind in MINOR_KINDS
    what: list[Flowable] = [
        line(("muted", ITEM_KIND_LABELS[item.kind].upper()), style=found["label"]),
        text.para(item.title, found["title_minor"] if minor else found["title"]),
    ]
    if item.group:
        what.append(line(("muted", f"Group {item.group}"), style=found["detail"]))
    for role, names in lookup.roles_of(item):
        what.append(line(("b", f"{role}: "), "; ".join(names), style=found["detail"]))
    return [text.para(format_times(item.start, item.end), found["time"]), what, place_cell(item, found, lookup)]


def place_cell(item: Item, found: Styles, lookup: Lookup) -> list[Flowable]:
    site = lookup.site(item.site_uid)
    cell: list[Flowable] = []
    if site is not None:
        cell.append(text.para(site.display_name, found["place"]))
        if site.name_ko:
            cell.append(text.para(site.name_ko, found["place_detail"]))
    if item.venue:
        cell.append(text.para(item.venue, found["place_detail"]))
    if site is not None and item.kind == ItemKind.SITE_VISIT and not item.is_online:
        cell += [text.para(address, found["place_detail"]) for address in (site.address_en, site.address_ko) if address]
    if item.is_online and not item.venue:
        cell.append(text.para("Online", found["place_detail"]))
    if not cell:
        cell.append(Paragraph(f'<font color="{MUTED}"></font>', found["place_detail"]))
    return cell
