"""The budget engine: quantities derived from the mission, amounts in the reporting currency,
and every line split between payers by the mission's rule set.

Rules are applied in line order. A `first_units` rule and a `cap` rule are budgets of their own,
consumed across all the lines they cover ("honorarium for up to two local resource persons":
the first two units go to the APO, the rest to the host, however the lines are cut).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .budget import BudgetLine, Rule, RuleSet
from .enums import ItemKind, Payer, QuantityBasis, Role, RuleStatus, SplitKind
from .headcount import QuantitySource, counted_nights, headcount, resource_persons
from .money import allocate, round_money
from .record import MissionRecord

BASIS_ROLE = {
    QuantityBasis.PER_OVERSEAS_PARTICIPANT: Role.PARTICIPANT,
    QuantityBasis.PER_LOCAL_PARTICIPANT: Role.PARTICIPANT,
    QuantityBasis.PER_LOCAL_RP: Role.RESOURCE_PERSON_LOCAL,
    QuantityBasis.PER_OVERSEAS_RP: Role.RESOURCE_PERSON_OVERSEAS,
}


@dataclass(frozen=True, slots=True)
class BudgetWarning:
    # unverified_rules, no_rule_set, uncovered_line, cap_exceeded, missing_rate, missing_quantity,
    # incomplete_total (currencies: those without a rate, missing_quantities: how many lines)
    code: str
    # What each code's parameters hold is the code's to say; readers know it by the code.
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LineResult:
    line: BudgetLine
    quantity: Decimal | None
    source: QuantitySource
    amount: Decimal | None  # in the reporting currency, rounded; None when it cannot be known
    shares: dict[Payer, Decimal]
    rule: Rule | None
    payer_by_default: Payer | None = None
    warnings: tuple[BudgetWarning, ...] = ()
    actual: Decimal | None = None
    actual_shares: dict[Payer, Decimal] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BudgetReport:
    currency: str
    lines: list[LineResult]
    total: Decimal
    by_payer: dict[Payer, Decimal]
    by_category: dict[str, Decimal]
    actual_total: Decimal
    actual_by_payer: dict[Payer, Decimal]
    warnings: list[BudgetWarning]
    missing_rates: tuple[str, ...] = ()  # currencies of lines left out of the totals for want of a rate

    @property
    def incomplete(self) -> bool:
        """Some line has no amount (no rate for its currency, or no quantity): the totals are short."""
        return any(result.amount is None for result in self.lines)


# --- quantities ---------------------------------------------------------------------------------


def quantity_of(line: BudgetLine, record: MissionRecord) -> tuple[Decimal | None, QuantitySource]:
    """How many units the line pays for, as the mission stands now, and on what basis."""
    match line.basis:
        case QuantityBasis.TYPED:
            return line.quantity, QuantitySource("typed" if line.quantity is not None else "missing")
        case QuantityBasis.FIXED:
            return Decimal(1), QuantitySource("fixed")
        case QuantityBasis.PER_OVERSEAS_PARTICIPANT | QuantityBasis.PER_LOCAL_PARTICIPANT:
            kind = "overseas" if line.basis == QuantityBasis.PER_OVERSEAS_PARTICIPANT else "local"
            count = headcount(record, kind)
            return Decimal(count.count), count.source
        case QuantityBasis.PER_LOCAL_RP | QuantityBasis.PER_OVERSEAS_RP:
            persons, source = resource_persons(record, BASIS_ROLE[line.basis])
            return Decimal(persons), source
        case QuantityBasis.PER_DAY:
            days = record.mission.duration_days
            return Decimal(days), QuantitySource("days", {"days": days})
        case QuantityBasis.PER_SITE_VISIT:
            visits = sum(1 for item in record.items() if item.kind == ItemKind.SITE_VISIT)
            return Decimal(visits), QuantitySource("site_visits", {"visits": visits})
        case QuantityBasis.PER_PERSON_NIGHT:
            nights, source = counted_nights(record)
            return Decimal(nights), source
    return None, QuantitySource("missing")


def derived_quantity(line: BudgetLine, record: MissionRecord) -> Decimal | None:
    """How many units the line pays for, as the mission stands now."""
    return quantity_of(line, record)[0]


def person_nights(record: MissionRecord) -> int:
    """Person-nights of the people the budget counts (see `headcount.counted_nights`)."""
    return counted_nights(record)[0]


# --- rules --------------------------------------------------------------------------------------


def rule_for(line: BudgetLine, rule_set: RuleSet | None, record: MissionRecord) -> Rule | None:
    if rule_set is None:
        return None
    role = BASIS_ROLE.get(line.basis)
    for rule in rule_set.rules:
        if rule.category.casefold() != line.category.casefold():
            continue
        if rule.modalities and record.mission.modality not in rule.modalities:
            continue
        if rule.roles and role is not None and role not in rule.roles:
            continue
        return rule
    return None


class _RuleBudgets:
    """What is left of each first-units and cap rule as lines consume it."""

    def __init__(self) -> None:
        self.units: dict[int, Decimal] = {}
        self.caps: dict[int, Decimal] = {}

    def weights(self, rule: Rule, quantity: Decimal, amount: Decimal, cap: Decimal | None) -> dict[Payer, Decimal]:
        split = rule.split
        match split.kind:
            case SplitKind.PAYER:
                return _merge([(split.payer, Decimal(1))])
            case SplitKind.SHARES:
                return dict(split.shares)
            case SplitKind.FIRST_UNITS:
                left = self.units.setdefault(id(rule), Decimal(split.units or 0))
                first = min(left, quantity)
                self.units[id(rule)] = left - first
                return _merge([(split.payer, first), (split.rest_payer, quantity - first)])
            case SplitKind.CAP:
                left = self.caps.setdefault(id(rule), cap or Decimal(0))
                covered = min(left, amount)
                self.caps[id(rule)] = left - covered
                return _merge([(split.payer, covered), (split.rest_payer, amount - covered)])
        raise ValueError(split.kind)


def _merge(pairs: Iterable[tuple[Payer | None, Decimal]]) -> dict[Payer, Decimal]:
    merged: dict[Payer, Decimal] = {}
    for payer, weight in pairs:
        if payer is not None and weight:
            merged[payer] = merged.get(payer, Decimal(0)) + weight
    return merged


# --- the report -----------------------------------------------------------------------------------


def compute_budget(record: MissionRecord) -> BudgetReport:
    currency = record.mission.reporting_currency
    rates = {rate.currency: rate.rate for rate in record.exchange_rates} | {currency: Decimal(1)}
    rule_set = record.rule_set
    budgets = _RuleBudgets()
    lines = [_line_result(line, record, rates, rule_set, budgets) for line in record.budget_lines]
    return _totals(currency, lines, [*_incomplete_warnings(lines), *_rule_set_warnings(rule_set, lines)])


def missing_rates(lines: list[LineResult]) -> tuple[str, ...]:
    """The currencies of lines left out of the totals because they have no exchange rate."""
    return tuple(sorted({r.line.currency for r in lines if r.amount is None and _has(r, "missing_rate")}))


def _has(result: LineResult, code: str) -> bool:
    return any(warning.code == code for warning in result.warnings)


def _incomplete_warnings(lines: list[LineResult]) -> list[BudgetWarning]:
    if all(result.amount is not None for result in lines):
        return []
    no_quantity = sum(1 for r in lines if r.amount is None and _has(r, "missing_quantity"))
    return [BudgetWarning("incomplete_total", {"currencies": missing_rates(lines), "missing_quantities": no_quantity})]


def _line_result(
    line: BudgetLine,
    record: MissionRecord,
    rates: dict[str, Decimal],
    rule_set: RuleSet | None,
    budgets: _RuleBudgets,
) -> LineResult:
    currency = record.mission.reporting_currency
    quantity, source = quantity_of(line, record)
    rate = rates.get(line.currency)
    warnings = []
    if quantity is None:
        warnings.append(BudgetWarning("missing_quantity"))
    if rate is None:
        warnings.append(BudgetWarning("missing_rate", {"currency": line.currency}))
    if quantity is None or rate is None:
        return LineResult(line, quantity, source, None, {}, None, warnings=tuple(warnings))
    amount = round_money(line.unit_cost * quantity * rate, currency)
    rule = rule_for(line, rule_set, record)
    default = None
    if rule is None:
        default = (rule_set.default_payer if rule_set else None) or Payer.HOST
        weights = {default: Decimal(1)}
        warnings.append(BudgetWarning("uncovered_line", {"payer": default}))
    else:
        cap = _cap_in(rule, rates, currency)
        if rule.split.kind == SplitKind.CAP and cap is None:
            warnings.append(BudgetWarning("missing_rate", {"currency": rule.split.cap_currency}))
        weights = budgets.weights(rule, quantity, amount, cap)
        if rule.split.kind == SplitKind.CAP and rule.split.rest_payer in weights:
            warnings.append(BudgetWarning("cap_exceeded", {"cap": cap, "over": weights[rule.split.rest_payer]}))
    shares = dict(zip(weights, allocate(amount, list(weights.values()), currency), strict=True))
    actual, actual_shares = None, {}
    if line.actual_amount is not None:
        actual = round_money(line.actual_amount * rate, currency)
        actual_shares = dict(zip(weights, allocate(actual, list(weights.values()), currency), strict=True))
    return LineResult(line, quantity, source, amount, shares, rule, default, tuple(warnings), actual, actual_shares)


def _cap_in(rule: Rule, rates: dict[str, Decimal], currency: str) -> Decimal | None:
    """The cap in the reporting currency; None when its currency has no rate (nothing is covered)."""
    split = rule.split
    if split.kind != SplitKind.CAP or split.cap_amount is None:
        return None
    rate = rates.get(split.cap_currency or currency)
    return None if rate is None else split.cap_amount * rate


def _rule_set_warnings(rule_set: RuleSet | None, lines: list[LineResult]) -> list[BudgetWarning]:
    if rule_set is None:
        return [BudgetWarning("no_rule_set")] if lines else []
    if rule_set.status == RuleStatus.UNVERIFIED:
        return [BudgetWarning("unverified_rules", {"name": rule_set.name, "to_verify": rule_set.to_verify})]
    return []


def _totals(currency: str, lines: list[LineResult], warnings: list[BudgetWarning]) -> BudgetReport:
    zero = round_money(Decimal(0), currency)
    by_payer: dict[Payer, Decimal] = {}
    actual_by_payer: dict[Payer, Decimal] = {}
    by_category: dict[str, Decimal] = {}
    for result in lines:
        if result.amount is None:
            continue
        by_category[result.line.category] = by_category.get(result.line.category, zero) + result.amount
        for payer, share in result.shares.items():
            by_payer[payer] = by_payer.get(payer, zero) + share
        for payer, share in result.actual_shares.items():
            actual_by_payer[payer] = actual_by_payer.get(payer, zero) + share
    order = list(Payer)
    return BudgetReport(
        currency=currency,
        lines=lines,
        total=sum((r.amount for r in lines if r.amount is not None), zero),
        by_payer=dict(sorted(by_payer.items(), key=lambda kv: order.index(kv[0]))),
        by_category=by_category,
        actual_total=sum((r.actual for r in lines if r.actual is not None), zero),
        actual_by_payer=dict(sorted(actual_by_payer.items(), key=lambda kv: order.index(kv[0]))),
        warnings=warnings,
        missing_rates=missing_rates(lines),
    )
