"""Undo commands of the Budget tab: each redo and undo is one workspace call.

A budget line keeps its uid through every undo and redo: an added line gets its uid here, and
undoing a delete puts the same line back in its place, so the commands further along the stack
still find it.

A rule set too: the mission's copy gets its uid when the command is made, and undoing gives
back the very rule set there was (or none, for a mission's first rule set).
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QCoreApplication

from ...domain.budget import BudgetLine, RuleSet
from ...services import Changed, RemovedLine
from .base import CommandContext, ServiceCommand


class AddBudgetLineCommand(ServiceCommand):
    """Add a line; undo deletes it, redo adds it again with the same uid."""

    def __init__(self, context: CommandContext, code: str, line: BudgetLine) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("BudgetCommands", "Add “{description}”").format(description=line.description),
        )
        self.line = dataclasses.replace(line, uid=str(uuid.uuid4()))

    @property
    def uid(self) -> str:
        return self.line.uid

    def _do(self) -> Changed:
        return self.workspace.budget.save_budget_line(self.code, self.line)

    def _undo(self) -> Changed:
        changed, _removed = self.workspace.budget.delete_budget_line(self.uid)
        return changed


class EditBudgetLineCommand(ServiceCommand):
    """Save new values for a line; undo saves the old ones back."""

    def __init__(self, context: CommandContext, code: str, old: BudgetLine, new: BudgetLine) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("BudgetCommands", "Edit “{description}”").format(description=old.description),
        )
        self.old = old
        self.new = dataclasses.replace(new, uid=old.uid)

    def _do(self) -> Changed:
        return self.workspace.budget.save_budget_line(self.code, self.new)

    def _undo(self) -> Changed:
        return self.workspace.budget.save_budget_line(self.code, self.old)


class DeleteBudgetLineCommand(ServiceCommand):
    """Delete a line; undo puts the same line, uid and all, back in its place."""

    def __init__(self, context: CommandContext, code: str, line: BudgetLine) -> None:
        super().__init__(
            context,
            code,
            QCoreApplication.translate("BudgetCommands", "Delete “{description}”").format(description=line.description),
        )
        self.line = line
        self.removed: RemovedLine | None = None

    def _do(self) -> Changed:
        changed, self.removed = self.workspace.budget.delete_budget_line(self.line.uid)
        return changed

    def _undo(self) -> Changed:
        assert self.removed is not None, "undo before redo"
        return self.workspace.budget.restore_budget_line(self.removed)


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
        return self.workspace.budget.set_exchange_rate(self.code, self.currency, self.new)

    def _undo(self) -> Changed:
        return self.workspace.budget.set_exchange_rate(self.code, self.currency, self.old)


class UseRuleSetCommand(ServiceCommand):
    """Give the mission its own copy of `new` (a uid of its own, the same at every redo); undo
    gives it back the rule set it had, uid and all, or none."""

    def __init__(self, context: CommandContext, code: str, old: RuleSet | None, new: RuleSet) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("BudgetCommands", "Use the rules “{name}”").format(name=new.name)
        )
        self.old = old
        self.new = dataclasses.replace(new, uid=str(uuid.uuid4()))

    def _do(self) -> Changed:
        return self.workspace.budget.restore_rule_set(self.code, self.new)

    def _undo(self) -> Changed:
        return self.workspace.budget.restore_rule_set(self.code, self.old)
