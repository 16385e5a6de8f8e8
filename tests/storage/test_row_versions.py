"""Every write of an editable row raises its version by exactly one, on both databases.

The version column (`version_id_col`) raises it; a row whose own values stay the same while its
child rows change (a person's flights, an item's roles, a mission's revisions) still gets one new
version, so an edit made from the row as it was is refused as stale.
"""

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from mission_planner.domain.enums import AttendanceStatus, FlightDirection, ItemRoleKind, Status
from mission_planner.domain.people import Attendance, Flight, Stay
from mission_planner.domain.programme import ItemRole

CODE = "23-IP-99-GE-OSM-A"
SEOUL = ZoneInfo("Asia/Seoul")

ITEM = ("item", "uid = 't-i-kist'")
ONLINE = ("item", "uid = 't-i-online'")
SULE = ("participation", "person_id = (SELECT id FROM person WHERE uid = 't-p-sule')")
BUS = ("budget_line", "uid = 't-b-bus'")
KIST = ("site", "uid = 't-site-kist'")
MISSION = ("mission", f"code = '{CODE}'")
MARK = (
    "attendance",
    "item_id = (SELECT id FROM item WHERE uid = 't-i-online')"
    " AND person_id = (SELECT id FROM person WHERE uid = 't-p-kim')",
)


def version(workspace, row: tuple[str, str]) -> int:
    table, where = row
    with workspace.engine.connect() as connection:
        return connection.execute(text(f"SELECT version FROM {table} WHERE {where}")).scalar_one()


def _line(ws):
    return next(line for line in ws.missions.load_record(CODE).budget_lines if line.uid == "t-b-bus")


def _site(ws):
    return next(site for site in ws.sites.list_sites() if site.uid == "t-site-kist")


ARRIVAL = Flight(FlightDirection.ARRIVAL, "GMP", datetime(2023, 10, 23, 9, 5, tzinfo=SEOUL), "KE1102")
STAY = Stay("Hotel Example Seoul", date(2023, 10, 23), date(2023, 10, 25), "1202", "t-site-hotel")

WRITES = {
    "item title": (ITEM, lambda ws: ws.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")),
    "item roles only": (
        ITEM,
        lambda ws: ws.programme.edit_item("t-i-kist", roles=[ItemRole("t-p-kim", ItemRoleKind.SPEAKER)]),
    ),
    "item moved": (ITEM, lambda ws: ws.programme.move_item("t-i-kist", date(2023, 10, 25), time(15))),
    "day shifted": (ONLINE, lambda ws: ws.programme.shift_day(CODE, date(2023, 10, 25), date(2023, 10, 26))),
    "status": (SULE, lambda ws: ws.people.set_status(CODE, "t-p-sule", Status.WITHDRAWN, on=date(2023, 10, 2))),
    "status note only": (
        SULE,
        lambda ws: ws.people.set_status(CODE, "t-p-sule", Status.CONFIRMED, on=date(2023, 10, 2), note="again"),
    ),
    "flight only": (SULE, lambda ws: ws.people.set_flight(CODE, "t-p-sule", ARRIVAL)),
    "stays only": (SULE, lambda ws: ws.people.set_stays(CODE, "t-p-sule", [STAY])),
    "flights and stays together": (
        SULE,
        lambda ws: ws.people.set_travel(CODE, "t-p-sule", {FlightDirection.ARRIVAL: ARRIVAL}, [STAY]),
    ),
    "budget line": (BUS, lambda ws: ws.budget.save_budget_line(CODE, replace(_line(ws), notes="two buses"))),
    "site": (KIST, lambda ws: ws.sites.save_site(replace(_site(ws), city="Seoul"))),
    "mission": (
        MISSION,
        lambda ws: ws.missions.update_mission(CODE, replace(ws.missions.load_record(CODE).mission, notes="n")),
    ),
    "mission revisions only": (
        MISSION,
        lambda ws: ws.missions.update_mission(CODE, replace(ws.missions.load_record(CODE).mission, revisions=[])),
    ),
    "archived": (MISSION, lambda ws: ws.missions.set_archived(CODE, True)),
    "attendance mark": (
        MARK,
        lambda ws: ws.attendance.set_attendance(
            Attendance("t-i-online", "t-p-kim", AttendanceStatus.ABSENT, reason="ill")
        ),
    ),
}


@pytest.mark.parametrize("what", list(WRITES))
def test_each_write_raises_the_version_by_one(full, what):
    row, write = WRITES[what]
    if row is MARK:  # a new mark starts at version 1
        full.attendance.set_attendance(Attendance("t-i-online", "t-p-kim", AttendanceStatus.PRESENT, minutes=80))
        assert version(full, row) == 1
    before = version(full, row)

    write(full)

    assert version(full, row) == before + 1


@pytest.mark.parametrize("what", ["item title", "budget line", "site", "archived"])
def test_the_same_values_again_write_nothing(full, what):
    row, write = WRITES[what]
    write(full)
    before = version(full, row)

    write(full)

    assert version(full, row) == before


def test_two_writes_raise_it_by_two(full):
    before = version(full, ITEM)
    full.programme.edit_item("t-i-kist", title="First")
    full.programme.edit_item("t-i-kist", title="Second")
    assert version(full, ITEM) == before + 2
