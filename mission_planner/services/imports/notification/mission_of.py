"""The mission a notification reading describes: its fields, a day for each date of the
timing, the indicative topics as draft items on their days, and the matching preset."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time, timedelta

from ....domain.codes import parse_project_code
from ....domain.enums import ItemKind, Modality, Scope
from ....domain.limits import MAX_ITEMS
from ....domain.mission import CertificateRule, Mission
from ....domain.programme import Day, Item
from ....domain.record import MissionRecord
from ....errors import InputError
from ...countries import country_timezone
from ...rule_sets import copy_for_mission, presets
from . import blocks, values
from .dates import parse_date, parse_range
from .reading import LABELS, NotificationReading

DRAFT_NOTE = "Draft from the Project Notification's indicative topics: set its time, speakers and place."
FIRST_START = time(9, 0)
TOPIC_MINUTES = 60


def mission_of(reading: NotificationReading) -> Mission:
    """The mission's notification fields; refused when code, title or timing is missing."""
    missing = reading.missing_required
    if missing:
        names = ", ".join(LABELS[key] for key in missing)
        raise InputError(
            f"no {names} found; a notification needs its Project Code, Title and Timing and Duration",
            source=reading.source,
            code="notification_incomplete",
            params={"fields": missing},
        )
    text = reading.texts.get
    start, end = parse_range(text("timing", "")) or (date.min, date.min)
    way, reach = values.modality(text("modality", ""))
    city, host = values.hosting(text("hosting", "")) if text("hosting") else ("", None)
    every, countries, _ = values.countries(text("participating", "")) if text("participating") else (False, [], [])
    code = text("code", "")
    parsed = parse_project_code(code)
    signatory = [line.strip() for line in text("signatory", "").splitlines() if line.strip()]
    return Mission(
        uid=str(uuid.uuid4()),
        code=code,
        title=text("title", ""),
        start_date=start,
        end_date=end,
        timezone=country_timezone(host or "KR") or "Asia/Seoul",
        project_type=parsed.project_type if parsed else "OSM",
        scope=reach or values.scope(text("title", "")) or Scope.MULTICOUNTRY,
        modality=way or Modality.IN_PERSON,
        ref_no=text("ref_no", ""),
        date_of_issue=parse_date(text("date_of_issue", "")),
        host_country=host or "KR",
        venue_city=city if way != Modality.DIGITAL else "",
        implementing_organizations=values.organizations(text("implementing", ""))[0],
        all_member_countries=every,
        participating_countries=countries,
        overseas_quota=values.quota(text("overseas", "")),
        local_quota=values.quota(text("local", "")),
        qualifications=text("qualifications", ""),
        nomination_procedure=text("nomination", ""),
        nomination_closing_date=parse_date(text("closing", "")),
        objectives=_lines(text("objectives", "")),
        background=text("background", ""),
        scope_methodology=text("scope", ""),
        financial_arrangements=_lines(text("financial", "")),
        implementation_procedures=text("implementation", ""),
        signatory_name=signatory[0] if signatory else "",
        signatory_title=" ".join(signatory[1:]),
        certificate_rule=CertificateRule(require_all_items=bool(blocks.certificate_condition(text("scope", "")))),
    )


def record_of(reading: NotificationReading) -> MissionRecord:
    """A new mission: the fields, its days, the draft topics and the matching preset's copy."""
    mission = mission_of(reading)
    preset = reading.field("rule_set").text
    rule_set = copy_for_mission(presets()[preset]) if preset else None
    return MissionRecord(mission=mission, days=days_of(mission, reading), rule_set=rule_set)


def days_of(mission: Mission, reading: NotificationReading) -> list[Day]:
    topics = blocks.day_topics(reading.texts.get("scope", ""))
    if sum(len(titles) for titles in topics.values()) > MAX_ITEMS:
        raise InputError(
            f"lists more indicative topics than a mission holds items (at most {MAX_ITEMS:,})",
            source=reading.source,
            code="notification_too_long",
            params={"limit": MAX_ITEMS},
        )
    days = []
    for number, on in enumerate(mission.dates(), start=1):
        days.append(Day(date=on, items=[_draft(title, index) for index, title in enumerate(topics.get(number, []))]))
    return days


def _draft(title: str, index: int) -> Item:
    start = (timedelta(hours=FIRST_START.hour) + timedelta(minutes=TOPIC_MINUTES * index)).total_seconds()
    begins = time(min(int(start // 3600), 22), int(start % 3600 // 60))
    ends = time(begins.hour + 1, begins.minute)
    lowered = title.lower()
    kind = (
        ItemKind.GROUP_DISCUSSION
        if "discussion" in lowered
        else ItemKind.SITE_VISIT
        if "visit" in lowered
        else ItemKind.PRESENTATION
    )
    return Item(uid=str(uuid.uuid4()), kind=kind, title=title, start=begins, end=ends, description=DRAFT_NOTE)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def revised(current: Mission, reading: NotificationReading) -> Mission:
    """`current` with the notification's fields as `reading` gives them (what the mission
    holds beyond the notification stays: its time zone, notes, contacts, settings)."""
    new = mission_of(reading)
    return replace(
        current,
        **{name: getattr(new, name) for name in NOTIFICATION_FIELDS},
    )


NOTIFICATION_FIELDS = (
    "title", "start_date", "end_date", "scope", "modality", "ref_no", "host_country",
    "venue_city", "implementing_organizations", "all_member_countries", "participating_countries",
    "overseas_quota", "local_quota", "qualifications", "nomination_procedure", "nomination_closing_date",
    "objectives", "background", "scope_methodology", "financial_arrangements", "implementation_procedures",
    "signatory_name", "signatory_title",
)  # fmt: skip
