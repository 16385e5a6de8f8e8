"""`due` and `task` as a user runs them, on the demo database with a chosen --today."""

from mission_planner.services import open_workspace
from tests.cli.runner import cli

OSM = "23-IP-12-GE-OSM-A"  # ended in 2023, its tasks recorded done
# In planning, 11 to 13 January 2027 as the CLI tests load the demo (tests/cli/conftest.py), a
# visit to KIST on the first day (visitor list 14 days before), nominations closing 14 December.
PLANNING = "27-IP-05-GE-OSM-A"


def lines(result):
    return result.stdout.splitlines()


def test_due_lists_overdue_first_then_by_date_and_exits_1(demo_db):
    result = cli("--db", str(demo_db), "due", "--today", "2026-12-23", "--within", "7")
    assert result.returncode == 1, result.stderr
    shown = lines(result)
    overdue = [line for line in shown if "overdue" in line]
    ahead = [line for line in shown if "left" in line]
    assert shown == overdue + ahead and overdue and ahead
    dates = [line.split("  ")[1] for line in overdue]
    assert dates == sorted(dates)
    assert overdue == [
        f"{PLANNING}  2026-12-14  Nominations close: chase the missing ones  9 days overdue  [nominations_close]",
        f"{PLANNING}  2026-12-21  Send the acceptance notices  2 days overdue  [acceptance_notices]",
    ]
    assert ahead == [
        f"{PLANNING}  2026-12-28  Send the detailed programme to participants  5 days left  "
        "[programme_to_participants]",
        f"{PLANNING}  2026-12-28  Send the visitor list to the security site "
        "(Korea Institute of Science and Technology (KIST))  5 days left  [visitor_list]",
    ]
    # A digital mission sends no rooming list, a workshop no visitor list.
    assert not any("rooming" in line and "WSP" in line for line in shown)


def test_due_exits_0_when_nothing_is_overdue(demo_db):
    workspace = open_workspace(str(demo_db))
    try:
        for code in ("21-IP-06-GE-OSM-B", "23-IP-20-GE-WSP-B"):  # archived missions are not listed
            workspace.missions.set_archived(code)
    finally:
        workspace.close()
    result = cli("--db", str(demo_db), "due", "--today", "2026-12-04", "--within", "12")
    assert result.returncode == 0, result.stdout
    assert lines(result) == [
        f"{PLANNING}  2026-12-14  Nominations close: chase the missing ones  10 days left  [nominations_close]"
    ]
    # The missions that ended have nothing left to do, however late it is.
    later = cli("--db", str(demo_db), "due", "--today", "2030-01-01")
    assert not [line for line in lines(later) if not line.startswith(PLANNING)]


def test_marking_a_task_done_takes_it_off_the_list_and_out_of_check(demo_db):
    before = cli("--db", str(demo_db), "check", PLANNING, "--today", "2026-12-20")
    assert "Nominations close" in before.stdout
    done = cli("--db", str(demo_db), "task", PLANNING, "nominations_close", "done", "--by", "Kim", "--note", "all in")
    assert done.returncode == 0, done.stderr
    after = cli("--db", str(demo_db), "check", PLANNING, "--today", "2026-12-20")
    assert "Nominations close" not in after.stdout
    listed = cli("--db", str(demo_db), "due", "--today", "2026-12-20", "--within", "0")
    assert not [line for line in lines(listed) if line.startswith(PLANNING) and "[nominations_close]" in line]
    again = cli("--db", str(demo_db), "task", PLANNING, "nominations_close", "open")
    assert again.returncode == 0
    listed = cli("--db", str(demo_db), "due", "--today", "2026-12-20", "--within", "0")
    assert [line for line in lines(listed) if line.startswith(PLANNING) and "[nominations_close]" in line]


def test_bad_input_exits_2_with_one_line(demo_db):
    for args in (
        ("due", "--today", "2023-13-01"),
        ("due", "--within", "-1"),
        ("due", "--within", "soon"),
        ("task", OSM, "no_such_task", "done"),
        ("task", OSM, "visitor_list", "done", "--site", "Nowhere"),
        ("task", "NO-SUCH-CODE", "certificates", "done"),
    ):
        result = cli("--db", str(demo_db), *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stdout == ""


def test_task_rules_change_the_days_for_the_organization_or_one_mission(demo_db):
    def rule_line(*args):
        result = cli("--db", str(demo_db), "task-rules", *args)
        assert result.returncode == 0, result.stderr
        return {line.split()[0]: line for line in lines(result)}

    assert "+7 days " in rule_line()["certificates"]
    assert "+10 days " in rule_line("--set", "certificates=10")["certificates"]
    mine = rule_line("--mission", PLANNING, "--set", "programme_to_participants=-21", "--drop", "pickup_list")
    assert "-21 days (this mission's)" in mine["programme_to_participants"]
    assert "does not apply" in mine["pickup_list"]
    assert "+10 days " in mine["certificates"]  # the organization's, as the mission does not change it

    listed = lines(cli("--db", str(demo_db), "due", "--today", "2026-12-19", "--within", "40"))
    osm = [line for line in listed if line.startswith(PLANNING)]
    assert (
        f"{PLANNING}  2026-12-21  Send the detailed programme to participants  2 days left  [programme_to_participants]"
        in osm
    )
    assert not [line for line in osm if "[pickup_list]" in line]
    assert [line for line in osm if "2027-01-23" in line and "[certificates]" in line]

    back = rule_line("--mission", PLANNING, "--default", "programme_to_participants")["programme_to_participants"]
    assert "-14 days " in back and "this mission" not in back
    # All or nothing: an unknown rule refuses the whole change.
    refused = cli(
        "--db", str(demo_db), "task-rules", "--mission", PLANNING, "--set", "pickup_list=-5", "--set", "nope=1"
    )
    assert refused.returncode == 2 and refused.stdout == "" and "nope" in refused.stderr
    assert "does not apply" in rule_line("--mission", PLANNING)["pickup_list"]


def test_purging_the_personal_data_completes_its_task(demo_db):
    mission = OSM  # its purge falls due on 25 January 2024; the demo marks it not applicable
    assert cli("--db", str(demo_db), "task", mission, "purge_personal_data", "open").returncode == 0

    def purge_line():
        listed = lines(cli("--db", str(demo_db), "due", "--today", "2024-06-01"))
        return [line for line in listed if line.startswith(mission) and "[purge_personal_data]" in line]

    assert purge_line() and "overdue" in purge_line()[0]
    purged = cli("--db", str(demo_db), "purge-personal-data", mission)
    assert purged.returncode == 0, purged.stderr
    assert purge_line() == []
    workspace = open_workspace(str(demo_db))
    try:
        task = next(t for t in workspace.tasks.mission_tasks(mission) if t.key == "purge_personal_data")
    finally:
        workspace.close()
    assert (task.status.value, task.done_by) == ("done", "Mission Planner")
