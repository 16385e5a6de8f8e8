"""A delegate's pack carries what they need on the day: the airport meeting point and greeter, the
hotel pick-up for their flight, their hotel's address in English and Korean on a taxi card, the
host office's card and the practical notes. Read back with pypdf, not with what wrote them."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from zoneinfo import ZoneInfo

from mission_planner.domain.enums import FlightDirection
from mission_planner.domain.practical import PracticalNotes
from mission_planner.services.export import DocumentSettings
from mission_planner.services.interchange.files import read_mission_file, write_mission_file
from tests.factories import full_record
from tests.services.test_pack_documents import FACTORY, pages_text

SEOUL = ZoneInfo("Asia/Seoul")
HOTEL_EN = "19 Saemunan-ro 5-gil, Jongno-gu, Seoul 03170"
HOTEL_KO = "서울특별시 종로구 새문안로5길 19"


def practical_record():
    record = full_record(FACTORY)
    record.sites = [
        dataclasses.replace(site, address_en=HOTEL_EN, address_ko=HOTEL_KO, name_ko="예시 호텔")
        if site.uid == "t-site-hotel"
        else site
        for site in record.sites
    ]
    return record


def pack_of(workspace, tmp_path, uid: str = "t-p-sule") -> str:
    target = tmp_path / "packs"
    workspace.documents.export(FACTORY, "packs", target, settings=DocumentSettings(person_uids=(uid,)))
    (pdf,) = target.glob("*.pdf")
    return " ".join(" ".join(pages_text(pdf)).split())  # lines joined: a sentence may wrap anywhere


def test_the_pack_says_where_and_by_whom_a_delegate_is_met_and_when_the_car_leaves(workspace, tmp_path):
    workspace.missions.add_record(practical_record())

    pack = pack_of(workspace, tmp_path)

    assert "Exit 4" in pack
    assert "KPC sign by the Information desk" in pack
    assert "Kim Min-ji" in pack
    assert "+82-10-5555-0123" in pack  # whole, on one line
    # The flight's own pick-up (07:15) wins over the mission's rule (4 h before 11:00).
    assert "at 07:15, for flight TK091 at 11:00" in pack
    assert "07:00, for flight" not in pack


def test_the_mission_rule_gives_the_pick_up_time_when_the_flight_has_none(workspace, tmp_path):
    record = practical_record()
    for part in record.participations:
        part.flights = [dataclasses.replace(flight, pickup=None) for flight in part.flights]
    record.practical = dataclasses.replace(record.practical, departure_transfer_minutes=210)
    workspace.missions.add_record(record)

    assert "at 07:30, for flight TK091 at 11:00" in pack_of(workspace, tmp_path)


def test_the_hotel_and_the_host_office_have_taxi_cards_in_both_languages(workspace, tmp_path):
    workspace.missions.add_record(practical_record())

    pack = pack_of(workspace, tmp_path)

    assert HOTEL_EN in pack and HOTEL_KO in pack
    card = pack[pack.index("Your hotel ·") :]
    assert "이 주소로 가 주세요" in card and HOTEL_KO in card and HOTEL_EN in card
    office = pack[pack.index("The host organization's office") :]
    assert "한국생산성본부" in office  # the factory's KPC site, named as the host office


def test_the_practical_notes_are_printed_under_their_headings(workspace, tmp_path):
    workspace.missions.add_record(practical_record())

    pack = pack_of(workspace, tmp_path)

    for heading, value in [
        ("Dress code", "Business attire"),
        ("What to bring", "Passport, business cards"),
        ("Wi-Fi", "KPC-Guest"),
        ("Insurance", "group policy"),
    ]:
        assert heading in pack and value in pack
    assert "Police 112" in pack


def test_a_pack_without_any_of_it_says_nothing_about_it(workspace, tmp_path):
    record = practical_record()
    record.practical = PracticalNotes()
    record.meeting_points = []
    for part in record.participations:
        part.flights = [dataclasses.replace(flight, pickup=None) for flight in part.flights]
    workspace.missions.add_record(record)

    pack = pack_of(workspace, tmp_path)

    assert "Practical information" not in pack
    assert "Departure transfer" not in pack
    assert "Greeter" not in pack
    assert "The host organization's office" not in pack
    assert "Your hotel ·" in pack  # the hotel's card needs nothing new


def test_a_mission_file_carries_the_new_fields_there_and_back(tmp_path):
    record = practical_record()
    target = tmp_path / "mission.json"

    write_mission_file(record, target)

    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["practical"]["departure_transfer_minutes"] == 240
    assert data["practical"]["host_office_uid"] == "t-site-kpc"
    assert data["meeting_points"][0]["greeter_phone"] == "+82-10-5555-0123"
    departure = next(
        flight for flight in data["participations"][0]["flights"] if flight["direction"] == FlightDirection.DEPARTURE
    )
    assert departure["pickup"] == "2023-10-26T07:15:00+09:00[Asia/Seoul]"
    back = read_mission_file(target)
    assert back.practical == record.practical
    assert back.meeting_points == record.meeting_points
    assert back.participations[0].flights[1].pickup == datetime(2023, 10, 26, 7, 15, tzinfo=SEOUL)


def test_a_mission_file_naming_a_host_office_it_does_not_hold_is_refused(tmp_path):
    record = practical_record()
    record.practical = dataclasses.replace(record.practical, host_office_uid="nowhere")
    target = tmp_path / "mission.json"
    write_mission_file(record, target)

    try:
        read_mission_file(target)
    except Exception as error:
        assert "practical.host_office_uid" in str(error)
    else:
        raise AssertionError("read a file whose host office is missing")


def test_an_archive_carries_the_notes_meeting_points_and_pick_ups_back(workspace, tmp_path):
    record = practical_record()
    workspace.missions.add_record(record)
    target = tmp_path / "mission.zip"
    workspace.missions.archive_mission(FACTORY, target)
    workspace.missions.delete_mission(FACTORY)

    workspace.missions.unarchive_mission(target)

    back = workspace.missions.load_record(FACTORY)
    assert back.practical == record.practical
    assert back.meeting_points == record.meeting_points
    assert back.participations[0].flights[1].pickup == datetime(2023, 10, 26, 7, 15, tzinfo=SEOUL)


def test_the_calendar_of_a_pack_carries_the_meeting_point_and_the_hotel_pick_up(workspace, tmp_path):
    workspace.missions.add_record(practical_record())
    target = tmp_path / "packs"
    workspace.documents.export(FACTORY, "packs", target, settings=DocumentSettings(person_uids=("t-p-sule",)))
    (calendar,) = target.glob("*.ics")

    from icalendar import Calendar

    descriptions = [str(event.get("description")) for event in Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")]
    arrival = next(text for text in descriptions if text.startswith("Arriving"))
    departure = next(text for text in descriptions if text.startswith("Leaving"))
    assert "Meeting point: Terminal 1, Exit 4, KPC sign by the Information desk" in arrival
    assert "Greeter: Kim Min-ji, +82-10-5555-0123" in arrival
    assert "The car leaves your hotel at 07:15 on Thursday 26 October" in departure
