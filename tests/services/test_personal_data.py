"""Travel edits and purging personal data after a mission."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from mission_planner.domain.enums import FlightDirection
from mission_planner.domain.people import Flight, Stay
from mission_planner.errors import ConflictError, InputError
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
AFTER = date(2023, 11, 1)


@pytest.fixture
def ws(full):
    return full


def identities(ws, code=CODE):
    return {p.uid: p.identity for p in ws.missions.load_record(code, with_identity=True).people}


def test_purging_erases_identity_data_and_records_it(ws):
    report = ws.people.purge_personal_data(CODE, today=AFTER)
    assert (report.erased, report.kept) == (1, 0)
    assert identities(ws) == {"t-p-sule": None, "t-p-kim": None}
    [entry] = [e for e in ws.missions.load_record(CODE).log if e.action == "personal_data_purged"]
    assert "of 1 people" in entry.detail
    with ws.engine.connect() as connection:
        assert connection.exec_driver_sql("select count(*) from person_identity").scalar() == 0


def test_purging_before_the_mission_ends_needs_force(ws):
    with pytest.raises(ConflictError, match="ends on 25 Oct 2023"):
        ws.people.purge_personal_data(CODE, today=date(2023, 10, 25))
    assert identities(ws)["t-p-sule"] is not None
    assert ws.people.purge_personal_data(CODE, today=date(2023, 10, 25), force=True).erased == 1


def test_data_a_later_mission_still_needs_is_kept(ws):
    later = full_record("24-IP-01-GE-OSM-A")
    later.mission.start_date, later.mission.end_date = date(2024, 3, 4), date(2024, 3, 5)
    for d, when in zip(later.days, (date(2024, 3, 4), date(2024, 3, 5)), strict=True):
        d.date = when
    ws.missions.add_record(later)
    report = ws.people.purge_personal_data(CODE, today=AFTER)
    assert (report.erased, report.kept) == (0, 2)
    assert identities(ws)["t-p-sule"].passport_number == "U12345678"


def test_flights_and_stays_are_replaced_and_checked(ws):
    seoul = ZoneInfo("Asia/Seoul")
    flight = Flight(FlightDirection.ARRIVAL, "GMP", datetime(2023, 10, 23, 9, 5, tzinfo=seoul), "KE1102")
    ws.people.set_flight(CODE, "t-p-sule", flight)
    ws.people.set_stays(CODE, "t-p-sule", [Stay("Hotel B", date(2023, 10, 23), date(2023, 10, 27))])
    part = ws.missions.load_record(CODE).participations[0]
    assert [f.airport for f in part.flights] == ["GMP", "ICN"]
    assert [(s.hotel, s.nights) for s in part.stays] == [("Hotel B", 4)]
    with pytest.raises(InputError, match="ends before it begins"):
        ws.people.set_stays(CODE, "t-p-sule", [Stay("Hotel C", date(2023, 10, 27), date(2023, 10, 23))])


def test_pickup_groups_come_from_the_stored_flights(ws):
    seoul = ZoneInfo("Asia/Seoul")
    ws.people.set_flight(
        CODE, "t-p-kim", Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 18, 15, tzinfo=seoul))
    )
    [group] = ws.people.pickup_groups(CODE)
    assert (group.airport, group.person_uids) == ("ICN", ("t-p-sule", "t-p-kim"))
    assert (group.first.hour, group.first.minute, group.last.minute) == (17, 40, 15)


def test_a_changed_flight_raises_its_calendar_sequence_and_an_unchanged_one_does_not(ws):
    seoul = ZoneInfo("Asia/Seoul")
    flight = Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 17, 40, tzinfo=seoul), "TK090", "2")
    ws.people.set_flight(CODE, "t-p-sule", flight)
    assert ws.missions.load_record(CODE).participations[0].flights[0].sequence == 0
    ws.people.set_flight(
        CODE, "t-p-sule", Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 19, 5, tzinfo=seoul))
    )
    assert ws.missions.load_record(CODE).participations[0].flights[0].sequence == 1
