"""The tasks across missions are read in a few queries, however many missions there are; they are
the same tasks as the whole mission's record gives, flights and security sites included."""

from datetime import date

from mission_planner.domain.tasks import due_tasks, mission_rules
from mission_planner.services.task_rules import shipped_rules
from tests.databases import reads_during


def test_the_lists_across_missions_give_each_missions_own_tasks(demo):
    across = demo.tasks.open_missions_tasks()
    for summary in demo.missions.list_missions():
        record = demo.missions.load_record(summary.code)
        whole = due_tasks(record, mission_rules(shipped_rules(), record.task_rules))
        assert [entry.task for entry in across if entry.code == summary.code] == sorted(
            whole, key=lambda t: (t.due, t.key, t.site_uid)
        )
    osm = {entry.task.key: entry for entry in across if entry.code == "23-IP-12-GE-OSM-A"}
    assert (
        osm["rooming_list"].task.due < date(2023, 10, 24) - date.resolution * 7
    )  # the first landing is before the start
    assert osm["visitor_list"].site_name == "Korea Institute of Science and Technology (KIST)"


def test_the_lists_across_missions_read_as_often_for_many_missions_as_for_one(demo):
    def due():
        return demo.tasks.due(date(2030, 1, 1))

    reads = reads_during(demo, due)
    before = len(due())
    for year in (2028, 2029, 2030):  # with its programme, its security site and its own dates
        demo.missions.duplicate_mission("23-IP-12-GE-OSM-A", f"{year % 100}-IP-12-GE-OSM-A", date(year, 10, 23))
    assert reads_during(demo, due) == reads <= 8
    added = [entry for entry in due() if entry.code.startswith(("28-", "29-"))]
    assert len(due()) > before and {entry.task.key for entry in added} >= {"visitor_list", "certificates"}
    test_the_lists_across_missions_give_each_missions_own_tasks(demo)


def test_a_full_mission_file_keeps_its_tasks(full):
    from tests.factories import full_record

    record = full.missions.load_record(full_record().mission.code)
    assert {(t.key, t.status.value) for t in record.tasks} == {
        ("nominations_close", "done"),
        ("visitor_list", "open"),
        ("certificates", "not_applicable"),
    }
    assert {(o.key, o.days, o.applies) for o in record.task_rules} == {
        ("rooming_list", -10, True),
        ("evaluation_close", None, False),
    }
