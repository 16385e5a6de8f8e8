import pytest

from mission_planner.domain.codes import code_problem, parse_project_code
from mission_planner.domain.limits import MAX_CODE


def test_parses_every_part_of_an_apo_code():
    code = parse_project_code("21-IP-06-GE-OSM-B")
    assert (code.programme_year, code.area, code.serial, code.funding, code.project_type, code.suffix) == (
        "21",
        "IP",
        "06",
        "GE",
        "OSM",
        "B",
    )
    assert str(code) == "21-IP-06-GE-OSM-B"


def test_special_grant_funding_is_accepted():
    assert parse_project_code("22-AG-01-GE/DC-TRC-A").funding == "GE/DC"


def test_codes_off_the_pattern_are_not_parsed():
    assert parse_project_code("21-IP-6-GE-OSM-B") is None
    assert parse_project_code("my mission") is None


@pytest.mark.parametrize("code", ["21-IP-06-GE-OSM-B", "my mission", "23-ip-12", "x" * MAX_CODE, "연수-2024"])
def test_a_readable_one_line_code_is_accepted(code):
    assert code_problem(code) is None


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("", "is empty"),
        ("x" * (MAX_CODE + 1), f"is {MAX_CODE + 1} characters long; at most {MAX_CODE} are allowed"),
        (" 21-IP-06", "begins or ends with a space"),
        ("21-IP-06\u00a0", "begins or ends with a space"),
        ("21-IP\n06", "holds an invisible or control character (U+000A)"),
        ("21-IP-06\n", "holds an invisible or control character (U+000A)"),
        ("\x1b[31m21-IP", "holds an invisible or control character (U+001B)"),
        ("21\u202e-IP", "holds an invisible or control character (U+202E)"),
        ("21\u200b-IP", "holds an invisible or control character (U+200B)"),
        ("21\u2028-IP", "holds an invisible or control character (U+2028)"),
    ],
)
def test_a_code_that_is_not_one_readable_line_is_refused_with_the_reason(code, problem):
    assert code_problem(code) == problem
