"""Single cells as spreadsheets write them: dates, times, emails, genders, roles.

Each parser returns the value or raises `CellError` with a code naming what was expected.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from ...domain.enums import Gender, Role
from ...domain.problems import ProblemCode
from ...domain.text_limits import text_fault
from .problem_text import message_text


class CellError(ValueError):
    """A cell a parser cannot read: the code and its parameters (the message says it in English)."""

    def __init__(self, code: ProblemCode, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(message_text(code, params))


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
EXCEL_EPOCH = date(1899, 12, 30)


def parse_text(value: object, limit: int) -> str:
    """A text cell as it is written, if it is at most `limit` characters long."""
    text = value if isinstance(value, str) else str(value)
    fault = text_fault(text, limit)
    if fault is not None:
        code, params = fault
        raise CellError(ProblemCode(code), **params)
    return text


def parse_email(text: str) -> str:
    if not EMAIL.match(text):
        raise CellError(ProblemCode.NOT_EMAIL, text=text)
    return text


def parse_date(value: object) -> date:
    """ISO, day-first numeric (24/10/2023, 24.10.2023), month names, Excel serial numbers."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    found = _numeric_date(text) or _named_month_date(text) or _serial_date(text)
    if found is None:
        raise CellError(ProblemCode.NOT_DATE, text=text)
    return found


def _numeric_date(text: str) -> date | None:
    match = re.fullmatch(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})", text)
    if not match:
        return None
    a, b, c = (int(part) for part in match.groups())
    if len(match.group(1)) == 4:
        year, month, day = a, b, c
    else:
        # Day first, as outside the United States, unless that cannot be (10/24/2023).
        day, month, year = (b, a, c) if b > 12 >= a else (a, b, c)
        if len(match.group(3)) == 2:
            year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _named_month_date(text: str) -> date | None:
    words = re.findall(r"[A-Za-z]+|\d+", text)
    if any(w.isdigit() and len(w) > 4 for w in words):  # no day or year; and int() refuses 4,300 digits
        return None
    names = [w for w in words if w.lower() in MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(names) != 1 or len(numbers) != 2:
        return None
    year = next((n for n in numbers if n > 31), None)
    day = next((n for n in numbers if n != year), None)
    if year is None or day is None:
        return None
    try:
        return date(year, MONTHS[names[0].lower()], day)
    except ValueError:
        return None


def _serial_date(text: str) -> date | None:
    if not re.fullmatch(r"\d{5}(\.0+)?", text):
        return None
    return EXCEL_EPOCH + timedelta(days=int(float(text)))


def parse_datetime(value: object) -> datetime:
    """A local date and time: `2023-10-23 17:40`, `23/10/2023 17:40`, an Excel date-time."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, second=0, microsecond=0)
    text = str(value).strip()
    match = re.fullmatch(r"(.+?)[ T]+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?", text)
    if not match:
        raise CellError(ProblemCode.NOT_DATE_TIME, text=text)
    day = parse_date(match.group(1))
    hour, minute = int(match.group(2)), int(match.group(3))
    if match.group(4):
        hour = hour % 12 + (12 if match.group(4).lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        raise CellError(ProblemCode.NO_SUCH_TIME, text=text)
    return datetime.combine(day, time(hour, minute))


GENDERS = {
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
    "woman": Gender.FEMALE,
    "w": Gender.FEMALE,
    "여": Gender.FEMALE,
    "여성": Gender.FEMALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "man": Gender.MALE,
    "남": Gender.MALE,
    "남성": Gender.MALE,
    "x": Gender.OTHER,
    "other": Gender.OTHER,
    "non-binary": Gender.OTHER,
    "nonbinary": Gender.OTHER,
    "diverse": Gender.OTHER,
}


def parse_gender(text: str) -> Gender:
    found = GENDERS.get(text.casefold())
    if found is None:
        raise CellError(ProblemCode.NOT_GENDER, text=text)
    return found


ROLES = {
    "participant": Role.PARTICIPANT,
    "delegate": Role.PARTICIPANT,
    "resource person overseas": Role.RESOURCE_PERSON_OVERSEAS,
    "overseas resource person": Role.RESOURCE_PERSON_OVERSEAS,
    "resource person local": Role.RESOURCE_PERSON_LOCAL,
    "local resource person": Role.RESOURCE_PERSON_LOCAL,
    "observer": Role.OBSERVER,
    "secretariat": Role.SECRETARIAT,
    "staff": Role.SECRETARIAT,
}


def parse_role(text: str) -> Role:
    key = " ".join(text.replace("_", " ").replace("-", " ").casefold().split())
    found = ROLES.get(key)
    if found is None:
        raise CellError(ProblemCode.NOT_ROLE, text=text)
    return found
