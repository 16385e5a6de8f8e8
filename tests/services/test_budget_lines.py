"""Deleting a budget line and putting it back: same uid, same place, on either database."""

from decimal import Decimal

from mission_planner.domain.budget import BudgetLine
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


def uids(workspace) -> list[str]:
    return [line.uid for line in workspace.missions.load_record(CODE).budget_lines]


def test_a_deleted_line_comes_back_with_its_uid_in_its_place(workspace):
    workspace.missions.add_record(full_record())
    before = workspace.missions.load_record(CODE).budget_lines
    changed, removed = workspace.budget.delete_budget_line(before[1].uid)
    assert changed.removed == (before[1].uid,)
    assert uids(workspace) == [before[0].uid, before[2].uid]

    assert workspace.budget.restore_budget_line(removed).added == (before[1].uid,)
    assert workspace.missions.load_record(CODE).budget_lines == before


def test_lines_deleted_one_after_another_come_back_in_order_when_undone_in_reverse(workspace):
    workspace.missions.add_record(full_record())
    before = uids(workspace)
    removed = [workspace.budget.delete_budget_line(uid)[1] for uid in (before[0], before[2], before[1])]
    assert uids(workspace) == []
    for one in reversed(removed):
        workspace.budget.restore_budget_line(one)
    assert uids(workspace) == before


def test_a_line_added_after_a_delete_stays_after_the_restored_one(workspace):
    workspace.missions.add_record(full_record())
    before = uids(workspace)
    _changed, removed = workspace.budget.delete_budget_line(before[0])
    workspace.budget.restore_budget_line(removed)
    added = workspace.budget.save_budget_line(
        CODE, BudgetLine("", "other", "Flowers", Decimal(10), "USD", quantity=Decimal(1))
    ).added[0]
    assert uids(workspace) == [*before, added]
