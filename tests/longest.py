"""A mission whose every text field is as long as the limits allow, in the shapes that are hardest
to lay out: one unbroken word, many short words, and Hangul, Thai and Arabic script."""

from __future__ import annotations

from dataclasses import replace
from itertools import cycle

from mission_planner.domain.limits import MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, MAX_TITLE
from mission_planner.domain.people import Person
from mission_planner.domain.record import MissionRecord
from tests.factories import full_record

# Each sample starts with a marker a test can look for in the document read back.
SAMPLES = {
    "word": "Unbroken" + "x" * 40,  # no space anywhere: the whole field is one word
    "words": "Many short words a b c d e f g h i j ",
    "hangul": "한국생산성본부 연수 프로그램 ",
    "thai": "การศึกษาดูงานด้านผลิตภาพ ",
    "arabic": "بعثة دراسية حول الإنتاجية ",
}
STYLES = tuple(SAMPLES)


def text(limit: int, style: str = "words") -> str:
    """Exactly `limit` characters in `style`, with no trailing space."""
    sample = SAMPLES[style]
    repeated = (sample * (limit // len(sample) + 2))[:limit]
    if repeated.endswith(" "):
        repeated = repeated[:-1] + "z"
    return repeated


def marker(style: str, length: int = 12) -> str:
    """The first characters of a `style` text, as a search in the document's text would find them."""
    return SAMPLES[style][:length]


def longest_record(code: str = "23-IP-98-GE-OSM-A") -> MissionRecord:
    """`full_record` with every text field at its maximum length.

    The mission title is one unbroken word; people, items and sites take turns through the
    other shapes so each document meets each of them.
    """
    record = full_record(code, prefix="long")
    styles = cycle(STYLES)

    def short(style: str | None = None) -> str:
        return text(MAX_SHORT_TEXT, style or next(styles))

    def long(style: str | None = None) -> str:
        return text(MAX_LONG_TEXT, style or next(styles))

    def name(style: str | None = None) -> str:
        return text(MAX_NAME, style or next(styles))

    mission = record.mission
    record.mission = replace(
        mission,
        title=text(MAX_TITLE, "word"),
        venue_city=short("word"),
        implementing_organizations=[short("word"), short("hangul")],
        qualifications=long("words"),
        nomination_procedure=long("word"),
        objectives=[long("thai"), long("words")],
        background=long("arabic"),
        scope_methodology=long("hangul"),
        financial_arrangements=[long("words")],
        implementation_procedures=long("word"),
        signatory_name=name("word"),
        signatory_title=short("word"),
        organization_name=short("word"),
        emergency_contacts=[
            replace(c, name=name("word"), role=short(), phone=short(), email=short())
            for c in mission.emergency_contacts
        ],
        notes=long("words"),
        revisions=[replace(r, clause=short("word"), modification=long("words")) for r in mission.revisions],
    )
    for day, style in zip(record.days, cycle(("hangul", "word")), strict=False):
        day.title = text(MAX_TITLE, style)
        for item, item_style in zip(day.items, cycle(("word", "thai", "arabic")), strict=False):
            item.title = text(MAX_TITLE, item_style)
            item.venue = short(item_style)
            item.description = long(item_style)
            item.group = short("word") if item.group else ""
    record.people = [
        _longest_person(person, style) for person, style in zip(record.people, cycle(("word", "hangul")), strict=False)
    ]
    for participation in record.participations:
        participation.nominating_npo = short("word")
        participation.group = short("word") if participation.group else ""
        participation.notes = long()
        participation.status_history = [replace(change, note=short()) for change in participation.status_history]
        participation.flights = [
            replace(f, flight_no=short("word"), terminal=short("word")) for f in participation.flights
        ]
        participation.stays = [replace(s, hotel=name("word"), room=short("word")) for s in participation.stays]
    for mark in record.attendance:
        mark.reason = long("word")
    record.sites = [
        replace(
            site,
            name_en=name(style),
            name_ko=name("hangul"),
            acronym=short("word"),
            address_en=short(style),
            address_ko=short("hangul"),
            city=short("word"),
            contact_name=name("word"),
            contact_phone=short("word"),
            contact_email=short("word"),
            website=short("word"),
            access_notes=long(style),
        )
        for site, style in zip(record.sites, cycle(("word", "thai", "arabic")), strict=False)
    ]
    for line in record.budget_lines:
        line.category = short("word")
        line.description = long("word")
        line.notes = long()
    if record.rule_set is not None:
        rules = record.rule_set
        rules.name = short("word")
        rules.to_verify = long()
        rules.source = long("word")
        for rule in rules.rules:
            rule.note = long("words")
    return record


def _longest_person(person: Person, style: str) -> Person:
    return replace(
        person,
        family_name=text(MAX_NAME, style),
        given_name=text(MAX_NAME, "word"),
        romanized_family_name=text(MAX_NAME, "word"),
        romanized_given_name=text(MAX_NAME, "word"),
        organization=text(MAX_SHORT_TEXT, style),
        position=text(MAX_SHORT_TEXT, "word"),
        email=text(MAX_SHORT_TEXT, "word"),
        phone=text(MAX_SHORT_TEXT, "word"),
        dietary=text(MAX_SHORT_TEXT, "word"),
        notes=text(MAX_LONG_TEXT, "words"),
    )
