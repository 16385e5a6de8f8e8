"""The task rules' due dates, computed from a mission's data."""

import dataclasses
from datetime import date

from mission_planner.domain.tasks import (
    Anchor,
    TaskRule,
    TaskRuleOverride,
    TaskState,
    TaskStatus,
    due_tasks,
    mission_rules,
)
from mission_planner.services.demo_missions import demo_records
from mission_planner.services.task_rules import shipped_rules


def demo(code):
    return next(record for record in demo_records() if record.mission.code == code)


def test_the_demo_osm_tasks_fall_due_by_its_dates_and_its_security_site():
    record = demo("23-IP-12-GE-OSM-A")  # 24-27 Oct 2023, nominations close 15 Sep, KIST on 25 Oct
    due = {(t.key, t.site_uid): t.due for t in due_tasks(record, shipped_rules())}
    kist = next(site.uid for site in record.sites if site.acronym == "KIST")
    assert due[("nominations_close", "")] == date(2023, 9, 15)
    assert due[("acceptance_notices", "")] == date(2023, 9, 22)
    assert due[("programme_to_participants", "")] == date(2023, 10, 10)
    assert due[("visitor_list", kist)] == date(2023, 10, 10)
    assert due[("certificates", "")] == date(2023, 11, 3)
    assert due[("purge_personal_data", "")] == date(2024, 1, 25)
    assert due[("rooming_list", "")] < due[("pickup_list", "")] <= record.mission.start_date


def test_due_dates_follow_the_data_and_keep_what_was_recorded():
    record = demo("23-IP-12-GE-OSM-A")
    record.tasks = [TaskState("certificates", status=TaskStatus.DONE, note="posted", due=date(2023, 11, 3))]
    moved = dataclasses.replace(record, mission=dataclasses.replace(record.mission, end_date=date(2023, 10, 28)))
    task = next(t for t in due_tasks(moved, shipped_rules()) if t.key == "certificates")
    assert (task.due, task.status, task.note, task.sequence) == (date(2023, 11, 4), TaskStatus.DONE, "posted", 1)


def test_a_mission_changes_the_days_of_a_rule_or_drops_it():
    rules = [TaskRule("a", Anchor.START, -14, "A"), TaskRule("b", Anchor.END, 7, "B")]
    mine = mission_rules(rules, [TaskRuleOverride("a", days=-21), TaskRuleOverride("b", applies=False)])
    assert mine == [TaskRule("a", Anchor.START, -21, "A")]


def test_no_nomination_closing_no_nomination_tasks():
    record = demo("23-IP-12-GE-OSM-A")
    record.mission.nomination_closing_date = None
    keys = {t.key for t in due_tasks(record, shipped_rules())}
    assert "nominations_close" not in keys and "acceptance_notices" not in keys
