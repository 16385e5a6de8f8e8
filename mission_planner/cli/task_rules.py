"""`task-rules [--mission CODE] [--set KEY=DAYS]... [--default KEY]... [--drop KEY]...`: the rules
that give tasks their due dates, the organization's (its own days over the shipped ones) or as
one mission has them, and changing their days."""

from __future__ import annotations

import argparse

from .terminal import shown
from .workspace import workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "task-rules", help="list the task rules, and change their days for the organization or one mission"
    )
    parser.add_argument("--mission", metavar="CODE", help="the rules as this mission has them, and change them for it")
    parser.add_argument(
        "--set",
        metavar="KEY=DAYS",
        action="append",
        default=[],
        type=_key_days,
        help="days from what the task follows (negative: before); may be repeated",
    )
    parser.add_argument(
        "--default", metavar="KEY", action="append", default=[], help="--mission: the organization's days again"
    )
    parser.add_argument(
        "--drop", metavar="KEY", action="append", default=[], help="--mission: the rule does not apply to it"
    )
    parser.set_defaults(run=run)


def _key_days(text: str) -> tuple[str, int]:
    key, equals, days = text.partition("=")
    try:
        if not equals:
            raise ValueError
        return key.strip(), int(days)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=DAYS (as in programme_to_participants=-21)") from None


def run(args: argparse.Namespace) -> int:
    from ..domain.tasks import TaskRuleOverride

    workspace = workspace_for(args)
    code = args.mission
    if code is None:
        if args.default or args.drop:
            raise_usage("--default and --drop change one mission's rules: give --mission CODE")
        if args.set:
            workspace.tasks.set_organization_days(dict(args.set))
    else:
        overrides = [TaskRuleOverride(key, days=days) for key, days in args.set]
        overrides += [TaskRuleOverride(key) for key in args.default]
        overrides += [TaskRuleOverride(key, applies=False) for key in args.drop]
        if overrides:
            workspace.tasks.set_rule(code, *overrides)
    changes = {} if code is None else {o.key: o for o in workspace.missions.load_record(code).task_rules}
    for rule in workspace.tasks.organization_rules():
        change = changes.get(rule.key)
        if change is not None and not change.applies:
            days = "does not apply"
        elif change is not None and change.days is not None:
            days = f"{change.days:+d} days (this mission's)"
        else:
            days = f"{rule.days:+d} days"
        print(f"{rule.key:<28}{rule.anchor.value:<20}{days:<28}{shown(rule.what)}")
    return 0


def raise_usage(message: str) -> None:
    from ..errors import InputError

    raise InputError(message)
