"""Builders for budget lines: amounts are written as text so they stay exact Decimals."""

from __future__ import annotations

from decimal import Decimal

from ...domain.budget import BudgetLine, Rule, Split
from ...domain.enums import Payer, QuantityBasis, SplitKind
from .ids import demo_uid


def line(
    code: str,
    slug: str,
    category: str,
    description: str,
    unit_cost: str,
    currency: str,
    basis: QuantityBasis,
    *,
    quantity: str | None = None,
    actual: str | None = None,
    notes: str = "",
) -> BudgetLine:
    """A budget line of mission `code`, uid `line/{code}/{slug}`."""
    return BudgetLine(
        demo_uid(f"line/{code}/{slug}"),
        category,
        description,
        Decimal(unit_cost),
        currency,
        basis,
        None if quantity is None else Decimal(quantity),
        None if actual is None else Decimal(actual),
        notes,
    )


def paid_by(category: str, payer: Payer, note: str = "") -> Rule:
    return Rule(category, Split(SplitKind.PAYER, payer=payer), note=note)


def first_units(category: str, units: int, payer: Payer, rest: Payer, note: str = "") -> Rule:
    return Rule(category, Split(SplitKind.FIRST_UNITS, payer=payer, units=units, rest_payer=rest), note=note)
