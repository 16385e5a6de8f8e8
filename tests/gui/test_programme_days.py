"""The Programme tab's Day menu on the demo database: shift, copy, insert and remove a day, each
one step of the history that undo takes back exactly (same uids on the same days)."""

from datetime import timedelta

import pytest

from mission_planner.gui.dialogs.day_date import DayDateDialog

TURKIYE = "23-IP-12-GE-OSM-A"


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.programme)
    return demo_window.details.programme


def days(workspace):
    """Each day of the mission with its items' uids, as saved."""
    return [(d.date, d.title, sorted(i.uid for i in d.items)) for d in workspace.missions.load_record(TURKIYE).days]


def select_day(tab, day):
    tab.select_items([next(uid for uid, (d, _item) in tab._items.items() if d == day)])
    assert tab.selected_day() == day


def undo_and_redo(qtbot, window, workspace, before, after):
    window.undo_action.trigger()
    assert days(workspace) == before
    window.redo_action.trigger()
    assert days(workspace) == after
    window.undo_action.trigger()
    assert days(workspace) == before


def test_the_day_menu_is_in_the_edit_menu_and_the_tables_context_menu(demo_window, tab):
    edit = next(a.menu() for a in demo_window.menuBar().actions() if a.menu() and "Edit" in a.text())
    assert tab.day_menu.menuAction() in edit.actions()
    assert tab.day_menu.menuAction() in tab.table.actions()
    assert [a.text() for a in tab.day_menu.actions()] == ["&Shift Day…", "&Copy Day…", "&Insert Day", "&Remove Day"]


def test_shift_a_day_onto_a_free_date_then_undo(qtbot, demo_window, demo_workspace, tab, monkeypatch):
    before = days(demo_workspace)
    last = before[-1][0]
    select_day(tab, last)
    monkeypatch.setattr(DayDateDialog, "ask", staticmethod(lambda *args: last + timedelta(days=3)))
    tab.shift_day_action.trigger()
    after = days(demo_workspace)
    assert after[-1] == (last + timedelta(days=3), before[-1][1], before[-1][2])
    assert demo_window.undo_stack.count() == 1
    qtbot.waitUntil(lambda: tab.selected_day() == last + timedelta(days=3))
    undo_and_redo(qtbot, demo_window, demo_workspace, before, after)


def test_shift_a_day_onto_a_day_with_items_then_undo(qtbot, demo_window, demo_workspace, tab, monkeypatch):
    before = days(demo_workspace)
    first, second = before[0][0], before[1][0]
    select_day(tab, second)
    monkeypatch.setattr(DayDateDialog, "ask", staticmethod(lambda *args: first))
    tab.shift_day_action.trigger()
    after = days(demo_workspace)
    assert after[0][2] == sorted(before[0][2] + before[1][2]) and len(after) == len(before) - 1
    undo_and_redo(qtbot, demo_window, demo_workspace, before, after)


def test_copy_a_day_then_undo_and_redo_brings_back_the_same_copies(
    qtbot, demo_window, demo_workspace, tab, monkeypatch
):
    before = days(demo_workspace)
    first, last = before[0][0], before[-1][0]
    select_day(tab, first)
    monkeypatch.setattr(DayDateDialog, "ask", staticmethod(lambda *args: last + timedelta(days=1)))
    tab.copy_day_action.trigger()
    after = days(demo_workspace)
    copied = after[-1]
    assert copied[0] == last + timedelta(days=1) and len(copied[2]) == len(before[0][2])
    assert not set(copied[2]) & set(before[0][2])
    assert copied[1] == before[0][1]  # the new day has the copied day's title
    # Undo takes the day the copy made away, title and all; redo brings the same copies and title.
    undo_and_redo(qtbot, demo_window, demo_workspace, before, after)


def test_undoing_a_copy_onto_a_day_with_items_leaves_that_day_as_it_was(
    qtbot, demo_window, demo_workspace, tab, monkeypatch
):
    before = days(demo_workspace)
    first, second = before[0][0], before[1][0]
    select_day(tab, first)
    monkeypatch.setattr(DayDateDialog, "ask", staticmethod(lambda *args: second))
    tab.copy_day_action.trigger()
    after = days(demo_workspace)
    assert after[1][1] == before[1][1] and len(after[1][2]) == len(before[1][2]) + len(before[0][2])
    undo_and_redo(qtbot, demo_window, demo_workspace, before, after)


def test_insert_a_day_moves_the_later_days_on_then_undo(qtbot, demo_window, demo_workspace, tab):
    before = days(demo_workspace)
    first = before[0][0]
    select_day(tab, first)
    tab.insert_day_action.trigger()
    after = days(demo_workspace)
    assert after[0] == before[0]
    assert [(d + timedelta(days=1), t, u) for d, t, u in before[1:]] == after[1:]
    end = demo_workspace.missions.load_record(TURKIYE).mission.end_date
    assert end == after[-1][0]  # the last day moved past the mission's end: the mission grew a day
    undo_and_redo(qtbot, demo_window, demo_workspace, before, after)
    assert demo_workspace.missions.load_record(TURKIYE).mission.end_date == before[-1][0]


def test_remove_a_day_takes_its_items_and_undo_brings_back_the_same_uids(qtbot, demo_window, demo_workspace, tab):
    before = days(demo_workspace)
    marks = demo_workspace.missions.load_record(TURKIYE).attendance
    second = before[1][0]
    select_day(tab, second)
    tab.remove_day_action.trigger()
    after = days(demo_workspace)
    assert after == [before[0]] + [(d - timedelta(days=1), t, u) for d, t, u in before[2:]]
    undo_and_redo(qtbot, demo_window, demo_workspace, before, after)
    assert sorted(demo_workspace.missions.load_record(TURKIYE).attendance, key=repr) == sorted(marks, key=repr)
