"""A mission's tasks: what the coordinator must do by when, computed from the mission's data.

A task rule names an anchor in the mission (the nominations' closing, the start, the end, the
first arrival, a security site's visit) and a number of days from it. The due dates follow the
data; what the coordinator records (done, not applicable, a note) is kept per task, keyed by the
rule and, for a site's visitor list, the site.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from .enums import FlightDirection

if TYPE_CHECKING:
    from .record import MissionRecord


PROGRAM = "Mission Planner"  # who did a task the program saw done
PURGE_LOGGED = "personal_data_purged"  # the log entry `purge-personal-data` writes


class Anchor(StrEnum):
    NOMINATION_CLOSING = "nomination_closing"
    START = "start"
    END = "end"
    FIRST_ARRIVAL = "first_arrival"
    SITE_VISIT = "site_visit"  # one task per security site, its own days before the first visit


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, slots=True)
class TaskRule:
    """`days` after the anchor (negative: before). For a site visit the site's own
    `visitor_list_days_before` wins; `days` is used for a site that names none."""

    key: str
    anchor: Anchor
    days: int
    what: str
    modalities: tuple[str, ...] = ()  # the missions it applies to (none named: every mission)


@dataclass(slots=True)
class TaskRuleOverride:
    """A mission's own change to a rule: other days, or the rule not applying at all."""

    key: str
    days: int | None = None
    applies: bool = True


@dataclass(slots=True)
class TaskState:
    """What is recorded of one task. `due` and `sequence` are the due date last stored and how
    many times it moved, so a calendar sees a moved task as a new revision."""

    key: str
    site_uid: str = ""
    status: TaskStatus = TaskStatus.OPEN
    done_on: date | None = None
    done_by: str = ""
    note: str = ""
    due: date | None = None
    sequence: int = 0


@dataclass(frozen=True, slots=True)
class DueTask:
    key: str
    site_uid: str
    due: date
    what: str
    status: TaskStatus = TaskStatus.OPEN
    done_on: date | None = None
    done_by: str = ""
    note: str = ""
    sequence: int = 0

    @property
    def is_open(self) -> bool:
        return self.status == TaskStatus.OPEN

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def overdue(self, today: date) -> bool:
        return self.is_open and self.due < today


def mission_rules(rules: Iterable[TaskRule], overrides: Iterable[TaskRuleOverride]) -> list[TaskRule]:
    """The rules that apply to a mission: the organization's, with the mission's changes."""
    by_key = {override.key: override for override in overrides}
    result = []
    for rule in rules:
        override = by_key.get(rule.key)
        if override is None:
            result.append(rule)
        elif override.applies:
            result.append(rule if override.days is None else replace(rule, days=override.days))
    return result


# Each site asking for a visitor list: the day of its first visit and its own days before.
SecurityVisits = dict[str, tuple[date, int | None]]


def due_tasks(
    record: MissionRecord,
    rules: Iterable[TaskRule],
    *,
    arrival: date | None = None,
    visits: SecurityVisits | None = None,
) -> list[DueTask]:
    """The mission's tasks by due date, each with what is recorded of it. `arrival` (the day the
    first person lands) and `visits` (`security_visits`), when the caller read them apart from
    the record (the lists across missions); None: from the record's flights and programme."""
    arrival = arrival or first_arrival(record)
    visits = security_visits(record) if visits is None else visits
    stored = {(state.key, state.site_uid): state for state in record.tasks}
    seen = done_by_the_program(record)
    found: list[DueTask] = []
    modality = record.mission.modality.value
    for rule in rules:
        if rule.modalities and modality not in rule.modalities:
            continue
        for site_uid, due in _due_dates(record, rule, arrival, visits):
            state = stored.get((rule.key, site_uid))
            sequence = 0 if state is None else state.sequence + (state.due is not None and state.due != due)
            task = DueTask(rule.key, site_uid, due, rule.what, sequence=sequence)
            if state is not None:
                task = replace(task, status=state.status, done_on=state.done_on, done_by=state.done_by, note=state.note)
            if task.is_open and rule.key in seen:  # the program saw it done
                task = replace(task, status=TaskStatus.DONE, done_on=seen[rule.key], done_by=PROGRAM)
            found.append(task)
    return sorted(found, key=lambda task: (task.due, task.key, task.site_uid))


def done_by_the_program(record: MissionRecord) -> dict[str, date]:
    """Tasks the program saw done, by rule key, with the day: the personal data purged (the log)."""
    seen: dict[str, date] = {}
    for entry in record.log:
        if entry.action == PURGE_LOGGED:
            seen.setdefault("purge_personal_data", entry.at.date())
    return seen


def _due_dates(
    record: MissionRecord, rule: TaskRule, arrival: date, visits: SecurityVisits
) -> Iterable[tuple[str, date]]:
    mission = record.mission
    shift = timedelta(days=rule.days)
    if rule.anchor == Anchor.SITE_VISIT:
        for site_uid, (visit, days_before) in visits.items():
            yield site_uid, visit + shift if days_before is None else visit - timedelta(days=days_before)
        return
    anchor = {
        Anchor.NOMINATION_CLOSING: mission.nomination_closing_date,
        Anchor.START: mission.start_date,
        Anchor.END: mission.end_date,
        Anchor.FIRST_ARRIVAL: arrival,
    }[rule.anchor]
    if anchor is not None:
        yield "", anchor + shift


def first_arrival(record: MissionRecord) -> date:
    """The day the first person lands, or the mission's start when no arrival is known."""
    arrivals = [
        flight.scheduled.date()
        for part in record.participations
        for flight in part.flights
        if flight.direction == FlightDirection.ARRIVAL
    ]
    return min([*arrivals, record.mission.start_date])


def security_visits(record: MissionRecord) -> SecurityVisits:
    """Each site asking for a visitor list: its first visit in the programme and its days before."""
    sites = {site.uid: site for site in record.sites if site.visitor_list_required}
    visits: SecurityVisits = {}
    for day in record.days:
        for item in day.items:
            site = sites.get(item.site_uid or "")
            if site is not None and (site.uid not in visits or day.date < visits[site.uid][0]):
                visits[site.uid] = (day.date, site.visitor_list_days_before)
    return visits


def stored_states(tasks: Iterable[DueTask]) -> list[TaskState]:
    """What to store after computing `tasks`: each task's status with the due date it has now."""
    return [
        TaskState(task.key, task.site_uid, task.status, task.done_on, task.done_by, task.note, task.due, task.sequence)
        for task in tasks
    ]
