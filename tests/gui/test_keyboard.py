"""The window by keyboard alone: Tab leaves every table, reaches every control, and the item
dialog keeps an item's length when its start moves."""

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QWidget

from mission_planner.gui.dialogs.item_editor import ItemEditor
from mission_planner.gui.main_window import MainWindow
from mission_planner.gui.widgets.buttons import button_text

TAB_PRESSES = 200  # more than any tab has controls: a cycle back to the start ends sooner


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_cycle(qtbot, window: MainWindow, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back to it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(TAB_PRESSES):
        widget = focused()
        assert widget is not None, "the focus went nowhere"
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        if focused() is start:
            return visited
        visited.append(focused())
    raise AssertionError(f"Tab never came back to the start; stuck in {type(focused()).__name__}")


def reachable(window: MainWindow, page: QWidget) -> list[QWidget]:
    """The controls on `page` a keyboard user must be able to reach: shown, enabled, taking Tab focus."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.focusProxy() is None
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    ]


def test_tab_leaves_each_table_for_the_next_control(qtbot, demo_window):
    window = demo_window
    pane = window.details
    tables = {
        pane.programme: pane.programme.table,
        pane.people: pane.people.table,
        pane.sites: pane.sites.table,
        pane.attendance: pane.attendance.table,
        pane.budget: pane.budget.table,
    }
    window.activateWindow()
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Tab)
    assert focused() is not window.table  # the mission list lets go too
    for tab, table in tables.items():
        pane.tabs.setCurrentWidget(tab)
        table.setFocus()
        assert focused() is table
        QTest.keyClick(table, Qt.Key.Key_Tab)
        assert focused() is not table, type(tab).__name__
    assert not [view for view in window.findChildren(QAbstractItemView) if view.tabKeyNavigation()]


def test_every_control_of_every_tab_is_reached_by_tab(qtbot, demo_window):
    window = demo_window
    pane = window.details
    for index in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(index)
        visited = tab_cycle(qtbot, window, window.search_box)
        missed = [w for w in reachable(window, pane.tabs.currentWidget()) if w not in visited]
        assert missed == [], pane.tabs.tabText(index)


def test_the_start_page_is_worked_by_tab(qtbot, database, tmp_path):
    from mission_planner.services import open_workspace

    workspace = open_workspace(database)
    try:
        window = MainWindow(workspace, documents_root=tmp_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        page = window.start_page
        visited = tab_cycle(qtbot, window, page.new_button)
        assert {page.new_button, page.demo_button, page.open_button} <= set(visited)
        window.close()
    finally:
        workspace.close()


def sites_buttons(window: MainWindow) -> list[str]:
    return [button.text() for button in window.details.sites.findChildren(QPushButton)]


def test_the_sites_buttons_show_their_labels(qtbot, demo_window):
    assert sites_buttons(demo_window) == ["Add Site…", "Edit Site…", "Delete Site"]


def test_the_sites_buttons_show_their_korean_labels_without_the_menus_mnemonic(qtbot, korean, demo_workspace, tmp_path):
    window = MainWindow(demo_workspace, documents_root=tmp_path)
    qtbot.addWidget(window)
    labels = sites_buttons(window)
    assert labels[0] == "방문지 추가…"
    assert len(labels) == 3 and not any("(" in label or "&" in label for label in labels)
    window.close()


def test_a_button_label_drops_the_mnemonic_in_either_place():
    assert button_text("&Add Site…") == "Add Site…"
    assert button_text("방문지 추가(&A)…") == "방문지 추가…"
    assert button_text("R&&D budget") == "R&D budget"


@pytest.fixture
def item_dialog(qtbot, demo_workspace):
    """The item dialog on the demo's first item, set to run 09:00–10:30."""
    record = demo_workspace.missions.load_record("23-IP-12-GE-OSM-A")
    day = record.days[0]
    dialog = ItemEditor(record, demo_workspace.sites.list_sites(), day.date, day.items[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(10, 30))
    return dialog


def shown_times(dialog: ItemEditor) -> tuple[time, time]:
    item = dialog.result_item()
    return item.start, item.end


def press(edit, *keys: Qt.Key) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Home)  # the hours
    for key in keys:
        QTest.keyClick(edit, key)


def test_moving_the_start_moves_the_end_and_keeps_the_length(item_dialog):
    dialog = item_dialog
    press(dialog.start, Qt.Key.Key_Up, Qt.Key.Key_Up)
    assert shown_times(dialog) == (time(11, 0), time(12, 30))
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    press(dialog.end, Qt.Key.Key_Up)  # the end alone: the item grows by an hour
    assert shown_times(dialog) == (time(11, 0), time(13, 30))
    press(dialog.start, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert shown_times(dialog) == (time(8, 0), time(10, 30))


def test_an_end_moved_past_midnight_stops_at_the_last_minute_of_the_day(item_dialog):
    item_dialog.start.setTime(QTime(23, 0))
    assert shown_times(item_dialog) == (time(23, 0), time(23, 59))
