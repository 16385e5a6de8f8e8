"""`import-evaluation CODE FILE [--dry-run]`: the responses of an evaluation form's export."""

from __future__ import annotations

import argparse
from pathlib import Path

from .terminal import shown
from .workspace import workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import-evaluation",
        help="read the responses exported from a form tool (Google Forms, Microsoft Forms; CSV or XLSX)",
    )
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="show how the file is read and write nothing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = workspace_for(args).attendance.import_evaluation(args.code, args.file, dry_run=args.dry_run)
    for line in report.column_lines():
        print(shown(line))
    for title in report.unrated_sessions:
        print(f"warning: no column rates the session “{shown(title)}”")
    verb = "Would import" if report.dry_run else "Imported"
    print(
        f"{verb} {report.responses} responses ({report.named} named, {report.responses - report.named} anonymous), "
        f"{report.action_plans} action plans{' (dry run: nothing written)' if report.dry_run else ''}."
    )
    return 0
