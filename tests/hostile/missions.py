"""Mission files made hostile: the exported demo mission with one thing changed, written as text."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path

NEW_CODE = "24-IP-99-GE-OSM-Z"  # imports get a code of their own, so what is checked is the file


def demo_mission(path: Path) -> dict:
    """The exported demo mission, under NEW_CODE."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mission"]["code"] = NEW_CODE
    return data


def text(data: object, *, ascii_only: bool = False) -> str:
    return json.dumps(data, ensure_ascii=ascii_only, indent=1)


def with_literal(data: dict, placeholder: str, literal: str) -> str:
    """JSON text with a quoted placeholder replaced by a literal Python's json would not write
    (an integer of 5,000 digits, 1e400)."""
    rendered = text(data)
    assert json.dumps(placeholder) in rendered
    return rendered.replace(json.dumps(placeholder), literal, 1)


def nested(depth: int, inside: str = "0") -> str:
    return "[" * depth + inside + "]" * depth


def deep_mission(depth: int) -> str:
    return '{"format": "mission-planner/mission", "version": 1, "mission": ' + nested(depth) + "}"


def duplicated(data: dict, key: str, index: int = 0) -> dict:
    """`data` with element `index` of the list `key` appearing twice."""
    changed = copy.deepcopy(data)
    changed[key].append(copy.deepcopy(changed[key][index]))
    return changed


def at_year(data: dict, year: int) -> dict:
    """The mission moved to the last days (or the first) of `year`, its programme with it."""
    changed = copy.deepcopy(data)
    days = changed["days"]
    first = 31 - len(days) + 1 if year > 2000 else 1
    month = 12 if year > 2000 else 1
    for offset, day in enumerate(days):
        day["date"] = f"{year:04d}-{month:02d}-{first + offset:02d}"
    mission = changed["mission"]
    mission["start_date"], mission["end_date"] = days[0]["date"], days[-1]["date"]
    mission["date_of_issue"] = mission["nomination_closing_date"] = days[0]["date"]
    return changed


def items(data: dict):
    for day in data["days"]:
        yield from day["items"]


def many_days(data: dict, count: int) -> dict:
    """The mission stretched over `count` consecutive days with empty programmes."""
    changed = copy.deepcopy(data)
    first = date(2024, 1, 1)
    changed["days"] = [{"date": (first + timedelta(n)).isoformat(), "title": "", "items": []} for n in range(count)]
    for key in ("attendance", "assignments"):
        changed[key] = []
    mission = changed["mission"]
    mission["start_date"], mission["end_date"] = first.isoformat(), (first + timedelta(count - 1)).isoformat()
    mission["date_of_issue"] = mission["nomination_closing_date"] = first.isoformat()
    return changed
