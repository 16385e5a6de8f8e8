"""Undo has one meaning: taking back a change leaves the mission as it was before, same uids,
same places, with everything the change took with it. On either database, at the service level
(tests/gui/test_undo_stack.py does the same through the window's undo stack)."""

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from mission_planner.domain.enums import Status
from mission_planner.domain.places import Site
from mission_planner.errors import StaleEditError
from mission_planner.services.rule_sets import presets

CODE = "23-IP-99-GE-OSM-A"


def test_a_deleted_item_comes_back_with_its_uid_roles_attendance_and_assignments(full):
    before = full.missions.load_record(CODE)
    for uid in ("t-i-open", "t-i-kist"):  # one with attendance, one with an assignment
        _changed, removed = full.programme.delete_item(uid)
        assert all(item.uid != uid for item in full.missions.load_record(CODE).items())
        assert full.programme.restore_item(removed).added == (uid,)
        _changed, removed = full.programme.delete_item(uid)  # redo, then undo again
        full.programme.restore_item(removed)
    assert full.missions.load_record(CODE) == before


def test_the_last_item_of_a_day_comes_back_to_its_day(full):
    before = full.missions.load_record(CODE)
    last_day = before.days[-1]
    removed = [full.programme.delete_item(item.uid)[1] for item in last_day.items]
    assert not any(day.items for day in full.missions.load_record(CODE).days if day.date == last_day.date)
    for one in reversed(removed):
        full.programme.restore_item(one)
    assert full.missions.load_record(CODE) == before


def test_a_deleted_budget_line_comes_back_in_its_place_after_redo_and_undo_again(full):
    before = full.missions.load_record(CODE).budget_lines
    _changed, removed = full.budget.delete_budget_line(before[1].uid)
    full.budget.restore_budget_line(removed)
    _changed, removed = full.budget.delete_budget_line(before[1].uid)
    full.budget.restore_budget_line(removed)
    assert full.missions.load_record(CODE).budget_lines == before
    edited = dataclasses.replace(before[1], description="Honorarium, edited")
    assert full.budget.save_budget_line(CODE, edited).updated == (before[1].uid,)  # later steps find it


def test_a_deleted_site_comes_back_with_its_uid_and_the_travel_times_the_database_held(full):
    _changed, uid = full.sites.save_site(Site("", "Unused hall"))
    full.sites.set_travel_time(uid, "t-site-kist", 30)
    full.sites.set_travel_time("t-site-kpc", uid, 12)
    sites, travel = full.sites.list_sites(), full.sites.travel_times()
    changed, removed = full.sites.delete_site(uid)
    assert changed.removed == (uid,)
    assert all(uid not in (t.from_uid, t.to_uid) for t in full.sites.travel_times())
    full.sites.restore_site(removed)
    assert (full.sites.list_sites(), full.sites.travel_times()) == (sites, travel)
    _changed, removed = full.sites.delete_site(uid)  # redo, then undo again
    full.sites.restore_site(removed)
    assert (full.sites.list_sites(), full.sites.travel_times()) == (sites, travel)


def test_a_withdrawn_status_change_leaves_the_history_as_it_was(full):
    def sule():
        return next(p for p in full.missions.load_record(CODE).participations if p.person_uid == "t-p-sule")

    before = sule()
    today = date(2023, 10, 1)
    full.people.set_status(CODE, "t-p-sule", Status.WITHDRAWN, on=today)
    assert sule().status == Status.WITHDRAWN
    assert len(sule().status_history) == len(before.status_history) + 1
    full.people.withdraw_status(CODE, "t-p-sule", Status.WITHDRAWN, back_to=before.status, on=today)
    assert sule() == before
    full.people.set_status(CODE, "t-p-sule", Status.WITHDRAWN, on=today)  # redo, then undo again
    full.people.withdraw_status(CODE, "t-p-sule", Status.WITHDRAWN, back_to=before.status, on=today)
    assert sule() == before


def test_withdrawing_a_status_change_someone_else_followed_is_refused(full):
    today = date(2023, 10, 1)
    full.people.set_status(CODE, "t-p-sule", Status.WITHDRAWN, on=today)
    full.people.set_status(CODE, "t-p-sule", Status.ACCEPTED, on=today)
    with pytest.raises(StaleEditError):
        full.people.withdraw_status(CODE, "t-p-sule", Status.WITHDRAWN, back_to=Status.CONFIRMED, on=today)


def test_a_restored_rule_set_keeps_its_uid(full):
    before = full.missions.load_record(CODE).rule_set
    preset = presets()["digital-multicountry"]
    mine = dataclasses.replace(preset, uid="t-rules-copy")
    assert full.budget.restore_rule_set(CODE, mine).updated == ("t-rules-copy",)
    assert full.missions.load_record(CODE).rule_set == mine
    full.budget.restore_rule_set(CODE, before)
    assert full.missions.load_record(CODE).rule_set == before
    full.budget.restore_rule_set(CODE, None)
    assert full.missions.load_record(CODE).rule_set is None


def test_a_removed_exchange_rate_comes_back(full):
    before = full.missions.load_record(CODE).exchange_rates
    full.budget.set_exchange_rate(CODE, "KRW", None)
    assert full.missions.load_record(CODE).exchange_rates == []
    full.budget.set_exchange_rate(CODE, "KRW", before[0].rate)
    assert full.missions.load_record(CODE).exchange_rates == before
    assert before[0].rate == Decimal("0.00075")
