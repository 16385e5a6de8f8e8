"""`import-attendance CODE FILE`: minutes per online item from a meeting's participant report."""

from __future__ import annotations

import argparse
from pathlib import Path

from .terminal import shown
from .workspace import workspace_for


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import-attendance", help="read an online meeting's participant report (Zoom's CSV columns)"
    )
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    result = workspace_for(args).attendance.import_attendance(args.code, args.file)
    print(f"Attendance set for {result.people} people at {len(result.items)} online items:")
    for title in result.items:
        print(f"  {shown(title)}")
    if result.unmatched:
        print(f"{len(result.unmatched)} rows match nobody in {shown(args.code)}:")
        for line in result.unmatched:
            print(f"  {shown(line)}")
    return 0
