"""The budget: its lines, exchange rates, the mission's rule set, and the report."""

from __future__ import annotations

from decimal import Decimal

from ...domain.budget import BudgetLine, RuleSet
from ...domain.budgeting import BudgetReport, compute_budget
from ...storage.owners import mission_code_of_line
from .. import budget, feed
from ..changes import Changed, RemovedLine
from ..feed import Topic
from .base import Transaction, changing, load_record


class Budget:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def report(self, code: str) -> BudgetReport:
        return compute_budget(load_record(self._transaction, code))

    def save_budget_line(self, code: str, line: BudgetLine) -> Changed:
        with self._transaction() as session:
            return budget.save_line(session, changing(session, code, Topic.BUDGET), line)

    def delete_budget_line(self, uid: str) -> tuple[Changed, RemovedLine]:
        with self._transaction() as session:
            feed.note(session, mission_code_of_line(session, uid), Topic.BUDGET)
            return budget.delete_line(session, uid)

    def restore_budget_line(self, removed: RemovedLine) -> Changed:
        """Put a deleted line back with its uid, where it was in the list."""
        with self._transaction() as session:
            return budget.restore_line(session, changing(session, removed.mission_code, Topic.BUDGET), removed)

    def set_exchange_rate(self, code: str, currency: str, rate: Decimal | None) -> Changed:
        with self._transaction() as session:
            return budget.set_exchange_rate(session, changing(session, code, Topic.BUDGET), currency, rate)

    def use_rule_set(self, code: str, rule_set: RuleSet) -> Changed:
        """Give the mission its own copy of `rule_set` (a preset or a file), replacing its rules."""
        with self._transaction() as session:
            return budget.use_rule_set(session, changing(session, code, Topic.BUDGET), rule_set)

    def restore_rule_set(self, code: str, rule_set: RuleSet | None) -> Changed:
        """Give the mission exactly `rule_set`, uid and all (None: no rules); undo and redo."""
        with self._transaction() as session:
            return budget.restore_rule_set(session, changing(session, code, Topic.BUDGET), rule_set)

    def clear_rule_set(self, code: str) -> Changed:
        """Take the mission's rules away (the undo of giving a mission its first rule set)."""
        with self._transaction() as session:
            return budget.clear_rule_set(session, changing(session, code, Topic.BUDGET))
