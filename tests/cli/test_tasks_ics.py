"""`export all tasks-ics`: every task of every open mission in the coordinator's calendar, each
with a UID that stays and a SEQUENCE that rises when the task changes."""

from icalendar import Calendar

from mission_planner.domain.tasks import TaskRuleOverride
from mission_planner.services import open_workspace
from tests.cli.runner import cli

OSM = "23-IP-12-GE-OSM-A"  # ended in 2023, its tasks recorded done
PLANNING = "27-IP-05-GE-OSM-A"  # in planning, 11 to 13 January 2027 as the CLI tests load the demo


def events(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def by_summary(found, text):
    (event,) = [e for e in found.values() if text in str(e["SUMMARY"])]
    return event


def test_the_tasks_calendar_keeps_its_uids_and_counts_changes(demo_db, tmp_path):
    first = tmp_path / "first.ics"
    result = cli("--db", str(demo_db), "export", "all", "tasks-ics", "-o", str(first))
    assert result.returncode == 0, result.stderr
    before = events(first)
    assert len(before) == 34  # four missions' tasks; a digital one has no hotel, driver or site tasks
    programme = by_summary(before, f"{PLANNING}: Send the detailed programme")
    assert str(programme["DTSTART"].dt) == "2026-12-28 09:00:00+09:00"
    assert programme["SEQUENCE"] == 0

    assert cli("--db", str(demo_db), "task", PLANNING, "certificates", "done", "--by", "Kim").returncode == 0
    workspace = open_workspace(str(demo_db))
    try:
        workspace.tasks.set_rule(PLANNING, TaskRuleOverride("programme_to_participants", days=-21))
    finally:
        workspace.close()
    second = tmp_path / "second.ics"
    assert cli("--db", str(demo_db), "export", "all", "tasks-ics", "-o", str(second)).returncode == 0
    after = events(second)
    assert after.keys() == before.keys()
    moved = after[str(programme["UID"])]
    assert (str(moved["DTSTART"].dt.date()), moved["SEQUENCE"]) == ("2026-12-21", 1)
    done = by_summary(after, f"Done: {PLANNING}: Send the certificates")
    assert done["SEQUENCE"] == 1 and "by Kim" in str(done["DESCRIPTION"])
    unchanged = by_summary(after, f"{PLANNING}: Close the evaluation")
    assert unchanged["SEQUENCE"] == 0

    # Written again with nothing changed, nothing counts again.
    third = tmp_path / "third.ics"
    assert cli("--db", str(demo_db), "export", "all", "tasks-ics", "-o", str(third)).returncode == 0
    assert {uid: e["SEQUENCE"] for uid, e in events(third).items()} == {uid: e["SEQUENCE"] for uid, e in after.items()}


def test_one_missions_tasks_and_an_archived_missions_none(demo_db, tmp_path):
    target = tmp_path / "osm.ics"
    assert cli("--db", str(demo_db), "export", OSM, "tasks-ics", "-o", str(target)).returncode == 0
    summaries = [
        str(e["SUMMARY"]).removeprefix("Done: ").removeprefix("Not applicable: ") for e in events(target).values()
    ]
    assert summaries and {summary.split(":")[0] for summary in summaries} == {OSM}
    workspace = open_workspace(str(demo_db))
    try:
        workspace.missions.set_archived(OSM)
    finally:
        workspace.close()
    everything = tmp_path / "all.ics"
    assert cli("--db", str(demo_db), "export", "all", "tasks-ics", "-o", str(everything)).returncode == 0
    assert not [e for e in events(everything).values() if OSM in str(e["SUMMARY"])]
