"""Editing a mission's Project Notification fields and revisions."""

import dataclasses
from datetime import date

import pytest

from mission_planner.domain.mission import Revision
from mission_planner.errors import InputError

CODE = "23-IP-12-GE-OSM-A"


def test_edited_fields_and_revisions_are_saved_and_the_rest_is_kept(demo):
    before = demo.missions.load_record(CODE)
    revision = Revision(2, date(2023, 9, 1), "Financial Arrangements", "İstanbul hotel nights added")
    edited = dataclasses.replace(
        before.mission,
        title="Smart Factory Study Mission — Türkiye",
        venue_city="서울 and İstanbul",
        overseas_quota=12,
        objectives=["See smart factories", "메모"],
        revisions=[*before.mission.revisions, revision],
    )
    changed = demo.missions.update_mission(CODE, edited)
    after = demo.missions.load_record(CODE)
    assert changed.updated == (before.mission.uid,)
    assert after.mission.title == "Smart Factory Study Mission — Türkiye"
    assert after.mission.venue_city == "서울 and İstanbul"
    assert after.mission.overseas_quota == 12
    assert after.mission.objectives == ["See smart factories", "메모"]
    assert after.mission.revisions[-1] == revision
    assert [i.uid for i in after.items()] == [i.uid for i in before.items()]
    assert after.participations == before.participations


def test_an_edit_with_a_problem_writes_nothing(demo):
    before = demo.missions.load_record(CODE).mission
    broken = dataclasses.replace(before, title="Changed", timezone="Asia/Nowhere")
    with pytest.raises(InputError, match="timezone"):
        demo.missions.update_mission(CODE, broken)
    assert demo.missions.load_record(CODE).mission == before


def test_the_code_cannot_be_changed_by_an_edit(demo):
    before = demo.missions.load_record(CODE).mission
    with pytest.raises(InputError, match="code cannot change"):
        demo.missions.update_mission(CODE, dataclasses.replace(before, code="24-IP-12-GE-OSM-A"))
    assert [m.code for m in demo.missions.list_missions()].count(CODE) == 1


def test_undoing_an_edit_restores_the_mission_exactly(demo):
    before = demo.missions.load_record(CODE).mission
    demo.missions.update_mission(CODE, dataclasses.replace(before, revisions=[], background="new"))
    demo.missions.update_mission(CODE, before)
    assert demo.missions.load_record(CODE).mission == before


def test_restoring_a_mission_puts_back_people_items_and_identity_and_drops_new_people(demo, tmp_path):
    before = demo.missions.load_record(CODE, with_identity=True)
    mission_id = demo.missions.mission_id(CODE)
    nominations = tmp_path / "n.csv"
    nominations.write_text(
        "Surname,First name,Nationality,Organisation,Designation,E-mail\n"
        "Kaya,Elif,Türkiye,TÜBİTAK,Expert,elif.kaya@example.org\n",
        encoding="utf-8",
    )
    demo.people.import_delegates(CODE, nominations)
    assert "elif.kaya@example.org" in {p.email for p in demo.missions.load_record(CODE).people}
    assert len(demo.people.people_index().search("Elif Kaya")) == 1
    demo.missions.restore_mission(before)
    assert demo.missions.load_record(CODE, with_identity=True) == before
    assert demo.missions.mission_id(CODE) == mission_id
    assert demo.people.people_index().search("Elif Kaya") == []  # no mission knows her now
