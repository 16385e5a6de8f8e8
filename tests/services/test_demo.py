"""The demo missions: one mission file each in resources/demo/, valid against the schema,
complete and consistent, and loaded by `load_demo` exactly as the files hold them."""

import copy
import json
import shutil
import sqlite3
import uuid
from collections import defaultdict
from contextlib import closing
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import jsonschema
import pytest
import sqlalchemy.exc

from mission_planner.domain.attendees import AttendancePlan
from mission_planner.domain.codes import parse_project_code
from mission_planner.domain.conflicts import Code, find_conflicts
from mission_planner.domain.enums import AttendanceStatus, Modality, PlaceKind, Role, RuleStatus, SplitKind
from mission_planner.domain.record import MissionRecord
from mission_planner.domain.tasks import TaskStatus, due_tasks, mission_rules
from mission_planner.domain.validation import find_problems
from mission_planner.errors import InputError
from mission_planner.paths import resource
from mission_planner.services import demo_missions, open_workspace
from mission_planner.services.demo_dates import DATED_FROM_LOADING, loading_start, moved_by
from mission_planner.services.demo_missions import demo_files, demo_records
from mission_planner.services.interchange.files import read_mission_file, record_to_text
from mission_planner.services.task_rules import shipped_rules

DATA_GOVERNANCE = "21-IP-06-GE-OSM-B"
TURKIYE = "23-IP-12-GE-OSM-A"
WORKSHOP = "23-IP-20-GE-WSP-B"
PLANNING = "27-IP-05-GE-OSM-A"  # in planning: dated from the day the demo is loaded
FINISHED = (DATA_GOVERNANCE, TURKIYE, WORKSHOP)
AFTER_ALL_MISSIONS = date(2024, 6, 1)
# A day of the week the planning mission's file is dated for: loaded then, it keeps its dates.
FILE_WEEK = date(2026, 12, 10)
# What each demo mission holds: people, programme items, attendance marks.
EXPECTED = {DATA_GOVERNANCE: (78, 12, 885), TURKIYE: (9, 33, 237), WORKSHOP: (43, 15, 585), PLANNING: (9, 24, 0)}
# The shared Korean catalogue: institutions, venues, the hotel and the airport, and road times.
CATALOGUE_SITES, CATALOGUE_TRAVEL_TIMES = 10, 41


@pytest.fixture(scope="module")
def records() -> dict[str, MissionRecord]:
    return {record.mission.code: record for record in demo_records()}


@pytest.fixture(scope="module")
def turkiye(records) -> MissionRecord:
    return records[TURKIYE]


@pytest.fixture(scope="module")
def governance(records) -> MissionRecord:
    return records[DATA_GOVERNANCE]


@pytest.fixture(scope="module")
def workshop(records) -> MissionRecord:
    return records[WORKSHOP]


def participants(record: MissionRecord, *, local: bool | None = None) -> list:
    host = record.mission.host_country
    people = {person.uid: person for person in record.people}
    found = [people[p.person_uid] for p in record.participations if p.role == Role.PARTICIPANT]
    return found if local is None else [p for p in found if (p.country == host) == local]


def roles(record: MissionRecord, role: Role) -> int:
    return sum(1 for p in record.participations if p.role == role)


def as_stored(record: MissionRecord) -> MissionRecord:
    """The record as the database gives it back: only the sites an item or a stay refers to."""
    stored = copy.deepcopy(record)
    used = {i.site_uid for i in stored.items() if i.site_uid}
    used |= {s.hotel_uid for p in stored.participations for s in p.stays if s.hotel_uid}
    stored.sites = [s for s in stored.sites if s.uid in used]
    stored.travel_times = [t for t in stored.travel_times if t.from_uid in used and t.to_uid in used]
    return stored


# --- the files ------------------------------------------------------------------------------


def test_one_file_per_mission_named_by_its_code(records):
    assert [path.name for path in demo_files()] == [f"{code}.json" for code in sorted(EXPECTED)]
    assert sorted(records) == sorted(EXPECTED)


