"""The Programme tab over the demo database: edits in the table, undo and redo, delete, conflicts.

Every check of what was saved reads the database again through `ws.missions.load_record`.
"""

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTimeEdit

from mission_planner.gui.models.programme import Column

TURKIYE = "23-IP-12-GE-OSM-A"


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.programme)
    return demo_window.details.programme


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def saved_item(workspace, uid):
    for day in workspace.missions.load_record(TURKIYE).days:
        for item in day.items:
            if item.uid == uid:
                return day.date, item
    return None


def row_titled(tab, title) -> int:
    model = tab.model
    return next(row for row in range(model.rowCount()) if model.index(row, Column.TITLE).data() == title)


def edit_cell(qtbot, table, row, column):
    """Open the table's editor on a cell, as a double click would; returns the editor."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert editor is not None
    return editor


def commit(qtbot, editor):
    """Press Return in the editor; Qt commits the data from the event loop, then closes the editor."""
    with qtbot.waitSignal(editor.destroyed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_tab_shows_the_mission_programme(demo_window, tab):
    assert tab.code == TURKIYE
    assert tab.model.rowCount() == 33
    assert tab.conflicts.entry_count() == 0
    assert tab.conflicts.summary.text().startswith("None found")


def test_editing_a_title_in_the_table_then_undo_and_redo(qtbot, demo_window, demo_workspace, tab):
    row = row_titled(tab, "Coffee break")
    uid = tab.model.row_at(row).uid
    editor = edit_cell(qtbot, tab.table, row, Column.TITLE)
    assert isinstance(editor, QLineEdit) and editor.text() == "Coffee break"
    editor.selectAll()
    qtbot.keyClicks(editor, "Coffee and tea")
    commit(qtbot, editor)

    assert saved_item(demo_workspace, uid)[1].title == "Coffee and tea"
    assert tab.model.index(row, Column.TITLE).data() == "Coffee and tea"
    assert demo_window.undo_stack.count() == 1
    assert demo_window.undo_action.text() == "&Undo Rename “Coffee break”"
    qtbot.waitUntil(lambda: tab.selected_uids() == [uid])

    demo_window.undo_action.trigger()
    assert saved_item(demo_workspace, uid)[1].title == "Coffee break"
    assert tab.model.index(row, Column.TITLE).data() == "Coffee break"

    demo_window.redo_action.trigger()
    assert saved_item(demo_workspace, uid)[1].title == "Coffee and tea"
    assert tab.model.index(row, Column.TITLE).data() == "Coffee and tea"


def test_undo_and_redo_use_the_standard_keys(qtbot, demo_window, demo_workspace, tab):
    from PySide6.QtGui import QKeySequence

    assert QKeySequence(QKeySequence.StandardKey.Undo) in demo_window.undo_action.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Redo) in demo_window.redo_action.shortcuts()
    row = row_titled(tab, "Lunch")
    uid = tab.model.row_at(row).uid
    editor = edit_cell(qtbot, tab.table, row, Column.TITLE)
    editor.setText("Lunch at KPC")
    commit(qtbot, editor)
    demo_window.activateWindow()
    qtbot.waitActive(demo_window)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved_item(demo_workspace, uid)[1].title == "Lunch"


def test_editing_the_start_moves_the_item_keeping_its_length(qtbot, demo_window, demo_workspace, tab):
    row = row_titled(tab, "Coffee break")  # 10:30–10:45
    uid = tab.model.row_at(row).uid
    editor = edit_cell(qtbot, tab.table, row, Column.START)
    assert isinstance(editor, QTimeEdit) and editor.time() == QTime(10, 30)
    editor.setTime(QTime(10, 40))
    commit(qtbot, editor)
    item = saved_item(demo_workspace, uid)[1]
    assert (item.start, item.end) == (time(10, 40), time(10, 55))
    demo_window.undo_action.trigger()
    item = saved_item(demo_workspace, uid)[1]
    assert (item.start, item.end) == (time(10, 30), time(10, 45))


def test_editing_the_end_resizes_and_a_refused_end_changes_nothing(qtbot, demo_window, demo_workspace, tab, warnings):
    row = row_titled(tab, "Coffee break")
    uid = tab.model.row_at(row).uid
    editor = edit_cell(qtbot, tab.table, row, Column.END)
    editor.setTime(QTime(11, 0))
    commit(qtbot, editor)
    assert saved_item(demo_workspace, uid)[1].end == time(11, 0)
    assert demo_window.undo_stack.count() == 1

    editor = edit_cell(qtbot, tab.table, row, Column.END)
    editor.setTime(QTime(10, 0))  # before the start
    commit(qtbot, editor)
    assert len(warnings) == 1 and "must end after it starts" in warnings[0]
    assert saved_item(demo_workspace, uid)[1].end == time(11, 0)
    assert demo_window.undo_stack.count() == 1  # nothing was pushed
    assert tab.model.index(row, Column.END).data() == "11:00"


def test_delete_then_undo_brings_back_the_same_item_and_its_attendance(qtbot, demo_window, demo_workspace, tab):
    before = demo_workspace.missions.load_record(TURKIYE)
    uid = next(item.uid for item in before.items() if any(mark.item_uid == item.uid for mark in before.attendance))
    marks = sorted((m for m in before.attendance if m.item_uid == uid), key=lambda m: m.person_uid)
    day, item = saved_item(demo_workspace, uid)
    tab.select_items([uid])
    demo_window.activateWindow()
    qtbot.waitActive(demo_window)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)

    assert saved_item(demo_workspace, uid) is None
    assert tab.model.row_of(uid) is None
    assert tab.model.rowCount() == 32
    assert demo_window.undo_action.text() == f"&Undo Delete “{item.title}”"

    demo_window.undo_action.trigger()
    after = demo_workspace.missions.load_record(TURKIYE)
    assert saved_item(demo_workspace, uid) == (day, item)
    assert sorted((m for m in after.attendance if m.item_uid == uid), key=lambda m: m.person_uid) == marks
    assert tab.model.row_of(uid) is not None
    assert tab.selected_uids() == [uid]

    demo_window.redo_action.trigger()
    assert saved_item(demo_workspace, uid) is None


def test_deleting_several_items_is_one_step(demo_window, demo_workspace, tab):
    uids = [tab.model.row_at(row).uid for row in (3, 4, 5)]
    tab.select_items(uids)
    demo_window.details.programme.delete_action.trigger()
    assert all(saved_item(demo_workspace, uid) is None for uid in uids)
    assert demo_window.undo_stack.count() == 1
    demo_window.undo_action.trigger()
    assert all(saved_item(demo_workspace, uid) is not None for uid in uids)
    assert sorted(tab.selected_uids()) == sorted(uids)


def test_delete_is_offered_only_with_a_selection(demo_window, tab):
    tab.select_items([])
    assert not tab.delete_action.isEnabled()
    tab.select_items([tab.model.row_at(0).uid])
    assert tab.delete_action.isEnabled()
    assert tab.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut


def test_a_conflict_appears_and_choosing_it_selects_its_items(qtbot, demo_window, demo_workspace, tab):
    opening_row = row_titled(tab, "Opening and welcome remarks")  # 09:00–09:30
    opening = tab.model.row_at(opening_row).uid
    orientation = tab.model.row_at(opening_row + 1).uid  # 09:30–10:30
    demo_workspace.programme.edit_item(opening, end=time(9, 50))  # behind the window's back, as the CLI would
    demo_window.reload_action.trigger()

    panel = tab.conflicts
    assert panel.entry_count() == 1
    assert panel.entry_severity(0) == "error"
    assert panel.summary.text() == "1 error"
    assert panel.entry_text(0).startswith(
        "“Opening and welcome remarks” (Tue 24 Oct 2023 09:00–09:50) overlaps “Orientation: KPC"
    )
    assert tab.model.index(opening_row, Column.TITLE).data(Qt.ItemDataRole.DecorationRole) is not None

    tab.select_items([])
    entry = panel.list.item(0)
    with qtbot.waitSignal(panel.sig_items_chosen) as chosen:
        qtbot.mouseClick(
            panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(entry).center()
        )
    assert chosen.args == [[opening, orientation]]
    assert tab.selected_uids() == [opening, orientation]
    assert tab.table.hasFocus() or not demo_window.isActiveWindow()


def test_the_panel_refreshes_after_an_edit_and_its_undo(qtbot, demo_window, demo_workspace, tab):
    row = row_titled(tab, "Opening and welcome remarks")
    editor = edit_cell(qtbot, tab.table, row, Column.END)
    editor.setTime(QTime(9, 50))
    commit(qtbot, editor)
    assert tab.conflicts.entry_count() == 1
    errors_first = [tab.conflicts.entry_severity(n) for n in range(tab.conflicts.entry_count())]
    assert errors_first == sorted(errors_first)  # "error" < "warning"
    demo_window.undo_action.trigger()
    assert tab.conflicts.entry_count() == 0


def test_undo_after_switching_missions_goes_back_to_the_mission(demo_window, demo_workspace, tab):
    row = row_titled(tab, "Coffee break")
    uid = tab.model.row_at(row).uid
    tab.model.setData(tab.model.index(row, Column.TITLE), "Tea")
    demo_window.select_row(2)
    assert demo_window.details.code != TURKIYE
    demo_window.undo_action.trigger()
    assert demo_window.details.code == TURKIYE
    assert demo_window.details.tabs.currentWidget() is tab
    assert saved_item(demo_workspace, uid)[1].title == "Coffee break"
    assert tab.selected_uids() == [uid]


def test_an_undo_that_can_no_longer_be_done_is_reported_and_dropped(demo_window, demo_workspace, tab, warnings):
    row = row_titled(tab, "Coffee break")
    uid = tab.model.row_at(row).uid
    tab.model.setData(tab.model.index(row, Column.TITLE), "Tea")
    demo_workspace.programme.delete_item(uid)  # elsewhere, meanwhile
    demo_window.undo_action.trigger()
    assert len(warnings) == 1
    assert demo_window.undo_stack.count() == 0
    assert tab.model.row_of(uid) is None
