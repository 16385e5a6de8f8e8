"""Every write of the workspace's handles publishes exactly what it changed, once, on the change
feed; every read publishes nothing. A write keyed by uid names the mission it found."""

import dataclasses
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from mission_planner.domain.budget import BudgetLine
from mission_planner.domain.enums import AttendanceStatus, FlightDirection, ItemKind, QuantityBasis, Status
from mission_planner.domain.mission import Mission
from mission_planner.domain.people import Attendance, Flight
from mission_planner.domain.places import Site
from mission_planner.domain.programme import Item
from mission_planner.services import Change, Topic
from mission_planner.services.export import DocumentSettings
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
OTHER = "24-IP-01-GE-OSM-A"
MISSION = frozenset({Topic.MISSIONS, Topic.PROGRAMME, Topic.PEOPLE, Topic.ATTENDANCE, Topic.BUDGET})
NOMINATIONS = "family_name,given_name,country,organization,email,position\nTan,Mei,SG,EDB,mei.tan@example.org,Officer\n"
ZOOM = (
    "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
    "Şule Yılmaz,sule.yilmaz@example.org,10/25/2023 09:58:00 AM,10/25/2023 11:30:00 AM,92,No\n"
)


def of(code, *topics):
    return Change(code, frozenset(topics))


def heard(workspace, write):
    changes = []
    stop = workspace.feed.subscribe(changes.append)
    try:
        write(workspace)
    finally:
        stop()
    return changes


def _deleted_item(ws, tmp=None):
    return ws.programme.delete_item("t-i-online")[1]


def _deleted_line(ws, tmp=None):
    return ws.budget.delete_budget_line("t-b-bus")[1]


