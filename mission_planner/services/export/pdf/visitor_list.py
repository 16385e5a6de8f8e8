"""The visitor list for one security site: the one document that carries passport data.

A security desk checks each visitor's passport against it at the gate, so it gives what the
passport says, in the passport's order: the name in Latin letters (family name, given names),
nationality, passport number and date of birth, numbered, under the visit's date, time, site,
host contact and group size. Every page says CONFIDENTIAL; the file is written mode 600
(`writing.write_document` holds personal data for a kind marked `personal`). A gap in someone's
data is marked in the row, never left blank.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from ....domain.people import Person
from ....domain.places import Site
from ...collation import is_latin
from ..progress import Progress
from ..snapshot import MissionSnapshot
from ..visitor_sites import Visit, missing_passport_data, site_for_list, site_label, visits
from . import text
from .common import WARNING, Styles, banner, field_table, footer_for, frame_width, grid, house_styles, line
from .document import MARGIN, build_pdf
from .words import format_day, format_short_date, format_times

DOCUMENT = "Visitor list"
CONFIDENTIAL = "CONFIDENTIAL: personal data for the security desk of this site only"
MISSING = "MISSING"
COLUMNS = (
    ("No.", 4),
    ("Family name (as in passport)", 17),
    ("Given names (as in passport)", 17),
    (OWN_SCRIPT := "Name in own script", 15),
    ("Nationality", 13),
    ("Passport no.", 11),
    ("Date of birth", 10),
    ("Sex", 4),
)


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    record = snapshot.record
    site = site_for_list(record, snapshot.settings.site)
    found = house_styles(9.5)
    width = frame_width(snapshot, wide=True)
    site_visits = visits(record, site)
    progress.step(0, len(site_visits) + 1, site.display_name)
    story: list[Flowable] = []
    for number, visit in enumerate(site_visits):
        if number:
            story.append(PageBreak())
        story += visit_block(snapshot, site, visit, found, width)
    if not site_visits:
        story.append(text.para(f"No item of the mission visits {site.display_name}.", found["body"]))
    footer = footer_for(snapshot, f"{DOCUMENT}, {site_label(site)}, CONFIDENTIAL")
    progress.step(len(site_visits), len(site_visits) + 1, "Laying out the visitor list")
    build_pdf(
        target,
        story,
        title=f"{DOCUMENT}: {site.display_name}, {record.mission.code}",
        paper=snapshot.settings.paper,
        wide=True,
        footer=footer,
        on_page=_confidential_mark,
    )
    progress.report(len(site_visits) + 1, len(site_visits) + 1, f"{DOCUMENT} written")


def _confidential_mark(canvas: Canvas, doc: Any) -> None:
    """CONFIDENTIAL at the top of every page, in the warning colour."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(WARNING))
    page_width, page_height = doc.pagesize
    text.draw_text(
        canvas, page_width / 2, page_height - MARGIN / 2 - 2 * mm, CONFIDENTIAL, 9, bold=True, align="centre"
    )
    canvas.restoreState()


def visit_block(snapshot: MissionSnapshot, site: Site, visit: Visit, found: Styles, width: float) -> list[Flowable]:
    mission = snapshot.record.mission
    names = " / ".join(name for name in (site.name_en, site.name_ko) if name)
    heading = banner(
        [
            text.para("VISITOR LIST", found["banner_small"]),
            Spacer(1, 1.5 * mm),
            text.para(names, found["banner"]),
            Spacer(1, 1.5 * mm),
            text.para(f"{mission.code}  ·  {mission.title}", found["banner_small"]),
        ],
        width,
    )
    host = ", ".join(part for part in (site.contact_name, site.contact_phone, site.contact_email) if part)
    address = " / ".join(part for part in (site.address_en, site.address_ko) if part)
    facts = [
        ("Visit date", text.para(format_day(visit.day), found["cell_bold"])),
        ("Time", text.para(format_times(visit.item.start, visit.item.end), found["cell"])),
        ("Site", text.para(site.display_name, found["cell"])),
        ("Address", text.para(address or "not recorded", found["cell"])),
        ("Host contact", text.para(host or "not recorded", found["cell"])),
        ("Group size", text.para(_group_size(visit), found["cell_bold"])),
        ("Programme item", text.para(visit.item.title, found["cell"])),
    ]
    story: list[Flowable] = [
        heading,
        Spacer(1, 4 * mm),
        field_table(facts, (0.2 * width, 0.8 * width), found),
        Spacer(1, 4 * mm),
    ]
    missing = [person for person in visit.people if missing_passport_data(person)]
    if missing:
        story.append(
            line(
                ("bwarn", f"{MISSING}: "),
                ("warn", f"the passport data of {_visitors(len(missing))} is not complete yet; it follows separately."),
                style=found["body"],
            )
        )
    story.append(visitors_table(snapshot, visit.people, found, width))
    return story


def _group_size(visit: Visit) -> str:
    return _visitors(len(visit.people))


def _visitors(count: int) -> str:
    return f"{count} visitor" + ("" if count == 1 else "s")


def visitors_table(snapshot: MissionSnapshot, people: tuple[Person, ...], found: Styles, width: float) -> Any:
    # The name in its own script only when someone's name is written in another script.
    own = any(_own_script(person) for person in people)
    columns = [column for column in COLUMNS if own or column[0] != OWN_SCRIPT]
    scale = width / sum(weight for _, weight in columns)
    widths = [weight * scale for _, weight in columns]
    rows: list[list[Any]] = [[text.para(name, found["header"]) for name, _ in columns]]
    for number, person in enumerate(people, start=1):
        family, given = _passport_names(person)
        identity = person.identity
        passport = identity.passport_number if identity else ""
        born = format_short_date(identity.date_of_birth) if identity else ""
        row = [
            text.para(str(number), found["cell"]),
            text.para(family, found["cell_bold"]) if family else _missing(found),
            text.para(given, found["cell"]) if family else text.para("", found["cell"]),
            text.para(_own_script(person), found["cell"]),
            text.para(snapshot.country(person.country), found["cell"]) if person.country else _missing(found),
            text.para(passport, found["cell"]) if passport else _missing(found),
            text.para(born, found["cell"]) if born else _missing(found),
            text.para(person.gender.value if person.gender else "", found["cell"]),
        ]
        if not own:
            del row[3]
        rows.append(row)
    return grid(rows, widths)


def _missing(found: Styles) -> Flowable:
    return line(("bwarn", MISSING), style=found["cell"])


def _passport_names(person: Person) -> tuple[str, str]:
    """(family, given) in Latin letters as the passport prints them; ("", "") when the name is
    in another script and no romanised name is recorded."""
    if person.romanized_name:
        return person.romanized_family_name, person.romanized_given_name
    if is_latin(f"{person.family_name} {person.given_name}"):
        return person.family_name, person.given_name
    return "", ""


def _own_script(person: Person) -> str:
    """The name as its owner writes it, when that is not already the Latin name shown."""
    if is_latin(f"{person.family_name} {person.given_name}"):
        return ""
    return person.full_name
