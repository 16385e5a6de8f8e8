from datetime import time

from mission_planner.domain.validation import find_problems
from tests.factories import full_record


def test_a_sound_mission_has_no_problems():
    assert find_problems(full_record()) == []


def test_an_item_ending_before_it_starts_is_named_by_path():
    record = full_record()
    record.days[0].items[1].end = time(13)
    [problem] = find_problems(record)
    assert problem.path == "days[0].items[1].end"
    assert "Visit to KIST" in problem.message


def test_references_to_unknown_people_and_sites_are_found():
    record = full_record()
    record.days[0].items[0].site_uid = "nowhere"
    record.attendance[0].person_uid = "nobody"
    paths = {problem.path for problem in find_problems(record)}
    assert paths == {"days[0].items[0].site_uid", "attendance[0].person_uid"}


def test_unknown_time_zones_and_reversed_dates_are_found():
    record = full_record()
    record.mission.timezone = "Asia/Atlantis"
    record.mission.end_date = record.mission.start_date.replace(day=1)
    record.people[0].home_timezone = "Mars/Olympus"
    paths = {problem.path for problem in find_problems(record)}
    assert paths == {"mission.timezone", "mission.end_date", "people[0].home_timezone"}
