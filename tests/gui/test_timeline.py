"""The Programme tab's day timeline over the demo database: drags, undo, Escape, selection, conflicts.

Mouse and keys are real Qt events sent with QTest; every check of what was saved reads the
database again through `ws.missions.load_record`.
"""

from datetime import date, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from mission_planner.gui.models.programme import Column
from mission_planner.services import open_workspace

TURKIYE = "23-IP-12-GE-OSM-A"
FIRST_DAY = date(2023, 10, 24)
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.programme)
    return demo_window.details.programme


@pytest.fixture
def moves(tab):
    """Every move or resize the timeline asked for."""
    asked = []
    tab.timeline.sig_moved.connect(lambda *args: asked.append(args))
    tab.timeline.sig_resized.connect(lambda *args: asked.append(args))
    return asked


def saved_times(workspace, uid):
    for day in workspace.missions.load_record(TURKIYE).days:
        for item in day.items:
            if item.uid == uid:
                return day.date, item.start, item.end
    return None


def uid_titled(workspace, prefix):
    return next(item.uid for item in workspace.missions.load_record(TURKIYE).items() if item.title.startswith(prefix))


def pixels(timeline, minutes):
    return round(minutes * timeline.pixels_per_minute())


def drag(timeline, start: QPoint, offset: int, *, finish=True):
    """Press at `start`, move down by `offset` pixels in a few steps, and (if `finish`) release."""
    QTest.mousePress(timeline, LEFT, NO_KEYS, start)
    for step in (1, 2, 3):
        QTest.mouseMove(timeline, start + QPoint(0, offset * step // 3))
    if finish:
        QTest.mouseRelease(timeline, LEFT, NO_KEYS, start + QPoint(0, offset))


def test_the_timeline_shows_the_first_day_in_the_mission_time_zone(demo_workspace, tab):
    record = demo_workspace.missions.load_record(TURKIYE)
    first_day = next(day for day in record.days if day.date == FIRST_DAY)
    pane = tab.timeline_pane
    assert pane.day == FIRST_DAY
    assert pane.day_label.text() == "Day 1 · Tue 24 Oct 2023"
    assert pane.zone_label.text() == "Times in Asia/Seoul"
    assert sorted(tab.timeline.block_uids()) == sorted(item.uid for item in first_day.items)
    assert tab.timeline.hours() == (8, 21)  # 08:40 to the dinner's 20:30
    sharing = uid_titled(demo_workspace, "Sharing session")  # 10:45–12:15 in Seoul
    rect = tab.timeline.block_rect(sharing)
    assert abs(rect.top() - tab.timeline.y_of(10 * 60 + 45)) <= 1
    assert abs(rect.bottom() + 1 - tab.timeline.y_of(12 * 60 + 15)) <= 1
    assert not pane.previous_button.isEnabled() and pane.next_button.isEnabled()


def test_overlapping_items_stand_side_by_side(demo_workspace, demo_window, tab):
    opening = uid_titled(demo_workspace, "Opening and welcome")  # 09:00–09:30
    orientation = uid_titled(demo_workspace, "Orientation")  # 09:30–10:30
    timeline = tab.timeline
    assert timeline.block_rect(opening).width() == timeline.block_rect(orientation).width()  # alone, full width
    demo_workspace.programme.edit_item(opening, end=time(9, 50))
    demo_window.reload_action.trigger()
    left, right = timeline.block_rect(opening), timeline.block_rect(orientation)
    assert left.right() < right.left()
    assert left.width() < timeline.width() // 2


def test_dragging_a_block_moves_the_item_by_the_snapped_minutes_and_undo_puts_it_back(
    demo_workspace, demo_window, tab, moves
):
    uid = uid_titled(demo_workspace, "Sharing session")  # 10:45–12:15
    timeline = tab.timeline
    before = timeline.block_rect(uid)
    drag(timeline, before.center(), pixels(timeline, 23), finish=False)
    # Live: the block follows the mouse, snapped to 5 minutes, and nothing is written yet.
    assert abs(timeline.block_rect(uid).top() - timeline.y_of(11 * 60 + 10)) <= 1
    assert saved_times(demo_workspace, uid) == (FIRST_DAY, time(10, 45), time(12, 15))
    QTest.mouseRelease(timeline, LEFT, NO_KEYS, before.center() + QPoint(0, pixels(timeline, 23)))

    assert saved_times(demo_workspace, uid) == (FIRST_DAY, time(11, 10), time(12, 40))
    assert len(moves) == 1  # one write, on release
    assert demo_window.undo_stack.count() == 1
    assert demo_window.undo_action.text().startswith("&Undo Move “Sharing session")
    row = tab.model.row_of(uid)
    assert tab.model.index(row, Column.START).data() == "11:10"
    assert tab.selected_uids() == [uid] and timeline.selected_uids() == [uid]

    demo_window.undo_action.trigger()
    assert saved_times(demo_workspace, uid) == (FIRST_DAY, time(10, 45), time(12, 15))
    assert tab.model.index(tab.model.row_of(uid), Column.START).data() == "10:45"
    assert timeline.block_rect(uid) == before


def test_dragging_the_bottom_edge_changes_only_the_end(demo_workspace, demo_window, tab):
    uid = uid_titled(demo_workspace, "Lunch")  # 12:15–13:30
    timeline = tab.timeline
    rect = timeline.block_rect(uid)
    edge = QPoint(rect.center().x(), rect.bottom() - 1)
    QTest.mouseMove(timeline, edge)
    assert timeline.cursor().shape() == Qt.CursorShape.SizeVerCursor
    QTest.mouseMove(timeline, rect.center())
    assert timeline.cursor().shape() == Qt.CursorShape.OpenHandCursor

    drag(timeline, edge, pixels(timeline, 30))
    assert saved_times(demo_workspace, uid) == (FIRST_DAY, time(12, 15), time(14, 0))
    assert demo_window.undo_action.text() == "&Undo Change the times of “Lunch”"
    demo_window.undo_action.trigger()
    assert saved_times(demo_workspace, uid) == (FIRST_DAY, time(12, 15), time(13, 30))


def test_dragging_the_top_edge_changes_only_the_start(demo_workspace, tab):
    uid = uid_titled(demo_workspace, "Lunch")  # 12:15–13:30
    timeline = tab.timeline
    rect = timeline.block_rect(uid)
    drag(timeline, QPoint(rect.center().x(), rect.top() + 1), -pixels(timeline, 15))
    assert saved_times(demo_workspace, uid) == (FIRST_DAY, time(12, 0), time(13, 30))


def test_escape_during_a_drag_cancels_it_without_writing(demo_workspace, demo_window, tab, moves):
    uid = uid_titled(demo_workspace, "Sharing session")
    timeline = tab.timeline
    before = timeline.block_rect(uid)
    drag(timeline, before.center(), pixels(timeline, 60), finish=False)
    assert timeline.is_dragging() and timeline.block_rect(uid) != before
    QTest.keyClick(timeline, Qt.Key.Key_Escape)
    assert not timeline.is_dragging() and timeline.block_rect(uid) == before
    QTest.mouseMove(timeline, before.center() + QPoint(0, pixels(timeline, 90)))
    QTest.mouseRelease(timeline, LEFT, NO_KEYS, before.center() + QPoint(0, pixels(timeline, 90)))

    assert moves == []
    assert demo_window.undo_stack.count() == 0
    assert saved_times(demo_workspace, uid) == (FIRST_DAY, time(10, 45), time(12, 15))
    assert timeline.block_rect(uid) == before


def test_a_click_without_moving_writes_nothing(demo_workspace, demo_window, tab, moves):
    uid = uid_titled(demo_workspace, "Sharing session")
    QTest.mouseClick(tab.timeline, LEFT, NO_KEYS, tab.timeline.block_rect(uid).center())
    assert moves == [] and demo_window.undo_stack.count() == 0
    assert tab.selected_uids() == [uid]


def test_selecting_a_row_selects_its_block_and_shows_its_day(demo_workspace, tab):
    day_two = date(2023, 10, 25)
    uid = uid_titled(demo_workspace, "Dinner")  # 25 Oct
    table = tab.table
    index = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(uid), Column.TITLE))
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), LEFT, NO_KEYS, table.visualRect(index).center())
    assert tab.selected_uids() == [uid]
    assert tab.timeline_pane.day == day_two
    assert tab.timeline.selected_uids() == [uid]
    assert tab.timeline_pane.day_label.text() == "Day 2 · Wed 25 Oct 2023"

    tab.select_items([])
    assert tab.timeline.selected_uids() == []


