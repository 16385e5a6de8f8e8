"""The evaluation's responses and action plans as the workspace keeps them, and the figures the
completion report is made of, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

from mission_planner.domain.completion import people_by_economy_and_role, session_attendance
from mission_planner.domain.enums import Role
from mission_planner.domain.evaluation import is_session, summarize
from mission_planner.services.interchange.files import read_mission_file, write_mission_file

CODE = "23-IP-99-GE-OSM-A"
SULE = "t-p-sule"


def test_responses_and_action_plans_are_kept_and_travel_in_the_mission_file(full, tmp_path):
    record = full.missions.load_record(CODE)
    assert [(r.number, r.person_uid) for r in record.evaluation] == [(2, SULE), (3, None)]
    assert next(p for p in record.participations if p.person_uid == SULE).action_plan.startswith("Pilot")

    target = tmp_path / "mission.json"
    write_mission_file(record, target)
    again = read_mission_file(target)

    assert again.evaluation == record.evaluation
    assert [p.action_plan for p in again.participations] == [p.action_plan for p in record.participations]


def test_a_respondent_who_leaves_the_mission_leaves_an_anonymous_response(full):
    full.people.remove_person(CODE, SULE)

    record = full.missions.load_record(CODE)

    assert [r.person_uid for r in record.evaluation] == [None, None]
    assert record.evaluation[0].answers[0].rating == 5  # the answers stay


def test_the_action_plan_is_edited_with_the_person(full):
    person, part = full.people.person(CODE, SULE)
    part.action_plan = "Write the e-procurement guideline"

    full.people.update_person(CODE, person, part)

    assert full.people.person(CODE, SULE)[1].action_plan == "Write the e-procurement guideline"


def test_the_summary_counts_each_rating_and_the_means(full):
    record = full.missions.load_record(CODE)
    sessions = [item for item in record.items() if is_session(item)]

    summary = summarize(record.evaluation, sessions)

    assert summary.responses == 2
    assert [(q.question, q.counts, q.mean) for q in summary.overall] == [
        ("Overall, how satisfied are you with the mission?", {5: 1}, Decimal("5.00"))
    ]
    by_title = {q.question: (q.answered, q.mean) for q in summary.sessions}
    assert by_title == {"Visit to KIST": (1, Decimal("4.00")), "Online briefing": (1, Decimal("3.00"))}
    assert summary.comments == {"What should be improved?": ["More time at KIST"]}


def test_attendance_per_session_follows_the_certificate_rule(full):
    record = full.missions.load_record(CODE)

    rows = {row.item.title: row for row in session_attendance(record)}

    # Şule, the one confirmed participant: present at the opening and online, excused from KIST
    assert (rows["Visit to KIST"].expected, rows["Visit to KIST"].excused, rows["Visit to KIST"].rate) == (
        1,
        1,
        Decimal("0.0"),
    )
    assert rows["Online briefing"].attended == 1 and rows["Online briefing"].rate == Decimal("100.0")
    assert people_by_economy_and_role(record) == {"TR": {Role.PARTICIPANT: 1}, "KR": {Role.RESOURCE_PERSON_LOCAL: 1}}
