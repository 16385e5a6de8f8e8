"""Undo has one meaning on the window's undo stack: each undo leaves the mission exactly as it was
before the step (same uids, same order, everything the step took with it), a redo and a second
undo do the same, and the steps further along the stack still find what they changed."""

import dataclasses
from datetime import date, time
from decimal import Decimal

import pytest
from PySide6.QtGui import QUndoStack

from mission_planner.domain.budget import BudgetLine
from mission_planner.domain.enums import AttendanceStatus, ItemKind, Status
from mission_planner.domain.people import Attendance
from mission_planner.domain.places import Site
from mission_planner.domain.programme import Item
from mission_planner.gui.commands.attendance import SetAttendanceCommand
from mission_planner.gui.commands.base import CommandContext, push, record_done
from mission_planner.gui.commands.budget import (
    AddBudgetLineCommand,
    DeleteBudgetLineCommand,
    EditBudgetLineCommand,
    SetExchangeRateCommand,
    UseRuleSetCommand,
)
from mission_planner.gui.commands.missions import CreateMissionCommand, RestoreMissionCommand
from mission_planner.gui.commands.people import SetStatusCommand
from mission_planner.gui.commands.programme import AddItemCommand, DeleteItemCommand, EditItemCommand, delete_items
from mission_planner.gui.commands.sites import DeleteSiteCommand, SetTravelTimeCommand
from mission_planner.services import open_workspace
from mission_planner.services.rule_sets import presets
from tests.databases import copy_sqlite_template
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request, sqlite_template, tmp_path):
    """On SQLite and on PostgreSQL (the window's tests are on SQLite otherwise)."""
    if request.param == "sqlite":
        database = copy_sqlite_template(sqlite_template, tmp_path / "test.db")
    else:
        database = request.getfixturevalue("postgres_schema").fresh()
    opened = open_workspace(database)
    yield opened
    opened.close()


@pytest.fixture
def failed():
    return []


@pytest.fixture
def context(workspace, failed):
    workspace.missions.add_record(full_record(CODE, prefix="t"))
    return CommandContext(workspace, lambda _code, _changed: None, failed.append)


@pytest.fixture
def stack(qapp):
    stack = QUndoStack()
    yield stack
    stack.clear()


def state(workspace):
    """What a step may change: the mission (identity data too), the site catalogue and travel.

    An item's `sequence` is left out: it counts the item's revisions for calendars, and an undo
    is one more revision (a calendar must take the old time back), so it only ever grows."""
    record = workspace.missions.load_record(CODE, with_identity=True)
    for day in record.days:
        day.items = [dataclasses.replace(one, sequence=0) for one in day.items]
    return record, workspace.sites.list_sites(), workspace.sites.travel_times()


def back_and_forth(workspace, stack, before, after, failed):
    """Undo every step, redo every step, undo every step again: each end state as expected."""
    for _ in range(2):
        while stack.canUndo():
            stack.undo()
        assert state(workspace) == before
        while stack.canRedo():
            stack.redo()
        assert state(workspace) == after
    while stack.canUndo():
        stack.undo()
    assert state(workspace) == before
    assert failed == []


def item(workspace, uid):
    return next(one for one in workspace.missions.load_record(CODE).items() if one.uid == uid)


def test_items_deleted_edited_and_added_come_back_with_their_uids(workspace, context, stack, failed):
    before = state(workspace)
    kist = item(workspace, "t-i-kist")
    push(stack, EditItemCommand.rename(context, CODE, kist, "KIST tour"))
    push(stack, DeleteItemCommand(context, CODE, item(workspace, "t-i-kist")))  # attendance and assignment
    push(stack, AddItemCommand(context, CODE, date(2023, 10, 24), Item("", ItemKind.BREAK, "Tea", time(15), time(16))))
    record = workspace.missions.load_record(CODE)
    push(stack, delete_items(context, CODE, [one for one in record.items() if one.uid in ("t-i-open", "t-i-online")]))
    back_and_forth(workspace, stack, before, state(workspace), failed)
    push(stack, EditItemCommand.rename(context, CODE, item(workspace, "t-i-kist"), "Later"))  # still found
    assert item(workspace, "t-i-kist").title == "Later"