def test_every_file_is_valid_against_the_shipped_schema():
    schema = json.loads(resource("schemas", "mission-v1.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in demo_files():
        errors = [error.message for error in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
        assert errors == [], path.name


def test_every_file_is_in_the_form_the_writer_gives():
    """Fixed order and characters rather than escapes; after a hand edit, `python -m
    tools.demo_files` rewrites the files in this form."""
    for path in demo_files():
        text = path.read_text(encoding="utf-8")
        assert record_to_text(read_mission_file(path)) == text, path.name
        assert "\\u" not in text, path.name


def test_korean_and_turkish_are_written_as_characters():
    text = resource("demo", f"{TURKIYE}.json").read_text(encoding="utf-8")
    assert "서울특별시 성북구 화랑로14길 5" in text and "İstanbul" in text


# --- the missions ------------------------------------------------------------------------


def test_there_are_four_missions_with_distinct_apo_style_codes(records):
    assert len(records) == 4
    assert DATA_GOVERNANCE in records
    assert all(parse_project_code(code) for code in records)


def test_no_mission_has_a_problem(records):
    for code, record in records.items():
        assert find_problems(record) == [], code


def test_no_finished_mission_has_a_planning_conflict(records):
    for code in FINISHED:
        assert find_conflicts(records[code], today=AFTER_ALL_MISSIONS) == [], code


def test_every_mission_is_complete(records):
    for code, record in records.items():
        assert record.days and record.items(), code
        assert record.people and record.participations, code
        assert record.attendance or code == PLANNING, code
        assert record.budget_lines and record.exchange_rates, code
        assert record.rule_set is not None and record.rule_set.rules, code
        assert record.mission.emergency_contacts and record.mission.organization_name, code
        assert [d.date for d in record.days] == record.mission.dates(), code


def test_every_uid_is_a_uuid(records):
    for record in records.values():
        uids = [record.mission.uid, record.rule_set.uid, *(i.uid for i in record.items())]
        uids += [p.uid for p in record.people] + [s.uid for s in record.sites] + [b.uid for b in record.budget_lines]
        for uid in uids:
            assert str(uuid.UUID(uid)) == uid


def test_no_two_missions_share_an_item_line_or_rule_set(records):
    owned = [
        uid
        for record in records.values()
        for uid in (record.mission.uid, record.rule_set.uid, *(i.uid for i in record.items()))
    ]
    owned += [line.uid for record in records.values() for line in record.budget_lines]
    assert len(owned) == len(set(owned))


def test_shared_people_and_sites_are_the_same_everywhere(records):
    seen = {}
    for record in records.values():
        for thing in (*record.people, *record.sites):
            assert seen.setdefault(thing.uid, thing) == thing


def test_every_item_lies_within_its_mission_dates(records):
    for record in records.values():
        mission = record.mission
        for day in record.days:
            assert mission.start_date <= day.date <= mission.end_date
            assert all(item.start < item.end for item in day.items)


def test_no_one_attends_two_overlapping_items(records):
    for code in FINISHED:
        record = records[code]
        plan = AttendancePlan(record)
        for day in record.days:
            mine = defaultdict(list)
            for item in day.items:
                for uid in plan.attendees(item):
                    mine[uid].append(item)
            for uid, items in mine.items():
                items.sort(key=lambda i: i.start)
                for before, after in pairwise(items):
                    assert before.end <= after.start, (code, uid, before.title, after.title)


def test_attendance_marks_exactly_who_attends(records):
    for code in FINISHED:
        record = records[code]
        plan = AttendancePlan(record)
        expected = {(i.uid, uid) for i in record.items() for uid in plan.attendees(i)}
        assert {(a.item_uid, a.person_uid) for a in record.attendance} == expected, code


def test_online_items_have_minutes(governance, workshop):
    for record in (governance, workshop):
        items = {i.uid: i for i in record.items()}
        for mark in record.attendance:
            assert items[mark.item_uid].is_online
            assert mark.minutes is not None and 0 <= mark.minutes <= items[mark.item_uid].minutes


def test_invented_people_are_plainly_invented(records):
    for record in records.values():
        for person in record.people:
            assert person.email.endswith(("@example.org", ".example")), person.email
            assert "Invented for the demo" in person.notes


# --- the Türkiye mission -------------------------------------------------------------------------


def test_the_turkiye_mission(turkiye):
    mission = turkiye.mission
    assert (mission.start_date, mission.end_date) == (date(2023, 10, 24), date(2023, 10, 27))
    assert mission.modality == Modality.IN_PERSON and mission.overseas_quota == 6
    turks = participants(turkiye)
    assert len(turks) == 6 and all(p.country == "TR" for p in turks)
    assert any(set(p.full_name) & set("İışğçöüŞÇÖÜĞ") for p in turks)
    assert all(p.identity and p.identity.passport_number for p in turks)
    assert roles(turkiye, Role.RESOURCE_PERSON_LOCAL) == 1
    assert 1 <= roles(turkiye, Role.SECRETARIAT) <= 2


def test_the_turkiye_mission_travels_and_stays(turkiye):
    for part in turkiye.participations:
        if part.role == Role.PARTICIPANT:
            assert [f.airport for f in part.flights] == ["ICN", "ICN"]
            assert part.flights[0].scheduled.date() == date(2023, 10, 23)
            assert part.flights[1].scheduled.date() == date(2023, 10, 28)
            assert [s.nights for s in part.stays] == [5]
            assert [c.status.value for c in part.status_history] == ["nominated", "accepted", "confirmed"]


def test_the_turkiye_mission_visits_every_institution(turkiye):
    sites = {s.uid: s for s in turkiye.sites}
    visited = {sites[i.site_uid].acronym or sites[i.site_uid].name_en for i in turkiye.items() if i.site_uid}
    for name in ("KPC", "KIST", "KAIST", "PPS", "KOSME", "Seoul Metropolitan Government"):
        assert name in visited
    assert any("IFEZ" in name for name in visited)
    assert {s.kind for s in turkiye.sites} >= {PlaceKind.HOTEL, PlaceKind.AIRPORT}
    assert next(s for s in turkiye.sites if s.acronym == "KIST").visitor_list_required


def test_the_turkiye_mission_has_one_excused_absence(turkiye):
    absent = [a for a in turkiye.attendance if a.status != AttendanceStatus.PRESENT]
    assert len(absent) == 1
    assert absent[0].status == AttendanceStatus.EXCUSED and absent[0].excuse_accepted and absent[0].reason


def test_the_turkiye_rules_are_marked_unverified(turkiye):
    rules = turkiye.rule_set
    assert rules.status == RuleStatus.UNVERIFIED and "unverified" in rules.to_verify and rules.source
    assert {r.split.kind for r in rules.rules} == set(SplitKind)
    assert {e.rate for e in turkiye.exchange_rates} == {Decimal("0.00075")}


def test_the_turkiye_tasks_are_recorded_done(turkiye):
    """It ended in 2023: a first start shows no task of it open, each done by someone on a day."""
    tasks = due_tasks(turkiye, mission_rules(shipped_rules(), turkiye.task_rules))
    assert {t.key for t in tasks} >= {"visitor_list", "rooming_list", "pickup_list", "completion_report"}
    for task in tasks:
        assert not task.is_open, task.key
        if task.status == TaskStatus.DONE:
            assert task.done_by and task.done_on and task.done_on <= task.due + timedelta(days=1), task.key


# --- the mission in planning --------------------------------------------------------------------


@pytest.fixture(scope="module")
def planning(records) -> MissionRecord:
    return records[PLANNING]


def test_the_mission_in_planning_awaits_its_nominations(planning):
    mission = planning.mission
    assert {PLANNING} == DATED_FROM_LOADING
    assert mission.start_date.weekday() == 0 and mission.modality == Modality.IN_PERSON
    assert 3 <= len(planning.days) <= 5 and not planning.attendance and not planning.tasks
    nominees = participants(planning)
    assert 4 <= len(nominees) <= mission.overseas_quota
    assert len({p.country for p in nominees}) == 3 == len(mission.participating_countries)
    for part in planning.participations:
        if part.role == Role.PARTICIPANT:
            assert part.status.value == "nominated" and part.nominating_npo
    sites = {s.uid: s for s in planning.sites}
    assert any(sites[i.site_uid].visitor_list_required for i in planning.items() if i.site_uid)


def test_the_mission_in_planning_has_one_conflict(planning):
    conflicts = find_conflicts(planning, today=FILE_WEEK)
    assert [c.code for c in conflicts] == [Code.OVERLAP]
    titles = {i.uid: i.title for i in planning.items()}
    assert sorted(titles[uid] for uid in conflicts[0].item_uids) == [
        "Site visit: Korea Institute of Science and Technology (KIST)",
        "Transfer: KPC to KIST",
    ]


@pytest.mark.parametrize("today", [FILE_WEEK + timedelta(days=n) for n in range(-3, 4)] + [date(2031, 2, 28)])
def test_loaded_on_any_day_it_starts_five_weeks_ahead_with_deadlines_soon(today):
    record = next(r for r in demo_records(today) if r.mission.code == PLANNING)
    start = record.mission.start_date
    assert start == loading_start(today) and start.weekday() == 0 and 29 <= (start - today).days <= 35
    assert [d.date.weekday() for d in record.days] == list(range(len(record.days)))
    due = {task.key: task.days_left(today) for task in due_tasks(record, shipped_rules())}
    assert 1 <= due["nominations_close"] <= 7  # in the window's This week
    assert 14 <= due["visitor_list"] <= 21 and 14 <= due["programme_to_participants"] <= 21
    assert all(days > 0 for days in due.values())


def test_loading_moves_only_the_mission_in_planning(records):
    later = {r.mission.code: r for r in demo_records(FILE_WEEK + timedelta(weeks=10))}
    for code in FINISHED:
        assert later[code] == records[code]
    moved = later[PLANNING].mission
    assert (moved.start_date - records[PLANNING].mission.start_date) == timedelta(weeks=10)
    assert moved.nomination_closing_date == records[PLANNING].mission.nomination_closing_date + timedelta(weeks=10)
    assert moved.date_of_issue == records[PLANNING].mission.date_of_issue + timedelta(weeks=10)


def test_moving_a_mission_moves_every_date_in_it_but_the_peoples_own(turkiye, governance):
    shift = timedelta(weeks=3)
    moved = moved_by(turkiye, shift)
    assert [d.date for d in moved.days] == [d.date + shift for d in turkiye.days]
    for before, after in zip(turkiye.participations, moved.participations, strict=True):
        assert [c.on for c in after.status_history] == [c.on + shift for c in before.status_history]
        assert [f.scheduled for f in after.flights] == [f.scheduled + shift for f in before.flights]
        assert [f.scheduled.hour for f in after.flights] == [f.scheduled.hour for f in before.flights]
        assert [(s.check_in, s.check_out) for s in after.stays] == [
            (s.check_in + shift, s.check_out + shift) for s in before.stays
        ]
    assert [t.done_on for t in moved.tasks] == [t.done_on and t.done_on + shift for t in turkiye.tasks]
    assert moved.people == turkiye.people  # birth dates and passport expiry stay
    assert moved.mission.date_of_issue == turkiye.mission.date_of_issue + shift
    revised = moved_by(governance, shift).mission.revisions
    assert [r.date_of_issue for r in revised] == [r.date_of_issue + shift for r in governance.mission.revisions]
    assert find_conflicts(moved, today=AFTER_ALL_MISSIONS) == []


# --- the data governance mission -----------------------------------------------------------------


def test_the_data_governance_mission_follows_its_notification(governance):
    mission = governance.mission
    assert mission.ref_no == "21-IP-06-GE-OSM-B-PN2100065-003"
    assert mission.date_of_issue == date(2021, 9, 29)
    assert mission.modality == Modality.DIGITAL and mission.all_member_countries
    assert (mission.overseas_quota, mission.local_quota) == (57, 12)
    assert mission.nomination_closing_date == date(2021, 11, 1)
    assert len(mission.objectives) == 3 and not mission.objectives[0].startswith("a.")
    assert len(mission.financial_arrangements) == 2
    assert mission.signatory_name == "Dr. AKP Mochtan"
    assert mission.revisions


def test_the_data_governance_people(governance):
    assert len(participants(governance, local=False)) == 57
    assert len(participants(governance, local=True)) == 12
    assert roles(governance, Role.RESOURCE_PERSON_LOCAL) == 3
    assert 1 <= roles(governance, Role.RESOURCE_PERSON_OVERSEAS) <= 2
    assert all(p.home_timezone for p in governance.people)
    assert len({p.country for p in participants(governance, local=False)}) >= 15


def test_the_data_governance_days_last_about_three_hours(governance):
    for day in governance.days:
        minutes = sum(i.minutes for i in day.items)
        assert 160 <= minutes <= 200
        assert all(i.is_online for i in day.items)


def test_some_online_participants_miss_the_threshold(governance):
    items = {i.uid: i for i in governance.items()}
    short = [a for a in governance.attendance if (a.minutes or 0) * 100 < items[a.item_uid].minutes * 80]
    assert 2 <= len(short) <= 10


def test_the_data_governance_rules_are_the_verified_ones(governance):
    rules = governance.rule_set
    assert rules.status == RuleStatus.VERIFIED
    assert rules.source == "Project Notification 21-IP-06-GE-OSM-B-PN2100065-003, section 4"
    honorarium = next(r for r in rules.rules if r.category == "honorarium")
    assert (honorarium.split.kind, honorarium.split.units) == (SplitKind.FIRST_UNITS, 2)
    categories = {line.category for line in governance.budget_lines}
    assert {r.category for r in rules.rules} <= categories


# --- the workshop ---------------------------------------------------------------------------------


def test_the_workshop(workshop):
    mission = workshop.mission
    assert (mission.start_date, mission.end_date) == (date(2023, 8, 14), date(2023, 8, 16))
    assert mission.timezone == "Asia/Jakarta" and mission.modality == Modality.DIGITAL
    people = participants(workshop)
    assert len(people) == 35 and len({p.country for p in people}) == 14
    rps = {p.uid: p for p in workshop.people}
    countries = sorted(rps[p.person_uid].country for p in workshop.participations if p.is_resource_person)
    assert countries == ["GB", "ID", "ID", "PH"]
    assert any("OPSI" in i.title for i in workshop.items())


# --- loading ------------------------------------------------------------------------------------


def test_load_demo_stores_every_mission_as_its_file_holds_it(workspace, records):
    assert workspace.missions.load_demo(today=FILE_WEEK) == sorted(EXPECTED)
    for code, record in records.items():
        stored = workspace.missions.load_record(code, with_identity=True)
        assert stored == as_stored(record)
        assert (len(stored.people), len(stored.items()), len(stored.attendance)) == EXPECTED[code]
        plain = workspace.missions.load_record(code)
        assert all(person.identity is None for person in plain.people)
        # Only the tasks the demo leaves open are late by then.
        late = workspace.missions.check(code, today=AFTER_ALL_MISSIONS).conflicts
        assert [c.code for c in late if c.code != Code.TASK_OVERDUE] == ([Code.OVERLAP] if code == PLANNING else [])
    # The whole catalogue, also the places no demo item visits (KOSME's headquarters in Jinju).
    assert len(workspace.sites.list_sites()) == CATALOGUE_SITES
    assert len(workspace.sites.travel_times()) == CATALOGUE_TRAVEL_TIMES


def test_load_demo_adds_the_missions_once(workspace):
    assert workspace.missions.load_demo() == sorted(EXPECTED)
    before = workspace.missions.list_missions()
    assert workspace.missions.load_demo() == []
    assert workspace.missions.list_missions() == before


def test_load_demo_adds_only_the_missions_that_are_missing(workspace):
    workspace.missions.load_demo()
    workspace.missions.delete_mission(TURKIYE)
    assert workspace.missions.load_demo() == [TURKIYE]
    assert sorted(m.code for m in workspace.missions.list_missions()) == sorted(EXPECTED)


def _demo_folder_with(tmp_path, monkeypatch, last_file: dict) -> None:
    """The shipped demo files, and `last_file` after them, as the resources load_demo reads."""
    folder = tmp_path / "resources" / "demo"
    folder.mkdir(parents=True)
    for path in demo_files():
        shutil.copy(path, folder / path.name)
    (folder / "99-last.json").write_text(json.dumps(last_file, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(demo_missions, "resource", lambda *parts: tmp_path.joinpath("resources", *parts))


def test_a_broken_demo_file_is_named_and_nothing_is_loaded(tmp_path, monkeypatch):
    broken = json.loads(resource("demo", f"{WORKSHOP}.json").read_text(encoding="utf-8"))
    broken["mission"]["code"] = "99-LAST"
    broken["days"][0]["items"][0]["start"] = "25:99"
    _demo_folder_with(tmp_path, monkeypatch, broken)
    workspace = open_workspace(str(tmp_path / "demo.db"))
    try:
        with pytest.raises(InputError, match=r"99-last\.json.*days\[0\]\.items\[0\]\.start"):
            workspace.missions.load_demo()
        assert workspace.missions.is_empty()
    finally:
        workspace.close()


def test_a_demo_mission_the_database_refuses_leaves_it_as_it_was(tmp_path):
    """The database itself refuses the last mission (a trigger, standing for any failure while
    storing): the missions stored before it in the same transaction go too."""
    path = tmp_path / "demo.db"
    open_workspace(str(path)).close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            f"CREATE TRIGGER refuse BEFORE INSERT ON mission WHEN NEW.code = '{PLANNING}' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    workspace = open_workspace(str(path))
    try:
        assert demo_files()[-1].stem == PLANNING
        with pytest.raises(sqlalchemy.exc.DatabaseError, match="refused by the test"):
            workspace.missions.load_demo()
        assert workspace.missions.is_empty()
        assert workspace.sites.list_sites() == []
    finally:
        workspace.close()


def test_exported_and_imported_unchanged(tmp_path, records):
    first = open_workspace(str(tmp_path / "first.db"))
    second = open_workspace(str(tmp_path / "second.db"))
    try:
        first.missions.load_demo(today=FILE_WEEK)
        for code, record in records.items():
            path = tmp_path / f"{code}.json"
            first.missions.export_mission(code, path, with_personal_data=True)
            second.missions.import_mission(path)
            assert second.missions.load_record(code, with_identity=True) == as_stored(record)
    finally:
        first.close()
        second.close()
