from datetime import datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from mission_planner.domain.attendance import merge_segments, minutes_within
from mission_planner.domain.certificates import Reason, eligibility
from mission_planner.domain.enums import AttendanceStatus, FlightDirection, ItemKind, Status
from mission_planner.domain.people import Attendance, Flight
from mission_planner.domain.programme import Item
from mission_planner.domain.travel import pickup_groups
from tests.factories import full_record

SEOUL = ZoneInfo("Asia/Seoul")


def at(hour, minute=0, day=25):
    return datetime(2023, 10, day, hour, minute, tzinfo=SEOUL)


def test_segments_merge_and_count_only_inside_the_item():
    segments = [(at(9, 55), at(10, 20)), (at(10, 10), at(10, 30)), (at(11), at(12))]
    assert merge_segments(segments) == [(at(9, 55), at(10, 30)), (at(11), at(12))]
    assert minutes_within(segments, at(10), at(11, 30)) == 60


def test_leaving_for_30_minutes_of_90_is_not_enough_at_80_percent():
    segments = [(at(9, 58), at(10, 30)), (at(11), at(11, 35))]
    assert minutes_within(segments, at(10), at(11, 30)) == 60


def test_full_attendance_with_an_accepted_excuse_is_eligible():
    record = full_record()
    [result] = eligibility(record)
    assert (result.person_uid, result.eligible) == ("t-p-sule", True)


def test_an_online_item_needs_80_percent_of_its_minutes():
    record = full_record()
    record.mission.certificate_rule.min_online_percent = Decimal("80")
    online = next(a for a in record.attendance if a.item_uid == "t-i-online")
    online.minutes = 71  # of 90: 78.9%
    [result] = eligibility(record)
    assert [(s.item_uid, s.reason, s.minutes, s.needed_minutes) for s in result.shortfalls] == [
        ("t-i-online", Reason.TOO_FEW_MINUTES, 71, 72)
    ]
    online.minutes = 72
    assert eligibility(record)[0].eligible


def test_the_percentage_is_the_missions_own():
    record = full_record()  # the factory's rule asks for 75.5%
    record.mission.certificate_rule.min_online_percent = Decimal("50")
    next(a for a in record.attendance if a.item_uid == "t-i-online").minutes = 45
    assert eligibility(record)[0].eligible


def test_excuses_count_only_when_the_coordinator_accepts_them():
    record = full_record()
    excused = next(a for a in record.attendance if a.status == AttendanceStatus.EXCUSED)
    excused.excuse_accepted = None
    assert eligibility(record)[0].shortfalls[0].reason == Reason.EXCUSE_UNDECIDED
    excused.excuse_accepted = False
    assert eligibility(record)[0].shortfalls[0].reason == Reason.EXCUSE_REFUSED


def test_missing_and_absent_marks_keep_people_out_but_lunch_does_not():
    record = full_record()
    record.attendance = [a for a in record.attendance if a.item_uid != "t-i-open"]
    record.attendance.append(Attendance("t-i-online", "t-p-sule", AttendanceStatus.ABSENT))
    record.attendance = [a for a in record.attendance if not (a.item_uid == "t-i-online" and a.minutes)]
    record.days[0].items.append(Item("t-i-lunch", ItemKind.MEAL, "Lunch", time(12), time(13)))
    reasons = [(s.item_uid, s.reason) for s in eligibility(record)[0].shortfalls]
    assert reasons == [("t-i-open", Reason.NOT_RECORDED), ("t-i-online", Reason.ABSENT)]


def test_only_accepted_or_confirmed_participants_are_candidates():
    record = full_record()
    record.participations[0].status = Status.WITHDRAWN
    assert eligibility(record) == []


def test_pickup_groups_gather_arrivals_within_an_hour_at_one_airport():
    record = full_record()
    _, kim = record.participations
    kim.flights = [Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 18, 30, tzinfo=SEOUL), "OZ1")]
    groups = pickup_groups(record)
    assert [(g.airport, g.person_uids) for g in groups] == [("ICN", ("t-p-sule", "t-p-kim"))]
    kim.flights[0].scheduled = datetime(2023, 10, 23, 18, 41, tzinfo=SEOUL)
    assert [g.person_uids for g in pickup_groups(record)] == [("t-p-sule",), ("t-p-kim",)]
    kim.flights[0].scheduled = datetime(2023, 10, 23, 18, 0, tzinfo=SEOUL)
    kim.flights[0].airport = "GMP"
    assert [g.airport for g in pickup_groups(record)] == ["GMP", "ICN"]
