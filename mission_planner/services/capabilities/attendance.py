"""Attendance: the register per item, participant reports, and certificate eligibility."""

from __future__ import annotations

from pathlib import Path

from ...domain.certificates import Eligibility, eligibility
from ...domain.people import Attendance
from ...domain.record import MissionRecord
from ...storage import attendance_rows
from ...storage.owners import mission_code_of_item
from .. import attendance, feed
from ..attendance import ReportImport
from ..changes import Changed
from ..collation import in_collation_order
from ..feed import Topic
from .base import Transaction, changing, load_record


class AttendanceRegister:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def set_attendance(self, mark: Attendance) -> Changed:
        with self._transaction() as session:
            changed = attendance.set_attendance(session, mark)
            feed.note(session, mission_code_of_item(session, mark.item_uid), Topic.ATTENDANCE)
            return changed

    def clear_attendance(self, item_uid: str, person_uid: str) -> Changed:
        """Back to "not recorded" (the undo of a first mark)."""
        with self._transaction() as session:
            attendance_rows.clear_mark(session, item_uid, person_uid)
            feed.note(session, mission_code_of_item(session, item_uid), Topic.ATTENDANCE)
            return Changed(updated=(item_uid,))

    def set_marks(self, code: str, marks: list[Attendance], clear: tuple[tuple[str, str], ...] = ()) -> Changed:
        """Many marks (and cells cleared, as (item uid, person uid)) in one transaction: a mark
        for everyone selected, or its undo."""
        with self._transaction() as session:
            changing(session, code, Topic.ATTENDANCE)
            for item_uid, person_uid in clear:
                attendance_rows.clear_mark(session, item_uid, person_uid)
            for mark in marks:
                attendance.set_attendance(session, mark)
            return Changed(updated=tuple(sorted({m.item_uid for m in marks} | {i for i, _ in clear})))

    def import_attendance(self, code: str, path: Path) -> ReportImport:
        """Minutes per online item from a meeting's participant report, all or nothing."""
        with self._transaction(checked=False) as session:
            return attendance.import_participant_report(session, changing(session, code, Topic.ATTENDANCE), path)

    def eligibility(self, code: str) -> tuple[MissionRecord, list[Eligibility]]:
        record = load_record(self._transaction, code)
        in_collation_order(record)  # as the certificates are numbered (export/snapshot.py)
        return record, eligibility(record)
