"""Attendance marks: everyone who attends an item by the mission's rules is marked present,
with the item's full minutes when it is online, except for the marks given as exceptions.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...domain.attendees import AttendancePlan
from ...domain.enums import AttendanceStatus
from ...domain.people import Attendance
from ...domain.record import MissionRecord


def present_except(record: MissionRecord, exceptions: Iterable[Attendance] = ()) -> list[Attendance]:
    """A mark for every (item, attendee) of `record`; `exceptions` replace the default marks."""
    special = {(mark.item_uid, mark.person_uid): mark for mark in exceptions}
    plan = AttendancePlan(record)
    marks = []
    for item in record.items():
        for person_uid in plan.attendees(item):
            default = Attendance(
                item.uid, person_uid, AttendanceStatus.PRESENT, item.minutes if item.is_online else None
            )
            marks.append(special.pop((item.uid, person_uid), default))
    if special:
        raise ValueError(f"exceptions for people who do not attend the item: {sorted(special)}")
    return marks


def online(item_uid: str, person_uid: str, minutes: int, reason: str = "") -> Attendance:
    """Present online for only `minutes` of the item (a dropped connection, a late join)."""
    return Attendance(item_uid, person_uid, AttendanceStatus.PRESENT, minutes, reason)
