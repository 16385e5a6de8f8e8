"""A mission's tasks and the deadlines across missions: computed by the task rules from each
mission's data, with what the coordinator recorded of each (done, not applicable, a note)."""

from __future__ import annotations

from dataclasses import astuple, dataclass, replace
from datetime import date

from sqlmodel import Session

from ..domain.limits import MAX_DAYS
from ..domain.places import Site
from ..domain.tasks import (
    DueTask,
    TaskRule,
    TaskRuleOverride,
    TaskState,
    TaskStatus,
    due_tasks,
    mission_rules,
    stored_states,
)
from ..errors import InputError
from ..storage import records, task_rows
from .task_rules import organization_rules, record_tasks, shipped_rules
from .text_gate import refuse_long_field

# The domain's task values are offered here too, for the front ends (services/__init__.py).
__all__ = ["DueTask", "MissionTask", "TaskState", "TaskStatus"]


@dataclass(frozen=True, slots=True)
class MissionTask:
    """One task with the mission it belongs to, for the lists across missions."""

    code: str
    mission_uid: str
    title: str
    task: DueTask
    site_name: str = ""  # the site a visitor list is for


def mission_tasks(session: Session, mission_id: int) -> list[DueTask]:
    return record_tasks(session, records.load_record(session, mission_id))


def open_missions_tasks(session: Session) -> list[MissionTask]:
    """Every task of every mission not archived, by due date."""
    rules = organization_rules(session)
    found = []
    for inputs in task_rows.load_open_task_inputs(session):
        found += _listed(inputs, _computed(inputs, rules))
    return _by_date(found)


def calendar_tasks(session: Session, code: str | None) -> list[MissionTask]:
    """The tasks of every open mission (or of the mission `code`) for a calendar, their due dates
    stored first (where they changed) so that a task whose date moved since the last calendar is
    a new revision."""
    rules = organization_rules(session)
    found = []
    for inputs in task_rows.load_open_task_inputs(session):
        if code is not None and inputs.record.mission.code != code:
            continue
        tasks = _computed(inputs, rules)
        stored = _followed(inputs.record.tasks, tasks)
        if _state_keys(stored) != _state_keys(inputs.record.tasks):
            task_rows.save_tasks(session, inputs.mission_id, stored)
        found += _listed(inputs, tasks)
    return _by_date(found)


def _computed(inputs: task_rows.TaskInputs, rules: list[TaskRule]) -> list[DueTask]:
    record = inputs.record
    start = record.mission.start_date
    arrival = min(inputs.arrival, start) if inputs.arrival else start
    return due_tasks(record, mission_rules(rules, record.task_rules), arrival=arrival, visits=inputs.visits)


def _listed(inputs: task_rows.TaskInputs, tasks: list[DueTask]) -> list[MissionTask]:
    mission = inputs.record.mission
    sites = {site.uid: site.display_name for site in inputs.record.sites}
    return [
        MissionTask(mission.code, mission.uid, mission.title, task, sites.get(task.site_uid, task.site_uid))
        for task in tasks
    ]


def _by_date(tasks: list[MissionTask]) -> list[MissionTask]:
    return sorted(tasks, key=lambda t: (t.task.due, t.code, t.task.key, t.task.site_uid))


def _followed(recorded: list[TaskState], tasks: list[DueTask]) -> list[TaskState]:
    """What to store: each task's state with its due date as it is now; what is recorded of a
    task no longer computed (a rule dropped, a site no longer visited) is kept as it was."""
    current = {(s.key, s.site_uid): s for s in stored_states(tasks)}
    return [*(s for s in recorded if (s.key, s.site_uid) not in current), *current.values()]


def _state_keys(states: list[TaskState]) -> set[tuple[object, ...]]:
    """Every field of each state, in any order: what to compare to know whether to store."""
    return {astuple(state) for state in states}


def due(session: Session, today: date, within: int | None) -> list[MissionTask]:
    """The open tasks overdue or due within `within` days of `today` (all open ones when None):
    overdue first, then by date."""
    tasks = [t for t in open_missions_tasks(session) if t.task.is_open]
    if within is not None:
        tasks = [t for t in tasks if t.task.days_left(today) <= within]
    return sorted(tasks, key=lambda t: (not t.task.overdue(today), t.task.due, t.code, t.task.key))


