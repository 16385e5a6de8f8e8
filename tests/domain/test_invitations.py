"""Nominees from economies the Project Notification does not invite, and the quiet cases."""

from datetime import date

from mission_planner.domain.conflicts import Code, Severity, find_conflicts
from mission_planner.domain.enums import Role, Status
from mission_planner.domain.invitations import Uninvited, invited_economies, uninvited_nominees
from mission_planner.domain.people import Participation, Person
from tests.factories import full_record

BEFORE = date(2023, 1, 1)


def with_nominee(record, uid: str, country: str, role=Role.PARTICIPANT, status=Status.NOMINATED):
    record.people.append(Person(uid, uid.title(), "X", country))
    record.participations.append(Participation(uid, role, status))
    return record


def not_invited(record):
    return [c for c in find_conflicts(record, today=BEFORE) if c.code == Code.NOT_INVITED]


def test_the_invited_economies_are_the_participating_countries_and_the_host():
    mission = full_record().mission
    assert invited_economies(mission) == {"TR", "KR"}
    mission.participating_countries = []
    assert invited_economies(mission) is None


def test_a_mission_open_to_all_members_invites_the_active_members():
    mission = full_record().mission
    mission.all_member_countries = True
    invited = invited_economies(mission)
    assert {"TR", "KR", "FJ", "IR", "TW", "VN"} <= invited
    assert "HK" not in invited  # no longer an active member
    assert "GB" not in invited


def test_nominees_from_an_economy_not_invited_are_a_warning_naming_them():
    record = full_record()
    with_nominee(record, "p-li", "CN")
    with_nominee(record, "p-wang", "cn")
    with_nominee(record, "p-tan", "SG")
    found = not_invited(record)
    assert [(c.severity, c.person_uids, c.params) for c in found] == [
        (Severity.WARNING, ("p-li", "p-wang"), {"country": "CN", "open_to_all": False}),
        (Severity.WARNING, ("p-tan",), {"country": "SG", "open_to_all": False}),
    ]


def test_invited_economies_the_host_resource_persons_and_withdrawn_nominees_are_quiet():
    record = full_record()
    with_nominee(record, "p-ayse", "TR")
    with_nominee(record, "p-park", "KR")
    with_nominee(record, "p-smith", "GB", role=Role.RESOURCE_PERSON_OVERSEAS)
    with_nominee(record, "p-li", "CN", status=Status.WITHDRAWN)
    assert not_invited(record) == []


def test_a_notification_without_countries_checks_nothing():
    record = with_nominee(full_record(), "p-li", "CN")
    record.mission.participating_countries = []
    assert not_invited(record) == []


def test_open_to_all_members_accepts_members_and_warns_on_non_members():
    record = full_record()
    record.mission.all_member_countries = True
    with_nominee(record, "p-fiji", "FJ")
    with_nominee(record, "p-smith", "GB")
    [warning] = not_invited(record)
    assert (warning.person_uids, warning.params) == (("p-smith",), {"country": "GB", "open_to_all": True})


def test_uninvited_nominees_keeps_the_callers_keys_and_skips_unknown_countries():
    mission = full_record().mission
    rows = [(3, "CN"), (4, "TR"), (5, ""), (6, "CN")]
    assert uninvited_nominees(mission, rows) == [Uninvited("CN", (3, 6), False)]
