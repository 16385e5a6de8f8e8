"""A person added, edited and removed by hand, and many people changed at once: checked as an
import row is, one transaction each, and undone exactly (same uid, same history, travel and
marks). On SQLite and PostgreSQL."""

import dataclasses
from datetime import date

import pytest

from mission_planner.domain.enums import AttendanceStatus, Role, Status
from mission_planner.domain.people import Attendance, Identity, Participation, Person, Stay
from mission_planner.errors import InputError, NotFoundError

CODE = "23-IP-99-GE-OSM-A"
TODAY = date(2023, 9, 1)


def _speaker(uid: str = "hand-1", **fields) -> Person:
    values = {"organization": "KDI", "email": "speaker@example.org", "identity": Identity("M1234567")} | fields
    return Person(uid, "Park", "Ji-ho", "KR", **values)


def test_a_person_typed_in_is_in_the_mission_with_role_status_and_identity(full):
    part = Participation("hand-1", Role.RESOURCE_PERSON_LOCAL, Status.CONFIRMED, nominating_npo="KPC")
    assert full.people.add_person(CODE, _speaker(), part, today=TODAY).added == ("hand-1",)
    person, stored = full.people.person(CODE, "hand-1")
    assert person.identity == Identity("M1234567") and person.email == "speaker@example.org"
    assert (stored.role, stored.status, stored.nominating_npo) == (Role.RESOURCE_PERSON_LOCAL, Status.CONFIRMED, "KPC")
    record = full.missions.load_record(CODE)
    added = next(p for p in record.participations if p.person_uid == "hand-1")
    assert [(c.status, c.on) for c in added.status_history] == [(Status.CONFIRMED, TODAY)]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"family_name": " "}, "person_without_family_name"),
        ({"country": "XX"}, "unknown_country"),
        ({"email": "not an address"}, "not_email"),
        ({"home_timezone": "Mars/Olympus"}, "not_time_zone"),
        ({"email": "MJ.KIM@example.org"}, "email_in_mission"),
        ({"organization": "x" * 100_000}, "too_long"),
    ],
)
def test_a_person_an_import_would_refuse_is_refused_and_nothing_is_written(full, fields, code):
    before = full.missions.load_record(CODE, with_identity=True)
    person = dataclasses.replace(_speaker(), **fields)
    with pytest.raises(InputError) as refused:
        full.people.add_person(CODE, person, Participation("hand-1"), today=TODAY)
    assert refused.value.code == code
    assert full.missions.load_record(CODE, with_identity=True) == before


def test_an_edit_and_its_undo_leave_the_person_as_they_were(full):
    before = full.people.person(CODE, "t-p-kim")
    person, part = before
    edited = dataclasses.replace(
        person, position="Director", identity=Identity("K7654321", date_of_birth=date(1980, 1, 2))
    )
    full.people.update_person(CODE, edited, dataclasses.replace(part, role=Role.OBSERVER, group="Bus B"))
    after = full.people.person(CODE, "t-p-kim")
    assert after[0].identity.date_of_birth == date(1980, 1, 2)
    assert (after[1].role, after[1].group) == (Role.OBSERVER, "Bus B")
    assert person.identity is None  # Kim had none: the undo erases what the edit gave
    full.people.update_person(CODE, dataclasses.replace(person, identity=Identity()), part)
    assert full.people.person(CODE, "t-p-kim") == before


def test_a_removed_person_comes_back_with_uid_history_travel_stays_and_marks(full):
    before = full.missions.load_record(CODE, with_identity=True)
    for uid in ("t-p-sule", "t-p-kim"):  # attendance, flights and stays; an assignment
        removed = full.people.remove_person(CODE, uid)
        after = full.missions.load_record(CODE)
        assert all(p.person_uid != uid for p in after.participations)
        assert all(a.person_uid != uid for a in (*after.attendance, *after.assignments))
        full.people.restore_person(removed)
        removed = full.people.remove_person(CODE, uid)  # redo, and undo again
        full.people.restore_person(removed)
    assert full.missions.load_record(CODE, with_identity=True) == before


