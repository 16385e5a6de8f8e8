"""The Programme tab's week view over the demo database: all the days side by side, blocks dragged
between days, new items made by dragging over empty time, conflicts shown during a drag, and the
table and the calendar selecting together.

Mouse and keys are real Qt events sent with QTest; what was saved is read again from the database.
"""

import time as clock
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mission_planner.domain.conflicts import Severity
from mission_planner.domain.enums import ItemKind
from mission_planner.domain.programme import Item
from mission_planner.gui.models.programme import Column
from mission_planner.gui.widgets.day_timeline import MIN_HOUR_HEIGHT

TURKIYE = "23-IP-12-GE-OSM-A"
DAYS = [date(2023, 10, 24) + timedelta(days=n) for n in range(4)]
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def tab(demo_window):
    demo_window.resize(1400, 800)
    demo_window.details.tabs.setCurrentWidget(demo_window.details.programme)
    tab = demo_window.details.programme
    tab.timeline_pane.week_button.click()
    return tab


def saved(workspace, uid):
    for day in workspace.missions.load_record(TURKIYE).days:
        for item in day.items:
            if item.uid == uid:
                return day.date, item.start, item.end
    return None


def uid_titled(workspace, prefix):
    return next(item.uid for item in workspace.missions.load_record(TURKIYE).items() if item.title.startswith(prefix))


def items_titled(workspace, title):
    return [
        (day.date, item)
        for day in workspace.missions.load_record(TURKIYE).days
        for item in day.items
        if item.title == title
    ]


def point(timeline, column, minute):
    return QPoint(timeline.column_rect(column).center().x(), timeline.y_of(minute))


def drag(timeline, start, end, *, finish=True):
    QTest.mousePress(timeline, LEFT, NO_KEYS, start)
    for step in (1, 2, 3, 4):
        QTest.mouseMove(timeline, start + (end - start) * step / 4)
    if finish:
        QTest.mouseRelease(timeline, LEFT, NO_KEYS, end)


def test_the_week_button_shows_every_day_side_by_side_and_back(demo_workspace, tab):
    timeline, pane = tab.timeline, tab.timeline_pane
    assert timeline.days() == DAYS
    assert pane.headings.isVisible()
    assert pane.headings.labels[1] == "Day 2 · Wed 25 Oct"
    assert pane.day_label.text() == "All days (4)"
    record = demo_workspace.missions.load_record(TURKIYE)
    assert sorted(timeline.block_uids()) == sorted(item.uid for item in record.items())
    lunch_two = next(i.uid for d in record.days if d.date == DAYS[1] for i in d.items if i.title == "Lunch")
    assert timeline.column_rect(1).contains(timeline.block_rect(lunch_two).center())
    assert timeline.hours() == (7, 21)  # the 07:30 transfer of day 2 to the dinner's 20:30

    pane.week_button.click()
    assert timeline.days() == [DAYS[0]] and not pane.headings.isVisible()


def test_many_days_scroll_sideways(demo_workspace, demo_window, tab, qtbot):
    for n in range(4, 16):
        demo_workspace.programme.add_item(
            TURKIYE, DAYS[0] + timedelta(days=n), Item("", ItemKind.OTHER, f"Day {n + 1}", time(10), time(11))
        )
    demo_window.reload_action.trigger()
    timeline = tab.timeline
    assert len(timeline.days()) == 16
    scroll = tab.timeline_pane.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    assert timeline.column_rect(0).width() >= 110


def test_dragging_a_block_to_the_next_day_moves_it_there_in_one_step(demo_workspace, demo_window, tab):
    uid = uid_titled(demo_workspace, "Group discussion")  # day 3, 16:00–17:30
    timeline = tab.timeline
    rect = timeline.block_rect(uid)
    target = QPoint(timeline.column_rect(3).center().x(), rect.center().y() + round(60 * timeline.pixels_per_minute()))
    drag(timeline, rect.center(), target, finish=False)
    assert timeline.column_rect(3).contains(timeline.block_rect(uid).center())
    assert saved(demo_workspace, uid) == (DAYS[2], time(16), time(17, 30))  # nothing written yet
    QTest.mouseRelease(timeline, LEFT, NO_KEYS, target)

    assert saved(demo_workspace, uid) == (DAYS[3], time(17), time(18, 30))
    assert demo_window.undo_stack.count() == 1
    assert timeline.block_day(uid) == DAYS[3]
    assert tab.selected_uids() == [uid]
    demo_window.undo_action.trigger()
    assert saved(demo_workspace, uid) == (DAYS[2], time(16), time(17, 30))
    assert timeline.block_day(uid) == DAYS[2]
    demo_window.redo_action.trigger()
    assert saved(demo_workspace, uid) == (DAYS[3], time(17), time(18, 30))


