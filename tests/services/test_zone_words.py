"""Time zones in words for people ("Istanbul time (UTC+3), 6 h behind Seoul"), worded in one
place (services/export/zones.py) and used by the packs, the itinerary and the daily agenda."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from mission_planner.services.export.zones import utc_offset, zone_in_words

SEOUL = "Asia/Seoul"
TURKIYE = "23-IP-12-GE-OSM-A"
GOVERNANCE = "21-IP-06-GE-OSM-B"


def test_a_zone_in_words_with_its_offset_on_the_day_and_the_difference_to_the_mission():
    day = date(2023, 10, 24)
    assert zone_in_words("Europe/Istanbul", day, SEOUL) == "Istanbul time (UTC+3), 6 h behind Seoul"
    assert zone_in_words("Asia/Kolkata", day, SEOUL) == "Kolkata time (UTC+5:30), 3 h 30 min behind Seoul"
    assert zone_in_words("Asia/Ho_Chi_Minh", day, SEOUL) == "Ho Chi Minh City time (UTC+7), 2 h behind Seoul"
    assert zone_in_words("Asia/Tokyo", day, SEOUL) == "Tokyo time (UTC+9), the same as Seoul"
    assert zone_in_words("Pacific/Fiji", day, SEOUL) == "Fiji time (UTC+12), 3 h ahead of Seoul"
    assert zone_in_words(SEOUL, day, SEOUL) == zone_in_words(SEOUL, day) == "Seoul time (UTC+9)"
    assert zone_in_words("", day, SEOUL) == ""


def test_the_offset_is_the_one_of_the_day_summer_time_included():
    assert utc_offset("America/New_York", date(2023, 7, 1)) == "UTC−4"
    assert utc_offset("America/New_York", date(2023, 12, 1)) == "UTC−5"
    assert zone_in_words("Europe/London", date(2023, 7, 1), SEOUL) == "London time (UTC+1), 8 h behind Seoul"
    assert zone_in_words("Etc/UTC", date(2023, 7, 1)) == "UTC"


def test_a_pack_words_the_delegates_zone_and_the_missions(demo, tmp_path):
    record = demo.missions.load_record(TURKIYE)
    target = tmp_path / "packs"
    demo.documents.export(TURKIYE, "packs", target)
    snapshot = demo.documents.snapshot(TURKIYE)
    checked = 0
    for person in record.people:
        zone = snapshot.timezone_of(person.uid)
        files = [f for f in target.glob("*.pdf") if f.stem.endswith(person.uid[:8])]
        if not zone or not files:
            continue
        page = " ".join(PdfReader(files[0]).pages[0].extract_text().split())
        assert zone not in page
        assert zone_in_words(zone, record.mission.start_date, SEOUL) in page
        assert "Seoul time (UTC+9)" in page
        checked += 1
    assert checked
