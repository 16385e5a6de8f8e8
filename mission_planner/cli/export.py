"""`export CODE KIND -o PATH`: write a document of the mission."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .signals import stop_requested
from .terminal import shown
from .workspace import workspace_for

TASKS_ICS = "tasks-ics"  # not one mission's document: every task of every open mission (CODE `all`)


class KindNames:
    """The document kinds' names, read from the services when argparse first looks at them: the
    documents' package is not needed for `--help` or for any other command."""

    def names(self) -> list[str]:
        from ..services import KINDS

        return [*KINDS, TASKS_ICS]

    def __contains__(self, name: object) -> bool:
        return name in self.names()

    def __iter__(self):
        return iter(self.names())


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="write a document")

    def format_help() -> str:  # `export --help` names the kinds
        parser.description = f"KIND is one of: {', '.join(KindNames())}."
        return type(parser).format_help(parser)

    parser.format_help = format_help
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("kind", metavar="KIND", choices=KindNames())
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        type=Path,
        required=True,
        help="the file to write; for packs a folder: a new one, an earlier packs folder "
        "of this mission, or any other folder to make '<CODE> packs' in",
    )
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    parser.add_argument(
        "--person",
        metavar="UID",
        action="append",
        default=[],
        help="only this person (packs, certificates, badges, letters); may be repeated",
    )
    parser.add_argument(
        "--letter",
        metavar="LETTER",
        default="",
        help="for KIND letters: invitation, visa-support (with passport data, written mode 600), "
        "site-request or thank-you; a DOCX copy is written beside the PDF",
    )
    parser.add_argument(
        "--site",
        metavar="SITE",
        action="append",
        default=[],
        help="visitor-list: the site (acronym, English name or uid), needed when the mission visits more "
        "than one site that wants a list of visitors; site-request and thank-you letters: only this site, "
        "may be repeated",
    )
    parser.add_argument(
        "--with-personal-data",
        action="store_true",
        help="include passport numbers and dates of birth where a document has room for them",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..services import KINDS, DocumentSettings, Progress, unprintable_text

    if args.letter and args.kind != "letters":
        raise InputError("--letter is for KIND letters only", code="letter_options")
    if args.site and args.kind not in ("letters", "visitor-list"):
        raise InputError("--site is for KIND letters and visitor-list only", code="site_options")
    if len(args.site) > 1 and args.kind == "visitor-list":
        raise InputError("a visitor list is for one --site", code="site_options")
    if args.kind == TASKS_ICS:
        return _tasks_calendar(args)

    settings = DocumentSettings(
        paper=args.paper,
        include_personal_data=args.with_personal_data or KINDS[args.kind].personal,
        person_uids=tuple(args.person),
        letter=args.letter,
        site_keys=tuple(args.site) if args.kind == "letters" else (),
        site=args.site[0] if args.site and args.kind == "visitor-list" else "",
    )
    quiet = not sys.stderr.isatty()

    def report(done: int, total: int, what: str) -> None:
        if not quiet:
            print(f"\r{done}/{total} {shown(what)[:60]:<60}", end="", file=sys.stderr)

    workspace = workspace_for(args)
    code = workspace.missions.mission_code(args.code)
    progress = Progress(report, cancelled=stop_requested)
    snapshot = workspace.documents.snapshot(code, settings)
    path = workspace.documents.write(KINDS[args.kind], snapshot, args.output, progress)
    if not quiet:
        print(file=sys.stderr)
    if args.kind == "letters":
        copy = path.with_suffix(".docx")
        print(f"Wrote the {args.letter} letters of {shown(code)} to {shown(path)}, a Word copy to {shown(copy)}")
    else:
        print(f"Wrote {KINDS[args.kind].title.lower()} of {shown(code)} to {shown(path)}")
    if KINDS[args.kind].suffix in (".pdf", ""):  # PDFs and packs print names in the shipped fonts
        for found in workspace.documents.unprintable(snapshot):
            print(f"mission-planner-cli: warning: {shown(unprintable_text(found))}", file=sys.stderr)
    if args.kind == "visitor-list":
        missing = workspace.documents.visitor_list_gaps(code, settings.site)
        if missing:
            print(f"Warning: {shown(missing)}", file=sys.stderr)
    if missing_passports := snapshot.visa_letter_gaps():
        names = ", ".join(missing_passports)
        print(f"Warning: no passport number or expiry recorded for {shown(names)}", file=sys.stderr)
    return 0


def _tasks_calendar(args: argparse.Namespace) -> int:
    """`export all tasks-ics -o FILE`: the tasks of every open mission; a mission's code instead of
    `all` gives that mission's alone."""
    code = None if args.code.casefold() == "all" else args.code
    path = workspace_for(args).tasks.write_calendar(args.output, code)
    print(f"Wrote the tasks of {'every open mission' if code is None else shown(code)} to {shown(path)}")
    return 0
