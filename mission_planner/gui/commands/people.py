"""Undo commands for the people of a mission (see `commands.py` for how commands work)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.enums import FlightDirection, Status
from ...domain.people import Flight, Stay
from ...services.changes import Changed
from ..labels import status_text
from .base import CommandContext, ServiceCommand


class SetStatusCommand(ServiceCommand):
    """Record a new status for a person, dated today; undo records the previous one again."""

    def __init__(
        self, context: CommandContext, code: str, person_uid: str, name: str, old: Status, new: Status
    ) -> None:
        text = QCoreApplication.translate("Commands", "Mark {name} as {status}").format(
            name=name, status=status_text(new).lower()
        )
        super().__init__(context, code, text)
        self.person_uid = person_uid
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.set_status(self.code, self.person_uid, self.new, on=date.today())

    def _undo(self) -> Changed:
        return self.workspace.set_status(self.code, self.person_uid, self.old, on=date.today())


Travel = tuple[dict[FlightDirection, Flight | None], list[Stay]]


class SetTravelCommand(ServiceCommand):
    """Set a person's flights and hotel together; undo puts back what there was."""

    def __init__(
        self, context: CommandContext, code: str, person_uid: str, name: str, old: Travel, new: Travel
    ) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Change the travel of {name}").format(name=name)
        )
        self.person_uid = person_uid
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.set_travel(self.code, self.person_uid, *self.new)

    def _undo(self) -> Changed:
        return self.workspace.set_travel(self.code, self.person_uid, *self.old)
