"""`due [--within DAYS] [--today DATE]`: the open tasks of every mission not archived, overdue
first, then by date; exit 1 when any is overdue."""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.limits import MAX_DAYS
from .dates import iso_date
from .terminal import shown
from .workspace import workspace_for

EXIT_OVERDUE = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "due", help="list the tasks due across missions, overdue first; exit 1 when any is overdue"
    )
    parser.add_argument(
        "--within", type=_days, metavar="DAYS", help="only tasks overdue or due within DAYS days (default: all)"
    )
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help="the date to count from (default: today)")
    parser.set_defaults(run=run)


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days") from None
    if not 0 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{days} is not between 0 and {MAX_DAYS} days")
    return days


def run(args: argparse.Namespace) -> int:
    from .conflict_text import task_what

    today = args.today or date.today()
    found = workspace_for(args).tasks.due(today, args.within)
    for entry in found:
        task = entry.task
        what = task_what(task.what, None, "", entry.site_name)
        when = _when(task.days_left(today))
        print(f"{shown(entry.code)}  {task.due.isoformat()}  {shown(what)}  {when}  [{task.key}]")
    overdue = sum(entry.task.overdue(today) for entry in found)
    if not found:
        print("Nothing due.")
    return EXIT_OVERDUE if overdue else 0


def _when(days_left: int) -> str:
    if days_left < 0:
        return f"{-days_left} day{'s' if days_left != -1 else ''} overdue"
    if days_left == 0:
        return "due today"
    return f"{days_left} day{'s' if days_left != 1 else ''} left"
