"""One resolver for the mission codes users type: any case, and the closest codes when none matches."""

import pytest

from mission_planner.errors import NotFoundError
from mission_planner.services.mission_codes import unknown_code_message
from tests.factories import full_record, online_record


@pytest.fixture
def two_missions(workspace):
    workspace.missions.add_record(full_record("23-IP-12-GE-OSM-A"))
    workspace.missions.add_record(online_record("21-IP-06-GE-OSM-B"))
    return workspace


def test_a_code_in_any_case_finds_its_mission(two_missions):
    assert two_missions.missions.mission_code("23-ip-12-ge-osm-a") == "23-IP-12-GE-OSM-A"
    assert two_missions.missions.load_record("21-Ip-06-gE-oSm-b").mission.code == "21-IP-06-GE-OSM-B"
    assert two_missions.budget.report("23-ip-12-ge-osm-a").currency == "USD"


def test_an_unknown_code_names_the_closest_ones(two_missions):
    with pytest.raises(NotFoundError) as raised:
        two_missions.missions.check("23-IP-12-GE-OSM")
    assert str(raised.value) == (
        "No mission with the code 23-IP-12-GE-OSM. Did you mean 23-IP-12-GE-OSM-A, 21-IP-06-GE-OSM-B?"
    )  # the closest first


def test_nothing_close_is_no_suggestion():
    assert unknown_code_message("budget", ["23-IP-12-GE-OSM-A"]) == "No mission with the code budget."
    assert unknown_code_message("x", []) == "No mission with the code x."