def test_escape_cancels_a_drag_to_another_day(demo_workspace, demo_window, tab):
    uid = uid_titled(demo_workspace, "Group discussion")
    timeline = tab.timeline
    rect = timeline.block_rect(uid)
    target = QPoint(timeline.column_rect(0).center().x(), rect.center().y())
    drag(timeline, rect.center(), target, finish=False)
    QTest.keyClick(timeline, Qt.Key.Key_Escape)
    QTest.mouseRelease(timeline, LEFT, NO_KEYS, target)
    assert saved(demo_workspace, uid) == (DAYS[2], time(16), time(17, 30))
    assert demo_window.undo_stack.count() == 0
    assert timeline.block_rect(uid) == rect


def test_resizing_in_the_week_view_snaps_to_five_minutes(demo_workspace, tab):
    uid = uid_titled(demo_workspace, "Group discussion")  # 16:00–17:30
    timeline = tab.timeline
    rect = timeline.block_rect(uid)
    edge = QPoint(rect.center().x(), rect.bottom() - 1)
    drag(timeline, edge, edge + QPoint(0, round(22 * timeline.pixels_per_minute())))
    assert saved(demo_workspace, uid) == (DAYS[2], time(16), time(17, 50))


def test_an_early_item_widens_the_hours_and_any_hour_can_be_scrolled_to(demo_workspace, demo_window, tab, qtbot):
    demo_workspace.programme.add_item(
        TURKIYE, DAYS[0], Item("", ItemKind.TRANSFER, "Airport pick-up", time(6), time(6, 45))
    )
    demo_workspace.programme.add_item(
        TURKIYE, DAYS[3], Item("", ItemKind.MEAL, "Farewell dinner", time(21), time(22, 30))
    )
    demo_window.reload_action.trigger()
    timeline, pane = tab.timeline, tab.timeline_pane
    assert timeline.hours() == (6, 23)
    scroll = pane.scroll_area.verticalScrollBar()
    viewport = pane.scroll_area.viewport().height()
    qtbot.waitUntil(lambda: scroll.value() == timeline.y_of(6 * 60) - timeline.y_of(0))
    # The fitted hours fill the view (06:00 at its top), unless an hour would be squeezed shorter
    # than MIN_HOUR_HEIGHT: then the view scrolls down to 23:00.
    fitted = (viewport - 2 * timeline.y_of(0)) / (17 * 60)
    assert timeline.pixels_per_minute() == pytest.approx(max(MIN_HOUR_HEIGHT / 60, fitted))
    scroll.setValue(0)
    assert scroll.maximum() >= timeline.y_of(24 * 60) - viewport - 2  # midnight to midnight
    # A block dragged to 02:00 goes there: the day is not cut at the hours shown.
    uid = uid_titled(demo_workspace, "Airport pick-up")
    rect = timeline.block_rect(uid)
    drag(timeline, rect.center(), rect.center() - QPoint(0, timeline.y_of(6 * 60) - timeline.y_of(2 * 60)))
    assert saved(demo_workspace, uid) == (DAYS[0], time(2), time(2, 45))


def test_dragging_over_empty_time_makes_an_item_named_in_place(demo_workspace, demo_window, tab):
    timeline = tab.timeline
    drag(timeline, point(timeline, 1, 20 * 60 + 2), point(timeline, 1, 21 * 60 + 31))
    assert timeline.new_item_span() == (DAYS[1], time(20), time(21, 30))
    editor = timeline.editor
    assert editor.isVisible() and editor.title_edit.hasFocus()
    assert editor.geometry().top() == timeline.pending_rect().top()
    assert editor.kind == ItemKind.PRESENTATION
    next(a for a in editor.kind_menu.actions() if a.data() == ItemKind.MEAL).trigger()
    QTest.keyClicks(editor.title_edit, "Evening market")
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Return)

    [(day, item)] = items_titled(demo_workspace, "Evening market")
    assert (day, item.start, item.end, item.kind) == (DAYS[1], time(20), time(21, 30), ItemKind.MEAL)
    assert not editor.isVisible()
    assert demo_window.undo_stack.count() == 1
    assert tab.selected_uids() == [item.uid] and timeline.selected_uids() == [item.uid]
    demo_window.undo_action.trigger()
    assert items_titled(demo_workspace, "Evening market") == []


