"""The participant list: everyone taking part, by role, with economy, organization, position and
email. Passport numbers and dates of birth appear only when the coordinator asked for them
(`DocumentSettings.include_personal_data`), and the document then says so on every page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ....domain.attendees import INACTIVE
from ....domain.enums import Role, Status
from ....domain.people import Person
from ...collation import person_key
from ...labels import ROLE_GROUPS
from ..progress import Progress
from ..snapshot import MissionSnapshot, country_key
from . import text
from .common import (
    GRID_PADDING,
    Checkpoint,
    Styles,
    finish,
    frame_width,
    grid,
    house_styles,
    line,
    mission_banner,
)
from .contact_text import Unbroken, contact_widths, widest_piece
from .words import (
    format_date,
    format_short_date,
)

DOCUMENT = "Participant list"
COLUMNS = (("No.", 5), ("Name", 17), ("Economy", 12), ("Organization", 24), ("Position", 21), ("Email", 22))
# With personal data the same columns narrow to leave room for three more that must not wrap.
PERSONAL_LAYOUT = (("No.", 5), ("Name", 15), ("Economy", 10), ("Organization", 18), ("Position", 15), ("Email", 26))
KEEP_TOGETHER = 12  # groups of up to this many people are never split across pages
PERSONAL_COLUMNS = (("Passport no.", 10), ("Passport expiry", 11), ("Date of birth", 11))


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    groups = grouped(snapshot)
    total = len(groups) + 2
    progress.step(0, total, "Heading")
    found = house_styles(8.5 if snapshot.settings.include_personal_data else 9.5)
    width = frame_width(snapshot, wide=True)
    personal = snapshot.settings.include_personal_data
    story: list[Flowable] = heading(snapshot, groups, found, width)
    if not groups:
        story.append(text.para("No one has been nominated yet.", found["body"]))
    for number, (role, people) in enumerate(groups, start=1):
        title = ROLE_GROUPS[role]
        progress.step(number, total, title)
        title_line = line(("b", title), ("muted", f"  ({len(people)})"), style=found["h2"])
        table = people_table(snapshot, people, found, width, personal)
        # A short group stays on one page with its title; a long one starts where a few rows fit.
        if len(people) <= KEEP_TOGETHER:
            block: list[Flowable] = [KeepTogether([title_line, table])]
        else:
            block = [CondPageBreak(45 * mm), title_line, table]
        story += [Checkpoint(progress, number, total, title), *block]
    document = f"{DOCUMENT}, confidential: contains personal data" if personal else DOCUMENT
    finish(snapshot, target, story, progress, document=document, wide=True, total=total)


def grouped(snapshot: MissionSnapshot) -> list[tuple[Role, list[tuple[Person, Status]]]]:
    """Active people by role (in the order of ROLE_GROUPS), each group by economy then name."""
    record = snapshot.record
    people = {person.uid: person for person in record.people}
    groups: dict[Role, list[tuple[Person, Status]]] = {}
    for part in record.participations:
        person = people.get(part.person_uid)
        if person is not None and part.status not in INACTIVE:
            groups.setdefault(part.role, []).append((person, part.status))
    ordered = []
    for role in ROLE_GROUPS:
        if role in groups:
            members = sorted(
                groups[role], key=lambda entry: (country_key(snapshot.country(entry[0].country)), person_key(entry[0]))
            )
            ordered.append((role, members))
    return ordered


def heading(
    snapshot: MissionSnapshot, groups: list[tuple[Role, list[tuple[Person, Status]]]], found: Styles, width: float
) -> list[Flowable]:
    mission = snapshot.record.mission
    place = ", ".join(p for p in (mission.venue_city, snapshot.country(mission.host_country)) if p)
    economies = {person.country for _, people in groups for person, _ in people}
    count = sum(len(people) for _, people in groups)
    story: list[Flowable] = [
        mission_banner("LIST OF PARTICIPANTS", snapshot, found, width, place=place),
        Spacer(1, 4 * mm),
        line(
            ("muted", f"{count} people from {len(economies)} economies, as of {format_date(snapshot.made_on)}."),
            style=found["body"],
        ),
    ]
    if snapshot.settings.include_personal_data:
        story.append(
            line(
                ("bwarn", "Confidential: this list contains personal data (passport numbers and dates of birth). "),
                ("warn", "Share it only with those who need it, such as a site's security office."),
                style=found["body"],
            )
        )
    return story


def people_table(
    snapshot: MissionSnapshot, people: list[tuple[Person, Status]], found: Styles, width: float, personal: bool
) -> Table:
    columns = PERSONAL_LAYOUT + PERSONAL_COLUMNS if personal else COLUMNS
    scale = width / sum(weight for _, weight in columns)
    email = [name for name, _ in columns].index("Email")
    # sized by everyone's address, so that every group's table has the same columns
    emails = (person.email for person in snapshot.record.people)
    need = widest_piece(emails, found["cell"].fontSize) + 2 * GRID_PADDING
    widths = contact_widths([weight * scale for _, weight in columns], {email: need})
    rows: list[list[Any]] = [[text.para(name, found["header"]) for name, _ in columns]]
    for number, (person, status) in enumerate(people, start=1):
        name: list[Flowable] = [text.para(person.full_name, found["cell_bold"])]
        if status != Status.CONFIRMED:
            name.append(text.para(status.value, found["muted"]))
        row = [
            text.para(str(number), found["cell"]),
            name,
            text.para(snapshot.country(person.country), found["cell"]),
            text.para(person.organization, found["cell"]),
            text.para(person.position, found["cell"]),
            Unbroken(person.email, found["cell"]),
        ]
        if personal:
            identity = person.identity
            row += [
                text.para(identity.passport_number if identity else "", found["cell"]),
                text.para(format_short_date(identity.passport_expiry) if identity else "", found["cell"]),
                text.para(format_short_date(identity.date_of_birth) if identity else "", found["cell"]),
            ]
        rows.append(row)
    return grid(rows, widths)
