"""The interface's own conflict sentences, one per code, about a small real mission."""

from datetime import UTC, date, datetime, time

import pytest

from mission_planner.domain.conflicts import Code, Conflict
from mission_planner.gui.conflict_text import describe_conflict, people_text
from tests.factories import full_record


@pytest.fixture
def record():
    return full_record(prefix="t")


@pytest.mark.parametrize(
    ("conflict", "expected"),
    [
        (
            Conflict(Code.OVERLAP, ("t-i-open", "t-i-kist"), ("t-p-sule",)),
            '“Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30) overlaps “Visit to KIST” '
            "(Tue 24 Oct 2023 14:00–16:00); Şule Yılmaz would be in both.",
        ),
        (
            Conflict(Code.OVERLAP, ("t-i-open", "t-i-kist"), (), {"group": "A"}),
            '“Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30) overlaps “Visit to KIST” '
            "(Tue 24 Oct 2023 14:00–16:00); group A is expected at both.",
        ),
        (
            Conflict(Code.OVERLAP, ("t-i-open", "t-i-kist"), (), {"groups": ("A", "B")}),
            '“Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30) overlaps “Visit to KIST” '
            "(Tue 24 Oct 2023 14:00–16:00); groups A and B may share people, as no one has been put in a group yet.",
        ),
        (
            Conflict(Code.VENUE_DOUBLE_BOOKED, ("t-i-open", "t-i-kist"), (), {"site": "t-site-kist"}),
            '“Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30) and “Visit to KIST” '
            "(Tue 24 Oct 2023 14:00–16:00) are both at Korea Institute of Science and Technology (KIST) "
            "at the same time.",
        ),
        (
            Conflict(Code.VENUE_DOUBLE_BOOKED, ("t-i-open", "t-i-kist"), (), {"venue": "Room 301"}),
            '“Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30) and “Visit to KIST” '
            "(Tue 24 Oct 2023 14:00–16:00) are both at “Room 301” at the same time.",
        ),
        (
            Conflict(Code.NOT_INVITED, (), ("t-p-sule", "t-p-kim"), {"country": "CN", "open_to_all": False}),
            "Nominated from China, which is not among the participating countries of the Project Notification: "
            "Şule Yılmaz and 김민준.",
        ),
        (
            Conflict(Code.NOT_INVITED, (), ("t-p-sule",), {"country": "GB", "open_to_all": True}),
            "Nominated from United Kingdom, which is not an APO member economy (the mission is open to all member "
            "countries): Şule Yılmaz.",
        ),
        (
            Conflict(
                Code.DOUBLE_BOOKED,
                ("t-i-kist",),
                ("t-p-kim",),
                {
                    "other_mission": "23-IP-01-GE-WSP-A",
                    "other_title": "Keynote",
                    "other_start": datetime(2023, 10, 24, 5, 0, tzinfo=UTC),
                    "other_end": datetime(2023, 10, 24, 6, 0, tzinfo=UTC),
                },
            ),
            "김민준 is booked in “Visit to KIST” (Tue 24 Oct 2023 14:00–16:00) and, at the same time, in “Keynote” "
            "of 23-IP-01-GE-WSP-A (24 Oct 2023 05:00 UTC).",
        ),
        (
            Conflict(
                Code.TRAVEL_TIME,
                ("t-i-open", "t-i-kist"),
                ("t-p-sule", "t-p-kim"),
                {"needed_minutes": 50, "available_minutes": 30},
            ),
            'Only 30 minutes between “Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30) and '
            "“Visit to KIST” (Tue 24 Oct 2023 14:00–16:00), but the journey takes 50 minutes "
            "(for Şule Yılmaz and 김민준).",
        ),
        (
            Conflict(Code.OUTSIDE_MISSION_DATES, ("t-i-online",), (), {"day": date(2023, 10, 25)}),
            "“Online briefing” (Wed 25 Oct 2023 10:00–11:30) is outside the mission's dates "
            "(24 Oct 2023 to 25 Oct 2023).",
        ),
        (
            Conflict(
                Code.OUTSIDE_OPENING_HOURS, ("t-i-kist",), (), {"site": "t-site-kist", "hours": [(time(9), time(12))]}
            ),
            "“Visit to KIST” (Tue 24 Oct 2023 14:00–16:00) is outside the opening hours of "
            "Korea Institute of Science and Technology (KIST) (09:00–12:00).",
        ),
        (
            Conflict(Code.OUTSIDE_OPENING_HOURS, ("t-i-kist",), (), {"site": "t-site-kist", "hours": []}),
            "“Visit to KIST” (Tue 24 Oct 2023 14:00–16:00) is outside the opening hours of "
            "Korea Institute of Science and Technology (KIST) (closed that day).",
        ),
        (
            Conflict(Code.VISITOR_LIST_OVERDUE, ("t-i-kist",), (), {"site": "t-site-kist", "due": date(2023, 10, 10)}),
            "The visitor list for Korea Institute of Science and Technology (KIST) was due on 10 Oct 2023 for "
            "“Visit to KIST” (Tue 24 Oct 2023 14:00–16:00); check that it has been sent "
            "(the Documents tab writes it: Visitor lists).",
        ),
        (
            Conflict(
                Code.NOMINATIONS_CLOSE_AFTER_START, (), (), {"closing": date(2023, 10, 30), "start": date(2023, 10, 24)}
            ),
            "Nominations close on 30 Oct 2023, after the mission starts on 24 Oct 2023.",
        ),
        (
            Conflict(Code.QUOTA_EXCEEDED, (), (), {"kind": "overseas", "quota": 6, "accepted": 7}),
            "7 overseas participants are accepted, more than the quota of 6.",
        ),
    ],
    ids=lambda value: value.code.value if isinstance(value, Conflict) else "",
)
def test_each_code_reads_as_a_sentence(record, conflict, expected):
    assert describe_conflict(conflict, record) == expected


def test_an_item_gone_since_the_check_does_not_break_the_sentence(record):
    text = describe_conflict(Conflict(Code.OVERLAP, ("t-i-open", "gone"), ()), record)
    assert text.endswith("overlaps ?; the whole delegation is expected at both.")


def test_long_lists_of_people_are_shortened():
    assert people_text([]) == "nobody"
    assert people_text(["Ana"]) == "Ana"
    assert people_text(["Ana", "Ben"]) == "Ana and Ben"
    assert people_text(["Ana", "Ben", "Chul", "Dara"]) == "Ana, Ben, Chul and Dara"
    assert people_text(["Ana", "Ben", "Chul", "Dara", "Eko", "Fai"]) == "Ana, Ben, Chul and 3 others"
