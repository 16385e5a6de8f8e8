"""A person's flights and hotel set together, as the window's travel dialog does."""

import dataclasses
from datetime import date

from mission_planner.domain.enums import FlightDirection

CODE = "23-IP-12-GE-OSM-A"


def test_flights_and_hotel_are_saved_in_one_step_by_a_workspace_that_showed_them(demo):
    record = demo.missions.load_record(CODE)  # what the window shows before the edit
    part = next(p for p in record.participations if p.flights and p.stays)
    arrival = next(f for f in part.flights if f.direction == FlightDirection.ARRIVAL)
    flights = {
        FlightDirection.ARRIVAL: dataclasses.replace(arrival, flight_no="OZ542"),
        FlightDirection.DEPARTURE: None,
    }
    stays = [dataclasses.replace(part.stays[0], hotel="Lotte Hotel 서울", check_out=date(2023, 10, 27))]
    demo.people.set_travel(CODE, part.person_uid, flights, stays)
    saved = next(p for p in demo.missions.load_record(CODE).participations if p.person_uid == part.person_uid)
    assert [(f.direction, f.flight_no) for f in saved.flights] == [(FlightDirection.ARRIVAL, "OZ542")]
    assert [(s.hotel, s.check_out) for s in saved.stays] == [("Lotte Hotel 서울", date(2023, 10, 27))]
    # The same workspace edits the person again: its own write is not someone else's.
    demo.people.set_travel(CODE, part.person_uid, {FlightDirection.ARRIVAL: arrival}, part.stays)
    again = next(p for p in demo.missions.load_record(CODE).participations if p.person_uid == part.person_uid)
    assert [f.flight_no for f in again.flights] == [arrival.flight_no]
