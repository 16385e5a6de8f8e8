"""What is wrong with a rule set, in the window's language, from the problem's code and
parameters (`domain/rules.py`); a problem without a code shows its English path and message."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.problems import Problem
from .labels import category_text


def rule_set_problem_text(problem: Problem) -> str:
    """`Rule 2: the shares add up to 90%, not 100%.`, or the problem as the domain says it."""
    message = _message(problem)
    if message is None:
        return f"{problem.path}: {problem.message}"
    if "rule" not in problem.params:
        return message
    return QCoreApplication.translate("RuleSetProblem", "Rule {number}: {problem}").format(
        number=int(problem.params["rule"]) + 1, problem=message
    )


def _message(problem: Problem) -> str | None:
    p = problem.params
    match problem.code:
        case "empty_name":
            return QCoreApplication.translate("RuleSetProblem", "The rule set needs a name.")
        case "not_a_category":
            return QCoreApplication.translate("RuleSetProblem", "“{category}” is not a budget category.").format(
                category=category_text(str(p["category"]))
            )
        case "needs_payer":
            return QCoreApplication.translate("RuleSetProblem", "the split needs a payer.")
        case "needs_rest_payer":
            return QCoreApplication.translate("RuleSetProblem", "the split needs a payer for the rest.")
        case "no_shares":
            return QCoreApplication.translate("RuleSetProblem", "no shares given.")
        case "share_out_of_range":
            return QCoreApplication.translate("RuleSetProblem", "{share}% is not between 0% and 100%.").format(
                share=_number(p["share"])
            )
        case "shares_not_100":
            return QCoreApplication.translate("RuleSetProblem", "the shares add up to {total}%, not 100%.").format(
                total=_number(p["total"])
            )
        case "units_negative":
            return QCoreApplication.translate("RuleSetProblem", "the number of units must be 0 or more.")
        case "cap_negative":
            return QCoreApplication.translate("RuleSetProblem", "the cap must be an amount of 0 or more.")
        case "not_currency":
            return QCoreApplication.translate("RuleSetProblem", "“{currency}” is not an ISO 4217 code.").format(
                currency=p["currency"]
            )
    return None


def _number(value: object) -> str:
    return f"{value:f}" if isinstance(value, Decimal) else str(value)
