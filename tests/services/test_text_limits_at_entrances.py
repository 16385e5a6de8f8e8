"""Texts longer than their fields allow are refused where they come in: nomination and
attendance files (a problem of the row, naming the column and the limit), and every service a
front end calls to store an edit (InputError naming the field, nothing written)."""

import dataclasses
from datetime import date, datetime, time

import pytest

from mission_planner.domain.enums import AttendanceStatus, FlightDirection, ItemKind, Status
from mission_planner.domain.limits import MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, MAX_TITLE
from mission_planner.domain.people import Attendance, Flight, Stay
from mission_planner.domain.places import Site
from mission_planner.domain.programme import Item
from mission_planner.errors import InputError
from mission_planner.services.imports.problem_text import row_problem_text
from mission_planner.services.people import ImportProblems
from tests.factories import SEOUL, online_record

CODE = "23-IP-99-GE-OSM-A"
ONLINE = "21-IP-90-GE-OSM-B"
HEADER = "family_name,given_name,country,organization,email,position\n"


@pytest.fixture
def ws(full):
    return full


def csv(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# --- nomination files ---------------------------------------------------------------------------


def test_a_cell_longer_than_its_field_is_a_problem_naming_row_column_and_limit(ws, tmp_path):
    name = "Ä" * (MAX_NAME + 1)
    position = "p" * (MAX_SHORT_TEXT + 5)
    text = HEADER + f"Good,Row,Japan,JPC,good@example.org,Expert\n{name},Ok,Japan,JPC,a@example.org,{position}\n"
    before = ws.missions.load_record(CODE, with_identity=True)
    with pytest.raises(ImportProblems) as caught:
        ws.people.import_delegates(CODE, csv(tmp_path / "long.csv", text))
    assert [row_problem_text(p) for p in caught.value.problems] == [
        f"row 3, family_name (column A): is {MAX_NAME + 1} characters long; at most {MAX_NAME} are allowed",
        f"row 3, position (column F): is {MAX_SHORT_TEXT + 5} characters long; at most {MAX_SHORT_TEXT} are allowed",
    ]
    assert ws.missions.load_record(CODE, with_identity=True) == before


def test_a_cell_exactly_at_its_limit_imports_whole(ws, tmp_path):
    name = "김" * MAX_NAME
    report = ws.people.import_delegates(
        CODE, csv(tmp_path / "max.csv", HEADER + f"{name},Ok,Korea,KPC,k@example.org,x\n")
    )
    assert report.added == 1
    assert name in {p.family_name for p in ws.missions.load_record(CODE).people}


def test_length_is_counted_after_nfc_normalization(ws, tmp_path):
    decomposed = "A\u0308" * MAX_NAME  # Ä as two code points: MAX_NAME characters once composed
    report = ws.people.import_delegates(
        CODE, csv(tmp_path / "nfd.csv", HEADER + f"{decomposed},Ok,Japan,J,n@example.org,x\n")
    )
    assert report.added == 1


# --- a Zoom participant report ------------------------------------------------------------------


def test_an_over_long_name_in_a_participant_report_is_a_problem_of_its_row(workspace, tmp_path):
    workspace.missions.add_record(online_record(ONLINE))
    name = "N" * (MAX_SHORT_TEXT + 1)
    path = tmp_path / "zoom.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time\n"
        f"{name},x@example.org,11/24/2021 09:55:00 AM,11/24/2021 01:00:00 PM\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblems) as caught:
        workspace.attendance.import_attendance(ONLINE, path)
    assert [row_problem_text(p) for p in caught.value.problems] == [
        f"row 2, Name (Original Name) (column A): is {MAX_SHORT_TEXT + 1} characters long; "
        f"at most {MAX_SHORT_TEXT} are allowed"
    ]
    assert workspace.missions.load_record(ONLINE).attendance == []


# --- services every front end calls ---------------------------------------------------------------


def item(**changes) -> Item:
    return Item("", ItemKind.PRESENTATION, changes.pop("title", "Talk"), time(9), time(10), **changes)


@pytest.mark.parametrize(
    ("changes", "field", "limit"),
    [
        ({"title": "t" * (MAX_TITLE + 1)}, "title", MAX_TITLE),
        ({"description": "d" * (MAX_LONG_TEXT + 1)}, "description", MAX_LONG_TEXT),
        ({"venue": "v" * (MAX_SHORT_TEXT + 1)}, "venue", MAX_SHORT_TEXT),
    ],
)
def test_adding_or_editing_an_item_refuses_over_long_text(ws, changes, field, limit):
    before = ws.missions.load_record(CODE)
    with pytest.raises(InputError, match=f"at most {limit:,} are allowed") as caught:
        ws.programme.add_item(CODE, date(2023, 10, 24), item(**changes))
    assert caught.value.location == field
    uid = before.days[0].items[0].uid
    with pytest.raises(InputError, match=f"{field} is"):
        ws.programme.edit_item(uid, **changes)
    assert ws.missions.load_record(CODE) == before


def test_an_item_at_the_limits_is_stored(ws):
    ws.programme.add_item(CODE, date(2023, 10, 24), item(title="t" * MAX_TITLE, description="d" * MAX_LONG_TEXT))
    titles = [i.title for d in ws.missions.load_record(CODE).days for i in d.items]
    assert "t" * MAX_TITLE in titles


def test_a_site_with_an_over_long_name_is_refused(ws):
    with pytest.raises(InputError, match=f"name_en is {MAX_NAME + 1} characters long"):
        ws.sites.save_site(Site("", "S" * (MAX_NAME + 1)))
    ws.sites.save_site(Site("", "S" * MAX_NAME))


def test_travel_status_and_attendance_refuse_over_long_text(ws):
    before = ws.missions.load_record(CODE)
    sule = "t-p-sule"
    arrival = Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 17, 40, tzinfo=SEOUL), "F" * 501)
    with pytest.raises(InputError, match="flight_no is 501 characters long"):
        ws.people.set_flight(CODE, sule, arrival)
    stay = Stay("H" * (MAX_NAME + 1), date(2023, 10, 23), date(2023, 10, 26))
    with pytest.raises(InputError, match=r"stays\[0\]\.hotel is"):
        ws.people.set_stays(CODE, sule, [stay])
    with pytest.raises(InputError, match="note is"):
        ws.people.set_status(CODE, sule, Status.WITHDRAWN, on=date(2023, 10, 1), note="n" * (MAX_SHORT_TEXT + 1))
    mark = Attendance("t-i-open", sule, AttendanceStatus.EXCUSED, reason="r" * (MAX_LONG_TEXT + 1))
    with pytest.raises(InputError, match="reason is"):
        ws.attendance.set_attendance(mark)
    assert ws.missions.load_record(CODE) == before


def test_a_budget_line_and_a_rule_set_refuse_over_long_text(ws):
    record = ws.missions.load_record(CODE)
    line = record.budget_lines[0]
    line.notes = "n" * (MAX_LONG_TEXT + 1)
    with pytest.raises(InputError, match="notes is"):
        ws.budget.save_budget_line(CODE, line)
    rules = record.rule_set
    rules.name = "r" * (MAX_SHORT_TEXT + 1)
    with pytest.raises(InputError, match="name is"):
        ws.budget.use_rule_set(CODE, rules)


def test_the_organization_settings_refuse_an_over_long_signatory(ws):
    settings = dataclasses.replace(ws.settings.organization_settings(), signatory_name="S" * (MAX_NAME + 1))
    with pytest.raises(InputError, match="signatory_name is"):
        ws.settings.save_organization_settings(settings)
    assert ws.settings.organization_settings().signatory_name == ""
