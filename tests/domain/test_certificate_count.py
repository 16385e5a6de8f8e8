"""Counting who earns a certificate, and saying why no one does, group by group."""

from decimal import Decimal

from mission_planner.domain.certificates import Group, certificate_count
from mission_planner.domain.enums import AttendanceStatus, Status
from mission_planner.domain.people import Attendance
from tests.factories import online_record

SESSIONS = ("o-talk1", "o-disc1", "o-talk2", "o-disc2")  # the breaks count for no one


def test_nominated_participants_are_counted_and_not_yet_candidates():
    record = online_record()
    for part in record.participations[:3]:
        part.status = Status.NOMINATED
    count = certificate_count(record)
    assert (count.participants, count.eligible) == (3, 0)
    assert count.groups == {Group.NOT_ACCEPTED: 3}


def test_accepted_people_without_any_mark_have_no_attendance_recorded():
    count = certificate_count(online_record())  # three confirmed participants, no register yet
    assert (count.participants, count.eligible, count.groups) == (3, 0, {Group.NO_ATTENDANCE: 3})


def test_marks_short_of_the_rule_are_below_the_threshold():
    record = online_record()
    for item in SESSIONS:
        record.attendance.append(
            Attendance(item, "o-ana", AttendanceStatus.PRESENT, minutes=90 if "talk" in item else 75)
        )
        record.attendance.append(Attendance(item, "o-bui", AttendanceStatus.PRESENT, minutes=10))
    count = certificate_count(record)
    assert count.eligible == 1  # Ana
    assert count.groups == {Group.BELOW_THRESHOLD: 1, Group.NO_ATTENDANCE: 1}  # Minh; Sana has no marks
    assert (count.all_items, count.min_percent) == (True, Decimal("80"))


def test_withdrawn_and_rejected_participants_are_not_counted():
    record = online_record()
    record.participations[0].status = Status.WITHDRAWN
    record.participations[1].status = Status.REJECTED
    count = certificate_count(record)
    assert (count.participants, count.groups) == (1, {Group.NO_ATTENDANCE: 1})
