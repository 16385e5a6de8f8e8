"""`export all tasks-ics`: every task of every open mission in the coordinator's calendar, each
with a UID that stays and a SEQUENCE that rises when the task changes."""

from icalendar import Calendar

from mission_planner.domain.tasks import TaskRuleOverride
from mission_planner.services import open_workspace
from tests.cli.runner import cli

OSM = "23-IP-12-GE-OSM-A"


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
    assert len(before) == 24  # three missions' tasks; a digital one has no hotel, driver or site tasks
    programme = by_summary(before, f"{OSM}: Send the detailed programme")
    assert str(programme["DTSTART"].dt) == "2023-10-10 09:00:00+09:00"
    assert programme["SEQUENCE"] == 0

    assert cli("--db", str(demo_db), "task", OSM, "certificates", "done", "--by", "Kim").returncode == 0
    workspace = open_workspace(str(demo_db))
    try:
        workspace.tasks.set_rule(OSM, TaskRuleOverride("programme_to_participants", days=-21))
    finally:
        workspace.close()
    second = tmp_path / "second.ics"
    assert cli("--db", str(demo_db), "export", "all", "tasks-ics", "-o", str(second)).returncode == 0
    after = events(second)
    assert after.keys() == before.keys()
    moved = after[str(programme["UID"])]
    assert (str(moved["DTSTART"].dt.date()), moved["SEQUENCE"]) == ("2023-10-03", 1)
    done = by_summary(after, f"Done: {OSM}: Send the certificates")
    assert done["SEQUENCE"] == 1 and "by Kim" in str(done["DESCRIPTION"])
    unchanged = by_summary(after, f"{OSM}: Close the evaluation")
    assert unchanged["SEQUENCE"] == 0

    # Written again with nothing changed, nothing counts again.
    third = tmp_path / "third.ics"
    assert cli("--db", str(demo_db), "export", "all", "tasks-ics", "-o", str(third)).returncode == 0
    assert {uid: e["SEQUENCE"] for uid, e in events(third).items()} == {uid: e["SEQUENCE"] for uid, e in after.items()}


def test_one_missions_tasks_and_an_archived_missions_none(demo_db, tmp_path):
    target = tmp_path / "osm.ics"
    assert cli("--db", str(demo_db), "export", OSM, "tasks-ics", "-o", str(target)).returncode == 0
    assert {str(e["SUMMARY"]).split(":")[0].removeprefix("Done") for e in events(target).values()} <= {OSM, ""}
    workspace = open_workspace(str(demo_db))
    try:
        workspace.missions.set_archived(OSM)
    finally:
        workspace.close()
    everything = tmp_path / "all.ics"
    assert cli("--db", str(demo_db), "export", "all", "tasks-ics", "-o", str(everything)).returncode == 0
    assert not [e for e in events(everything).values() if OSM in str(e["SUMMARY"])]
