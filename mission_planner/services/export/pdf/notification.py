"""The Project Notification, laid out as the APO issues it: the reference number, the header
table of fields, any revisions, then 1. Objectives, 2. Background, 3. Scope, Methodology, and
Certificate of Attendance, 4. Financial Arrangements and 5. Implementation Procedures, signed."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ....domain.budget import Rule, RuleSet
from ....domain.enums import AttachmentKind, ItemKind, Modality, Payer, SplitKind
from ....domain.record import MissionRecord
from ...labels import ROLE_UNIT_NOUNS
from ..progress import Progress
from ..snapshot import MissionSnapshot
from . import text
from .common import (
    ACCENT,
    Checkpoint,
    Styles,
    attachment_image,
    field_table,
    finish,
    frame_width,
    grid,
    house_styles,
    hrule,
    line,
)
from .words import (
    format_date,
    format_date_range,
    format_duration,
    format_money,
    format_number,
    join_words,
    modality_label,
    number_word,
)

DOCUMENT = "Project Notification"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
CERTIFICATE_SENTENCE = (
    "The participants are required to attend all sessions. This full participation is a prerequisite "
    "for receiving the APO certificate of attendance."
)
SUBJECTS = {
    Payer.APO: "the APO",
    Payer.HOST: "the host country",
    Payer.PARTICIPATING: "the participating country",
    Payer.PARTICIPANT: "the participants",
    Payer.SPONSOR: "the sponsor",
}


def pn_styles() -> dict[str, ParagraphStyle]:
    found = house_styles(10)
    body = found["body"]
    found.update(
        pn_title=ParagraphStyle(
            "pn_title",
            parent=body,
            fontName=text.SANS_BOLD,
            fontSize=17,
            leading=22,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        section=ParagraphStyle(
            "section",
            parent=body,
            fontName=text.SANS_BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=12,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=True,
        ),
        subsection=ParagraphStyle(
            "subsection", parent=body, fontName=text.SANS_BOLD, spaceBefore=4, spaceAfter=2, keepWithNext=True
        ),
        text=ParagraphStyle("pn_text", parent=body, spaceAfter=6, leading=14),
        lettered=ParagraphStyle(
            "lettered",
            parent=body,
            leading=14,
            leftIndent=20,
            bulletIndent=4,
            spaceAfter=4,
            bulletFontName=text.SANS,
            bulletFontSize=10,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leading=14,
            leftIndent=20,
            bulletIndent=8,
            spaceAfter=2,
            bulletFontName=text.SANS,
            bulletFontSize=10,
        ),
    )
    return found


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    record = snapshot.record
    mission = record.mission
    total = 7
    found = pn_styles()
    width = frame_width(snapshot)
    progress.step(0, total, "Header")
    story: list[Flowable] = header(snapshot, found, width)
    sections: list[tuple[str, Callable[[], list[Flowable]]]] = [
        (
            "1. Objectives",
            lambda: lettered(mission.objectives, found) or [text.para("To be announced.", found["text"])],
        ),
        ("2. Background", lambda: blocks(mission.background, found) or [text.para("To be announced.", found["text"])]),
        ("3. Scope, Methodology, and Certificate of Attendance", lambda: scope(record, found)),
        ("4. Financial Arrangements", lambda: financial_arrangements(record, found)),
        ("5. Implementation Procedures", lambda: implementation(record, found)),
    ]
    for number, (title, body) in enumerate(sections, start=1):
        progress.step(number, total, title)
        story += [Checkpoint(progress, number, total, title), text.para(title, found["section"]), *body()]
    story += signature(record, found, width)
    finish(snapshot, target, story, progress, document=DOCUMENT, total=total)


# --- header ----------------------------------------------------------------------------------------


def header(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    record = snapshot.record
    mission = record.mission
    story: list[Flowable] = []
    logo = attachment_image(record, AttachmentKind.LOGO, height=16 * mm, max_width=60 * mm)
    if logo is not None:
        story += [logo, Spacer(1, 4 * mm)]
    story.append(text.para("PROJECT NOTIFICATION", found["pn_title"]))
    if mission.revisions:
        latest = max(mission.revisions, key=lambda r: r.number)
        story.append(text.para(f"Revision {latest.number}", ParagraphStyle("rev", parent=found["centre"])))
    story += [Spacer(1, 5 * mm), hrule(width), Spacer(1, 2 * mm)]
    if mission.ref_no:
        story.append(line(("b", "Ref. No.: "), mission.ref_no, style=found["body"]))
        story.append(Spacer(1, 3 * mm))
    rows = [(label, text.para(value, found["cell"])) for label, value in header_fields(snapshot)]
    story.append(field_table(rows, [52 * mm, width - 52 * mm], found))
    if mission.revisions:
        story += revisions_table(record, found, width)
    return story


def header_fields(snapshot: MissionSnapshot) -> list[tuple[str, str]]:
    mission = snapshot.record.mission
    host = snapshot.country(mission.host_country) if mission.host_country else ""
    hosting = ", ".join(p for p in (mission.venue_city, host) if p) if mission.modality != Modality.DIGITAL else host
    if mission.all_member_countries:
        participating = "All Member Countries"
    else:
        participating = join_words([snapshot.country(code) for code in mission.participating_countries])
    fields = [
        ("Date of Issue", format_date(mission.date_of_issue) if mission.date_of_issue else ""),
        ("Project Code", mission.code),
        ("Title", mission.title),
        (
            "Timing and Duration",
            f"{format_date_range(mission.start_date, mission.end_date)} ({format_duration(mission.duration_days)})",
        ),
        ("Hosting Country(ies)", hosting),
        ("Modality", modality_label(mission.modality, mission.scope)),
        ("Implementing Organization(s)", join_words(mission.implementing_organizations)),
        ("Participating Country(ies)", participating),
        ("Overseas Participants", "" if mission.overseas_quota is None else str(mission.overseas_quota)),
        ("Local Participants", "" if mission.local_quota is None else str(mission.local_quota)),
        ("Qualifications of Participants", mission.qualifications),
        ("Nomination of Participants", mission.nomination_procedure),
        (
            "Closing Date for Nominations",
            format_date(mission.nomination_closing_date) if mission.nomination_closing_date else "",
        ),
    ]
    optional = ("Overseas Participants", "Local Participants")  # a mission without a quota has no row
    return [(label, value or "To be announced") for label, value in fields if value or label not in optional]


def revisions_table(record: MissionRecord, found: Styles, width: float) -> list[Flowable]:
    rows: list[list[Any]] = [
        [text.para(h, found["header"]) for h in ("Revision", "Date of Issue", "Clause", "Modifications")]
    ]
    for revision in sorted(record.mission.revisions, key=lambda r: r.number):
        rows.append(
            [
                text.para(str(revision.number), found["cell"]),
                text.para(format_date(revision.date_of_issue), found["cell"]),
                text.para(revision.clause, found["cell"]),
                text.para(revision.modification, found["cell"]),
            ]
        )
    widths = [20 * mm, 32 * mm, 45 * mm, width - 97 * mm]
    return [Spacer(1, 5 * mm), grid(rows, widths)]


# --- body ----------------------------------------------------------------------------------------------


def lettered(entries: list[str], found: Styles) -> list[Flowable]:
    entries = [entry for entry in entries if entry.strip()]
    return [
        line(entry.strip(), style=found["lettered"], bullet=f"{LETTERS[i % 26]}.") for i, entry in enumerate(entries)
    ]


def blocks(body: str, found: Styles) -> list[Flowable]:
    """Typed text as paragraphs: blank lines part paragraphs, `- ` lines are bullets, and a short
    line ending in a colon (`Day 1:`) is a subheading."""
    story: list[Flowable] = []
    paragraph: list[str] = []
    after_bullet = False

    def flush() -> None:
        nonlocal after_bullet
        if paragraph:
            if after_bullet:
                story.append(Spacer(1, 4))
            story.append(text.para(" ".join(paragraph), found["text"]))
            paragraph.clear()
            after_bullet = False

    for raw in body.splitlines():
        stripped = raw.strip()
        if not stripped:
            flush()
        elif stripped[:2] in ("- ", "• ", "* "):
            flush()
            story.append(line(stripped[2:].strip(), style=found["bullet"], bullet="•"))
            after_bullet = True
        elif stripped.endswith(":") and len(stripped) <= 40:
            flush()
            after_bullet = False
            story.append(text.para(stripped, found["subsection"]))
        else:
            paragraph.append(stripped)
    flush()
    return story


def scope(record: MissionRecord, found: Styles) -> list[Flowable]:
    mission = record.mission
    story = (
        blocks(mission.scope_methodology, found) if mission.scope_methodology.strip() else derived_scope(record, found)
    )
    if mission.certificate_rule.require_all_items and "certificate" not in mission.scope_methodology.lower():
        story.append(text.para(CERTIFICATE_SENTENCE, found["text"]))
    return story


def derived_scope(record: MissionRecord, found: Styles) -> list[Flowable]:
    """When no scope was typed: the programme's sessions, day by day."""
    mission = record.mission
    story: list[Flowable] = [
        text.para(
            f"The {format_duration(mission.duration_days)} programme comprises presentations by experts, "
            "discussions and other relevant learning methods. The indicative topics are:",
            found["text"],
        )
    ]
    topics = (ItemKind.PRESENTATION, ItemKind.PANEL, ItemKind.GROUP_DISCUSSION, ItemKind.SITE_VISIT)
    for number, day in enumerate(record.days, start=1):
        titles = [item.title for item in day.items if item.kind in topics]
        if titles:
            story.append(text.para(f"Day {number}:", found["subsection"]))
            story += [line(title, style=found["bullet"], bullet="•") for title in titles]
    return story


