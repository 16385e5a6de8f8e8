"""How large each number, amount, date and list of a mission may be.

`value_problems(value)` walks any domain value (a whole MissionRecord, a RuleSet, a Person...)
and names every whole number, decimal amount, coordinate, date and list outside its bounds by
its path. The lookups (`integer_range`, `decimal_bounds`, `list_limit`) also feed the JSON
Schema, so the shipped schema states the same numbers.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from .budget import BudgetLine, ExchangeRate, Split
from .evaluation import Answer
from .limits import (
    MAX_DAYS,
    MAX_INTEGER,
    MAX_ITEMS,
    MAX_LIST,
    MAX_MINUTES,
    MAX_MONEY_DIGITS,
    MAX_MONEY_PLACES,
    MAX_PEOPLE,
    MAX_QUANTITY,
    MAX_YEAR,
    MIN_YEAR,
)
from .mission import CertificateRule, Mission
from .people import Attendance
from .places import OpeningHours, Site, TravelTime
from .practical import PracticalNotes
from .problems import Problem
from .programme import Day
from .record import MissionRecord
from .tasks import TaskRuleOverride

MIN_DATE = date(MIN_YEAR, 1, 1)
MAX_DATE = date(MAX_YEAR, 12, 31)

_INTEGERS: dict[tuple[type | None, str], tuple[int, int]] = {
    (Mission, "overseas_quota"): (0, MAX_PEOPLE),
    (Mission, "local_quota"): (0, MAX_PEOPLE),
    (Attendance, "minutes"): (0, MAX_MINUTES),
    (TravelTime, "minutes"): (0, MAX_MINUTES),
    (PracticalNotes, "departure_transfer_minutes"): (0, 24 * 60),
    (Site, "typical_visit_minutes"): (0, MAX_MINUTES),
    (Site, "capacity"): (0, MAX_QUANTITY),
    (Site, "visitor_list_days_before"): (0, MAX_DAYS),
    (Split, "units"): (0, MAX_QUANTITY),
    (OpeningHours, "weekdays"): (0, 6),
    (Answer, "rating"): (1, 5),
    (TaskRuleOverride, "days"): (-MAX_DAYS, MAX_DAYS),
}
_FLOATS: dict[tuple[type | None, str], tuple[float, float]] = {
    (Site, "latitude"): (-90.0, 90.0),
    (Site, "longitude"): (-180.0, 180.0),
}
_DECIMAL_MAXIMA: dict[tuple[type, str], Decimal] = {
    (BudgetLine, "quantity"): Decimal(MAX_QUANTITY),
    (CertificateRule, "min_online_percent"): Decimal(100),
}
_LISTS: dict[tuple[type | None, str], int] = {
    (MissionRecord, "people"): MAX_PEOPLE,
    (MissionRecord, "participations"): MAX_PEOPLE,
    (MissionRecord, "days"): MAX_DAYS,
    (Day, "items"): MAX_ITEMS,
}

_MONEY_CEILING = Decimal(10) ** MAX_MONEY_DIGITS

# Amounts whose sign budget and rule checks already judge, with messages of their own.
_SIGN_CHECKED_ELSEWHERE = frozenset(
    {
        (BudgetLine, "unit_cost"),
        (BudgetLine, "quantity"),
        (BudgetLine, "actual_amount"),
        (ExchangeRate, "rate"),
        (Split, "shares"),
        (Split, "cap_amount"),
    }
)


def integer_range(cls: type, field_name: str) -> tuple[int, int]:
    """The smallest and largest whole number `cls.field_name` may hold (every one is 0 or more)."""
    return _INTEGERS.get((cls, field_name), (0, MAX_INTEGER))


def float_range(cls: type, field_name: str) -> tuple[float, float]:
    return _FLOATS.get((cls, field_name), (-1e15, 1e15))


def decimal_bounds(cls: type, field_name: str) -> tuple[Decimal, int]:
    """The largest amount `cls.field_name` may hold (below it: at most MAX_MONEY_DIGITS digits
    before the point) and how many digits may follow the point."""
    ceiling = _DECIMAL_MAXIMA.get((cls, field_name))
    return (ceiling if ceiling is not None else _MONEY_CEILING), MAX_MONEY_PLACES


def list_limit(cls: type, field_name: str) -> int:
    return _LISTS.get((cls, field_name), MAX_LIST)


def decimal_problem(value: Decimal, largest: Decimal = _MONEY_CEILING) -> str | None:
    """Why `value` is not an amount the program keeps, or None. Checked on the digits first:
    comparing Decimal('1e999999') is cheap, but formatting or rounding it is not."""
    if not value.is_finite():
        return "is not a number"
    if value.is_zero():
        return None
    if value.adjusted() >= MAX_MONEY_DIGITS:
        return f"has more than {MAX_MONEY_DIGITS} digits before the decimal point"
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # 'n', 'N' or 'F': not finite, refused above
        return "is not a number"
    places = -exponent
    if places > MAX_MONEY_PLACES:
        return f"has more than {MAX_MONEY_PLACES} digits after the decimal point"
    if value > largest:
        return f"is more than {largest:,}"
    return None


def date_problem(value: date) -> str | None:
    day = value.date() if isinstance(value, datetime) else value
    if not MIN_DATE <= day <= MAX_DATE:
        return f"{day.isoformat()} is outside the years {MIN_YEAR} to {MAX_YEAR}"
    return None


def value_problems(value: object, path: str = "") -> list[Problem]:
    """Every number, amount, date or list in `value` outside its bounds; paths start with `path`."""
    return list(iter_value_problems(value, path))


def iter_value_problems(value: object, path: str = "") -> Iterator[Problem]:
    yield from _walk(value, path, None, "")
    if isinstance(value, MissionRecord):
        total = sum(len(day.items) for day in value.days)
        if total > MAX_ITEMS:
            yield Problem(_join(path, "days"), f"hold {total:,} items; at most {MAX_ITEMS:,} are allowed")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _walk(value: object, path: str, owner: type | None, name: str) -> Iterator[Problem]:
    if value is None or isinstance(value, (Enum, str, bytes)):
        return
    if isinstance(value, bool):
        return
    key = (owner, name)
    if isinstance(value, int):
        low, high = _INTEGERS.get(key, (0, MAX_INTEGER))
        if not low <= value <= high:
            yield Problem(path, f"{value} is not between {low:,} and {high:,}")
    elif isinstance(value, float):
        lowest, highest = _FLOATS.get(key, (-1e15, 1e15))
        if not (math.isfinite(value) and lowest <= value <= highest):
            yield Problem(path, f"{value} is not between {lowest:g} and {highest:g}")
    elif isinstance(value, Decimal):
        message = decimal_problem(value, decimal_bounds(owner, name)[0] if owner else _MONEY_CEILING)
        if message is not None:
            yield Problem(path, message)
        elif value < 0 and key not in _SIGN_CHECKED_ELSEWHERE:
            yield Problem(path, "cannot be negative")
    elif isinstance(value, date):
        message = date_problem(value)
        if message is not None:
            yield Problem(path, message)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name), _join(path, f.name), cls, f.name)
    elif isinstance(value, (list, tuple)):
        limit = _LISTS.get(key, MAX_LIST)
        if len(value) > limit:
            yield Problem(path, f"holds {len(value):,} entries; at most {limit:,} are allowed")
            return
        for index, element in enumerate(value):
            yield from _walk(element, f"{path}[{index}]", owner, name)
    elif isinstance(value, dict):
        for entry, element in value.items():
            yield from _walk(element, f"{path}.{entry}", owner, name)
