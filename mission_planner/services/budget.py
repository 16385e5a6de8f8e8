"""The budget: lines, exchange rates, the mission's rule set, and the report in every form."""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from ..domain.budget import BudgetLine, Rule, RuleSet
from ..domain.budgeting import BudgetReport, BudgetWarning, LineResult
from ..domain.enums import Payer, SplitKind
from ..domain.headcount import QuantitySource
from ..domain.problems import Problem
from ..domain.rules import rule_set_problems
from ..domain.validation import line_problems
from ..errors import InputError
from ..storage import budget_rows, repositories
from ..storage.mapping import budget_line_from_row
from .changes import Changed, RemovedLine
from .rule_sets import copy_for_mission
from .text_gate import refuse_long_text


def _refuse(problems: list[Problem]) -> None:
    if problems:
        raise InputError(problems[0].message, location=problems[0].path)


def use_rule_set(session: Session, mission_id: int, rule_set: RuleSet) -> Changed:
    return restore_rule_set(session, mission_id, copy_for_mission(rule_set))


def restore_rule_set(session: Session, mission_id: int, rule_set: RuleSet | None) -> Changed:
    """Give the mission exactly `rule_set`, uid and all, or no rules with None (the undo and redo
    of a change of rules, so every step leaves the same rule set as the first time)."""
    if rule_set is None:
        return clear_rule_set(session, mission_id)
    refuse_long_text(rule_set)
    _refuse(rule_set_problems(rule_set))
    budget_rows.replace_rule_set(session, mission_id, rule_set)
    return Changed(updated=(rule_set.uid,))


def clear_rule_set(session: Session, mission_id: int) -> Changed:
    """Leave the mission without rules (as a new mission without a default rule set starts)."""
    budget_rows.replace_rule_set(session, mission_id, None)
    return Changed(updated=())


def _require_currency(code: str) -> None:
    import pycountry

    if pycountry.currencies.get(alpha_3=code) is None:
        raise InputError(
            f"{code!r} is not an ISO 4217 currency code",
            location="currency",
            code="not_currency",
            params={"text": code},
        )


def save_line(session: Session, mission_id: int, line: BudgetLine) -> Changed:
    """Add a line (a new uid when it has none), update the line with its uid, or put a deleted
    line back with its uid (undo of a delete)."""
    refuse_long_text(line)
    _refuse(line_problems(line))
    _require_currency(line.currency)
    if not line.uid or budget_rows.find_line(session, line.uid) is None:
        line = line if line.uid else dataclasses.replace(line, uid=str(uuid.uuid4()))
        budget_rows.insert_line(session, mission_id, line)
        return Changed(added=(line.uid,))
    budget_rows.write_line(session, budget_rows.line_row(session, line.uid), line)
    return Changed(updated=(line.uid,))


def delete_line(session: Session, uid: str) -> tuple[Changed, RemovedLine]:
    """Delete a line; what is returned lets `restore_line` put it back where it was."""
    row = budget_rows.line_row(session, uid)
    removed = RemovedLine(
        repositories.mission_code_of(session, row.mission_id), budget_line_from_row(row), row.position
    )
    session.delete(row)
    session.flush()
    return Changed(removed=(uid,)), removed


def restore_line(session: Session, mission_id: int, removed: RemovedLine) -> Changed:
    """Put a deleted line back with its uid, in its place among the lines (undo of a delete)."""
    budget_rows.insert_line_at(session, mission_id, removed.line, removed.position)
    return Changed(added=(removed.line.uid,))


def set_exchange_rate(session: Session, mission_id: int, currency: str, rate: Decimal | None) -> Changed:
    _require_currency(currency)
    if rate is not None and rate <= 0:
        raise InputError("an exchange rate must be more than 0", location="rate", code="rate_not_positive")
    budget_rows.set_rate(session, mission_id, currency, rate)
    return Changed(updated=(currency,))


# --- the report as data ----------------------------------------------------------------------------


