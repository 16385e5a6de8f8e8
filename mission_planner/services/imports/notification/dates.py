"""Dates as notifications write them: `29 September 2021`, `September 29, 2021`, `2021-09-29`,
and ranges such as `24–25 November 2021 (two days)` or `30 October – 2 November 2023`."""

from __future__ import annotations

import re
from datetime import date

from ....domain.limits import MAX_YEAR, MIN_YEAR

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
}  # fmt: skip
_WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PART = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?|([A-Za-z]+)\.?|(\d{4})")
_DASHES = re.compile(r"\s*(?:–|—|‒|-|\bto\b|\buntil\b)\s*")
_DURATION = re.compile(r"\(\s*(\d+|[a-z]+)[\s-]+days?\s*\)", re.IGNORECASE)


def parse_date(text: str) -> date | None:
    """One date, or None when `text` is not one."""
    parts = _parts(text)
    return None if parts is None else _make(*parts)


def parse_range(text: str) -> tuple[date, date] | None:
    """The first and last day of a timing, or None when it does not parse."""
    text = _DURATION.sub(" ", text).strip().rstrip(".")
    iso = _ISO.findall(text)
    if iso:
        days = [_make(int(d), int(m), int(y)) for y, m, d in iso]
        return _ordered(days[0], days[-1])
    pieces = [piece for piece in _DASHES.split(text, maxsplit=1) if piece.strip()]
    if not pieces:
        return None
    if len(pieces) == 1:
        single = parse_date(pieces[0])
        return (single, single) if single else None
    left, right = _parts(pieces[0]), _parts(pieces[1])
    if left is None or right is None:
        return None
    day, month, year = left
    end_day, end_month, end_year = right
    end = _make(end_day, end_month or month, end_year or year)
    start = _make(day, month or end_month, year or end_year)
    return _ordered(start, end)


def stated_days(text: str) -> int | None:
    """The duration a timing states, `(two days)` → 2."""
    match = _DURATION.search(text)
    if not match:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else WORDS.get(word)


def _ordered(start: date | None, end: date | None) -> tuple[date, date] | None:
    if start is None or end is None or end < start:
        return None
    return start, end


def _parts(text: str) -> tuple[int | None, int | None, int | None] | None:
    """Day, month and year of `24`, `24 November`, `November 24, 2021`, `24 Nov. 2021`."""
    text = _WEEKDAY.sub(" ", text).replace(",", " ").strip()
    iso = _ISO.fullmatch(text)
    if iso:
        return int(iso.group(3)), int(iso.group(2)), int(iso.group(1))
    day = month = year = None
    for token in text.split():
        token = token.strip(".")
        lowered = token.lower()
        if lowered in MONTHS and month is None:
            month = MONTHS[lowered]
        elif re.fullmatch(r"\d{4}", token) and year is None:
            year = int(token)
        elif re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", lowered) and day is None:
            day = int(re.sub(r"\D", "", lowered))
        elif token:
            return None
    if day is None and month is None and year is None:
        return None
    return day, month, year


def _make(day: int | None, month: int | None, year: int | None) -> date | None:
    if day is None or month is None or year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