def test_escape_in_the_new_title_makes_nothing(demo_workspace, demo_window, tab):
    timeline = tab.timeline
    drag(timeline, point(timeline, 0, 17 * 60 + 30), point(timeline, 0, 18 * 60 + 15))
    QTest.keyClicks(timeline.editor.title_edit, "Never made")
    QTest.keyClick(timeline.editor.title_edit, Qt.Key.Key_Escape)
    assert not timeline.editor.isVisible() and timeline.new_item_span() is None
    assert items_titled(demo_workspace, "Never made") == []
    assert demo_window.undo_stack.count() == 0


def test_the_day_view_makes_an_item_by_dragging_too(demo_workspace, tab):
    tab.timeline_pane.week_button.click()  # back to one day: the first
    timeline = tab.timeline
    drag(timeline, point(timeline, 0, 17 * 60 + 30), point(timeline, 0, 18 * 60 + 15))
    QTest.keyClicks(timeline.editor.title_edit, "Rest")
    QTest.keyClick(timeline.editor.title_edit, Qt.Key.Key_Enter)
    [(day, item)] = items_titled(demo_workspace, "Rest")
    assert (day, item.start, item.end) == (DAYS[0], time(17, 30), time(18, 15))


def test_double_clicking_empty_time_opens_the_dialog_at_that_time(demo_workspace, tab, monkeypatch):
    from mission_planner.gui.dialogs.item_editor import ItemEditor

    opened = []

    def ask(cls, record, sites, day, item, parent=None):
        opened.append((day, item.start, item.end))
        return None

    monkeypatch.setattr(ItemEditor, "ask", classmethod(ask))
    timeline = tab.timeline
    QTest.mouseDClick(timeline, LEFT, NO_KEYS, point(timeline, 2, 19 * 60 + 1))
    assert opened == [(DAYS[2], time(19), time(20))]


def test_a_block_dragged_onto_another_item_turns_red_before_the_release(demo_workspace, demo_window, tab):
    uid = uid_titled(demo_workspace, "Group discussion")  # day 3, 16:00–17:30, for everyone
    timeline = tab.timeline
    rect = timeline.block_rect(uid)
    onto = point(timeline, 2, 10 * 60)  # over the site visit of 09:00–11:30
    QTest.mousePress(timeline, LEFT, NO_KEYS, rect.center())
    started = clock.perf_counter()
    moves = 40
    for step in range(1, moves + 1):
        QTest.mouseMove(timeline, rect.center() + (onto - rect.center()) * step / moves)
    per_move_ms = (clock.perf_counter() - started) * 1000 / moves
    assert timeline.drag_severity() == Severity.ERROR
    image = timeline.grab().toImage()
    dragged = timeline.block_rect(uid)
    colour = image.pixelColor(dragged.center().x(), dragged.top() + dragged.height() * 3 // 4)
    assert colour.red() > colour.green() + 40 and colour.red() > colour.blue() + 40
    assert saved(demo_workspace, uid) == (DAYS[2], time(16), time(17, 30))  # nothing written
    assert per_move_ms < 100, per_move_ms
    later = point(timeline, 2, 19 * 60)  # after the walk to the hotel: a warning, in amber
    QTest.mouseMove(timeline, later)
    assert timeline.drag_severity() == Severity.WARNING
    back = rect.center()  # where it was: no conflict
    QTest.mouseMove(timeline, back)
    assert timeline.drag_severity() is None
    QTest.keyClick(timeline, Qt.Key.Key_Escape)
    QTest.mouseRelease(timeline, LEFT, NO_KEYS, back)
    assert demo_window.undo_stack.count() == 0


def test_the_table_and_the_week_select_together(demo_workspace, tab):
    first = uid_titled(demo_workspace, "Opening and welcome")  # day 1
    last = uid_titled(demo_workspace, "Closing session")  # day 4
    tab.select_items([first, last])
    assert sorted(tab.timeline.selected_uids()) == sorted([first, last])
    assert tab.timeline.days() == DAYS  # the week stays

    tab.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)  # rows no longer in programme order
    timeline = tab.timeline
    QTest.mouseClick(timeline, LEFT, NO_KEYS, timeline.block_rect(last).center())
    assert tab.selected_uids() == [last]
    QTest.mouseClick(timeline, LEFT, Qt.KeyboardModifier.ControlModifier, timeline.block_rect(first).center())
    assert sorted(tab.selected_uids()) == sorted([first, last])
    rows = tab.table.selectionModel().selectedRows()
    titles = sorted(index.siblingAtColumn(Column.TITLE).data() for index in rows)
    assert titles[0].startswith("Closing") and titles[1].startswith("Opening")


