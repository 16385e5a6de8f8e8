"""Calendar files: what Outlook, Google, Apple, Thunderbird, khal and Radicale need, read back
with two independent parsers (icalendar and vobject) and checked byte by byte."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from mission_planner.domain.enums import FlightDirection
from mission_planner.domain.people import Flight
from mission_planner.services.export.ics import item_uid, mission_calendar, person_calendar
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
SEOUL = ZoneInfo("Asia/Seoul")
ISTANBUL = ZoneInfo("Europe/Istanbul")


@pytest.fixture
def mission(workspace):
    workspace.missions.add_record(full_record(CODE))
    return workspace


def export_ics(workspace, tmp_path, name: str = "mission.ics") -> bytes:
    target = tmp_path / name
    workspace.documents.export(CODE, "ics", target)
    return target.read_bytes()


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def by_uid(data: bytes) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in events(data)}


def assert_well_formed(data: bytes) -> None:
    """CRLF on every line, no physical line over 75 octets, no fold inside a UTF-8 character."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold that split a character would leave half of it here


def test_mission_calendar_has_zone_uids_and_method(mission, tmp_path):
    data = export_ics(mission, tmp_path)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["VERSION"]) == "2.0"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]
    record = mission.missions.load_record(CODE)
    uids = [str(event["UID"]) for event in events(data)]
    assert len(uids) == len(set(uids))
    assert sorted(uids) == sorted(f"{item.uid}@mission-planner" for item in record.items())
    for event in events(data):
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert event["DTSTART"].params["TZID"] == "Asia/Seoul"


def test_sequence_is_the_items_and_rises_when_the_title_changes(mission, tmp_path):
    before = by_uid(export_ics(mission, tmp_path, "before.ics"))
    visit = before["t-i-kist@mission-planner"]
    assert int(visit["SEQUENCE"]) == 2
    assert int(before["t-i-open@mission-planner"]["SEQUENCE"]) == 0

    mission.programme.edit_item("t-i-kist", title="한국과학기술연구원 방문 and a tour of the Şişli-like laboratories")
    after = by_uid(export_ics(mission, tmp_path, "after.ics"))
    assert int(after["t-i-kist@mission-planner"]["SEQUENCE"]) == 3
    assert str(after["t-i-kist@mission-planner"]["SUMMARY"]).startswith("한국과학기술연구원 방문")
    assert int(after["t-i-open@mission-planner"]["SEQUENCE"]) == 0
    assert set(after) == set(before)


def test_lines_are_crlf_folded_at_75_octets_between_characters(mission, tmp_path):
    title = "가나다라마바사아자차카타파하 " * 12 + "ŞşİıĞğÇçÖöÜü " * 7 + "🧪 end"
    mission.programme.edit_item("t-i-kist", title=title)
    data = export_ics(mission, tmp_path)
    assert_well_formed(data)
    assert data.count(b"\r\n ") > 10  # folded many times, through three- and four-byte characters
    assert str(by_uid(data)["t-i-kist@mission-planner"]["SUMMARY"]) == title


def test_location_in_english_and_korean_description_with_speakers_url_for_online(mission, tmp_path):
    found = by_uid(export_ics(mission, tmp_path))
    visit = found["t-i-kist@mission-planner"]
    assert "Korea Institute of Science and Technology (KIST)" in str(visit["LOCATION"])
    assert "5 Hwarang-ro 14-gil, Seongbuk-gu, Seoul" in str(visit["LOCATION"])
    assert "한국과학기술연구원" in str(visit["LOCATION"])
    assert "서울특별시 성북구 화랑로14길 5" in str(visit["LOCATION"])
    assert "GEO" in visit
    online = found["t-i-online@mission-planner"]
    assert str(online["URL"]) == "https://zoom.example/j/123"
    assert "Speaker: Şule Yılmaz (Türkiye Cumhurbaşkanlığı)" in str(online["DESCRIPTION"])
    assert "Discussant: 김민준 (KPC)" in str(online["DESCRIPTION"])
    assert "Join online: https://zoom.example/j/123\nMeeting ID: 123 456 789\nPasscode: Pq9Zw2" in str(
        online["DESCRIPTION"]
    )
    opening = found["t-i-open@mission-planner"]
    assert str(opening["SUMMARY"]) == 'Opening & "welcome" <b>remarks</b>'


