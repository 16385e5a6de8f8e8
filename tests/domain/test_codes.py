from mission_planner.domain.codes import parse_project_code


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
