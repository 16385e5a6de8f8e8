"""Attendance: the register per item, participant reports, and certificate eligibility."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from ..domain.attendance import Segment, minutes_within
from ..domain.attendees import AttendancePlan
from ..domain.enums import AttendanceStatus
from ..domain.people import Attendance
from ..domain.programme import Item
from ..domain.record import MissionRecord
from ..errors import InputError
from ..storage import attendance_rows, records
from .changes import Changed
from .imports.participant_report import NAME, parse_report
from .imports.sheets import read_sheet
from .people import ImportProblems
from .text_gate import refuse_long_text


def set_attendance(session: Session, mark: Attendance) -> Changed:
    refuse_long_text(mark)
    if mark.minutes is not None and mark.minutes < 0:
        raise InputError("minutes cannot be negative", location="minutes", code="negative", params={"field": "minutes"})
    if mark.status != AttendanceStatus.EXCUSED and (mark.reason or mark.excuse_accepted is not None):
        mark = Attendance(mark.item_uid, mark.person_uid, mark.status, mark.minutes)
    attendance_rows.set_mark(session, mark)
    return Changed(updated=(mark.item_uid,))


@dataclass(frozen=True, slots=True)
class ReportImport:
    people: int
    items: list[str]  # titles of the items whose attendance was set
    unmatched: list[str]  # "row 7: Someone <email>"


def import_participant_report(session: Session, mission_id: int, path: Path) -> ReportImport:
    record = records.load_record(session, mission_id)
    sheet = read_sheet(path, header_with=NAME)
    report = parse_report(sheet, record.people, record.mission.timezone)
    if report.problems:
        raise ImportProblems(str(path), report.problems, total=report.problem_count)
    touched = []
    if report.first_join is not None and report.last_leave is not None:  # both or neither
        for item, start, end in _online_items(record):
            if start < report.last_leave and report.first_join < end:
                _mark_item(session, record, item, start, end, report.segments)
                touched.append(item.title)
    unmatched = [f"row {row}: {name}" + (f" <{email}>" if email else "") for row, name, email in report.unmatched]
    return ReportImport(len(report.segments), touched, unmatched)


def _online_items(record: MissionRecord) -> Iterator[tuple[Item, datetime, datetime]]:
    zone = record.mission.timezone
    for day in record.days:
        for item in day.items:
            if item.is_online:
                yield item, item.starts_at(day.date, zone), item.ends_at(day.date, zone)


def _mark_item(
    session: Session,
    record: MissionRecord,
    item: Item,
    start: datetime,
    end: datetime,
    segments: dict[str, list[Segment]],
) -> None:
    existing = {(a.item_uid, a.person_uid): a for a in record.attendance}
    for person_uid in AttendancePlan(record).attendees(item):
        minutes = minutes_within(segments.get(person_uid, []), start, end)
        before = existing.get((item.uid, person_uid))
        if minutes == 0 and before is not None and before.status == AttendanceStatus.EXCUSED:
            continue  # the coordinator's excuse stands
        status = AttendanceStatus.PRESENT if minutes > 0 else AttendanceStatus.ABSENT
        attendance_rows.set_mark(session, Attendance(item.uid, person_uid, status, minutes))
