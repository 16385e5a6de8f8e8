"""`check` as a user runs it, on missions that went through the mission file."""

import json

import pytest

from tests.cli.runner import cli
from tests.databases import copy_sqlite_template

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture
def db(sqlite_full_template, tmp_path):
    """A database holding `full_record`, copied from the one made for the session."""
    return copy_sqlite_template(sqlite_full_template, tmp_path / "check.db")


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
    # The factory's mission has its acceptance notices, programme and rooming list late by the 15th too.
    late = [line for line in result.stdout.splitlines() if line.startswith("warning: Task overdue")]
    assert len(late) == 3 and "rooming list" in late[-1]
    assert result.stdout.splitlines()[-1] == f"{CODE}: 0 errors, 4 warnings."


def test_an_unknown_mission_is_exit_2(db):
    result = cli("--db", db, "check", "NO-SUCH-CODE")
    assert (result.returncode, result.stderr.strip()) == (
        2,
        "mission-planner-cli: No mission with the code NO-SUCH-CODE.",
    )


@pytest.mark.parametrize("code", ["23-IP-12-GE-OSM-A", "21-IP-06-GE-OSM-B", "23-IP-20-GE-WSP-B"])
def test_every_demo_mission_passes_check(demo_db, code):
    # On the mission's last day nothing is wrong; only the tasks the demo leaves open are late.
    end = {"23-IP-12-GE-OSM-A": "2023-10-27", "21-IP-06-GE-OSM-B": "2021-11-25", "23-IP-20-GE-WSP-B": "2023-08-16"}
    result = cli("--db", demo_db, "check", code, "--today", end[code])
    assert result.returncode == 0, result.stdout
    *warnings, summary = result.stdout.splitlines()
    assert all(line.startswith("warning: Task overdue since") for line in warnings), warnings
    assert summary.startswith(f"{code}: ")


def test_two_overlapping_items_with_no_people_exit_1_naming_both(tmp_path):
    from datetime import date, time

    from mission_planner.domain.enums import ItemKind
    from mission_planner.domain.mission import Mission
    from mission_planner.domain.programme import Day, Item
    from mission_planner.domain.record import MissionRecord
    from mission_planner.services.interchange.files import write_mission_file

    code = "24-IP-05-GE-OSM-A"
    mission = Mission("m-1", code, "Smart Factories", date(2024, 5, 13), date(2024, 5, 14))
    talks = [
        Item("i-talk", ItemKind.PRESENTATION, "Smart factories", time(9), time(10, 30), venue="KPC Hall"),
        Item("i-panel", ItemKind.PANEL, "Panel on AI", time(10), time(11), venue="KPC Hall"),
    ]
    write_mission_file(MissionRecord(mission, days=[Day(date(2024, 5, 13), "", talks)]), tmp_path / "m.json")
    db = str(tmp_path / "m.db")
    assert cli("--db", db, "import-mission", str(tmp_path / "m.json")).returncode == 0

    result = cli("--db", db, "check", code, "--today", "2024-01-01")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "error: “Smart factories” (Mon 13 May 2024 09:00–10:30) overlaps “Panel on AI” (Mon 13 May 2024 "
        "10:00–11:00), and the whole delegation is expected at both.",
        f"{code}: 1 error, 0 warnings.",
    ]


def test_one_room_for_two_groups_at_once_is_an_error_naming_the_room(db, tmp_path):
    exported = tmp_path / "m.json"
    assert cli("--db", db, "export-mission", CODE, str(exported)).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["mission"]["code"] = "23-IP-96-GE-OSM-A"
    opening = data["days"][0]["items"][0]
    data["days"][0]["items"].append({**opening, "uid": "t-i-b", "title": "Group B talk", "group": "B", "roles": []})
    opening["group"] = "A"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli("--db", db, "import-mission", str(exported)).returncode == 0

    result = cli("--db", db, "check", "23-IP-96-GE-OSM-A", "--today", "2023-01-01")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        'error: “Opening & "welcome" <b>remarks</b>” (Tue 24 Oct 2023 09:00–09:30) and “Group B talk” '
        "(Tue 24 Oct 2023 09:00–09:30) are both at Korea Productivity Center at the same time."
    )


def test_nominees_from_economies_not_invited_are_warnings_naming_them(db, tmp_path):
    nominations = tmp_path / "n.csv"
    nominations.write_text(
        "family_name,given_name,country,organization,email\n"
        "Li,Wei,China,Ministry,li.wei@example.cn\n"
        "Kaya,Ayşe,Türkiye,TÜBİTAK,ayse@example.tr\n"
        "Wang,Fang,CHN,Ministry,wang.fang@example.cn\n",
        encoding="utf-8",
    )
    imported = cli("--db", db, "import-delegates", CODE, str(nominations))
    assert imported.returncode == 0, imported.stderr
    warning = (
        "warning: Wei Li and Fang Wang are nominated from China, which is not among the participating "
        "countries of the Project Notification."
    )
    assert warning in imported.stdout.splitlines()
    assert "Ayşe" not in "".join(line for line in imported.stdout.splitlines() if line.startswith("warning"))

    result = cli("--db", db, "check", CODE, "--today", "2023-01-01")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [warning, f"{CODE}: 0 errors, 1 warning."]
