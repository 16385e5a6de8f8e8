"""`task CODE KEY done|open|n/a [--site SITE] [--note TEXT] [--by NAME]`: record a task's status."""

from __future__ import annotations

import argparse
from datetime import date

from .dates import iso_date
from .workspace import workspace_for

STATUSES = {"done": "done", "open": "open", "n/a": "not_applicable", "not_applicable": "not_applicable"}


def register(subparsers) -> None:
    parser = subparsers.add_parser("task", help="mark a mission's task done, open again, or not applicable")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("key", metavar="KEY", help="the task, as `due` and the Tasks tab name it (e.g. visitor_list)")
    parser.add_argument("status", choices=("done", "open", "n/a"))
    parser.add_argument("--site", default="", metavar="SITE", help="the site a visitor list is for (acronym or name)")
    parser.add_argument("--note", default=None, metavar="TEXT", help="a note kept with the task")
    parser.add_argument("--by", default="", metavar="NAME", help="who did it (for done)")
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help="the day it was done (default: today)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..services import TaskStatus

    workspace = workspace_for(args)
    status = TaskStatus(STATUSES[args.status])
    workspace.tasks.set_status(
        args.code, args.key, status, site_uid=args.site, today=args.today or date.today(), who=args.by, note=args.note
    )
    print(f"{args.key}: {status.value}")
    return 0
