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
        problems.append(Problem("name", "is empty", "empty_name"))
    for n, rule in enumerate(rule_set.rules):
        path = f"rules[{n}]"
        if not is_category(rule.category):
            message = f"{rule.category!r} is not a budget category ({', '.join(CATEGORIES)})"
            problems.append(
                Problem(f"{path}.category", message, "not_a_category", {"category": rule.category, "rule": n})
            )
        problems += [
            Problem(p.path, p.message, p.code, {**p.params, "rule": n})
            for p in _split_problems(f"{path}.split", rule.split)
        ]
    return problems


def _split_problems(path: str, split: Split) -> list[Problem]:
    found = []
    needs_payer = split.kind in (SplitKind.PAYER, SplitKind.FIRST_UNITS, SplitKind.CAP)
    if needs_payer and split.payer is None:
        found.append(Problem(f"{path}.payer", f"a {split.kind.value} split needs a payer", "needs_payer"))
    if split.kind in (SplitKind.FIRST_UNITS, SplitKind.CAP) and split.rest_payer is None:
        message = f"a {split.kind.value} split needs a payer for the rest"
        found.append(Problem(f"{path}.rest_payer", message, "needs_rest_payer"))
    if split.kind == SplitKind.SHARES:
        if not split.shares:
            found.append(Problem(f"{path}.shares", "no shares given", "no_shares"))
        for payer, share in split.shares.items():
            if not Decimal(0) <= share <= Decimal(100):
                message = f"{share}% is not between 0% and 100%"
                found.append(Problem(f"{path}.shares.{payer.value}", message, "share_out_of_range", {"share": share}))
        total = sum(split.shares.values(), Decimal(0))
        if split.shares and total != 100:
            message = f"the shares add up to {total}%, not 100%"
            found.append(Problem(f"{path}.shares", message, "shares_not_100", {"total": total}))
    if split.kind == SplitKind.FIRST_UNITS and (split.units is None or split.units < 0):
        found.append(Problem(f"{path}.units", "the number of units must be 0 or more", "units_negative"))
    if split.kind == SplitKind.CAP:
        if split.cap_amount is None or split.cap_amount < 0:
            found.append(Problem(f"{path}.cap_amount", "the cap must be an amount of 0 or more", "cap_negative"))
        if split.cap_currency and not (len(split.cap_currency) == 3 and split.cap_currency.isupper()):
            message = f"{split.cap_currency!r} is not an ISO 4217 code"
            found.append(Problem(f"{path}.cap_currency", message, "not_currency", {"currency": split.cap_currency}))
    return found
