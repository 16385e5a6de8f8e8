"""A mission's recorded tasks and its changes to the task rules: read and replace; and what the
tasks of every open mission are computed from, read together."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, delete, func, select

from ..domain.enums import FlightDirection
from ..domain.mission import LogEntry
from ..domain.record import MissionRecord
from ..domain.tasks import PURGE_LOGGED, SecurityVisits, TaskRuleOverride, TaskState, TaskStatus
from . import mapping, tables
from .keys import row_id


def load_tasks(session: Session, mission_id: int) -> list[TaskState]:
    rows = session.exec(
        select(tables.MissionTaskRow)
        .where(col(tables.MissionTaskRow.mission_id) == mission_id)
        .order_by(col(tables.MissionTaskRow.key), col(tables.MissionTaskRow.site_uid))
    )
    return [
        TaskState(
            row.key, row.site_uid, TaskStatus(row.status), row.done_on, row.done_by, row.note, row.due, row.sequence
        )
        for row in rows
    ]


def load_task_rules(session: Session, mission_id: int) -> list[TaskRuleOverride]:
    rows = session.exec(
        select(tables.MissionTaskRuleRow)
        .where(col(tables.MissionTaskRuleRow.mission_id) == mission_id)
        .order_by(col(tables.MissionTaskRuleRow.key))
    )
    return [TaskRuleOverride(row.key, row.days, row.applies) for row in rows]


def save_tasks(session: Session, mission_id: int, states: list[TaskState]) -> None:
    """Store `states` over the mission's recorded tasks: rows updated in place (so their version
    guards against a lost update), new ones added, the ones no longer listed removed."""
    rows = {
        (row.key, row.site_uid): row
        for row in session.exec(
            select(tables.MissionTaskRow).where(col(tables.MissionTaskRow.mission_id) == mission_id)
        )
    }
    for state in states:
        row = rows.pop((state.key, state.site_uid), None) or tables.MissionTaskRow(
            mission_id=mission_id, key=state.key, site_uid=state.site_uid
        )
        values = {
            "status": state.status.value,
            "done_on": state.done_on,
            "done_by": state.done_by,
            "note": state.note,
            "due": state.due,
            "sequence": state.sequence,
        }
        if row.id is None or any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
    for row in rows.values():
        session.delete(row)


def save_task_rules(session: Session, mission_id: int, overrides: list[TaskRuleOverride]) -> None:
    session.execute(delete(tables.MissionTaskRuleRow).where(col(tables.MissionTaskRuleRow.mission_id) == mission_id))
    for override in overrides:
        session.add(
            tables.MissionTaskRuleRow(
                mission_id=mission_id, key=override.key, days=override.days, applies=override.applies
            )
        )


@dataclass(slots=True)
class TaskInputs:
    """What one mission's tasks are computed from, apart from its whole record: `record` holds the
    mission, the sites asking for a visitor list, the recorded tasks, the rule changes and the log
    entries the tasks follow; `arrival` the day of the first landing (None: no flight known)."""

    mission_id: int
    record: MissionRecord
    arrival: date | None = None
    visits: SecurityVisits = field(default_factory=dict)


def load_open_task_inputs(session: Session) -> list[TaskInputs]:
    """Every mission not archived, with what its tasks are computed from, in seven queries however
    many missions there are (This week and `due` read them all after every change)."""
    is_open = col(tables.MissionRow.archived).is_(False)
    missions = session.exec(select(tables.MissionRow).where(is_open)).all()
    inputs = [TaskInputs(row_id(row), MissionRecord(mission=mapping.mission_from_row(row))) for row in missions]
    found = {each.mission_id: each for each in inputs}
    _read_security_visits(session, found, is_open)
    for mission_id, first in session.exec(
        select(tables.ParticipationRow.mission_id, func.min(tables.FlightRow.scheduled_local))
        .join(tables.FlightRow, col(tables.FlightRow.participation_id) == tables.ParticipationRow.id)
        .join(tables.MissionRow, col(tables.MissionRow.id) == tables.ParticipationRow.mission_id)
        .where(is_open, tables.FlightRow.direction == FlightDirection.ARRIVAL)
        .group_by(col(tables.ParticipationRow.mission_id))
    ):
        found[mission_id].arrival = first.date()
    for task in session.exec(_of_open(tables.MissionTaskRow, is_open)):
        found[task.mission_id].record.tasks.append(
            TaskState(
                task.key,
                task.site_uid,
                TaskStatus(task.status),
                task.done_on,
                task.done_by,
                task.note,
                task.due,
                task.sequence,
            )
        )
    for rule in session.exec(_of_open(tables.MissionTaskRuleRow, is_open)):
        found[rule.mission_id].record.task_rules.append(TaskRuleOverride(rule.key, rule.days, rule.applies))
    for entry in session.exec(
        _of_open(tables.MissionLogRow, is_open).where(tables.MissionLogRow.action == PURGE_LOGGED)
    ):
        found[entry.mission_id].record.log.append(LogEntry(entry.at, entry.action, entry.detail))
    return list(found.values())


def _of_open(table, is_open: ColumnElement[bool]):  # a select of `table` (any table with a mission_id)
    """The rows of `table` (a table with a `mission_id`) that belong to missions not archived."""
    return select(table).join(tables.MissionRow, col(tables.MissionRow.id) == table.mission_id).where(is_open)


def _read_security_visits(session: Session, found: dict[int, TaskInputs], is_open: ColumnElement[bool]) -> None:
    """Each open mission's sites that ask for a visitor list: the site and its first visit."""
    visits = session.exec(
        select(tables.DayRow.mission_id, tables.ItemRow.site_id, func.min(tables.DayRow.date))
        .join(tables.ItemRow, col(tables.ItemRow.day_id) == tables.DayRow.id)
        .join(tables.SiteRow, col(tables.SiteRow.id) == tables.ItemRow.site_id)
        .join(tables.MissionRow, col(tables.MissionRow.id) == tables.DayRow.mission_id)
        .where(is_open, col(tables.SiteRow.visitor_list_required).is_(True))
        .group_by(col(tables.DayRow.mission_id), col(tables.ItemRow.site_id))
    ).all()
    site_ids = {site_id for _, site_id, _ in visits}
    sites = {
        row.id: mapping.site_from_row(row)
        for row in session.exec(select(tables.SiteRow).where(col(tables.SiteRow.id).in_(site_ids)))
    }
    for mission_id, site_id, first in visits:
        site = sites[site_id]
        inputs = found[mission_id]
        inputs.record.sites.append(site)
        inputs.visits[site.uid] = (first, site.visitor_list_days_before)
