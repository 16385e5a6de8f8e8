"""The programme table model: rows made from a real mission, checked by pytest-qt's model tester."""

from datetime import date, time
from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, QTime

from mission_planner.domain.conflicts import Severity
from mission_planner.gui.models.programme import Column, ProgrammeModel, programme_rows
from tests.factories import full_record

TURKIYE = "23-IP-12-GE-OSM-A"


def test_the_model_passes_the_model_tester(qtmodeltester, demo_workspace):
    model = ProgrammeModel()
    qtmodeltester.check(model)
    record = demo_workspace.missions.load_record(TURKIYE)
    model.set_rows(programme_rows(record))
    qtmodeltester.check(model)
    model.edit_handler = lambda uid, column, value: False
    model.set_conflicts({record.items()[0].uid: Severity.ERROR, record.items()[1].uid: Severity.WARNING})
    qtmodeltester.check(model)
    model.set_rows(programme_rows(demo_workspace.missions.load_record("21-IP-06-GE-OSM-B")))
    qtmodeltester.check(model)


def test_rows_are_grouped_by_day_in_time_order(demo_workspace):
    rows = programme_rows(demo_workspace.missions.load_record(TURKIYE))
    assert len(rows) == 33
    assert [row.day for row in rows] == sorted(row.day for row in rows)
    assert [row.day_number for row in rows if row.first_of_day] == [1, 2, 3, 4]
    for before, after in pairwise(rows):
        if before.day == after.day:
            assert before.start <= after.start


def test_what_each_column_shows(demo_workspace):
    model = ProgrammeModel()
    model.set_rows(programme_rows(demo_workspace.missions.load_record(TURKIYE)))
    assert [model.index(1, column).data() for column in Column] == [
        "",  # the day is named on its first row only
        "09:00",
        "09:30",
        "Opening",
        "Opening and welcome remarks",
        "KPC international conference room",
        "Dong-hyun Choi, Ji-young Lee (moderator)",
    ]
    assert model.index(0, Column.DAY).data() == "Tue 24 Oct"
    assert model.index(0, Column.DAY).data(Qt.ItemDataRole.ToolTipRole) == "Day 1 · Tue 24 Oct 2023"
    assert (
        model.index(1, Column.PLACE).data(Qt.ItemDataRole.ToolTipRole).startswith("Korea Productivity Center (KPC)\n")
    )
    assert model.index(1, Column.START).data(Qt.ItemDataRole.EditRole) == QTime(9, 0)
    assert model.headerData(Column.PLACE, Qt.Orientation.Horizontal) == "Venue or site"


def test_places_and_people_of_the_test_mission():
    rows = {row.uid: row for row in programme_rows(full_record(prefix="t"))}
    assert rows["t-i-kist"].place == "Korea Institute of Science and Technology (KIST)"
    assert rows["t-i-kist"].speakers == "김민준 (host)"
    assert rows["t-i-online"].place == "Online"
    assert rows["t-i-online"].speakers == "Şule Yılmaz, 김민준 (discussant)"  # speakers first
    assert rows["t-i-online"].day == date(2023, 10, 25) and rows["t-i-online"].day_number == 2


def test_only_title_and_times_are_editable_and_only_with_a_handler():
    model = ProgrammeModel()
    model.set_rows(programme_rows(full_record()))
    title = model.index(0, Column.TITLE)
    assert not model.flags(title) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(title, "New")
    requests = []
    model.edit_handler = lambda uid, column, value: requests.append((uid, column, value)) or True
    editable = [column for column in Column if model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable]
    assert editable == [Column.START, Column.END, Column.TITLE]
    assert model.setData(title, "  New title  ")
    assert model.setData(model.index(0, Column.START), QTime(8, 30))
    assert not model.setData(title, title.data())  # unchanged: nothing to do
    assert not model.setData(title, "   ")  # an empty title is refused here already
    assert not model.setData(model.index(0, Column.KIND), "Meal")
    assert not model.setData(QModelIndex(), "x")
    uid = model.row_at(0).uid
    assert requests == [(uid, Column.TITLE, "New title"), (uid, Column.START, time(8, 30))]


def test_same_items_in_the_same_order_repaint_without_a_reset():
    model = ProgrammeModel()
    record = full_record()
    model.set_rows(programme_rows(record))
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda *args: changes.append(True))
    record.days[0].items[0].title = "Renamed"
    model.set_rows(programme_rows(record))
    assert (resets, changes) == ([], [True])
    assert "Renamed" in [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]
    record.days[0].items.pop()
    model.set_rows(programme_rows(record))
    assert resets == [True]
