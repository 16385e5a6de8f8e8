import pytest

from mission_planner.domain.budget import RuleSet
from mission_planner.domain.codes import code_problem
from mission_planner.domain.limits import MAX_CODE, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, MAX_TITLE
from mission_planner.domain.mission import Mission
from mission_planner.domain.people import Person
from mission_planner.domain.places import Site
from mission_planner.domain.programme import Item
from mission_planner.domain.text_limits import limit_of, text_problems
from tests.factories import full_record


def test_a_full_mission_has_no_text_problem():
    assert text_problems(full_record()) == []


@pytest.mark.parametrize(
    ("target", "field", "limit"),
    [
        (lambda r: r.mission, "title", MAX_TITLE),
        (lambda r: r.mission, "background", MAX_LONG_TEXT),
        (lambda r: r.mission, "venue_city", MAX_SHORT_TEXT),
        (lambda r: r.people[0], "family_name", MAX_NAME),
        (lambda r: r.people[0], "organization", MAX_SHORT_TEXT),
        (lambda r: r.days[0].items[0], "title", MAX_TITLE),
        (lambda r: r.days[0].items[0], "description", MAX_LONG_TEXT),
        (lambda r: r.sites[0], "name_en", MAX_NAME),
        (lambda r: r.sites[0], "access_notes", MAX_LONG_TEXT),
    ],
)
def test_each_field_takes_its_limit_and_not_one_character_more(target, field, limit):
    record = full_record()
    setattr(target(record), field, "é" * limit)
    assert text_problems(record) == []
    setattr(target(record), field, "é" * (limit + 1))
    (problem,) = text_problems(record)
    assert problem.path.endswith(f".{field}")
    assert f"{limit + 1:,} characters long; at most {limit:,}" in problem.message


def test_the_path_names_the_offender_inside_the_record():
    record = full_record()
    record.days[1].items[0].title = "x" * (MAX_TITLE + 1)
    record.mission.objectives.append("y" * (MAX_LONG_TEXT + 1))
    paths = {p.path for p in text_problems(record)}
    assert paths == {"days[1].items[0].title", f"mission.objectives[{len(record.mission.objectives) - 1}]"}


def test_lengths_count_characters_after_nfc():
    record = full_record()
    # "e" + combining acute is one character once composed.
    record.people[0].family_name = "e\u0301" * MAX_NAME
    assert text_problems(record) == []


@pytest.mark.parametrize("text", ["bad \ud800 half", "nul\x00inside"])
def test_lone_surrogates_and_nuls_are_refused_anywhere(text):
    record = full_record()
    record.people[1].phone = text
    (problem,) = text_problems(record)
    assert problem.path == "people[1].phone"
    assert "surrogate" in problem.message or "NUL" in problem.message


def test_single_values_and_limits_for_dialogs():
    assert limit_of(Mission, "code") == MAX_CODE
    assert limit_of(Person, "given_name") == MAX_NAME
    assert limit_of(Item, "venue") == MAX_SHORT_TEXT
    assert limit_of(Site, "name_ko") == MAX_NAME
    assert limit_of(RuleSet, "source") == MAX_LONG_TEXT
    person = full_record().people[0]
    person.given_name = "g" * (MAX_NAME + 1)
    assert [p.path for p in text_problems(person, "person")] == ["person.given_name"]


@pytest.mark.parametrize("code", ["21-IP-06-GE-OSM-B", "my mission", "x" * MAX_CODE, "서울 2024"])
def test_codes_on_or_off_the_apo_pattern_are_allowed(code):
    assert code_problem(code) is None


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * (MAX_CODE + 1), "at most 40"),
        ("a\nb", "U+000A"),
        ("a\x1b[31mb", "U+001B"),
        ("a\u202eb", "U+202E"),
        ("a\u200bb", "U+200B"),
        ("a\ud800", "U+D800"),
        (" lead", "space"),
        ("trail ", "space"),
    ],
)
def test_codes_that_are_not_one_visible_line_are_refused(code, reason):
    assert reason in code_problem(code)
