"""Task rules as data: the shipped rules in `resources/tasks/task-rules.json`, the organization's
own days for them (kept in the settings), and each mission's changes (in its record)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import cache

from sqlmodel import Session

from ..domain.limits import MAX_DAYS
from ..domain.record import MissionRecord
from ..domain.tasks import Anchor, DueTask, TaskRule, due_tasks, mission_rules
from ..errors import InputError
from ..paths import resource
from ..storage import repositories

KEY = "task_rules"  # the organization's days by rule key
FORMAT = "mission-planner/task-rules"


@cache
def shipped_rules() -> tuple[TaskRule, ...]:
    path = resource("tasks", "task-rules.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise InputError(f'not a task rules file (expected "format": "{FORMAT}")', source=str(path))
    try:
        return tuple(
            TaskRule(r["key"], Anchor(r["anchor"]), int(r["days"]), r["what"], tuple(r.get("modalities", ())))
            for r in data["rules"]
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"a rule is not readable ({error})", source=str(path), location="rules") from None


def organization_rules(session: Session) -> list[TaskRule]:
    """The shipped rules with the organization's own days."""
    days = repositories.get_setting(session, KEY, {}) or {}
    return [replace(rule, days=int(days[rule.key])) if rule.key in days else rule for rule in shipped_rules()]


def save_organization_days(session: Session, days: dict[str, int]) -> None:
    """The organization's own days for the rules named (the others keep theirs)."""
    known = {rule.key for rule in shipped_rules()}
    for key, value in days.items():
        if key not in known:
            raise InputError(f"no task rule {key!r}", location="task_rules")
        if not -MAX_DAYS <= value <= MAX_DAYS:
            raise InputError(f"{value} days is out of range", location=f"task_rules.{key}")
    current = repositories.get_setting(session, KEY, {}) or {}
    repositories.set_setting(session, KEY, {**current, **days})


def record_tasks(session: Session, record: MissionRecord, arrival: date | None = None) -> list[DueTask]:
    """The mission's tasks by the organization's rules and the mission's own changes (`arrival`:
    the first landing's day, when read apart from the record)."""
    return due_tasks(record, mission_rules(organization_rules(session), record.task_rules), arrival=arrival)