def test_vobject_reads_the_times_in_the_right_zone(mission, tmp_path):
    data = export_ics(mission, tmp_path)
    calendar = vobject.readOne(data.decode("utf-8"))
    starts = {event.uid.value: event.dtstart.value for event in calendar.vevent_list}
    online = starts["t-i-online@mission-planner"]
    assert online.utcoffset().total_seconds() == 9 * 3600
    assert online.astimezone(SEOUL).replace(tzinfo=None) == datetime(2023, 10, 25, 10, 0)
    assert online.astimezone(ISTANBUL).replace(tzinfo=None) == datetime(2023, 10, 25, 4, 0)
    assert len(starts) == len(calendar.vevent_list) == 3
    assert [tz.tzid.value for tz in calendar.vtimezone_list] == ["Asia/Seoul"]


def test_person_calendar_has_own_items_and_flights_with_stable_uids(mission, tmp_path):
    snapshot = mission.documents.snapshot(CODE)
    data = person_calendar(snapshot, "t-p-sule")
    assert_well_formed(data)
    found = by_uid(data)
    assert len(found) == len(events(data))
    items = {uid for uid in found if not uid.startswith("flight-")}
    assert items == {item_uid(entry.item) for entry in snapshot.programme_of("t-p-sule")}
    flights = [event for uid, event in found.items() if uid.startswith("flight-")]
    assert len(flights) == 2
    arrival = next(event for event in flights if str(event["SUMMARY"]).startswith("Arrival"))
    assert arrival["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert arrival.decoded("DTSTART") == datetime(2023, 10, 23, 17, 40, tzinfo=SEOUL)
    assert str(icalendar.Calendar.from_ical(data)["METHOD"]) == "PUBLISH"

    later = Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 21, 5, tzinfo=SEOUL), "TK092", "2")
    mission.people.set_flight(CODE, "t-p-sule", later)
    moved = by_uid(person_calendar(mission.documents.snapshot(CODE), "t-p-sule"))
    assert set(moved) == set(found)
    assert moved[str(arrival["UID"])].decoded("DTSTART") == later.scheduled


def test_a_resource_person_gets_only_their_items(mission):
    snapshot = mission.documents.snapshot(CODE)
    uids = set(by_uid(person_calendar(snapshot, "t-p-kim")))
    # Kim moderates the opening, is the discussant online, and is assigned to the KIST visit.
    assert uids == {"t-i-open@mission-planner", "t-i-online@mission-planner", "t-i-kist@mission-planner"}


def test_an_item_has_one_uid_in_both_calendars(mission):
    snapshot = mission.documents.snapshot(CODE)
    whole = by_uid(mission_calendar(snapshot))
    own = by_uid(person_calendar(snapshot, "t-p-sule"))
    shared = {uid for uid in own if not uid.startswith("flight-")}
    assert shared <= set(whole)
    for uid in shared:
        assert own[uid]["SEQUENCE"] == whole[uid]["SEQUENCE"]
        assert own[uid].decoded("DTSTART") == whole[uid].decoded("DTSTART")


def test_demo_calendars_are_well_formed_with_unique_uids(demo, tmp_path):
    for code, zone in (
        ("23-IP-12-GE-OSM-A", "Asia/Seoul"),
        ("21-IP-06-GE-OSM-B", "Asia/Seoul"),
        ("23-IP-20-GE-WSP-B", "Asia/Jakarta"),
    ):
        target = tmp_path / f"{code}.ics"
        demo.documents.export(code, "ics", target)
        data = target.read_bytes()
        assert_well_formed(data)
        found = events(data)
        uids = [str(event["UID"]) for event in found]
        assert len(uids) == len(set(uids)) == len(demo.missions.load_record(code).items())
        assert {event["DTSTART"].params["TZID"] for event in found} == {zone}
        assert len(vobject.readOne(data.decode("utf-8")).vevent_list) == len(found)
