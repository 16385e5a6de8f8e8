"""Undo commands of the Budget and Attendance tabs: each redo and undo is one workspace call.

Budget lines: the services add a line only without a uid (it gets a new one) and update only a
line that exists, so a line that an undo or a redo brings back gets a new uid. `LineUids` follows
those renamings, so the commands further along the stack still find their line.

Undoing the first mark of a cell clears it; undoing a mission's first rule set leaves it without
rules, as it was.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from ..domain.budget import BudgetLine, RuleSet
from ..domain.people import Attendance
from ..services.changes import Changed
from .commands import CommandContext, ServiceCommand


class LineUids:
    """The uid a budget line has now, given the uid it had when a command first saw it."""

    def __init__(self) -> None:
        self._renamed: dict[str, str] = {}

    def current(self, uid: str) -> str:
        seen = set()
        while uid in self._renamed and uid not in seen:
            seen.add(uid)
            uid = self._renamed[uid]
        return uid

    def renamed(self, old: str, new: str) -> None:
        if old and new and old != new:
            self._renamed[self.current(old)] = new


def _added_uid(changed: Changed) -> str:
    return changed.added[0] if changed.added else ""


class AddBudgetLineCommand(ServiceCommand):
    """Add a line; undo deletes it, redo adds it again (under a new uid, followed by `uids`)."""

    def __init__(self, context: CommandContext, code: str, line: BudgetLine, uids: LineUids) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("BudgetCommands", "Add “{description}”").format(description=line.description),
        )
        self.line = dataclasses.replace(line, uid="")
        self.uids = uids
        self.first_uid = ""  # the uid of the first add; later ones are renamings of it

    @property
    def uid(self) -> str:
        return self.uids.current(self.first_uid)

    def _do(self) -> Changed:
        changed = self.workspace.save_budget_line(self.code, self.line)
        new = _added_uid(changed)
        if not self.first_uid:
            self.first_uid = new
        else:
            self.uids.renamed(self.first_uid, new)
        return changed

    def _undo(self) -> Changed:
        return self.workspace.delete_budget_line(self.uid)


class EditBudgetLineCommand(ServiceCommand):
    """Save new values for a line; undo saves the old ones back."""

    def __init__(self, context: CommandContext, code: str, old: BudgetLine, new: BudgetLine, uids: LineUids) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("BudgetCommands", "Edit “{description}”").format(description=old.description),
        )
        self.old = old
        self.new = dataclasses.replace(new, uid=old.uid)
        self.uids = uids

    def _save(self, line: BudgetLine) -> Changed:
        return self.workspace.save_budget_line(self.code, dataclasses.replace(line, uid=self.uids.current(line.uid)))

    def _do(self) -> Changed:
        return self._save(self.new)

    def _undo(self) -> Changed:
        return self._save(self.old)


class DeleteBudgetLineCommand(ServiceCommand):
    """Delete a line; undo saves the same line again (at the end of the list, under a new uid)."""

    def __init__(self, context: CommandContext, code: str, line: BudgetLine, uids: LineUids) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("BudgetCommands", "Delete “{description}”").format(description=line.description),
        )
        self.line = line
        self.uids = uids

    def _do(self) -> Changed:
        return self.workspace.delete_budget_line(self.uids.current(self.line.uid))

    def _undo(self) -> Changed:
        changed = self.workspace.save_budget_line(self.code, dataclasses.replace(self.line, uid=""))
        self.uids.renamed(self.line.uid, _added_uid(changed))
        return changed


class SetExchangeRateCommand(ServiceCommand):
    """Set (or, with None, remove) the rate of a currency; undo puts the old rate back."""

    def __init__(self, context: CommandContext, code: str, currency: str, old, new) -> None:
        text = (
            QCoreApplication.translate("BudgetCommands", "Remove the rate of {currency}")
            if new is None
            else QCoreApplication.translate("BudgetCommands", "Set the rate of {currency}")
        ).format(currency=currency)
        super().__init__(context, code, text)
        self.currency = currency
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.set_exchange_rate(self.code, self.currency, self.new)

    def _undo(self) -> Changed:
        return self.workspace.set_exchange_rate(self.code, self.currency, self.old)


class UseRuleSetCommand(ServiceCommand):
    """Give the mission a copy of `new`; undo gives it a copy of the rule set it had before."""

    def __init__(self, context: CommandContext, code: str, old: RuleSet | None, new: RuleSet) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("BudgetCommands", "Use the rules “{name}”").format(name=new.name)
        )
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.use_rule_set(self.code, self.new)

    def _undo(self) -> Changed:
        if self.old is None:  # the mission had no rules before
            return self.workspace.clear_rule_set(self.code)
        return self.workspace.use_rule_set(self.code, self.old)


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
        return self.workspace.set_attendance(self.new)

    def _undo(self) -> Changed:
        if self.old is None:  # the cell was blank: back to "not recorded"
            return self.workspace.clear_attendance(self.new.item_uid, self.new.person_uid)
        return self.workspace.set_attendance(self.old)
