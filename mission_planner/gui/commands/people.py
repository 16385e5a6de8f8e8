"""Undo commands for the people of a mission (see `base.py` for how commands work)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.enums import FlightDirection, Status
from ...domain.people import Flight, Stay
from ...services import Changed
from ..labels import status_text
from .base import CommandContext, ServiceCommand


class SetStatusCommand(ServiceCommand):
    """Record a new status for a person, dated today; undo takes that change back out of the
    person's history, so they have the previous status and the history is as it was."""

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
        self.recorded: date | None = None  # the day of the change `_do` recorded, if it recorded one

    def _do(self) -> Changed:
        on = date.today()
        changed = self.workspace.people.set_status(self.code, self.person_uid, self.new, on=on)
        self.recorded = on if changed.updated else None
        return changed

    def _undo(self) -> Changed:
        if self.recorded is None:  # the person had the status already: nothing was recorded
            return Changed()
        return self.workspace.people.withdraw_status(
            self.code, self.person_uid, self.new, back_to=self.old, on=self.recorded
        )


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
        return self.workspace.people.set_travel(self.code, self.person_uid, *self.new)

    def _undo(self) -> Changed:
        return self.workspace.people.set_travel(self.code, self.person_uid, *self.old)
