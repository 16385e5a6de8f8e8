"""Copy, cut, paste and duplicate programme items in the Programme tab on the demo database: the
keys, one undo step each, and a paste into another mission that leaves out whom it lacks."""

import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mission_planner.gui.item_clipboard import MIME_TYPE, read_mime

TURKIYE = "23-IP-12-GE-OSM-A"


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.programme)
    return demo_window.details.programme


def saved(workspace, code=TURKIYE):
    """uid: (day, item) of every item of the mission, as saved."""
    return {i.uid: (d.date, i) for d in workspace.missions.load_record(code).days for i in d.items}


def with_speakers(tab):
    """An item with speakers, on the mission's first day."""
    first = min(day for day, _item in tab._items.values())
    return next(uid for uid, (day, item) in tab._items.items() if day == first and item.roles)


def press(qtbot, tab, key):
    tab.table.setFocus()
    qtbot.keyClick(tab.table, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_c_puts_the_items_and_their_rows_as_text_on_the_clipboard(qtbot, tab):
    uid = with_speakers(tab)
    tab.select_items([uid])
    press(qtbot, tab, Qt.Key.Key_C)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasFormat(MIME_TYPE)
    code, copied = read_mime(data)
    day, item = tab._items[uid]
    assert code == TURKIYE and [(c.day, c.item.title, c.item.roles) for c in copied] == [(day, item.title, item.roles)]
    assert item.title in data.text() and "\t" in data.text()


def test_paste_on_another_day_keeps_the_times_then_undo_and_redo(qtbot, demo_window, demo_workspace, tab):
    before = saved(demo_workspace)
    uid = with_speakers(tab)
    day, item = before[uid]
    tab.select_items([uid])
    press(qtbot, tab, Qt.Key.Key_C)
    later = next(d for d, _i in sorted(before.values(), key=lambda pair: pair[0]) if d > day)
    tab.select_items([next(u for u, (d, _i) in before.items() if d == later)])
    press(qtbot, tab, Qt.Key.Key_V)
    after = saved(demo_workspace)
    [new] = set(after) - set(before)
    pasted_day, pasted = after[new]
    assert (pasted_day, pasted.title, pasted.start, pasted.end, pasted.roles, pasted.site_uid) == (
        later,
        item.title,
        item.start,
        item.end,
        item.roles,
        item.site_uid,
    )
    assert demo_window.undo_stack.count() == 1
    qtbot.waitUntil(lambda: tab.selected_uids() == [new])
    demo_window.undo_action.trigger()
    assert set(saved(demo_workspace)) == set(before)
    demo_window.redo_action.trigger()
    assert set(saved(demo_workspace)) == set(after)  # the same uid again


def test_cut_then_paste_moves_items_and_each_is_one_undo_step(qtbot, demo_window, demo_workspace, tab):
    before = saved(demo_workspace)
    first = min(day for day, _item in before.values())
    uids = [u for u, (d, _i) in before.items() if d == first][:2]
    tab.select_items(uids)
    press(qtbot, tab, Qt.Key.Key_X)
    assert not set(uids) & set(saved(demo_workspace))
    assert demo_window.undo_stack.count() == 1
    tab.select_items([next(u for u, (d, _i) in before.items() if d == first + timedelta(days=1))])
    press(qtbot, tab, Qt.Key.Key_V)
    after = saved(demo_workspace)
    moved = sorted((d, i.title, i.start) for u, (d, i) in after.items() if u not in before)
    assert moved == sorted((first + timedelta(days=1), before[u][1].title, before[u][1].start) for u in uids)
    demo_window.undo_action.trigger()
    demo_window.undo_action.trigger()
    assert set(saved(demo_workspace)) == set(before)


def test_duplicate_puts_the_copies_right_after_on_the_same_day(qtbot, demo_window, demo_workspace, tab):
    before = saved(demo_workspace)
    last_day = max(day for day, _item in before.values())
    uid = max((u for u, (d, _i) in before.items() if d == last_day), key=lambda u: before[u][1].end)
    day, item = before[uid]
    tab.select_items([uid])
    press(qtbot, tab, Qt.Key.Key_D)
    after = saved(demo_workspace)
    [new] = set(after) - set(before)
    length = item.minutes
    assert after[new][0] == day and after[new][1].start == item.end and after[new][1].minutes == length
    assert demo_window.undo_action.text().endswith(f"Duplicate “{item.title}”")
    demo_window.undo_action.trigger()
    assert set(saved(demo_workspace)) == set(before)


def test_paste_into_another_mission_leaves_out_its_strangers_and_says_so(qtbot, demo_window, demo_workspace, tab):
    uid = with_speakers(tab)
    _day, item = tab._items[uid]
    tab.select_items([uid])
    press(qtbot, tab, Qt.Key.Key_C)
    other = next(m for m in demo_workspace.missions.list_missions() if m.code == "23-IP-20-GE-WSP-B")
    demo_window.select_row(demo_window.model.row_of(other.id))
    qtbot.waitUntil(lambda: tab.code == other.code)
    before = saved(demo_workspace, other.code)
    people = {p.person_uid for p in demo_workspace.missions.load_record(other.code).participations}
    tab.select_items([next(iter(before))])
    target = tab.selected_day()
    tab.paste_action.trigger()
    after = saved(demo_workspace, other.code)
    [new] = set(after) - set(before)
    assert after[new][0] == target and after[new][1].title == item.title
    assert after[new][1].roles == [r for r in item.roles if r.person_uid in people]
    left = len(item.roles) - len(after[new][1].roles)
    assert left > 0 and demo_window.statusBar().currentMessage() == (
        f"Left out {left} speakers or attendees not in this mission"
    )
    assert saved(demo_workspace)[uid][1] == item  # the source is untouched
    demo_window.undo_action.trigger()
    assert set(saved(demo_workspace, other.code)) == set(before)


PROGRAM_END = """
from PySide6.QtWidgets import QApplication
from mission_planner.gui.item_clipboard import keep_only_text, mime_data
app = QApplication([])
app.clipboard().setMimeData(mime_data("23-IP-12-GE-OSM-A", [], "09:00 Opening"))
keep_only_text()
assert not app.clipboard().mimeData().hasFormat("{mime}")
print(app.clipboard().text())
"""


def test_a_program_ending_with_items_on_the_clipboard_leaves_their_text_and_ends_cleanly(child_env):
    script = PROGRAM_END.replace("{mime}", MIME_TYPE)
    result = subprocess.run([sys.executable, "-c", script], env=child_env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr  # was -11: a segfault as Qt shut down
    assert result.stdout.strip() == "09:00 Opening"