def test_clicking_a_block_selects_its_row(demo_workspace, tab):
    uid = uid_titled(demo_workspace, "Lunch")
    timeline = tab.timeline
    QTest.mouseClick(timeline, LEFT, NO_KEYS, timeline.block_rect(uid).center())
    assert tab.selected_uids() == [uid]
    assert timeline.selected_uids() == [uid]
    other = uid_titled(demo_workspace, "Coffee break")
    QTest.mouseClick(timeline, LEFT, Qt.KeyboardModifier.ControlModifier, timeline.block_rect(other).center())
    assert sorted(tab.selected_uids()) == sorted([uid, other])
    QTest.mouseClick(timeline, LEFT, NO_KEYS, QPoint(timeline.width() - 3, timeline.y_of(18 * 60 + 5)))  # empty
    assert tab.selected_uids() == [] and timeline.selected_uids() == []


def test_the_day_buttons_show_the_next_day_and_scroll_the_table_to_it(qtbot, demo_workspace, demo_window, tab):
    demo_window.resize(1000, 500)  # a table shorter than the programme, so that it can scroll
    qtbot.waitUntil(lambda: tab.table.verticalScrollBar().maximum() > 12)
    pane = tab.timeline_pane
    pane.next_button.click()
    assert pane.day == date(2023, 10, 25)
    record = demo_workspace.missions.load_record(TURKIYE)
    day_two = next(day for day in record.days if day.date == pane.day)
    assert sorted(tab.timeline.block_uids()) == sorted(item.uid for item in day_two.items)
    first_row = min(tab.model.row_of(item.uid) for item in day_two.items)
    assert tab.table.rowAt(0) == first_row
    pane.previous_button.click()
    assert pane.day == FIRST_DAY


