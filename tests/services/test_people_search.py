"""Find Person against a real database: names in every script, regardless of case and accents,
across missions, with each person's missions newest first."""

from datetime import date

import pytest

from mission_planner.domain.duplicate import duplicate_record
from mission_planner.domain.enums import Role, Status
from mission_planner.domain.people import Participation, Person
from tests.factories import full_record, scripts_record

OLDER = "22-IP-77-GE-OSM-A"
NEWER = "23-IP-77-GE-OSM-A"


@pytest.fixture
def index(workspace):
    workspace.missions.add_record(scripts_record())  # NEWER, with people named in every APO script
    # A year earlier: the same programme moved back, without its participants.
    older = duplicate_record(full_record(prefix="o"), OLDER, date(2022, 3, 1), today=date(2022, 1, 1))
    older.people.append(Person("s-p-ismail", "Şahin", "İsmail Çağlar", "TR"))
    older.participations.append(Participation("s-p-ismail", Role.PARTICIPANT, Status.WITHDRAWN))
    older.people.append(Person("o-p-ilker", "IŞIK", "İLKER", "TR"))
    older.people.append(
        Person("o-p-sita", "शर्मा", "सीता", "IN", romanized_family_name="SHARMA", romanized_given_name="Sita")
    )
    older.participations.append(Participation("o-p-sita", Role.PARTICIPANT, Status.NOMINATED))
    older.participations.append(Participation("o-p-ilker", Role.PARTICIPANT, Status.NOMINATED))
    workspace.missions.add_record(older)
    return workspace.people.people_index()


def found(index, query: str) -> list[str]:
    return [match.full_name for match in index.search(query)]


@pytest.mark.parametrize("query", ["민준", "김 민준", "김", "김민준", "김민"])
def test_hangul_names_are_found(index, query):
    assert "민준 김" in found(index, query)


@pytest.mark.parametrize("query", ["İSMAİL", "ismail", "Ismail", "ISMAIL", "şahin", "SAHIN", "çağlar şahin"])
def test_turkish_names_are_found_whatever_the_case_and_dots(index, query):
    assert found(index, query) == ["İsmail Çağlar Şahin"]


@pytest.mark.parametrize("query", ["ılker ışık", "ilker isik", "İlker Işık", "ILKER"])
def test_dotless_and_dotted_i_fold_to_one_letter(index, query):
    assert found(index, query) == ["İLKER IŞIK"]


def test_ascii_cyrillic_and_thai_names_regardless_of_case(index):
    assert found(index, "BATBAYAR") == [] and found(index, "БАТБАЯР") == ["Батбаяр Болд"]
    assert found(index, "батбаяр болд") == ["Батбаяр Болд"]
    assert found(index, "สมชาย") == ["สมชาย ใจดี"]
    assert found(index, "NGUYEN") == ["Thị Hương Nguyễn"]


@pytest.mark.parametrize("query", ["sharma", "Sita Sharma", "SHARMA Sita", "सीता शर्मा"])
def test_a_name_in_another_script_is_found_by_its_romanised_form_too(index, query):
    assert found(index, query) == ["सीता शर्मा"]


def test_a_person_of_two_missions_shows_both_newest_first_with_the_newest_status(index):
    (ismail,) = index.search("ismail")
    assert ismail.missions == (NEWER, OLDER)
    assert ismail.status is Status.CONFIRMED
    assert ismail.country == "TR" and ismail.uid == "s-p-ismail"


def test_blank_queries_find_no_one_and_the_limit_cuts_in_name_order(index):
    assert index.search("   ") == []
    assert found(index, "nobody called this") == []
    everyone_with_a = index.search("a")
    assert len(everyone_with_a) > 3
    assert index.search("a", limit=3) == everyone_with_a[:3]