def describe_rule(rule: Rule | None) -> str:
    if rule is None:
        return ""
    split = rule.split
    match split.kind:
        case SplitKind.PAYER:
            text = f"{_named(split.payer)} pays"
        case SplitKind.SHARES:
            text = ", ".join(f"{payer.value} {share}%" for payer, share in split.shares.items())
        case SplitKind.FIRST_UNITS:
            text = f"first {split.units} units {_named(split.payer)}, the rest {_named(split.rest_payer)}"
        case SplitKind.CAP:
            text = (
                f"{_named(split.payer)} up to {split.cap_amount} {split.cap_currency}, "
                f"the rest {_named(split.rest_payer)}"
            )
    return f"{rule.category}: {text}"


def _named(payer: Payer | None) -> str:
    if payer is None:  # a rule set that passed its check names every payer its splits need
        raise ValueError("a split without the payer its kind needs")
    return payer.value


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
        case "incomplete_total":
            return incomplete_text(p["currencies"], int(p["missing_quantities"]))
    return warning.code


def incomplete_text(currencies: tuple[str, ...], missing_quantities: int = 0) -> str:
    """Why the total is short, in one sentence."""
    why = []
    if currencies:
        why.append(f"no exchange rate for {', '.join(currencies)}")
    if missing_quantities:
        why.append(f"{missing_quantities} line{'s' if missing_quantities != 1 else ''} without a quantity")
    return f"The total is incomplete: {'; '.join(why) or 'some lines have no amount'}; those lines are left out."


# Quantities counted from people: the ones whose basis a reader must see (quota or accepted).
HEADCOUNT_CODES = ("quota", "accepted", "quota_cap", "nominated", "person_nights")


def quantity_text(source: QuantitySource) -> str:
    """The basis of a quantity in words: "12, the quota", "10 accepted"."""
    p = source.params
    match source.code:
        case "typed":
            return "typed by hand"
        case "fixed":
            return "lump sum"
        case "quota":
            return f"{p['quota']}, the quota ({p['nominated']} nominated)"
        case "accepted":
            return f"{p['accepted']} accepted" + ("" if p["quota"] is None else f" (quota {p['quota']})")
        case "quota_cap":
            return f"{p['quota']}, the quota ({p['accepted']} accepted; type the quantity to count more)"
        case "nominated":
            return f"{p['nominated']} nominated (no quota set)"
        case "resource_persons":
            return f"{p['count']} resource person{'s' if p['count'] != 1 else ''}"
        case "days":
            return f"{p['days']} day{'s' if p['days'] != 1 else ''}"
        case "site_visits":
            return f"{p['visits']} site visit{'s' if p['visits'] != 1 else ''}"
        case "person_nights":
            return f"overseas participants: {quantity_text(p['overseas'])}"
        case "missing":
            return "no quantity"
    return source.code


def source_data(source: QuantitySource) -> dict[str, Any]:
    """A quantity's basis as JSON: its code, its parameters and its words."""
    params = {
        key: source_data(value) if isinstance(value, QuantitySource) else value for key, value in source.params.items()
    }
    return {"code": source.code, **params, "text": quantity_text(source)}


def budget_data(code: str, report: BudgetReport) -> dict[str, Any]:
    """The report as `budget --format json` prints it: amounts as decimal strings."""
    return {
        "mission": code,
        "currency": report.currency,
        "total": str(report.total),
        "by_payer": {payer.value: str(amount) for payer, amount in report.by_payer.items()},
        "by_category": {category: str(amount) for category, amount in report.by_category.items()},
        "actual_total": str(report.actual_total),
        "actual_by_payer": {payer.value: str(amount) for payer, amount in report.actual_by_payer.items()},
        "incomplete": report.incomplete,
        "missing_rates": list(report.missing_rates),
        "lines": [_line_data(line, report.currency) for line in report.lines],
        "warnings": [warning_text(w) for w in report.warnings],
    }


def _line_data(result: LineResult, currency: str) -> dict[str, Any]:
    line = result.line
    return {
        "category": line.category,
        "description": line.description,
        "basis": line.basis.value,
        "quantity": None if result.quantity is None else str(result.quantity),
        "quantity_basis": source_data(result.source),
        "unit_cost": str(line.unit_cost),
        "currency": line.currency,
        "amount": None if result.amount is None else str(result.amount),
        "shares": {payer.value: str(share) for payer, share in result.shares.items()},
        "rule": describe_rule(result.rule),
        "actual": None if result.actual is None else str(result.actual),
        "warnings": [warning_text(w, currency) for w in result.warnings],
    }
