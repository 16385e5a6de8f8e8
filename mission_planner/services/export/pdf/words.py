"""Words the documents print: dates, times, durations, money, time zones, and labels for payers
and rules, always in English whatever the computer's language. The labels of roles and item
kinds are `services/labels.py`, shared with the spreadsheets and calendars."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from decimal import Decimal

from ....domain.budget import Rule
from ....domain.enums import Modality, Payer, QuantityBasis, Scope, SplitKind
from ....domain.mission import Mission
from ....domain.money import minor_units
from ..zones import zone_in_words

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


PAYER_LABELS = {
    Payer.APO: "APO",
    Payer.HOST: "Host country",
    Payer.PARTICIPATING: "Participating country",
    Payer.PARTICIPANT: "Participants",
    Payer.SPONSOR: "Sponsor",
}

BASIS_UNITS = {
    QuantityBasis.TYPED: "",
    QuantityBasis.FIXED: "lump sum",
    QuantityBasis.PER_OVERSEAS_PARTICIPANT: "overseas participants",
    QuantityBasis.PER_LOCAL_PARTICIPANT: "local participants",
    QuantityBasis.PER_PERSON_NIGHT: "person-nights",
    QuantityBasis.PER_LOCAL_RP: "local resource persons",
    QuantityBasis.PER_OVERSEAS_RP: "overseas resource persons",
    QuantityBasis.PER_DAY: "days",
    QuantityBasis.PER_SITE_VISIT: "site visits",
}


def number_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


# Documents are in English whatever the computer's locale (strftime's %B would follow it).
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_name(day: date) -> str:
    return MONTHS[day.month - 1]


def format_date(day: date) -> str:
    """`24 October 2023`."""
    return f"{day.day} {month_name(day)} {day.year}"


def format_short_date(day: date | None) -> str:
    """`29 Feb 1984`, for narrow columns; empty when there is no date."""
    return f"{day.day} {month_name(day)[:3]} {day.year}" if day else ""


def format_day(day: date) -> str:
    """`Tuesday 24 October 2023`."""
    return f"{WEEKDAYS[day.weekday()]} {format_date(day)}"


def format_date_range(start: date, end: date) -> str:
    """`24–27 October 2023`, `30 October – 2 November 2023`, `30 December 2023 – 2 January 2024`."""
    if end <= start:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {month_name(end)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {month_name(start)} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def format_duration(days: int) -> str:
    """`two days`, `one day`."""
    return f"{number_word(days)} day" + ("" if days == 1 else "s")


def format_time(moment: time) -> str:
    return f"{moment:%H:%M}"


def format_times(start: time, end: time) -> str:
    """`09:00–10:30`, 24-hour, with an en dash."""
    return f"{format_time(start)}–{format_time(end)}"


def format_money(amount: Decimal | None, currency: str) -> str:
    """`1,687.50` for USD, `150,000` for KRW; an en dash when the amount is unknown."""
    if amount is None:
        return "–"
    return f"{amount:,.{minor_units(currency)}f}"


def format_number(value: Decimal | None) -> str:
    """A quantity without trailing zeros: `6`, `2.5`, `1,200`."""
    if value is None:
        return "–"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def timezone_note(zone: str, on: date) -> str:
    """`Seoul time (UTC+9)` for Asia/Seoul (`zones.zone_in_words` words every zone)."""
    return zone_in_words(zone, on)


def modality_label(modality: Modality, scope: Scope) -> str:
    """As a PN writes it: `Digital Multicountry`, `Face to Face Individual-country`."""
    way = {Modality.IN_PERSON: "Face to Face", Modality.DIGITAL: "Digital", Modality.HYBRID: "Hybrid"}[modality]
    reach = {Scope.MULTICOUNTRY: "Multicountry", Scope.INDIVIDUAL_COUNTRY: "Individual-country"}.get(scope, "Bilateral")
    return f"{way} {reach}"


def join_words(parts: Sequence[str]) -> str:
    """`A`, `A and B`, `A, B and C`."""
    parts = [part for part in parts if part]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def payer_label(payer: Payer | None) -> str:
    return PAYER_LABELS.get(payer, str(payer)) if payer is not None else ""


def rule_phrase(rule: Rule | None, default: Payer | None = None) -> str:
    """The rule a budget line was split by, in words: `APO 50% · Participating country 50%`."""
    if rule is None:
        return f"No rule: {payer_label(default)} by default" if default else ""
    split = rule.split
    match split.kind:
        case SplitKind.PAYER:
            return f"{payer_label(split.payer)} pays"
        case SplitKind.SHARES:
            return " · ".join(f"{payer_label(p)} {format_number(Decimal(s))}%" for p, s in split.shares.items())
        case SplitKind.FIRST_UNITS:
            units = split.units or 0
            return (
                f"First {units} unit{'s' if units != 1 else ''}: {payer_label(split.payer)}; "
                f"the rest: {payer_label(split.rest_payer)}"
            )
        case SplitKind.CAP:
            cap = f"{split.cap_currency} {format_money(split.cap_amount, split.cap_currency or 'USD')}".strip()
            return f"{payer_label(split.payer)} up to {cap}; the rest: {payer_label(split.rest_payer)}"
    return ""


APO_NAME = "Asian Productivity Organization"


def with_the(organization: str) -> str:
    """ "the Korea Productivity Center", "the APO Secretariat", "the KPC": an organization's name
    in running text takes the article, as the APO's own documents write them; a name that
    already begins with one keeps it."""
    name = organization.strip()
    if not name or name.casefold().startswith("the "):
        return name
    return f"the {name}"


def organizations_in_words(organizations: Sequence[str]) -> str:
    """ "the Korea Productivity Center and the APO Secretariat"."""
    return join_words([with_the(name) for name in organizations if name.strip()])


def signatory_line(mission: Mission) -> str:
    """ "Secretary-General, Asian Productivity Organization": the signatory's title with the
    organization they sign for, unless the title already names one (after a comma)."""
    title = mission.signatory_title.strip()
    if not title or "," in title or not mission.code_is_apo_style:
        return title
    return f"{title}, {APO_NAME}"
