"""The change feed: every commit is published once, whoever made it; reading publishes nothing."""

import pytest

from mission_planner.services import open_workspace
from mission_planner.services.feed import EVERY_TOPIC, Change, Topic, note
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture
def ours_and_theirs(database):
    ours, theirs = open_workspace(database), open_workspace(database)
    ours.missions.add_record(full_record())
    theirs.changed_elsewhere()
    yield ours, theirs
    ours.close()
    theirs.close()


def heard(workspace) -> list[Change]:
    changes: list[Change] = []
    workspace.feed.subscribe(changes.append)
    return changes


def test_a_write_is_published_once_and_a_read_not_at_all(ours_and_theirs):
    ours, _theirs = ours_and_theirs
    changes = heard(ours)
    ours.missions.load_record(CODE)
    ours.missions.check(CODE)
    assert changes == []
    ours.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    assert len(changes) == 1
    assert changes[0].touches(CODE, Topic.PROGRAMME) and not changes[0].elsewhere


def test_a_noted_write_publishes_what_it_noted(ours_and_theirs):
    ours, _theirs = ours_and_theirs
    changes = heard(ours)
    with ours.transaction() as session:
        note(session, CODE, Topic.BUDGET)
    assert changes == [Change(CODE, frozenset({Topic.BUDGET}))]
    assert not changes[0].touches(CODE, Topic.PROGRAMME)
    assert not changes[0].touches("24-XX-01-GE-OSM-A", Topic.BUDGET)


def test_a_refused_write_publishes_nothing(ours_and_theirs):
    ours, _theirs = ours_and_theirs
    changes = heard(ours)
    with pytest.raises(RuntimeError), ours.transaction() as session:
        note(session, CODE, Topic.BUDGET)
        raise RuntimeError("refused")
    assert changes == []


def test_another_programs_write_reaches_the_feed_through_the_watch(ours_and_theirs):
    ours, theirs = ours_and_theirs
    changes = heard(ours)
    theirs.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    assert changes == []  # not until the watch looks
    assert ours.changed_elsewhere()
    assert changes == [Change(None, EVERY_TOPIC, elsewhere=True)]


def test_an_unsubscribed_listener_hears_nothing_more(ours_and_theirs):
    ours, _theirs = ours_and_theirs
    changes: list[Change] = []
    stop = ours.feed.subscribe(changes.append)
    stop()
    ours.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    assert changes == []
