"""What a delegate needs on the day, in the daily agenda and the itinerary: read back with pypdf
(a library independent of the writer) from the demo missions and a record made here."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from mission_planner.domain.countries import member
from mission_planner.domain.invitations import invited_economies
from mission_planner.services import open_workspace
from mission_planner.services.countries import country_name
from tests.databases import copy_sqlite_template
from tests.factories import online_record

TURKIYE = "23-IP-12-GE-OSM-A"
DIGITAL = "21-IP-06-GE-OSM-B"
WORKSHOP = "23-IP-20-GE-WSP-B"


@pytest.fixture(scope="module")
def loaded(sqlite_demo_template, tmp_path_factory):
    target = tmp_path_factory.mktemp("agenda") / "missions.db"
    opened = open_workspace(copy_sqlite_template(sqlite_demo_template, target))
    yield opened
    opened.close()


def pages(workspace, code: str, kind: str, folder: Path, layout: bool = False) -> list[str]:
    target = folder / f"{code}-{kind}.pdf"
    workspace.documents.export(code, kind, target)
    mode = "layout" if layout else "plain"
    return [page.extract_text(extraction_mode=mode) or "" for page in PdfReader(target).pages]


def squeezed(value: str) -> str:
    return re.sub(r"\s+", "", value)


def pages_by_day(texts: list[str]) -> dict[int, str]:
    """The agenda's pages joined per day: every page's banner says `DAY n OF m`."""
    days: dict[int, str] = {}
    for page in texts:
        number = int(re.search(r"DAY (\d+) OF \d+", page).group(1))
        days[number] = days.get(number, "") + page
    return days


def test_an_online_days_agenda_gives_the_link_meeting_id_and_passcode_under_its_banner(loaded, tmp_path):
    days = pages_by_day(pages(loaded, DIGITAL, "daily-pdf", tmp_path))
    for number, url, meeting, passcode in (
        (1, "https://zoom.example/j/81202111241?pwd=demo", "812 0211 1241", "582014"),
        (2, "https://zoom.example/j/81202111242?pwd=demo", "812 0211 1242", "582015"),
    ):
        text = days[number]
        assert f"Join online: {url}" in text
        assert f"Meeting ID: {meeting}" in text  # parsed from the Zoom link, grouped as Zoom prints it
        assert f"Passcode: {passcode}" in text  # typed on the items
        assert text.index("Join online") < text.index("13:00")  # under the banner, before the first item


def test_a_typed_meeting_id_is_printed_when_the_link_does_not_carry_one(loaded, tmp_path):
    text = pages_by_day(pages(loaded, WORKSHOP, "daily-pdf", tmp_path))[1]
    assert "teams.example/l/meetup-join/19%3ameeting_wsp20230801%40thread.v2/0" in squeezed(text)
    assert "Meeting ID: 482 613 970 251" in text and "Passcode: Kp7wQ1" in text


def test_the_contact_strip_names_the_coordinator_and_the_whole_24_hour_phone_on_every_page(loaded, tmp_path):
    texts = pages(loaded, TURKIYE, "daily-pdf", tmp_path)
    strip = "Coordinator: Ji-young Lee · 24-hour phone: +82-10-5555-0121"
    assert all(strip in page.splitlines()[1] for page in texts if page.startswith("Individual-country"))
    assert sum(strip in page for page in texts) == 4  # each day's first page


def test_site_visits_carry_both_addresses_and_only_the_security_day_asks_for_a_passport(loaded, tmp_path):
    days = pages_by_day(pages(loaded, TURKIYE, "daily-pdf", tmp_path))
    assert "서울특별시성북구화랑로14길5" in squeezed(days[1])  # KIST, the security site
    assert "5Hwarang-ro14-gil,Seongbuk-gu,Seoul" in squeezed(days[1])
    assert "대전광역시서구청사로189" in squeezed(days[2])  # the Public Procurement Service
    assert "189Cheongsa-ro,Seo-gu,Daejeon" in squeezed(days[2])
    assert "Bring your passport" in days[1]
    assert "Dress code: Business attire; closed-toe shoes in the laboratories." in " ".join(days[1].split())
    assert [n for n, text in days.items() if "passport" in text.lower()] == [1]
    assert [n for n, text in days.items() if "Dress code" in text] == [1]


def test_the_itinerary_gives_the_objectives_and_the_resource_persons(loaded, tmp_path):
    record = loaded.missions.load_record(DIGITAL)
    text = "\n".join(pages(loaded, DIGITAL, "itinerary-pdf", tmp_path))
    flat = squeezed(text)
    for number, objective in enumerate(record.mission.objectives, start=1):
        assert squeezed(f"{number}. {objective}") in flat
    section = squeezed(text[text.index("Resource persons") : text.index("Venues and site visits")])
    people = {person.uid: person for person in record.people}
    speakers = {
        role.person_uid for day in record.days for item in day.items for role in item.roles if role.role == "speaker"
    }
    staff = {part.person_uid for part in record.participations if part.role == "secretariat"}
    resource = {part.person_uid for part in record.participations if part.is_resource_person}
    expected = (speakers | resource) - staff
    assert len(expected) == 5
    for uid in expected:
        person = people[uid]
        assert squeezed(person.full_name) in section
        assert squeezed(person.organization) in section
        assert squeezed(country_name(person.country)) in section
        assert person.biography and squeezed(person.biography) in section
    for uid in staff:  # the secretariat opens the mission but is not a resource person
        assert squeezed(people[uid].full_name) not in section


def test_the_local_start_times_of_each_economy_match_zoneinfo(loaded, tmp_path):
    record = loaded.missions.load_record(DIGITAL)
    text = "\n".join(pages(loaded, DIGITAL, "itinerary-pdf", tmp_path, layout=True))
    table = text[text.index("Local start times") :]
    assert "Jakarta for Indonesia" in " ".join(table.split()) and "Ulaanbaatar for Mongolia" in " ".join(table.split())
    starts = [
        datetime.combine(day.date, min(item.start for item in day.items if item.is_online), ZoneInfo("Asia/Seoul"))
        for day in record.days
    ]
    economies = invited_economies(record.mission)
    assert len(economies) == 20
    for iso2 in economies:
        zone = ZoneInfo(member(iso2).timezone)
        cells = []
        for start in starts:
            local = start.astimezone(zone)
            cells.append(f"{local:%H:%M}" + ("" if local.date() == start.date() else f" ({local:%a})"))
        row = rf"^\s*{re.escape(country_name(iso2))}\s+\S.*?\s{{2,}}" + r"\s+".join(map(re.escape, cells)) + r"\s*$"
        assert re.search(row, table, re.MULTILINE), (iso2, cells)


def test_a_session_late_in_seoul_is_shown_on_the_next_local_day_where_it_is(tmp_path):
    record = online_record()
    evening = [(time(22), time(22, 45)), (time(22, 45), time(23)), (time(23), time(23, 30))]
    late = [
        replace(
            day,
            items=[replace(item, start=start, end=end) for item, (start, end) in zip(day.items, evening, strict=True)],
        )
        for day in record.days
    ]
    record = replace(record, days=late)
    workspace = open_workspace(str(tmp_path / "late.db"))
    try:
        workspace.missions.add_record(record)
        text = "\n".join(pages(workspace, record.mission.code, "itinerary-pdf", tmp_path, layout=True))
    finally:
        workspace.close()
    table = text[text.index("Local start times") :]
    # 22:00 in Seoul on Wednesday is 01:00 on Thursday in Fiji (UTC+12), 16:00 on Wednesday in Istanbul
    assert re.search(r"^\s*Fiji\s+.*01:00 \(Thu\)\s+01:00 \(Fri\)\s*$", table, re.MULTILINE)
    assert re.search(r"^\s*Türkiye\s+.*16:00\s+16:00\s*$", table, re.MULTILINE)
