"""The Overview of a mission read with sqlite3 alone (storage/quick_overview.py) while the database
layer loads: the same mission, revisions and roles as the full read, or None where the full
opening must answer; files the full opening refuses are refused the same way."""

import subprocess
import sys

import pytest

from mission_planner.errors import MissionPlannerError
from mission_planner.services import open_workspace
from mission_planner.storage.quick_overview import quick_overview
from tests.databases import copy_sqlite_template
from tests.factories import full_record
from tests.storage.conftest import UNICODE_TITLE
from tests.storage.test_quick_list import ROOT, hostile, snapshot


def test_the_quick_overview_is_the_full_records_mission_and_roles(varied_db):
    workspace = open_workspace(str(varied_db), create=False)
    try:
        codes = [summary.code for summary in workspace.missions.list_missions()]
        for code in codes:
            quick = quick_overview(str(varied_db), code)
            full = workspace.missions.load_record(code)
            assert quick is not None
            assert quick.mission == full.mission
            assert sorted(p.role for p in quick.participations) == sorted(p.role for p in full.participations)
    finally:
        workspace.close()
    # Every kind of column went through: revisions, contacts, the certificate rule, dates, lists.
    unicode = quick_overview(str(varied_db), full_record().mission.code)
    assert unicode.mission.title == UNICODE_TITLE
    expected = full_record().mission
    assert unicode.mission.revisions == expected.revisions != []
    assert unicode.mission.emergency_contacts == expected.emergency_contacts != []
    assert unicode.mission.certificate_rule == expected.certificate_rule
    assert unicode.mission.date_of_issue == expected.date_of_issue is not None
    assert unicode.mission.objectives == expected.objectives != []
    assert len(codes) >= 5


def test_a_mission_not_there_and_a_database_not_at_the_head_give_none(sqlite_template, tmp_path, monkeypatch):
    path = tmp_path / "empty.db"
    copy_sqlite_template(sqlite_template, path)
    assert quick_overview(str(path), "23-IP-12-GE-OSM-A") is None
    assert quick_overview(f"sqlite:///{path}", "23-IP-12-GE-OSM-A") is None
    assert quick_overview(str(tmp_path / "missing.db"), "23-IP-12-GE-OSM-A") is None
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("kind", ["foreign", "fifo", "folder"])
def test_a_hostile_file_is_refused_as_by_the_full_way_and_left_unchanged(kind, tmp_path):
    path = hostile(kind, tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(MissionPlannerError) as quick:
        quick_overview(str(path), "23-IP-12-GE-OSM-A")
    assert snapshot(tmp_path) == before
    with pytest.raises(MissionPlannerError) as full:
        open_workspace(str(path), create=False)
    assert str(quick.value) == str(full.value)


def test_the_quick_overview_imports_no_database_layer(varied_db):
    child = (
        "import sys\n"
        "from mission_planner.storage.quick_overview import quick_overview\n"
        "print(quick_overview(sys.argv[1], sys.argv[2]).mission.title)\n"
        "print(','.join(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic') if m in sys.modules)))\n"
    )
    code = full_record().mission.code
    result = subprocess.run(
        [sys.executable, "-c", child, str(varied_db), code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    title, loaded = result.stdout.split("\n")[:2]
    assert title == UNICODE_TITLE
    assert loaded == ""
