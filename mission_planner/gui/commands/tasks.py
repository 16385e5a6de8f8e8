"""Undo commands for a mission's tasks: mark one done, not applicable or open again (with its
note), and a mission's own days for a task rule. Each keeps what was recorded before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.tasks import TaskRuleOverride
from ...services import Changed, TaskState, TaskStatus
from .base import CommandContext, ServiceCommand


class SetTaskStatusCommand(ServiceCommand):
    def __init__(
        self,
        context: CommandContext,
        code: str,
        key: str,
        site_uid: str,
        status: TaskStatus,
        *,
        what: str,
        who: str = "",
        note: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(context, code, QCoreApplication.translate("Commands", "Task: {what}").format(what=what))
        self.key, self.site_uid, self.status = key, site_uid, status
        self.who, self.note, self.today = who, note, today
        self.before: TaskState | None = None

    def _do(self) -> Changed:
        self.before = self.workspace.tasks.set_status(
            self.code, self.key, self.status, site_uid=self.site_uid, today=self.today, who=self.who, note=self.note
        )
        return Changed(updated=(f"{self.key}/{self.site_uid}",))

    def _undo(self) -> Changed:
        self.workspace.tasks.restore_status(self.code, self.key, self.site_uid, self.before)
        return Changed(updated=(f"{self.key}/{self.site_uid}",))


class SetTaskRuleCommand(ServiceCommand):
    def __init__(
        self, context: CommandContext, code: str, before: TaskRuleOverride | None, after: TaskRuleOverride, what: str
    ) -> None:
        super().__init__(context, code, QCoreApplication.translate("Commands", "Task rule: {what}").format(what=what))
        self.before, self.after = before, after

    def _do(self) -> Changed:
        self.workspace.tasks.set_rule(self.code, self.after)
        return Changed(updated=(self.after.key,))

    def _undo(self) -> Changed:
        self.workspace.tasks.set_rule(self.code, self.before or TaskRuleOverride(self.after.key))
        return Changed(updated=(self.after.key,))