def set_status(
    session: Session,
    mission_id: int,
    key: str,
    site_uid: str,
    status: TaskStatus,
    *,
    today: date,
    who: str = "",
    note: str | None = None,
) -> TaskState | None:
    """Record a task's status (and its note, unless None); returns what was recorded before
    (None: nothing), for an undo."""
    refuse_long_field("done_by", who, TaskState)
    refuse_long_field("note", note or "", TaskState)
    record = records.load_record(session, mission_id)
    tasks = record_tasks(session, record)
    site_uid = _site_named(record.sites, site_uid)
    matching = [t for t in tasks if t.key == key and (t.site_uid == site_uid or not site_uid)]
    if not matching:
        known = ", ".join(dict.fromkeys(t.key for t in tasks))
        raise InputError(f"the mission has no task {key!r} (its tasks: {known})", location="task")
    if len(matching) > 1:
        sites = {site.uid: site.acronym or site.name_en for site in record.sites}
        which = ", ".join(sites.get(t.site_uid, t.site_uid) for t in matching)
        raise InputError(f"say which site the task {key!r} is for ({which})", location="site")
    task = matching[0]
    site_uid = task.site_uid
    before = next((s for s in record.tasks if s.key == key and s.site_uid == site_uid), None)
    done = status == TaskStatus.DONE
    changed = replace(
        task,
        status=status,
        done_on=(task.done_on or today) if done else None,
        done_by=(who or task.done_by) if done else "",
        note=task.note if note is None else note,
    )
    if (changed.status, changed.done_on, changed.done_by, changed.note) != (
        task.status,
        task.done_on,
        task.done_by,
        task.note,
    ):
        changed = replace(changed, sequence=task.sequence + 1)  # a calendar shows the change
    _store(session, mission_id, record.tasks, stored_states([changed])[0])
    return None if before is None else replace(before)


def _site_named(sites: list[Site], name: str) -> str:
    """The uid of the site `name` names: its uid, acronym or English name (any case)."""
    if not name:
        return ""
    folded = name.casefold()
    for site in sites:
        if folded in (site.uid.casefold(), site.acronym.casefold(), site.name_en.casefold()):
            return site.uid
    raise InputError(f"the mission visits no site {name!r}", location="site")


def restore_state(session: Session, mission_id: int, key: str, site_uid: str, before: TaskState | None) -> None:
    """Put back what was recorded of a task (None: nothing, it is open again)."""
    record = records.load_record(session, mission_id)
    states = [s for s in record.tasks if (s.key, s.site_uid) != (key, site_uid)]
    task_rows.save_tasks(session, mission_id, states + ([before] if before is not None else []))


def _store(session: Session, mission_id: int, states: list[TaskState], state: TaskState) -> None:
    others = [s for s in states if (s.key, s.site_uid) != (state.key, state.site_uid)]
    task_rows.save_tasks(session, mission_id, [*others, state])


def follow_due_dates(session: Session, mission_id: int) -> list[DueTask]:
    """Store each task's due date as it is now (a moved one counts one more revision, for the
    calendars); returns the tasks."""
    record = records.load_record(session, mission_id)
    tasks = record_tasks(session, record)
    task_rows.save_tasks(session, mission_id, _followed(record.tasks, tasks))
    return tasks


def set_rule(session: Session, mission_id: int, override: TaskRuleOverride) -> None:
    """A mission's own days for a rule, or the rule not applying to it."""
    if override.key not in {rule.key for rule in shipped_rules()}:
        raise InputError(f"no task rule {override.key!r}", location="task")
    if override.days is not None and not -MAX_DAYS <= override.days <= MAX_DAYS:
        raise InputError(f"{override.days} days is out of range", location="days")
    kept = [o for o in task_rows.load_task_rules(session, mission_id) if o.key != override.key]
    default = override.days is None and override.applies  # the organization's rule again: no change kept
    task_rows.save_task_rules(session, mission_id, kept if default else [*kept, override])
