"""Undo commands for what a delegate needs on the day: the mission's practical notes and its
airport meeting points. Each stores the whole value before and after, so undo puts it back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.practical import MeetingPoint, PracticalNotes
from ...services import Changed
from .base import CommandContext, ServiceCommand


class SetPracticalNotesCommand(ServiceCommand):
    def __init__(self, context: CommandContext, code: str, before: PracticalNotes, after: PracticalNotes) -> None:
        text = QCoreApplication.translate("Commands", "Edit the practical notes of {code}").format(code=code)
        super().__init__(context, code, text)
        self.before = before
        self.after = after

    def _do(self) -> Changed:
        return self.workspace.missions.set_practical_notes(self.code, self.after)

    def _undo(self) -> Changed:
        return self.workspace.missions.set_practical_notes(self.code, self.before)


class SetMeetingPointsCommand(ServiceCommand):
    def __init__(
        self, context: CommandContext, code: str, before: list[MeetingPoint], after: list[MeetingPoint], airport: str
    ) -> None:
        text = QCoreApplication.translate("Commands", "Meeting point at {airport}").format(airport=airport)
        super().__init__(context, code, text)
        self.before = list(before)
        self.after = list(after)

    def _do(self) -> Changed:
        return self.workspace.people.set_meeting_points(self.code, self.after)

    def _undo(self) -> Changed:
        return self.workspace.people.set_meeting_points(self.code, self.before)