WRITES = {
    "add_item": (
        lambda ws, tmp: ws.programme.add_item(
            CODE, date(2023, 10, 25), Item("", ItemKind.OTHER, "Lunch", time(12), time(13))
        ),
        [of(CODE, Topic.PROGRAMME)],
    ),
    "edit_item": (lambda ws, tmp: ws.programme.edit_item("t-i-kist", title="KIST"), [of(CODE, Topic.PROGRAMME)]),
    "move_item": (
        lambda ws, tmp: ws.programme.move_item("t-i-kist", date(2023, 10, 25), time(14)),
        [of(CODE, Topic.PROGRAMME)],
    ),
    "resize_item": (
        lambda ws, tmp: ws.programme.resize_item("t-i-kist", time(14), time(17)),
        [of(CODE, Topic.PROGRAMME)],
    ),
    "delete_item": (_deleted_item, [of(CODE, Topic.PROGRAMME, Topic.ATTENDANCE)]),
    "shift_day": (
        lambda ws, tmp: ws.programme.shift_day(CODE, date(2023, 10, 25), date(2023, 10, 26)),
        [of(CODE, Topic.PROGRAMME)],
    ),
    "copy_day": (
        lambda ws, tmp: ws.programme.copy_day(CODE, date(2023, 10, 25), date(2023, 10, 26)),
        [of(CODE, Topic.PROGRAMME)],
    ),
    # The demo's last day moves past its end: the mission grows a day, so its own fields change.
    "insert_day": (
        lambda ws, tmp: ws.programme.insert_day(CODE, date(2023, 10, 24)),
        [of(CODE, Topic.PROGRAMME, Topic.MISSIONS)],
    ),
    "remove_day": (
        lambda ws, tmp: ws.programme.remove_day(CODE, date(2023, 10, 25)),
        [of(CODE, Topic.PROGRAMME, Topic.ATTENDANCE)],
    ),
    "delete_items": (
        lambda ws, tmp: ws.programme.delete_items(CODE, ["t-i-kist"]),
        [of(CODE, Topic.PROGRAMME, Topic.ATTENDANCE)],
    ),
    "paste_items": (
        lambda ws, tmp: ws.programme.paste_items(
            CODE, [(date(2023, 10, 25), Item("", ItemKind.BREAK, "Tea", time(15), time(16)), [])]
        ),
        [of(CODE, Topic.PROGRAMME)],
    ),
    "move_items_to_day": (
        lambda ws, tmp: ws.programme.move_items_to_day(CODE, ["t-i-kist"], date(2023, 10, 25)),
        [of(CODE, Topic.PROGRAMME)],
    ),
    "set_status": (
        lambda ws, tmp: ws.people.set_status(CODE, "t-p-kim", Status.WITHDRAWN),
        [of(CODE, Topic.PEOPLE)],
    ),
    "set_flight": (
        lambda ws, tmp: ws.people.set_flight(
            CODE,
            "t-p-kim",
            Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 9, tzinfo=ZoneInfo("Asia/Seoul")), "KE001"),
        ),
        [of(CODE, Topic.PEOPLE)],
    ),
    "set_travel": (lambda ws, tmp: ws.people.set_travel(CODE, "t-p-sule", {}, []), [of(CODE, Topic.PEOPLE)]),
    "set_stays": (lambda ws, tmp: ws.people.set_stays(CODE, "t-p-sule", []), [of(CODE, Topic.PEOPLE)]),
    "import_delegates": (
        lambda ws, tmp: ws.people.import_delegates(CODE, _written(tmp / "n.csv", NOMINATIONS)),
        [of(CODE, Topic.PEOPLE)],
    ),
    "purge_personal_data": (
        lambda ws, tmp: ws.people.purge_personal_data(CODE),
        [of(CODE, Topic.PEOPLE), of(None, Topic.PEOPLE)],  # those people may be in other missions
    ),
    "set_attendance": (
        lambda ws, tmp: ws.attendance.set_attendance(Attendance("t-i-kist", "t-p-kim", AttendanceStatus.ABSENT)),
        [of(CODE, Topic.ATTENDANCE)],
    ),
    "clear_attendance": (
        lambda ws, tmp: ws.attendance.clear_attendance("t-i-open", "t-p-sule"),
        [of(CODE, Topic.ATTENDANCE)],
    ),
    "save_budget_line": (
        lambda ws, tmp: ws.budget.save_budget_line(
            CODE, BudgetLine("", "local transport", "Taxi", Decimal("10"), "USD", QuantityBasis.TYPED, Decimal("3"))
        ),
        [of(CODE, Topic.BUDGET)],
    ),
    "delete_budget_line": (_deleted_line, [of(CODE, Topic.BUDGET)]),
    "set_exchange_rate": (
        lambda ws, tmp: ws.budget.set_exchange_rate(CODE, "KRW", Decimal("0.0008")),
        [of(CODE, Topic.BUDGET)],
    ),
    "clear_rule_set": (lambda ws, tmp: ws.budget.clear_rule_set(CODE), [of(CODE, Topic.BUDGET)]),
    "save_site": (lambda ws, tmp: ws.sites.save_site(Site("", "Seoul Station")), [of(None, Topic.SITES)]),
    "set_travel_time": (
        lambda ws, tmp: ws.sites.set_travel_time("t-site-kist", "t-site-hotel", 20),
        [of(None, Topic.SITES)],
    ),
    "save_organization_settings": (
        lambda ws, tmp: ws.settings.save_organization_settings(
            dataclasses.replace(ws.settings.organization_settings(), name="KPC")
        ),
        [of(None, Topic.SETTINGS)],
    ),
    "set_kept_daily_backups": (lambda ws, tmp: ws.settings.set_kept_daily_backups(3), [of(None, Topic.SETTINGS)]),
    "update_mission": (
        lambda ws, tmp: ws.missions.update_mission(
            CODE, dataclasses.replace(ws.missions.load_record(CODE).mission, notes="Bring umbrellas")
        ),
        [of(CODE, Topic.MISSIONS)],
    ),
    "set_archived": (lambda ws, tmp: ws.missions.set_archived(CODE.lower()), [of(CODE, Topic.MISSIONS)]),
    "duplicate_mission": (
        lambda ws, tmp: ws.missions.duplicate_mission(CODE, OTHER, date(2024, 10, 22)),
        [Change(OTHER, MISSION), of(None, Topic.SITES)],  # its sites are the catalogue's
    ),
    "delete_mission": (lambda ws, tmp: ws.missions.delete_mission(CODE), [Change(CODE, MISSION)]),
    "create_mission": (
        lambda ws, tmp: ws.missions.create_mission(
            Mission("", OTHER, "Smart farming", date(2024, 5, 6), date(2024, 5, 8))
        ),
        [Change(OTHER, MISSION)],
    ),
    "use_rule_set": (
        lambda ws, tmp: ws.budget.use_rule_set(CODE, ws.missions.load_record(CODE).rule_set),
        [of(CODE, Topic.BUDGET)],
    ),
    "import_attendance": (
        lambda ws, tmp: ws.attendance.import_attendance(CODE, _written(tmp / "zoom.csv", ZOOM)),
        [of(CODE, Topic.ATTENDANCE)],
    ),
    "add_record replace": (
        lambda ws, tmp: ws.missions.add_record(full_record(), replace=True),
        [Change(CODE, MISSION), of(None, Topic.SITES)],
    ),
}


