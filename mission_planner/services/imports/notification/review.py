"""The review in English for the command line: each field with the words it came from, what
is missing or doubtful, and what the import will do."""

from __future__ import annotations

from ...export.pdf.words import format_date_range
from .plan import NotificationPlan
from .reading import REQUIRED, Field, NotificationReading

SOURCE_CHARS = 100


def doubt_text(field: Field) -> str:
    """Why a field is flagged, or "" when it is not."""
    detail = field.detail
    words = {
        "missing": "required, not found" if field.key in REQUIRED else "not found",
        "bad_date": "not a date this program reads",
        "bad_timing": "not a range of dates this program reads",
        "duration_mismatch": "the stated duration and the dates disagree (days stated/counted: {detail})",
        "unknown_country": "not a country this program knows: {detail}",
        "no_modality": "neither digital, face to face nor hybrid",
        "no_number": "no number in it",
        "split_guessed": "told apart at commas and 'and': check the names",
        "code_off_pattern": "not in the APO pattern (21-IP-06-GE-OSM-B); kept as written",
        "no_preset": "no preset quotes these arrangements: none chosen, the text is kept to verify",
        "topics_beyond_days": "topics for day {detail}, after the last day",
    }
    return words.get(field.doubt, field.doubt).format(detail=detail) if field.doubt else ""


def review_lines(reading: NotificationReading) -> list[str]:
    lines = [f"Project Notification read from {reading.source} ({reading.form}):"]
    width = max(len(f.label) for f in reading.fields)
    for field in reading.fields:
        mark = "  " if not field.doubt else ("!!" if field.key in REQUIRED else " ?")
        value = field.text.replace("\n", " | ") if field.text else "—"
        lines.append(f"{mark} {field.label:<{width}}  {_cut(value, 160)}")
        if field.doubt:
            lines.append(f"   {'':<{width}}  ({doubt_text(field)})")
        if field.source and not field.derived:
            lines.append(f'   {"":<{width}}  from: "{_cut(field.source, SOURCE_CHARS)}"')
    return lines


def plan_lines(plan: NotificationPlan) -> list[str]:
    if plan.record is not None:
        mission = plan.record.mission
        drafts = len(plan.record.items())
        rules = plan.record.rule_set.name if plan.record.rule_set else "none (the financial arrangements are kept)"
        return [
            f"New mission {mission.code}: {mission.title}",
            f"  {format_date_range(mission.start_date, mission.end_date)}: {len(plan.record.days)} days, "
            f"{drafts} draft item{'s' if drafts != 1 else ''} from the indicative topics",
            f"  rule set: {rules}",
        ]
    if not plan.changes or plan.revision is None:
        return [f"The notification of {plan.code} is the one the mission holds: nothing to change."]
    lines = [f"Revision {plan.revision.number} of the notification of {plan.code}; what changed:"]
    lines += [f"  - {change}" for change in plan.changes]
    lines.append("  The programme is left as it is (check shows items outside new dates).")
    return lines


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
