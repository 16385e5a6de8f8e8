"""Which meeting point a pick-up group gets, and when the car leaves the hotel for a flight."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from mission_planner.domain.enums import FlightDirection
from mission_planner.domain.people import Flight
from mission_planner.domain.practical import MeetingPoint, PracticalNotes, departure_pickup, meeting_point_for
from mission_planner.domain.record import MissionRecord
from mission_planner.domain.validation import find_problems
from tests.factories import full_record

SEOUL = ZoneInfo("Asia/Seoul")
EVERY_DAY = MeetingPoint("ICN", None, "1", "Exit 4", greeter_name="Lee")
MONDAY = MeetingPoint("ICN", date(2023, 10, 23), "2", "Exit 10", greeter_name="Park")
GIMPO = MeetingPoint("GMP", None, greeter_name="Choi")


def test_a_day_of_its_own_comes_before_the_airport_s_every_day_point():
    points = [EVERY_DAY, MONDAY, GIMPO]
    assert meeting_point_for(points, "ICN", date(2023, 10, 23)) is MONDAY
    assert meeting_point_for(points, "icn", date(2023, 10, 24)) is EVERY_DAY
    assert meeting_point_for(points, "GMP", date(2023, 10, 23)) is GIMPO
    assert meeting_point_for(points, "PUS", date(2023, 10, 23)) is None
    assert meeting_point_for([MONDAY], "ICN", date(2023, 10, 24)) is None


def test_the_flight_s_own_pick_up_comes_before_the_mission_s_rule():
    leaving = Flight(FlightDirection.DEPARTURE, "ICN", datetime(2023, 10, 28, 6, 30, tzinfo=SEOUL), "TK091")
    rule = PracticalNotes(departure_transfer_minutes=240)
    assert departure_pickup(leaving, rule) == datetime(2023, 10, 28, 2, 30, tzinfo=SEOUL)
    assert departure_pickup(leaving, PracticalNotes()) is None
    own = Flight(leaving.direction, "ICN", leaving.scheduled, pickup=datetime(2023, 10, 27, 23, 0, tzinfo=SEOUL))
    assert departure_pickup(own, rule) == datetime(2023, 10, 27, 23, 0, tzinfo=SEOUL)  # the evening before
    landing = Flight(FlightDirection.ARRIVAL, "ICN", leaving.scheduled)
    assert departure_pickup(landing, rule) is None


def test_the_check_names_a_pick_up_after_the_flight_a_repeated_meeting_point_and_a_missing_office():
    record: MissionRecord = full_record()
    departure = record.participations[0].flights[1]
    departure.pickup = departure.scheduled
    record.meeting_points = [EVERY_DAY, MONDAY, MeetingPoint("icn", None)]
    record.practical = PracticalNotes(host_office_uid="gone")

    paths = {problem.path for problem in find_problems(record)}

    assert "participations[0].flights[1].pickup" in paths
    assert "meeting_points[2]" in paths
    assert "practical.host_office_uid" in paths


def test_a_duplicate_keeps_the_notes_and_moves_dated_meeting_points_with_the_days():
    from mission_planner.domain.duplicate import duplicate_record

    record = full_record()
    record.meeting_points = [EVERY_DAY, MONDAY]

    copy = duplicate_record(record, "24-IP-99-GE-OSM-A", date(2024, 10, 21), today=date(2024, 1, 1))

    assert copy.practical == record.practical
    shift = date(2024, 10, 21) - record.mission.start_date
    assert [point.on_date for point in copy.meeting_points] == [None, date(2023, 10, 23) + shift]
