"""`import-notification FILE [--code CODE] [--dry-run]`: a new mission, or a new revision of a
mission's notification, from the APO's Project Notification (PDF, Word or text)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .terminal import shown
from .workspace import creating_workspace, workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import-notification",
        help="a new mission (or a new revision of its notification) from the APO's Project Notification",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the notification: PDF, Word (.docx) or text")
    parser.add_argument("--code", default="", help="the mission's code, when the file has none or another")
    parser.add_argument("--dry-run", action="store_true", help="print the review and what would change; write nothing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..services import notification_plan_lines, notification_review_lines, read_notification

    reading = read_notification(args.file, code=args.code)
    for line in notification_review_lines(reading):
        print(shown(line))
    if args.dry_run:
        workspace = workspace_for(args, create=True)
        try:
            plan = workspace.missions.plan_notification(reading)
        finally:
            workspace.discard_new_file()
    else:
        with creating_workspace(args) as workspace:
            plan = workspace.missions.import_notification(reading)
    for line in notification_plan_lines(plan):
        print(shown(line))
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0
