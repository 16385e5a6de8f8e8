"""Next year's mission from this year's, and archiving."""

from datetime import date

import pytest

from mission_planner.domain.enums import Role, Status
from mission_planner.errors import ConflictError

CODE = "23-IP-12-GE-OSM-A"


def test_a_duplicate_moves_every_date_and_keeps_the_programme_places_and_budget(demo):
    copy = demo.missions.duplicate_mission(CODE, "24-IP-12-GE-OSM-A", date(2024, 10, 22))
    original = demo.missions.load_record(CODE)
    stored = demo.missions.load_record("24-IP-12-GE-OSM-A")
    assert (stored.mission.start_date, stored.mission.end_date) == (date(2024, 10, 22), date(2024, 10, 25))
    assert [d.date.isoformat() for d in stored.days] == ["2024-10-22", "2024-10-23", "2024-10-24", "2024-10-25"]
    assert [i.title for i in stored.items()] == [i.title for i in original.items()]
    assert {i.uid for i in stored.items()}.isdisjoint({i.uid for i in original.items()})
    assert [line.category for line in stored.budget_lines] == [line.category for line in original.budget_lines]
    assert all(line.actual_amount is None for line in stored.budget_lines)
    assert stored.attendance == [] and stored.certificates == []
    assert {p.role for p in stored.participations} <= {
        Role.RESOURCE_PERSON_LOCAL,
        Role.RESOURCE_PERSON_OVERSEAS,
        Role.SECRETARIAT,
    }
    assert all(p.status == Status.NOMINATED for p in stored.participations)
    assert copy.mission.code == "24-IP-12-GE-OSM-A"


def test_a_duplicate_under_a_code_in_use_is_refused(demo):
    with pytest.raises(ConflictError):
        demo.missions.duplicate_mission(CODE, "21-IP-06-GE-OSM-B", date(2024, 1, 1))


def test_archived_missions_are_kept_and_marked(demo):
    demo.missions.set_archived(CODE)
    assert next(m for m in demo.missions.list_missions() if m.code == CODE).archived
    assert CODE not in {m.code for m in demo.missions.list_missions(include_archived=False)}
    demo.missions.set_archived(CODE, False)
    assert CODE in {m.code for m in demo.missions.list_missions(include_archived=False)}


def test_a_new_mission_starts_empty_with_the_rule_set_that_fits_it(workspace):
    from mission_planner.domain.mission import Mission

    workspace.missions.create_mission(
        Mission("", "24-IP-30-GE-OSM-A", "Smart Factories", date(2024, 5, 13), date(2024, 5, 16))
    )
    record = workspace.missions.load_record("24-IP-30-GE-OSM-A")
    assert record.days == [] and record.people == []
    assert (record.mission.modality, record.mission.scope) == ("in_person", "multicountry")
    assert record.rule_set.name == "APO face-to-face multicountry projects (template)"
    assert record.mission.uid  # a uid was given


def test_a_new_mission_ending_before_it_starts_is_refused(workspace):
    from mission_planner.domain.mission import Mission
    from mission_planner.errors import InputError

    with pytest.raises(InputError, match="before the start"):
        workspace.missions.create_mission(Mission("", "24-IP-30-GE-OSM-A", "X", date(2024, 5, 13), date(2024, 5, 1)))
    assert workspace.missions.list_missions() == []