def financial_arrangements(record: MissionRecord, found: Styles) -> list[Flowable]:
    """The mission's own wording when it has one, else sentences from the rule set. The rule
    set's name, status and source are the coordinator's to know (the budget shows them): the
    notification goes to the member countries and says only who pays what."""
    own = [entry for entry in record.mission.financial_arrangements if entry.strip()]
    rule_set = record.rule_set
    derived = rule_sentences(rule_set, record) if rule_set else []
    story = lettered(own or derived, found)
    if not story:
        story.append(text.para("To be announced.", found["text"]))
    return story


def rule_sentences(rule_set: RuleSet, record: MissionRecord) -> list[str]:
    modality = record.mission.modality
    sentences = [rule_sentence(rule) for rule in rule_set.rules if not rule.modalities or modality in rule.modalities]
    if rule_set.default_payer is not None:
        sentences.append(f"{_capital(SUBJECTS[rule_set.default_payer])} will meet all other costs.")
    return sentences


def _subject(payer: Payer | None) -> str:
    if payer is None:  # a rule set that passed its check names every payer its splits need
        raise KeyError(payer)
    return SUBJECTS[payer]


def rule_sentence(rule: Rule) -> str:
    split = rule.split
    what = _costs(rule)
    match split.kind:
        case SplitKind.PAYER:
            return f"{_capital(_subject(split.payer))} will meet {what}."
        case SplitKind.SHARES:
            payers = list(split.shares)
            if len({Decimal(share) for share in split.shares.values()}) == 1:
                return f"{_capital(join_words([SUBJECTS[p] for p in payers]))} will share {what} equally."
            parts = [f"{SUBJECTS[p]} ({format_number(Decimal(s))}%)" for p, s in split.shares.items()]
            return f"{_capital(join_words(parts))} will share {what}."
        case SplitKind.FIRST_UNITS:
            nouns = join_words([ROLE_UNIT_NOUNS[role] for role in rule.roles]) or "units"
            return (
                f"{_capital(_subject(split.payer))} will meet {what} for up to {number_word(split.units or 0)} "
                f"{nouns}; {_subject(split.rest_payer)} will meet the rest."
            )
        case SplitKind.CAP:
            cap = f"{split.cap_currency} {format_money(split.cap_amount, split.cap_currency or 'USD')}".strip()
            return (
                f"{_capital(_subject(split.payer))} will meet {what} up to {cap}; "
                f"{_subject(split.rest_payer)} will meet any amount above it."
            )
    return ""