def _written(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", list(WRITES))
def test_each_write_publishes_what_it_changed_once(full, tmp_path, name):
    write, expected = WRITES[name]
    assert sorted(heard(full, lambda ws: write(ws, tmp_path)), key=repr) == sorted(expected, key=repr)


def test_undoing_a_delete_publishes_the_same_as_the_delete(full):
    removed_item = _deleted_item(full)
    removed_line = _deleted_line(full)
    assert heard(full, lambda ws: ws.programme.restore_item(removed_item)) == [
        of(CODE, Topic.PROGRAMME, Topic.ATTENDANCE)
    ]
    assert heard(full, lambda ws: ws.budget.restore_budget_line(removed_line)) == [of(CODE, Topic.BUDGET)]


def test_undoing_an_import_publishes_the_whole_mission(full):
    record = full.missions.load_record(CODE)
    assert heard(full, lambda ws: ws.missions.restore_mission(record)) == [Change(CODE, MISSION), of(None, Topic.SITES)]


def test_loading_the_demo_publishes_each_mission_added(workspace):
    """One transaction per demo mission: each publishes its mission, and the site catalogue
    its sites went into."""
    changes = heard(workspace, lambda ws: ws.missions.load_demo())
    codes = [mission.code for mission in workspace.missions.list_missions()]
    assert sorted((c for c in changes if c.code is not None), key=repr) == sorted(
        (Change(code, MISSION) for code in codes), key=repr
    )
    assert {c for c in changes if c.code is None} == {of(None, Topic.SITES)}


def test_deleting_a_site_publishes_the_catalogue(full):
    _changed, uid = full.sites.save_site(Site("", "Seoul Station"))
    assert heard(full, lambda ws: ws.sites.delete_site(uid)) == [of(None, Topic.SITES)]


def test_a_refused_write_publishes_nothing(full):
    def refused(ws):
        with pytest.raises(Exception, match="title"):
            ws.programme.edit_item("t-i-kist", title=" ")

    assert heard(full, refused) == []


def test_reads_publish_nothing(full, tmp_path):
    def read_everything(ws):
        ws.missions.list_missions()
        ws.missions.is_empty()
        ws.missions.mission_code(CODE.lower())
        ws.missions.mission_id(CODE)
        ws.missions.load_record(CODE, with_identity=True)
        ws.missions.check(CODE)
        ws.missions.export_mission(CODE, tmp_path / "m.json")
        ws.programme.personal_programme(CODE, "t-p-sule")
        ws.people.people_index()
        ws.people.pickup_groups(CODE)
        ws.people.import_delegates(CODE, _written(tmp_path / "n.csv", NOMINATIONS), dry_run=True)
        ws.attendance.eligibility(CODE)
        ws.budget.report(CODE)
        ws.sites.list_sites()
        ws.sites.travel_times()
        ws.settings.organization_settings()
        ws.settings.kept_daily_backups()
        ws.documents.snapshot(CODE, DocumentSettings())
        ws.documents.export(CODE, "ics", tmp_path / "p.ics")

    assert heard(full, read_everything) == []
