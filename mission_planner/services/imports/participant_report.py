"""An online meeting's participant report (Zoom's columns), turned into minutes per item.

People are matched by email, then by name; each person's join and leave segments are merged,
and the minutes that fall inside each online item are counted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from ...domain.attendance import Segment
from ...domain.limits import MAX_PROBLEMS_COLLECTED, MAX_SHORT_TEXT
from ...domain.people import Person
from ...domain.problems import ProblemCode, RowProblem
from ...domain.text import name_key
from .cells import CellError, parse_datetime, parse_text
from .sheets import Sheet

NAME, EMAIL, JOIN, LEAVE = "Name (Original Name)", "User Email", "Join Time", "Leave Time"
REQUIRED = (NAME, JOIN, LEAVE)


@dataclass(slots=True)
class ParticipantReport:
    segments: dict[str, list[Segment]] = field(default_factory=dict)  # person uid -> segments
    unmatched: list[tuple[int, str, str]] = field(default_factory=list)  # row, name, email
    problems: list[RowProblem] = field(default_factory=list)  # the first MAX_PROBLEMS_COLLECTED
    problem_count: int = 0  # all of them
    first_join: datetime | None = None
    last_leave: datetime | None = None


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def parse_report(sheet: Sheet, people: list[Person], zone: str) -> ParticipantReport:
    """Segments per person of `people`; times in the report are wall times in `zone`."""
    columns = {_key(title): index for index, title in enumerate(sheet.header)}
    report = ParticipantReport()
    missing = [name for name in REQUIRED if _key(name) not in columns]
    if missing:
        report.problems = [
            RowProblem(sheet.header_row, ProblemCode.MISSING_COLUMN, {"column": name}) for name in missing
        ]
        report.problem_count = len(report.problems)
        return report
    finder = _PersonFinder(people)
    segments: dict[str, list[Segment]] = defaultdict(list)
    for number, cells in sheet.rows:
        cell = {name: _cell(cells, columns.get(_key(name))) for name in (NAME, EMAIL, JOIN, LEAVE)}
        times = _times(number, cell, columns, sheet, zone, report)
        if times is None or not _short_enough(number, cell, columns, sheet, report):
            continue
        person = finder.find(str(cell[EMAIL]), str(cell[NAME]))
        if person is None:
            report.unmatched.append((number, str(cell[NAME]), str(cell[EMAIL])))
            continue
        segments[person.uid].append(times)
        report.first_join = min(filter(None, (report.first_join, times[0])))
        report.last_leave = max(filter(None, (report.last_leave, times[1])))
    report.segments = dict(segments)
    return report


def _cell(cells: list[object], index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else ""


def _short_enough(
    number: int, cell: dict[str, object], columns: dict[str, int], sheet: Sheet, report: ParticipantReport
) -> bool:
    """Whether the name and email fit their limits; a longer one is a problem of the row."""
    for name in (NAME, EMAIL):
        try:
            parse_text(cell[name], MAX_SHORT_TEXT)
        except CellError as error:
            index = columns[_key(name)]
            _problem(report, RowProblem(number, error.code, error.params, index, sheet.header[index]))
            return False
    return True


def _times(
    number: int, cell: dict[str, object], columns: dict[str, int], sheet: Sheet, zone: str, report: ParticipantReport
) -> Segment | None:
    parsed = []
    for name in (JOIN, LEAVE):
        try:
            parsed.append(parse_report_time(cell[name]).replace(tzinfo=ZoneInfo(zone)))
        except CellError as error:
            index = columns[_key(name)]
            _problem(report, RowProblem(number, error.code, error.params, index, sheet.header[index]))
            return None
    if parsed[1] < parsed[0]:
        _problem(report, RowProblem(number, ProblemCode.LEAVE_BEFORE_JOIN))
        return None
    return parsed[0], parsed[1]


def _problem(report: ParticipantReport, problem: RowProblem) -> None:
    report.problem_count += 1
    if len(report.problems) < MAX_PROBLEMS_COLLECTED:
        report.problems.append(problem)


US_STAMP = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?")


def parse_report_time(value: object) -> datetime:
    """Zoom writes `11/24/2021 09:58:12 AM` (month first); other tools write ISO."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    match = US_STAMP.fullmatch(str(value).strip())
    if not match:
        return parse_datetime(value)
    month, day, year, hour, minute, second, half = match.groups()
    hour_24 = int(hour) % 12 + (12 if half and half.lower() == "pm" else 0) if half else int(hour)
    try:
        return datetime(int(year), int(month), int(day), hour_24, int(minute), int(second or 0))
    except ValueError:
        raise CellError(ProblemCode.NOT_DATE_TIME, text=str(value)) from None


class _PersonFinder:
    def __init__(self, people: list[Person]):
        self.by_email = {p.email.casefold(): p for p in people if p.email}
        self.by_name: dict[str, Person] = {}
        for person in people:
            for name in (
                person.full_name,
                f"{person.given_name} {person.family_name}",
                f"{person.family_name} {person.given_name}",
                f"{person.family_name}{person.given_name}",
            ):
                self.by_name.setdefault(name_key(name), person)

    def find(self, email: str, shown_name: str) -> Person | None:
        if email.strip() and email.strip().casefold() in self.by_email:
            return self.by_email[email.strip().casefold()]
        # "Display Name (Original Name)": either may be the registered name.
        display, _, original = shown_name.partition(" (")
        for name in (display, original.rstrip(")"), shown_name):
            found = self.by_name.get(name_key(name))
            if found is not None:
                return found
        return None
