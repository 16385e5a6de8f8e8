"""Budget lines, exchange rates and the rule sets that say who pays what."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .enums import Modality, Payer, QuantityBasis, Role, RuleStatus, SplitKind


@dataclass(slots=True)
class ExchangeRate:
    """One unit of `currency` is worth `rate` units of the mission's reporting currency."""

    currency: str
    rate: Decimal


@dataclass(slots=True)
class BudgetLine:
    uid: str
    category: str
    description: str
    unit_cost: Decimal
    currency: str
    basis: QuantityBasis = QuantityBasis.TYPED
    quantity: Decimal | None = None
    actual_amount: Decimal | None = None
    notes: str = ""


@dataclass(slots=True)
class Split:
    """How a rule divides a line between payers.

    - payer: all to `payer`;
    - shares: `shares` maps payers to percentages adding up to 100;
    - first_units: the first `units` units to `payer`, the rest to `rest_payer`;
    - cap: up to `cap_amount` (in `cap_currency`) to `payer`, the rest to `rest_payer`.
    """

    kind: SplitKind
    payer: Payer | None = None
    shares: dict[Payer, Decimal] = field(default_factory=dict)
    units: int | None = None
    cap_amount: Decimal | None = None
    cap_currency: str = ""
    rest_payer: Payer | None = None


@dataclass(slots=True)
class Rule:
    category: str
    split: Split
    modalities: list[Modality] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    note: str = ""


@dataclass(slots=True)
class RuleSet:
    uid: str
    name: str
    revision: int = 1
    status: RuleStatus = RuleStatus.UNVERIFIED
    to_verify: str = ""
    source: str = ""
    default_payer: Payer | None = None
    rules: list[Rule] = field(default_factory=list)
