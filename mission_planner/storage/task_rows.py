"""A mission's recorded tasks and its changes to the task rules: read and replace."""

from __future__ import annotations

from sqlmodel import Session, col, delete, select

from ..domain.tasks import TaskRuleOverride, TaskState, TaskStatus
from . import tables


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
