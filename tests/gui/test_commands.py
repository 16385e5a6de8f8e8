"""Undo commands against a real database: each redo and undo is one workspace call."""

from datetime import date, time

import pytest
from PySide6.QtGui import QUndoStack

from mission_planner.domain.enums import ItemKind
from mission_planner.domain.programme import Item
from mission_planner.errors import InputError, MissionPlannerError
from mission_planner.gui.commands.base import CommandContext, push
from mission_planner.gui.commands.programme import (
    AddItemCommand,
    DeleteItemsCommand,
    EditItemCommand,
    MoveItemCommand,
    ResizeItemCommand,
)
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


class Recorder:
    def __init__(self):
        self.changed = []
        self.failed = []


@pytest.fixture
def recorder():
    return Recorder()


@pytest.fixture
def context(workspace, recorder):
    workspace.missions.add_record(full_record(CODE, prefix="t"))
    return CommandContext(
        workspace, lambda code, changed: recorder.changed.append((code, changed)), recorder.failed.append
    )


@pytest.fixture
def stack(qapp):
    stack = QUndoStack()
    yield stack
    stack.clear()


def find(workspace, uid):
    for day in workspace.missions.load_record(CODE).days:
        for item in day.items:
            if item.uid == uid:
                return day.date, item
    return None


def test_add_then_undo_and_redo_bring_back_the_same_uid(workspace, context, stack, recorder):
    item = Item("", ItemKind.BREAK, "Tea", time(15), time(15, 15))
    command = AddItemCommand(context, CODE, date(2023, 10, 24), item)
    push(stack, command)
    uid = command.uid
    assert uid and find(workspace, uid)[1].title == "Tea"
    assert recorder.changed[-1][0] == CODE and recorder.changed[-1][1].added == (uid,)
    stack.undo()
    assert find(workspace, uid) is None
    stack.redo()
    assert find(workspace, uid)[0] == date(2023, 10, 24)
    assert stack.undoText() == "Add “Tea”"


def test_edit_restores_the_old_values(workspace, context, stack):
    push(stack, EditItemCommand(context, CODE, "t-i-kist", {"venue": ""}, {"venue": "Main gate"}, "Change venue"))
    assert find(workspace, "t-i-kist")[1].venue == "Main gate"
    stack.undo()
    assert find(workspace, "t-i-kist")[1].venue == ""
    with pytest.raises(ValueError):
        EditItemCommand(context, CODE, "t-i-kist", {"venue": ""}, {"title": "x"}, "mismatch")


def test_move_to_another_day_and_back(workspace, context, stack):
    day, item = find(workspace, "t-i-kist")
    push(stack, MoveItemCommand(context, CODE, item, (day, item.start), (date(2023, 10, 25), time(13))))
    moved_day, moved = find(workspace, "t-i-kist")
    assert (moved_day, moved.start, moved.end) == (date(2023, 10, 25), time(13), time(15))
    stack.undo()
    back_day, back = find(workspace, "t-i-kist")
    assert (back_day, back.start, back.end) == (day, item.start, item.end)


def test_resize_and_undo(workspace, context, stack):
    _day, item = find(workspace, "t-i-kist")
    push(stack, ResizeItemCommand(context, CODE, item, time(14, 30), time(17)))
    assert (find(workspace, "t-i-kist")[1].start, find(workspace, "t-i-kist")[1].end) == (time(14, 30), time(17))
    stack.undo()
    assert (find(workspace, "t-i-kist")[1].start, find(workspace, "t-i-kist")[1].end) == (time(14), time(16))


def test_a_refused_change_raises_and_is_not_pushed(workspace, context, stack):
    _day, item = find(workspace, "t-i-kist")
    with pytest.raises(InputError):
        push(stack, ResizeItemCommand(context, CODE, item, time(14), time(13)))
    assert stack.count() == 0
    assert find(workspace, "t-i-kist")[1].end == time(16)


def test_several_deletes_are_one_step_and_all_or_nothing(workspace, context, stack):
    record = workspace.missions.load_record(CODE)
    items = [item for item in record.items() if item.uid in ("t-i-open", "t-i-kist")]
    push(stack, DeleteItemsCommand(context, CODE, items))
    assert find(workspace, "t-i-open") is None and find(workspace, "t-i-kist") is None
    assert stack.count() == 1 and stack.undoText() == "Delete 2 items"
    stack.undo()
    assert find(workspace, "t-i-open") is not None and find(workspace, "t-i-kist") is not None
    before = len(workspace.missions.load_record(CODE).attendance)

    workspace.programme.delete_item("t-i-kist")  # gone already: the second delete fails...
    with pytest.raises(MissionPlannerError):
        push(stack, DeleteItemsCommand(context, CODE, items))
    assert find(workspace, "t-i-open") is not None  # ...and the first is put back
    assert stack.count() == 1
    assert len(workspace.missions.load_record(CODE).attendance) == before - 1  # only the visit's own mark went


def test_a_redo_that_fails_is_reported_and_leaves_the_stack(workspace, context, stack, recorder):
    push(stack, EditItemCommand.rename(context, CODE, find(workspace, "t-i-kist")[1], "KIST tour"))
    stack.undo()
    workspace.programme.delete_item("t-i-kist")
    stack.redo()
    assert len(recorder.failed) == 1
    assert stack.count() == 0


def test_undoing_a_first_mark_leaves_the_cell_not_recorded(workspace, context, stack):
    from mission_planner.domain.enums import AttendanceStatus
    from mission_planner.domain.people import Attendance
    from mission_planner.gui.commands.attendance import SetAttendanceCommand
    from mission_planner.gui.commands.base import push

    mark = Attendance("t-i-online", "t-p-kim", AttendanceStatus.PRESENT, minutes=80)
    push(stack, SetAttendanceCommand(context, CODE, None, mark, "Kim", "Online briefing"))
    marks = {(a.item_uid, a.person_uid) for a in workspace.missions.load_record(CODE).attendance}
    assert ("t-i-online", "t-p-kim") in marks
    stack.undo()
    marks = {(a.item_uid, a.person_uid) for a in workspace.missions.load_record(CODE).attendance}
    assert ("t-i-online", "t-p-kim") not in marks
    stack.redo()
    assert mark in workspace.missions.load_record(CODE).attendance


def test_undoing_a_missions_first_rule_set_leaves_it_without_rules(workspace, context, stack):
    from mission_planner.gui.commands.budget import UseRuleSetCommand
    from mission_planner.services.rule_sets import presets

    workspace.budget.clear_rule_set(CODE)
    assert workspace.missions.load_record(CODE).rule_set is None
    preset = presets()["digital-multicountry"]
    push(stack, UseRuleSetCommand(context, CODE, None, preset))
    assert workspace.missions.load_record(CODE).rule_set.name == preset.name
    assert stack.count() == 1
    stack.undo()
    assert workspace.missions.load_record(CODE).rule_set is None
    stack.redo()
    assert workspace.missions.load_record(CODE).rule_set.rules == preset.rules
