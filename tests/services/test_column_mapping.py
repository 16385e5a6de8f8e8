"""Column mapping: a header the import does not recognise gets its field from the caller, on a
real database (SQLite and PostgreSQL)."""

import pytest

from mission_planner.domain.problems import ProblemCode
from mission_planner.errors import InputError
from mission_planner.services import NOMINATION_FIELDS, REQUIRED_NOMINATION_FIELDS, unrecognised_headers
from mission_planner.services.imports.problem_text import row_problem_text
from mission_planner.services.people import ImportProblems

CODE = "23-IP-99-GE-OSM-A"

NATION = (
    "Surname,First name,Nation,Organisation,E-mail,Remarks\n"
    "Kaya,Ali,Türkiye,MoIT,ali@example.org,vegetarian\n"
    "Demir,Elif,TUR,TÜBİTAK,elif@example.org,\n"
)


@pytest.fixture
def ws(full):
    return full


@pytest.fixture
def nation(tmp_path):
    path = tmp_path / "nation.csv"
    path.write_text(NATION, encoding="utf-8")
    return path


def emails(ws):
    return {p.email for p in ws.missions.load_record(CODE).people}


def refusal(ws, path, mapping=None) -> ImportProblems:
    with pytest.raises(ImportProblems) as raised:
        ws.people.import_delegates(CODE, path, mapping=mapping)
    assert "ali@example.org" not in emails(ws)
    return raised.value


def test_a_file_with_nation_for_country_is_refused_without_a_mapping_naming_headers_and_fields(ws, nation):
    problems = refusal(ws, nation).problems
    assert [(p.row, p.code, p.params) for p in problems] == [
        (1, ProblemCode.UNRECOGNISED_COLUMNS, {"headers": ["Nation", "Remarks"], "missing": ["country"]})
    ]
    assert row_problem_text(problems[0]) == (
        "row 1: the columns 'Nation', 'Remarks' are not recognised and the required column 'country' is missing; "
        'say which field each holds (--map "Header=field" on the command line)'
    )


def test_with_a_mapping_it_imports_and_an_ignored_column_is_left_out(ws, nation):
    report = ws.people.import_delegates(CODE, nation, mapping={"Nation": "country", "Remarks": None})
    assert report.added == 2
    people = {p.email: p for p in ws.missions.load_record(CODE).people}
    assert (people["ali@example.org"].country, people["elif@example.org"].country) == ("TR", "TR")
    assert people["ali@example.org"].dietary == ""  # Remarks was ignored


def test_the_mapping_matches_headers_as_headers_match_and_unnamed_extras_are_fine(ws, nation):
    # Remarks is not named: with every required field present, an extra column is ignored as before.
    report = ws.people.import_delegates(CODE, nation, mapping={" NATION ": "country"})
    assert report.added == 2


def test_a_mapping_to_a_field_another_column_gives_is_refused(ws, nation):
    problems = refusal(ws, nation, {"Nation": "country", "Remarks": "email"}).problems
    assert [(p.code, p.params) for p in problems] == [
        (ProblemCode.MAPPED_TWICE, {"field": "email", "headers": ["E-mail", "Remarks"]})
    ]


def test_two_columns_mapped_to_one_field_are_refused(ws, nation):
    problems = refusal(ws, nation, {"Nation": "country", "Remarks": "country"}).problems
    assert [(p.code, p.params) for p in problems] == [
        (ProblemCode.MAPPED_TWICE, {"field": "country", "headers": ["Nation", "Remarks"]})
    ]


def test_a_mapping_never_lets_a_required_field_be_missing(ws, nation):
    problems = refusal(ws, nation, {"Nation": None, "Remarks": None}).problems
    assert [(p.code, p.params) for p in problems] == [(ProblemCode.MISSING_COLUMN, {"column": "country"})]
    # Mapping away a recognised column leaves its field missing too.
    problems = refusal(ws, nation, {"Nation": "country", "E-mail": None}).problems
    assert [(p.code, p.params) for p in problems] == [
        (ProblemCode.UNRECOGNISED_COLUMNS, {"headers": ["Remarks"], "missing": ["email"]})
    ]


def test_a_mapping_to_no_such_field_is_refused(ws, nation):
    with pytest.raises(InputError, match=r"'nation' .* is not a field"):
        ws.people.import_delegates(CODE, nation, mapping={"Nation": "nation"})


def test_hostile_headers_are_reported_in_one_bounded_line(ws, tmp_path):
    titles = ["Surname", "First name", "", "", "Dup", "Dup", "X" * 30_000] + [f"Extra {i}" for i in range(300)]
    path = tmp_path / "wide.csv"
    path.write_text(",".join(titles) + "\n" + ",".join(["Kaya", "Ali"] + ["x"] * (len(titles) - 2)) + "\n")
    problem = refusal(ws, path).problems[0]
    assert problem.params["headers"][:4] == ["", "Dup", "X" * 30_000, "Extra 0"]  # each once
    assert problem.params["missing"] == ["country", "organization", "email"]
    text = row_problem_text(problem)
    assert len(text) < 700 and "and 293 more" in text and "\n" not in text


def test_the_fields_offered_and_the_headers_found():
    assert {"family_name", "country", "email"} <= set(REQUIRED_NOMINATION_FIELDS) <= set(NOMINATION_FIELDS)
    assert unrecognised_headers(["Surname", "Nation", "nation", "Nation", "E-mail", ""]) == ["Nation", "nation", ""]