def _costs(rule: Rule) -> str:
    category = rule.category.strip()
    what = (
        f"the {category}"
        if category.lower().endswith(("costs", "cost", "fees", "honorarium"))
        else (f"the costs of {category}")
    )
    if rule.roles and rule.split.kind != SplitKind.FIRST_UNITS:
        what += f" of {join_words([ROLE_UNIT_NOUNS[role] for role in rule.roles])}"
    return what


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def implementation(record: MissionRecord, found: Styles) -> list[Flowable]:
    mission = record.mission
    if mission.implementation_procedures.strip():
        return blocks(mission.implementation_procedures, found)
    kind = {Modality.DIGITAL: "digital", Modality.HYBRID: "hybrid", Modality.IN_PERSON: "face-to-face"}[
        mission.modality
    ]
    return [
        text.para(
            f"Please refer to the implementation procedures for APO {kind} projects circulated with this document.",
            found["text"],
        )
    ]


def signature(record: MissionRecord, found: Styles, width: float) -> list[Flowable]:
    mission = record.mission
    if not (mission.signatory_name or mission.signatory_title):
        return []
    block: list[Flowable] = [Spacer(1, 10 * mm)]
    image = attachment_image(record, AttachmentKind.SIGNATURE, height=16 * mm, max_width=60 * mm)
    block.append(image if image is not None else Spacer(1, 14 * mm))
    if mission.signatory_name:
        block.append(text.para(mission.signatory_name, found["cell_bold"]))
    if mission.signatory_title:
        block.append(text.para(mission.signatory_title, found["cell"]))
    return [KeepTogether(block)]
