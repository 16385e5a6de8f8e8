"""The demo missions: one mission file each in resources/demo/, valid against the schema,
complete and consistent, and loaded by `load_demo` exactly as the files hold them."""

import copy
import json
import shutil
import sqlite3
import uuid
from collections import defaultdict
from contextlib import closing
from datetime import date
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
from mission_planner.domain.validation import find_problems
from mission_planner.errors import InputError
from mission_planner.paths import resource
from mission_planner.services import demo_missions, open_workspace
from mission_planner.services.demo_missions import demo_files, demo_records
from mission_planner.services.interchange.files import read_mission_file, record_to_text

DATA_GOVERNANCE = "21-IP-06-GE-OSM-B"
TURKIYE = "23-IP-12-GE-OSM-A"
WORKSHOP = "23-IP-20-GE-WSP-B"
AFTER_ALL_MISSIONS = date(2024, 6, 1)
# What each demo mission holds: people, programme items, attendance marks.
EXPECTED = {DATA_GOVERNANCE: (78, 12, 885), TURKIYE: (9, 33, 237), WORKSHOP: (43, 15, 585)}
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


# --- the three missions ------------------------------------------------------------------------


def test_there_are_three_missions_with_distinct_apo_style_codes(records):
    assert len(records) == 3
    assert DATA_GOVERNANCE in records
    assert all(parse_project_code(code) for code in records)


def test_no_mission_has_a_problem(records):
    for code, record in records.items():
        assert find_problems(record) == [], code


def test_no_mission_has_a_planning_conflict(records):
    for code, record in records.items():
        assert find_conflicts(record, today=AFTER_ALL_MISSIONS) == [], code


def test_every_mission_is_complete(records):
    for code, record in records.items():
        assert record.days and record.items(), code
        assert record.people and record.participations, code
        assert record.attendance and record.budget_lines and record.exchange_rates, code
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
    for code, record in records.items():
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
    for code, record in records.items():
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
    assert workspace.missions.load_demo() == sorted(EXPECTED)
    for code, record in records.items():
        stored = workspace.missions.load_record(code, with_identity=True)
        assert stored == as_stored(record)
        assert (len(stored.people), len(stored.items()), len(stored.attendance)) == EXPECTED[code]
        plain = workspace.missions.load_record(code)
        assert all(person.identity is None for person in plain.people)
        # Only the tasks the demo leaves open are late by then.
        late = workspace.missions.check(code, today=AFTER_ALL_MISSIONS).conflicts
        assert [c for c in late if c.code != Code.TASK_OVERDUE] == []
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
            f"CREATE TRIGGER refuse BEFORE INSERT ON mission WHEN NEW.code = '{WORKSHOP}' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    workspace = open_workspace(str(path))
    try:
        assert demo_files()[-1].stem == WORKSHOP
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
        first.missions.load_demo()
        for code, record in records.items():
            path = tmp_path / f"{code}.json"
            first.missions.export_mission(code, path, with_personal_data=True)
            second.missions.import_mission(path)
            assert second.missions.load_record(code, with_identity=True) == as_stored(record)
    finally:
        first.close()
        second.close()