def test_budget_lines_come_back_in_their_places(workspace, context, stack, failed):
    before = state(workspace)
    lines = before[0].budget_lines
    push(stack, EditBudgetLineCommand(context, CODE, lines[1], dataclasses.replace(lines[1], description="Fees")))
    push(stack, DeleteBudgetLineCommand(context, CODE, dataclasses.replace(lines[1], description="Fees")))
    push(stack, DeleteBudgetLineCommand(context, CODE, lines[0]))
    added = BudgetLine("", "other", "Flowers", Decimal(10), "USD", quantity=Decimal(1))
    push(stack, AddBudgetLineCommand(context, CODE, added))
    after = state(workspace)
    assert [line.uid for line in after[0].budget_lines] == [lines[2].uid, stack.command(3).uid]
    back_and_forth(workspace, stack, before, after, failed)
    push(stack, EditBudgetLineCommand(context, CODE, lines[1], dataclasses.replace(lines[1], notes="still found")))
    assert workspace.missions.load_record(CODE).budget_lines[1].notes == "still found"


def test_a_status_change_undone_leaves_no_trace_in_the_history(workspace, context, stack, failed):
    before = state(workspace)
    push(stack, SetStatusCommand(context, CODE, "t-p-sule", "Sule", Status.CONFIRMED, Status.WITHDRAWN))
    push(stack, SetStatusCommand(context, CODE, "t-p-sule", "Sule", Status.WITHDRAWN, Status.ACCEPTED))
    push(stack, SetStatusCommand(context, CODE, "t-p-kim", "Kim", Status.ACCEPTED, Status.ACCEPTED))  # no change
    back_and_forth(workspace, stack, before, state(workspace), failed)


def test_a_rule_set_undone_is_the_very_one_there_was(workspace, context, stack, failed):
    before = state(workspace)
    preset = presets()["digital-multicountry"]
    push(stack, UseRuleSetCommand(context, CODE, before[0].rule_set, preset))
    after = state(workspace)
    assert after[0].rule_set.uid not in (preset.uid, before[0].rule_set.uid)
    back_and_forth(workspace, stack, before, after, failed)  # the same copy at every redo


def test_marks_and_rates_come_back(workspace, context, stack, failed):
    before = state(workspace)
    old = next(a for a in before[0].attendance if a.item_uid == "t-i-online")
    new = Attendance("t-i-online", "t-p-sule", AttendanceStatus.ABSENT)
    push(stack, SetAttendanceCommand(context, CODE, old, new, "Sule", "Online"))
    push(
        stack,
        SetAttendanceCommand(
            context,
            CODE,
            None,
            Attendance("t-i-open", "t-p-kim", AttendanceStatus.PRESENT, minutes=20),
            "Kim",
            "Opening",
        ),
    )
    push(stack, SetExchangeRateCommand(context, CODE, "KRW", Decimal("0.00075"), None))
    back_and_forth(workspace, stack, before, state(workspace), failed)


def test_a_deleted_site_comes_back_with_the_travel_times_the_database_held(workspace, context, stack, failed):
    _changed, uid = workspace.sites.save_site(Site("", "Unused hall"))
    workspace.sites.set_travel_time(uid, "t-site-kist", 30)
    site = next(one for one in workspace.sites.list_sites() if one.uid == uid)
    workspace.sites.set_travel_time("t-site-kpc", uid, 12)  # by someone else, after the tab read its list
    before = state(workspace)
    push(stack, SetTravelTimeCommand(context, uid, "t-site-kist", 30, 45, "Unused hall – KIST"))
    push(stack, DeleteSiteCommand(context, site))
    back_and_forth(workspace, stack, before, state(workspace), failed)


def test_a_bulk_change_undone_and_redone(workspace, context, stack, failed):
    before = state(workspace)
    changed = workspace.missions.load_record(CODE, with_identity=True)
    changed.budget_lines.pop(0)
    changed.participations[0].status_history.pop()
    workspace.missions.add_record(changed, replace=True)
    record_done(
        stack,
        RestoreMissionCommand(context, before[0], workspace.missions.load_record(CODE, with_identity=True), "Import"),
    )
    back_and_forth(workspace, stack, before, state(workspace), failed)


def test_a_new_mission_undone_and_redone_keeps_what_later_steps_added(workspace, context, stack, failed):
    mission = dataclasses.replace(full_record("24-IP-01-GE-NEW-A", prefix="n").mission, uid="")
    create = CreateMissionCommand.new(context, mission)
    push(stack, create)
    add = AddItemCommand(context, create.code, mission.start_date, Item("", ItemKind.BREAK, "Tea", time(15), time(16)))
    push(stack, add)
    stack.undo()
    stack.undo()
    assert create.code not in [summary.code for summary in workspace.missions.list_missions()]
    stack.redo()
    stack.redo()
    assert [one.uid for one in workspace.missions.load_record(create.code).items()] == [add.uid]
    assert failed == []
