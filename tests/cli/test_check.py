"""`check` as a user runs it, on missions that went through the mission file."""

import json

import pytest

from mission_planner.services import open_workspace
from tests.cli.runner import cli
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "check.db")
    workspace = open_workspace(path)
    workspace.add_record(full_record())
    workspace.close()
    return path


def test_a_sound_mission_passes_with_exit_0(db):
    result = cli("--db", db, "check", CODE, "--today", "2023-01-01")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"{CODE}: no conflicts."


def test_an_overlap_imported_under_another_code_exits_1_naming_both_items(db, tmp_path):
    exported = tmp_path / "m.json"
    assert cli("--db", db, "export-mission", CODE, str(exported)).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["mission"]["code"] = "23-IP-97-GE-OSM-A"
    data["days"][0]["items"][1]["start"] = "09:15"
    data["days"][0]["items"][1]["end"] = "11:00"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli("--db", db, "import-mission", str(exported)).returncode == 0

    result = cli("--db", db, "check", "23-IP-97-GE-OSM-A", "--today", "2023-01-01")
    assert result.returncode == 1
    [overlap] = [line for line in result.stdout.splitlines() if "overlaps" in line]
    assert overlap.startswith("error: ")
    assert '“Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30)' in overlap
    assert "“Visit to KIST” (Tue 24 Oct 2023 09:15–11:00)" in overlap
    assert "Şule Yılmaz and 김민준 are in both" in overlap


def test_warnings_alone_exit_0_and_come_after_errors(db):
    result = cli("--db", db, "check", CODE, "--today", "2023-10-15")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("warning: The visitor list for Korea Institute of Science")
    assert result.stdout.splitlines()[-1] == f"{CODE}: 0 errors, 1 warning."


def test_an_unknown_mission_is_exit_2(db):
    result = cli("--db", db, "check", "NO-SUCH-CODE")
    assert (result.returncode, result.stderr.strip()) == (
        2,
        "mission-planner-cli: No mission with the code NO-SUCH-CODE.",
    )


@pytest.mark.parametrize("code", ["23-IP-12-GE-OSM-A", "21-IP-06-GE-OSM-B", "23-IP-20-GE-WSP-B"])
def test_every_demo_mission_passes_check(demo_db, code):
    result = cli("--db", demo_db, "check", code)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == f"{code}: no conflicts."
