"""A mission's tasks, the deadlines across missions, and the task rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...atomic import write_bytes_atomically
from ...domain.tasks import DueTask, TaskRule, TaskRuleOverride, TaskState, TaskStatus
from ...storage.owners import mission_code
from .. import feed, task_rules, tasks
from ..feed import Topic
from ..tasks import MissionTask
from .base import Transaction, changing, require


class Tasks:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def mission_tasks(self, code: str) -> list[DueTask]:
        with self._transaction(shown=True, writes=False) as session:
            return tasks.mission_tasks(session, require(session, code))

    def open_missions_tasks(self) -> list[MissionTask]:
        """Every task of every mission not archived, by due date."""
        with self._transaction(writes=False) as session:
            return tasks.open_missions_tasks(session)

    def due(self, today: date, within: int | None = None) -> list[MissionTask]:
        """Open tasks overdue or due within `within` days, overdue first, then by date."""
        with self._transaction(writes=False) as session:
            return tasks.due(session, today, within)

    def set_status(
        self,
        code: str,
        key: str,
        status: TaskStatus,
        *,
        site_uid: str = "",
        today: date | None = None,
        who: str = "",
        note: str | None = None,
    ) -> TaskState | None:
        """Mark a task; returns what was recorded of it before (for `restore_status`)."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.TASKS)
            return tasks.set_status(
                session, mission_id, key, site_uid, status, today=today or date.today(), who=who, note=note
            )

    def restore_status(self, code: str, key: str, site_uid: str, before: TaskState | None) -> None:
        with self._transaction() as session:
            tasks.restore_state(session, changing(session, code, Topic.TASKS), key, site_uid, before)

    def follow_due_dates(self, code: str) -> list[DueTask]:
        """Store the due dates as they are now, so a moved task's calendar entry is a new revision."""
        with self._transaction() as session:
            return tasks.follow_due_dates(session, changing(session, code, Topic.TASKS))

    def write_calendar(self, target: Path, code: str | None = None) -> Path:
        """The ICS of every task of every open mission (or of the mission `code`)."""
        from ..export.task_calendar import tasks_calendar

        with self._transaction() as session:
            if code is not None:
                code = mission_code(session, require(session, code))
            feed.note(session, None, Topic.TASKS)
            entries = tasks.calendar_tasks(session, code)
        write_bytes_atomically(target, tasks_calendar(entries))
        return target

    def set_rule(self, code: str, *overrides: TaskRuleOverride) -> None:
        """The mission's own changes to rules, all or none."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.TASKS)
            for override in overrides:
                tasks.set_rule(session, mission_id, override)

    def organization_rules(self) -> list[TaskRule]:
        with self._transaction(writes=False) as session:
            return task_rules.organization_rules(session)

    def set_organization_days(self, days: dict[str, int]) -> None:
        with self._transaction() as session:
            feed.note(session, None, Topic.SETTINGS)
            task_rules.save_organization_days(session, days)
