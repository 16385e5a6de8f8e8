"""`changed_elsewhere`: what lets an open window notice that another program wrote."""

import pytest

from mission_planner.services import open_workspace
from tests.factories import full_record, online_record

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture
def ours_and_theirs(database):
    ours, theirs = open_workspace(database), open_workspace(database)
    ours.missions.add_record(full_record())
    theirs.changed_elsewhere()  # theirs has seen the mission arrive
    yield ours, theirs
    ours.close()
    theirs.close()


def test_our_own_writes_are_not_news(ours_and_theirs):
    ours, _theirs = ours_and_theirs
    assert not ours.changed_elsewhere()
    ours.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    ours.missions.set_archived(CODE)
    assert not ours.changed_elsewhere()


def test_their_write_is_noticed_once(ours_and_theirs):
    ours, theirs = ours_and_theirs
    theirs.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    assert ours.changed_elsewhere()
    assert not ours.changed_elsewhere()


def test_reading_is_not_writing(ours_and_theirs):
    ours, theirs = ours_and_theirs
    theirs.missions.list_missions()
    theirs.missions.check(CODE)
    theirs.missions.load_record(CODE)
    theirs.programme.edit_item("t-i-kist", title="Visit to KIST")  # the title it already has: nothing written
    assert not ours.changed_elsewhere()


def test_their_write_just_before_ours_is_not_lost_in_ours(ours_and_theirs):
    ours, theirs = ours_and_theirs
    theirs.missions.add_record(online_record())
    ours.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    assert ours.changed_elsewhere()
    assert not ours.changed_elsewhere()
