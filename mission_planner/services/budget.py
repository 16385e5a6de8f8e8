"""The budget: lines, exchange rates, the mission's rule set, and the report in every form."""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal

from sqlmodel import Session

from ..domain.budget import BudgetLine, Rule, RuleSet
from ..domain.budgeting import BudgetReport, BudgetWarning, LineResult
from ..domain.enums import SplitKind
from ..domain.problems import Problem
from ..domain.rules import rule_set_problems
from ..domain.validation import line_problems
from ..errors import InputError
from ..storage import budget as rows
from .changes import Changed
from .rule_sets import copy_for_mission
from .text_gate import refuse_long_text


def _refuse(problems: list[Problem]) -> None:
    if problems:
        raise InputError(problems[0].message, location=problems[0].path)


def use_rule_set(session: Session, mission_id: int, rule_set: RuleSet) -> Changed:
    refuse_long_text(rule_set)
    _refuse(rule_set_problems(rule_set))
    copy = copy_for_mission(rule_set)
    rows.replace_rule_set(session, mission_id, copy)
    return Changed(updated=(copy.uid,))


def clear_rule_set(session: Session, mission_id: int) -> Changed:
    """Leave the mission without rules (as a new mission without a default rule set starts)."""
    rows.replace_rule_set(session, mission_id, None)
    return Changed(updated=())


def _require_currency(code: str) -> None:
    import pycountry

    if pycountry.currencies.get(alpha_3=code) is None:
        raise InputError(f"{code!r} is not an ISO 4217 currency code", location="currency")


def save_line(session: Session, mission_id: int, line: BudgetLine) -> Changed:
    """Add a line (a new uid when it has none), update the line with its uid, or put a deleted
    line back with its uid (undo of a delete)."""
    refuse_long_text(line)
    _refuse(line_problems(line))
    _require_currency(line.currency)
    if not line.uid or rows.find_line(session, line.uid) is None:
        line = line if line.uid else dataclasses.replace(line, uid=str(uuid.uuid4()))
        rows.insert_line(session, mission_id, line)
        return Changed(added=(line.uid,))
    rows.write_line(session, rows.line_row(session, line.uid), line)
    return Changed(updated=(line.uid,))


def delete_line(session: Session, uid: str) -> Changed:
    session.delete(rows.line_row(session, uid))
    session.flush()
    return Changed(removed=(uid,))


def set_exchange_rate(session: Session, mission_id: int, currency: str, rate: Decimal | None) -> Changed:
    _require_currency(currency)
    if rate is not None and rate <= 0:
        raise InputError("an exchange rate must be more than 0", location="rate")
    rows.set_rate(session, mission_id, currency, rate)
    return Changed(updated=(currency,))


# --- the report as data ----------------------------------------------------------------------------


def describe_rule(rule: Rule | None) -> str:
    if rule is None:
        return ""
    split = rule.split
    match split.kind:
        case SplitKind.PAYER:
            text = f"{split.payer.value} pays"
        case SplitKind.SHARES:
            text = ", ".join(f"{payer.value} {share}%" for payer, share in split.shares.items())
        case SplitKind.FIRST_UNITS:
            text = f"first {split.units} units {split.payer.value}, the rest {split.rest_payer.value}"
        case SplitKind.CAP:
            text = (
                f"{split.payer.value} up to {split.cap_amount} {split.cap_currency}, the rest {split.rest_payer.value}"
            )
    return f"{rule.category}: {text}"


def warning_text(warning: BudgetWarning, currency: str = "") -> str:
    p = warning.params
    match warning.code:
        case "unverified_rules":
            return f"The rule set “{p['name']}” is not verified: {p['to_verify']}".rstrip(": ")
        case "no_rule_set":
            return "The mission has no rule set; every line is counted for the host."
        case "uncovered_line":
            return f"No rule covers this line; it is counted for the default payer ({p['payer'].value})."
        case "cap_exceeded":
            return f"The cap of {p['cap']:.2f} {currency} is exceeded by {p['over']} {currency}.".replace("  ", " ")
        case "missing_rate":
            return f"No exchange rate for {p['currency']}; the line is left out of the totals."
        case "missing_quantity":
            return "The quantity is missing; the line is left out of the totals."
    return warning.code


def budget_data(code: str, report: BudgetReport) -> dict:
    """The report as `budget --format json` prints it: amounts as decimal strings."""
    return {
        "mission": code,
        "currency": report.currency,
        "total": str(report.total),
        "by_payer": {payer.value: str(amount) for payer, amount in report.by_payer.items()},
        "by_category": {category: str(amount) for category, amount in report.by_category.items()},
        "actual_total": str(report.actual_total),
        "actual_by_payer": {payer.value: str(amount) for payer, amount in report.actual_by_payer.items()},
        "lines": [_line_data(line, report.currency) for line in report.lines],
        "warnings": [warning_text(w) for w in report.warnings],
    }


def _line_data(result: LineResult, currency: str) -> dict:
    line = result.line
    return {
        "category": line.category,
        "description": line.description,
        "basis": line.basis.value,
        "quantity": None if result.quantity is None else str(result.quantity),
        "unit_cost": str(line.unit_cost),
        "currency": line.currency,
        "amount": None if result.amount is None else str(result.amount),
        "shares": {payer.value: str(share) for payer, share in result.shares.items()},
        "rule": describe_rule(result.rule),
        "actual": None if result.actual is None else str(result.actual),
        "warnings": [warning_text(w, currency) for w in result.warnings],
    }
