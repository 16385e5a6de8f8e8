"""An import writes with batch statements, not row by row: it is still a write that others hear of.

Before issue 15's change signal, a nomination import raised neither the change count (another
window's watch never noticed it) nor anything on the change feed.
"""

import pytest

from mission_planner.services import open_workspace
from mission_planner.services.feed import Topic
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


def nominations(folder):
    path = folder / "nominations.csv"
    rows = "Surname,First name,Nationality,Organisation,E-mail\nArslan,Zeynep,Türkiye,KOSGEB,zeynep@example.org\n"
    path.write_text(rows, encoding="utf-8")
    return path


@pytest.fixture
def ours_and_theirs(database):
    ours, theirs = open_workspace(database), open_workspace(database)
    ours.missions.add_record(full_record())
    theirs.changed_elsewhere()
    yield ours, theirs
    ours.close()
    theirs.close()


def test_an_import_is_published_and_noticed_by_the_other_watch(ours_and_theirs, tmp_path):
    ours, theirs = ours_and_theirs
    path = nominations(tmp_path)
    heard = []
    ours.feed.subscribe(heard.append)

    assert ours.people.import_delegates(CODE, path).added == 1

    assert len(heard) == 1 and heard[0].touches(CODE, Topic.PEOPLE)
    assert theirs.changed_elsewhere()
    assert not ours.changed_elsewhere()


def test_a_dry_run_writes_nothing_and_is_not_news(ours_and_theirs, tmp_path):
    ours, theirs = ours_and_theirs
    path = nominations(tmp_path)
    heard = []
    ours.feed.subscribe(heard.append)

    assert ours.people.import_delegates(CODE, path, dry_run=True).added == 1

    assert heard == []
    assert not theirs.changed_elsewhere()