def test_a_paste_in_the_week_view_goes_to_the_day_clicked(demo_workspace, demo_window, tab, qtbot):
    lunch = next(
        uid
        for uid in tab.timeline.block_uids()
        if tab.timeline.block_day(uid) == DAYS[0]
        and uid in [item.uid for _day, item in items_titled(demo_workspace, "Lunch")]
    )
    timeline = tab.timeline
    QTest.mouseClick(timeline, LEFT, NO_KEYS, timeline.block_rect(lunch).center())
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.mouseClick(timeline, LEFT, NO_KEYS, point(timeline, 3, 20 * 60))  # empty time on day 4
    assert tab.selected_uids() == [] and tab.selected_day() == DAYS[3]
    qtbot.keyClick(timeline, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    lunches = sorted(day for day, _item in items_titled(demo_workspace, "Lunch"))
    assert lunches == [DAYS[0], DAYS[1], DAYS[2], DAYS[3], DAYS[3]]
    demo_window.undo_action.trigger()
    assert sorted(day for day, _item in items_titled(demo_workspace, "Lunch")) == DAYS


def test_escape_during_a_drag_over_empty_time_asks_for_nothing(demo_workspace, demo_window, tab):
    timeline = tab.timeline
    start, end = point(timeline, 1, 20 * 60), point(timeline, 1, 21 * 60)
    drag(timeline, start, end, finish=False)
    assert timeline.pending_rect() is not None
    QTest.keyClick(timeline, Qt.Key.Key_Escape)
    QTest.mouseRelease(timeline, LEFT, NO_KEYS, end)
    assert timeline.pending_rect() is None and not timeline.editor.isVisible()
    assert demo_window.undo_stack.count() == 0


def test_the_proposed_place_is_checked_with_the_domain_rules_in_memory(demo_workspace, tab):
    from mission_planner.gui.proposed_conflicts import proposed_severity

    report = tab.report
    uid = uid_titled(demo_workspace, "Group discussion")  # day 3, 16:00–17:30
    assert (
        proposed_severity(report.record, report.bookings, uid, DAYS[2], time(16), time(17, 30), today=DAYS[0]) is None
    )
    after_dates = DAYS[3] + timedelta(days=3)
    assert proposed_severity(
        report.record, report.bookings, uid, after_dates, time(16), time(17, 30), today=DAYS[0]
    ) == (Severity.ERROR)
    assert saved(demo_workspace, uid) == (DAYS[2], time(16), time(17, 30))
    assert len(report.record.items()) == len(demo_workspace.missions.load_record(TURKIYE).items())  # record untouched


def test_a_change_made_elsewhere_waits_while_a_new_title_is_typed(demo_workspace, demo_window, tab):
    from mission_planner.services import open_workspace

    timeline = tab.timeline
    drag(timeline, point(timeline, 1, 20 * 60), point(timeline, 1, 21 * 60))
    QTest.keyClicks(timeline.editor.title_edit, "Night walk")
    lunch = uid_titled(demo_workspace, "Lunch")
    other = open_workspace(demo_workspace.location)  # another program
    try:
        other.programme.edit_item(lunch, title="Lunch at the hotel")
    finally:
        other.close()
    assert demo_workspace.changed_elsewhere()  # what the window's watch asks every two seconds
    assert timeline.editor.isVisible() and timeline.editor.title_edit.text() == "Night walk"
    QTest.keyClick(timeline.editor.title_edit, Qt.Key.Key_Return)
    assert [day for day, _item in items_titled(demo_workspace, "Night walk")] == [DAYS[1]]
    demo_window._follow_deferred()  # the change that waited is shown once the title is in
    titles = {tab.model.index(row, Column.TITLE).data() for row in range(tab.model.rowCount())}
    assert "Lunch at the hotel" in titles
