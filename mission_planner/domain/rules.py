"""Budget categories, and the checks a rule set must pass before a mission may use it."""

from __future__ import annotations

from decimal import Decimal

from .budget import RuleSet, Split
from .enums import SplitKind
from .problems import Problem

CATEGORIES = (
    "international airfare",
    "per diem",
    "accommodation",
    "honorarium",
    "resource person assignment costs",
    "venue",
    "meals and reception",
    "local transport",
    "site-visit transport",
    "site-visit fees",
    "virtual site visit production",
    "online platform",
    "interpretation",
    "materials and printing",
    "insurance",
    "visa",
    "contingency",
    "other",
)


def is_category(name: str) -> bool:
    return name.casefold() in {category.casefold() for category in CATEGORIES}


def rule_set_problems(rule_set: RuleSet) -> list[Problem]:
    problems = []
    if not rule_set.name.strip():
        problems.append(Problem("name", "is empty"))
    for n, rule in enumerate(rule_set.rules):
        path = f"rules[{n}]"
        if not is_category(rule.category):
            problems.append(
                Problem(f"{path}.category", f"{rule.category!r} is not a budget category ({', '.join(CATEGORIES)})")
            )
        problems += _split_problems(f"{path}.split", rule.split)
    return problems


def _split_problems(path: str, split: Split) -> list[Problem]:
    found = []
    needs_payer = split.kind in (SplitKind.PAYER, SplitKind.FIRST_UNITS, SplitKind.CAP)
    if needs_payer and split.payer is None:
        found.append(Problem(f"{path}.payer", f"a {split.kind.value} split needs a payer"))
    if split.kind in (SplitKind.FIRST_UNITS, SplitKind.CAP) and split.rest_payer is None:
        found.append(Problem(f"{path}.rest_payer", f"a {split.kind.value} split needs a payer for the rest"))
    if split.kind == SplitKind.SHARES:
        if not split.shares:
            found.append(Problem(f"{path}.shares", "no shares given"))
        for payer, share in split.shares.items():
            if not Decimal(0) <= share <= Decimal(100):
                found.append(Problem(f"{path}.shares.{payer.value}", f"{share}% is not between 0% and 100%"))
        total = sum(split.shares.values(), Decimal(0))
        if split.shares and total != 100:
            found.append(Problem(f"{path}.shares", f"the shares add up to {total}%, not 100%"))
    if split.kind == SplitKind.FIRST_UNITS and (split.units is None or split.units < 0):
        found.append(Problem(f"{path}.units", "the number of units must be 0 or more"))
    if split.kind == SplitKind.CAP:
        if split.cap_amount is None or split.cap_amount < 0:
            found.append(Problem(f"{path}.cap_amount", "the cap must be an amount of 0 or more"))
        if split.cap_currency and not (len(split.cap_currency) == 3 and split.cap_currency.isupper()):
            found.append(Problem(f"{path}.cap_currency", f"{split.cap_currency!r} is not an ISO 4217 code"))
    return found