def test_double_clicking_a_block_opens_it_in_the_item_dialog(demo_workspace, tab, monkeypatch):
    from mission_planner.gui.dialogs.item_editor import ItemEditor

    uid = uid_titled(demo_workspace, "Lunch")
    opened = []

    def ask(cls, record, sites, day, item, parent=None):
        opened.append(item.uid)
        return None  # the coordinator cancels

    monkeypatch.setattr(ItemEditor, "ask", classmethod(ask))
    QTest.mouseDClick(tab.timeline, LEFT, NO_KEYS, tab.timeline.block_rect(uid).center())
    assert tab.selected_uids() == [uid]
    assert opened == [uid]


def is_red(colour: QColor) -> bool:
    return colour.red() > 180 and colour.green() < 90 and colour.blue() < 90


def test_conflicting_items_are_outlined_in_red_and_chosen_from_the_panel(qtbot, demo_workspace, demo_window, tab):
    opening = uid_titled(demo_workspace, "Opening and welcome")
    orientation = uid_titled(demo_workspace, "Orientation")
    lunch = uid_titled(demo_workspace, "Lunch")
    timeline = tab.timeline

    def right_edge(uid):
        rect = timeline.block_rect(uid)
        return timeline.grab().toImage().pixelColor(rect.right(), rect.center().y())

    assert not is_red(right_edge(opening))
    demo_workspace.programme.edit_item(opening, end=time(9, 50))  # behind the window's back, as the CLI would
    demo_window.reload_action.trigger()
    tab.select_items([])
    assert is_red(right_edge(opening)) and is_red(right_edge(orientation))
    assert not is_red(right_edge(lunch))

    tab.conflicts.choose(0)
    assert sorted(timeline.selected_uids()) == sorted([opening, orientation])


def test_a_move_the_services_refuse_is_reported_and_the_timeline_shows_what_is_saved(
    demo_workspace, demo_window, tab, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    uid = uid_titled(demo_workspace, "Lunch")
    timeline = tab.timeline
    before = timeline.block_rect(uid)
    other = open_workspace(demo_workspace.location)  # another program: the watch has not looked yet
    try:
        other.programme.delete_item(uid)  # gone behind the window's back: the move is refused
    finally:
        other.close()
    drag(timeline, before.center(), pixels(timeline, 30))
    assert shown == ["This programme item no longer exists; someone may have deleted it."]
    assert saved_times(demo_workspace, uid) is None
    assert demo_window.undo_stack.count() == 0
    assert not timeline.is_dragging()
    assert uid not in timeline.block_uids()


def test_a_drag_past_the_bottom_of_the_view_scrolls_the_day(qtbot, demo_workspace, demo_window, tab):
    demo_window.resize(1000, 420)  # the day no longer fits: the timeline scrolls
    scroll = tab.timeline_pane.scroll_area
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    timeline = tab.timeline
    uid = uid_titled(demo_workspace, "Lunch")
    rect = timeline.block_rect(uid)
    scroll.verticalScrollBar().setValue(0)
    below_view = scroll.viewport().height() + 30 - rect.center().y()
    drag(timeline, rect.center(), below_view, finish=False)
    assert scroll.verticalScrollBar().value() > 0
    QTest.keyClick(timeline, Qt.Key.Key_Escape)
    QTest.mouseRelease(timeline, LEFT, NO_KEYS, rect.center())


def test_a_mission_without_items_shows_an_empty_day(qtbot, main_window, missions_workspace):
    main_window.select_row(0)
    tab = main_window.details.programme
    pane = tab.timeline_pane
    assert tab.code is not None
    assert pane.day is None and tab.timeline.block_uids() == []
    assert pane.day_label.text() == "No programme yet"
    assert not pane.previous_button.isEnabled() and not pane.next_button.isEnabled()
    assert tab.timeline.hours() == (8, 19)
