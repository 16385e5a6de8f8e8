"""What an import would change in the identity data of people shared with other missions."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

import pytest

from mission_planner.domain.people import Identity
from mission_planner.services.identity import IdentityChangeError
from tests.factories import full_record

FIRST, SECOND = "23-IP-99-GE-OSM-A", "24-IP-99-GE-OSM-A"


def next_years_copy(record, **identity):
    """The same people in another mission, one of them with other identity data."""
    copied = copy.deepcopy(record)
    copied.mission = replace(copied.mission, code=SECOND, uid="second-mission")
    sule = next(p for p in copied.people if p.identity is not None)
    sule.identity = replace(sule.identity, **identity) if identity else None
    return copied, sule


def stored_identity(workspace, uid: str) -> Identity | None:
    record = workspace.missions.load_record(FIRST, with_identity=True)
    return next(p for p in record.people if p.uid == uid).identity


def test_the_same_identity_data_or_none_at_all_is_no_change(workspace):
    record = full_record()
    workspace.missions.add_record(record)
    same, _ = next_years_copy(record, passport_number="U12345678")
    workspace.missions.add_record(same)
    without, sule = next_years_copy(record)
    workspace.missions.add_record(without, replace=True)
    assert stored_identity(workspace, sule.uid).passport_number == "U12345678"


@pytest.mark.parametrize(
    ("identity", "fields"),
    [
        ({"passport_number": "U00000001"}, "passport number"),
        ({"date_of_birth": date(1985, 1, 1), "passport_expiry": None}, "passport expiry, date of birth"),
        ({"passport_number": ""}, "passport number"),  # erasing is replacing too
    ],
)
def test_other_identity_data_for_someone_in_another_mission_is_refused_naming_them(workspace, identity, fields):
    record = full_record()
    workspace.missions.add_record(record)
    before = stored_identity(workspace, next(p for p in record.people if p.identity).uid)
    changed, sule = next_years_copy(record, **identity)
    with pytest.raises(IdentityChangeError) as refused:
        workspace.missions.add_record(changed, source="colleague.json")
    assert str(refused.value) == (
        f"colleague.json: would replace the identity data of 1 person who is in other missions too: "
        f"{sule.full_name} ({fields}; also in {FIRST}). Nothing was imported; use --update-identity to replace it."
    )
    assert [m.code for m in workspace.missions.list_missions()] == [FIRST]
    assert stored_identity(workspace, sule.uid) == before

    workspace.missions.add_record(changed, update_identity=True)
    assert stored_identity(workspace, sule.uid) == changed.person(sule.uid).identity


def test_replacing_the_only_mission_someone_is_in_is_not_a_change_elsewhere(workspace):
    record = full_record()
    workspace.missions.add_record(record)
    changed = copy.deepcopy(record)
    sule = next(p for p in changed.people if p.identity is not None)
    sule.identity = replace(sule.identity, passport_number="U00000002")
    workspace.missions.add_record(changed, replace=True)
    assert stored_identity(workspace, sule.uid).passport_number == "U00000002"