def test_a_person_added_by_hand_and_removed_is_forgotten_and_an_undo_gives_them_back(full):
    full.people.add_person(CODE, _speaker(), Participation("hand-1"), today=TODAY)
    removed = full.people.remove_person(CODE, "hand-1")
    with pytest.raises(NotFoundError):
        full.people.person(CODE, "hand-1")
    full.people.restore_person(removed)
    assert full.people.person(CODE, "hand-1")[0].identity == Identity("M1234567")


def _add_many(workspace, count: int) -> list[str]:
    uids = [f"many-{n:02}" for n in range(count)]
    for n, uid in enumerate(uids):
        person = Person(uid, f"Family{n}", "Given", "TR", organization="MPO", email=f"p{n}@example.org")
        workspace.people.add_person(CODE, person, Participation(uid), today=TODAY)
    return uids


def test_many_statuses_at_once_and_their_undo_in_one_step(full):
    uids = _add_many(full, 12)
    before = full.missions.load_record(CODE)
    had = full.people.set_statuses(CODE, uids, Status.ACCEPTED, on=TODAY)
    assert had == dict.fromkeys(uids, Status.NOMINATED)
    statuses = {p.person_uid: p.status for p in full.missions.load_record(CODE).participations}
    assert all(statuses[uid] == Status.ACCEPTED for uid in uids)
    full.people.withdraw_statuses(CODE, Status.ACCEPTED, on=TODAY, back_to=had)
    assert full.missions.load_record(CODE) == before


def test_a_bulk_change_with_one_person_not_in_the_mission_changes_nobody(full):
    uids = _add_many(full, 3)
    before = full.missions.load_record(CODE)
    with pytest.raises(NotFoundError):
        full.people.set_statuses(CODE, [*uids, "nobody"], Status.ACCEPTED, on=TODAY)
    with pytest.raises(InputError):
        full.people.set_many_stays(
            CODE, {uids[0]: [Stay("Hotel", TODAY, TODAY)], uids[1]: [Stay("H", TODAY, date(2023, 8, 1))]}
        )
    assert full.missions.load_record(CODE) == before


def test_role_group_and_hotel_for_many_and_their_undo(full):
    uids = _add_many(full, 8)
    before = full.missions.load_record(CODE)
    had = full.people.set_parts(CODE, {uid: {"role": Role.OBSERVER, "group": "Bus A"} for uid in uids})
    parts = {p.person_uid: p for p in full.missions.load_record(CODE).participations}
    assert all((parts[uid].role, parts[uid].group) == (Role.OBSERVER, "Bus A") for uid in uids)
    full.people.set_parts(CODE, had)
    stay = Stay("Lotte Hotel", date(2023, 10, 23), date(2023, 10, 27))
    had_stays = full.people.set_many_stays(CODE, {uid: [stay] for uid in uids})
    parts = {p.person_uid: p for p in full.missions.load_record(CODE).participations}
    assert all(parts[uid].stays == [stay] for uid in uids)
    full.people.set_many_stays(CODE, had_stays)
    assert full.missions.load_record(CODE) == before


def test_a_mark_for_many_people_and_its_undo(full):
    before = full.missions.load_record(CODE)
    marks = [Attendance("t-i-kist", uid, AttendanceStatus.ABSENT) for uid in ("t-p-sule", "t-p-kim")]
    full.attendance.set_marks(CODE, marks)
    after = {(a.item_uid, a.person_uid): a.status for a in full.missions.load_record(CODE).attendance}
    assert after[("t-i-kist", "t-p-kim")] == after[("t-i-kist", "t-p-sule")] == AttendanceStatus.ABSENT
    old = [a for a in before.attendance if a.item_uid == "t-i-kist"]
    full.attendance.set_marks(CODE, old, clear=(("t-i-kist", "t-p-kim"),))
    assert full.missions.load_record(CODE) == before
