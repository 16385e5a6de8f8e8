"""The Attendance tab's undo command: one mark of one person at one item (see `base.py`).

Undoing the first mark of a cell clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.people import Attendance
from ...services import Changed
from .base import CommandContext, ServiceCommand


class SetAttendanceCommand(ServiceCommand):
    """Record one mark; undo puts the earlier mark back."""

    def __init__(
        self, context: CommandContext, code: str, old: Attendance | None, new: Attendance, person: str, item: str
    ) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("BudgetCommands", "Mark {person} at “{item}”").format(person=person, item=item),
        )
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.attendance.set_attendance(self.new)

    def _undo(self) -> Changed:
        if self.old is None:  # the cell was blank: back to "not recorded"
            return self.workspace.attendance.clear_attendance(self.new.item_uid, self.new.person_uid)
        return self.workspace.attendance.set_attendance(self.old)
