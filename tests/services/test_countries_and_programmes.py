from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mission_planner.services.countries import country_name, country_timezone, resolve_country
from tests.factories import full_record


@pytest.mark.parametrize(
    ("written", "iso2"),
    [
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("TR", "TR"),
        ("TUR", "TR"),
        ("  türkiye ", "TR"),
        ("Republic of Korea", "KR"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("IR Iran", "IR"),
        ("Lao PDR", "LA"),
        ("Republic of China", "TW"),
        ("United Kingdom", "GB"),
        ("Mongolia", "MN"),
    ],
)
def test_countries_resolve_from_apo_names_english_names_and_iso_codes(written, iso2):
    assert resolve_country(written) == iso2


def test_unknown_countries_resolve_to_nothing():
    assert resolve_country("Atlantis") is None
    assert resolve_country("") is None


def test_country_names_and_zones():
    assert country_name("TW") == "Republic of China"
    assert country_name("GB") == "United Kingdom"
    assert country_timezone("TR") == "Europe/Istanbul"
    assert country_timezone("GB") == "Europe/London"


def test_a_personal_programme_gives_home_times_for_online_items_only(workspace):
    workspace.missions.add_record(full_record())
    entries = workspace.programme.personal_programme("23-IP-99-GE-OSM-A", "t-p-sule")
    assert [e.item.title for e in entries][1:] == ["Visit to KIST", "Online briefing"]
    in_person, online = entries[1], entries[2]
    assert in_person.home_start is None
    assert online.start == datetime(2023, 10, 25, 10, tzinfo=ZoneInfo("Asia/Seoul"))
    assert online.home_start == datetime(2023, 10, 25, 4, tzinfo=ZoneInfo("Europe/Istanbul"))
    assert online.home_start.tzinfo.key == "Europe/Istanbul"
