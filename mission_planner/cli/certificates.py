"""`certificates CODE`: who earns a certificate, and what keeps everyone else out."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .terminal import shown
from .workspace import workspace_for

if TYPE_CHECKING:  # the domain is imported by `run`, not by --help
    from ..domain.certificates import Shortfall
    from ..domain.record import MissionRecord


def register(subparsers) -> None:
    parser = subparsers.add_parser("certificates", help="list who is eligible for a certificate of attendance")
    parser.add_argument("code", metavar="CODE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..domain.certificates import Group, certificate_count
    from ..services import group_text, why_none_text

    record, results = workspace_for(args).attendance.eligibility(args.code)
    count = certificate_count(record, results)
    eligible = [r for r in results if r.eligible]
    if not eligible:
        print(why_none_text(count))
    print(f"Eligible ({count.eligible} of {count.participants}):")
    for result in eligible:
        print(f"  {shown(_name(record, result.person_uid))}")
    others = [r for r in results if not r.eligible]
    if others:
        print(f"Not eligible ({len(others)}):")
    for result in others:
        reasons = "; ".join(explain(record, shortfall) for shortfall in result.shortfalls)
        print(f"  {shown(_name(record, result.person_uid))}: {shown(reasons)}")
    for group, people in count.groups.items():
        if group == Group.NOT_ACCEPTED:
            print(f"Not yet candidates: {shown(group_text(group, people, count))}.")
    return 0


def _name(record: MissionRecord, uid: str) -> str:
    person = record.person(uid)
    return f"{person.full_name} ({person.country})"


def explain(record: MissionRecord, shortfall: Shortfall) -> str:
    from ..domain.certificates import Reason

    title = next(item.title for item in record.items() if item.uid == shortfall.item_uid)
    match shortfall.reason:
        case Reason.NOT_RECORDED:
            return f"no attendance recorded for “{title}”"
        case Reason.ABSENT:
            return f"absent from “{title}”"
        case Reason.EXCUSE_REFUSED:
            return f"excuse for “{title}” not accepted"
        case Reason.EXCUSE_UNDECIDED:
            return f"excused from “{title}”, awaiting the coordinator's decision"
        case Reason.TOO_FEW_MINUTES:
            return f"{shortfall.minutes} of the {shortfall.needed_minutes} minutes needed at “{title}”"
    return f"{shortfall.reason} at “{title}”"
