"""Opening databases at every schema revision: new, current, older, newer, foreign."""

import dataclasses
import shutil
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from mission_planner.domain.practical import MeetingPoint, PracticalNotes
from mission_planner.domain.record import MissionRecord, canonical_order
from mission_planner.errors import DatabaseTooNewError, NotAMissionPlannerDatabaseError
from mission_planner.services import open_workspace
from mission_planner.storage import change_counter, migrate
from mission_planner.storage.engine import create_database_engine
from tests.factories import full_record, scripts_record
from tests.storage.fixtures.make_fixtures import fixture_path


def test_a_new_database_is_created_at_the_head_revision(tmp_path):
    workspace = open_workspace(str(tmp_path / "new.db"))
    assert workspace.migration.created
    assert migrate.current_revision(workspace.engine) == migrate.head_revision()


def test_the_migrations_build_exactly_the_tables_the_code_declares(workspace):
    with workspace.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_a_database_from_a_newer_build_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.db"
    open_workspace(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = 'ffff_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer Mission Planner"):
        open_workspace(str(path))
    assert path.read_bytes() == before


def test_a_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("create table invoices (id integer)")
    with pytest.raises(NotAMissionPlannerDatabaseError):
        open_workspace(str(path))


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("mission") as batch:
        batch.add_column(sa.Column("test_column", sa.String(), nullable=False, server_default="added"))


def downgrade():
    with op.batch_alter_table("mission") as batch:
        batch.drop_column("test_column")
"""


def test_an_older_database_is_backed_up_then_upgraded_with_its_rows(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old = open_workspace(str(path))
    old.missions.add_record(full_record())
    old.close()

    # A build that knows one more revision than the database holds.
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    head = migrate.head_revision()
    (newer / "versions" / "0002_test.py").write_text(NEXT_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "0002_test")

    outcome = migrate.prepare_database(create_database_engine(str(path)))

    assert outcome.upgraded_from == head
    assert outcome.backup is not None and outcome.backup.exists()
    assert outcome.backup.stat().st_mode & 0o077 == 0
    with sqlite3.connect(outcome.backup) as backup:
        assert backup.execute("select version_num from alembic_version").fetchone() == (head,)
        assert backup.execute("select count(*) from item").fetchone() == (3,)
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("select version_num from alembic_version").fetchone() == ("0002_test",)
        assert upgraded.execute("select code, test_column from mission").fetchall() == [("23-IP-99-GE-OSM-A", "added")]
        assert upgraded.execute("select count(*) from item").fetchone() == (3,)
        assert upgraded.execute("select count(*) from attendance").fetchone() == (3,)


def test_the_fast_path_knows_the_newest_migration():
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_a_database_at_revision_0001_upgrades_with_its_flights_intact(tmp_path):
    path = tmp_path / "r0001.db"
    engine = create_database_engine(str(path))
    migrate.upgrade(engine, "0001")
    with sqlite3.connect(path) as connection:
        connection.executescript(
            """
            insert into mission (uid, code, title, project_type, scope, modality, ref_no, start_date, end_date,
                timezone, host_country, venue_city, implementing_organizations, all_member_countries,
                participating_countries, qualifications, nomination_procedure, objectives, background,
                scope_methodology, financial_arrangements, implementation_procedures, signatory_name,
                signatory_title, reporting_currency, certificate_require_all_items,
                certificate_min_online_percent, organization_name, emergency_contacts, notes, archived, version)
            values ('m', '23-IP-01-GE-OSM-A', 'Old', 'OSM', 'multicountry', 'in_person', '', '2023-10-24',
                '2023-10-27', 'Asia/Seoul', 'KR', 'Seoul', '[]', 0, '[]', '', '', '[]', '', '', '[]', '', '',
                '', 'USD', 1, '80', '', '[]', '', 0, 1);
            insert into person (uid, family_name, given_name, country, organization, position, email, phone,
                home_timezone, dietary, notes, version)
            values ('p', 'Yılmaz', 'Şule', 'TR', '', '', 's@example.org', '', '', '', '', 1);
            insert into participation (mission_id, person_id, role, status, nominating_npo, group_name, notes, version)
            values (1, 1, 'participant', 'confirmed', '', '', '', 1);
            insert into flight (participation_id, direction, airport, scheduled_local, timezone, flight_no, terminal)
            values (1, 'arrival', 'ICN', '2023-10-23 17:40:00.000000', 'Asia/Seoul', 'TK090', '2');
            """
        )
    engine.dispose()

    workspace = open_workspace(str(path))

    assert workspace.migration.upgraded_from == "0001" and workspace.migration.backup.exists()
    [flight] = workspace.missions.load_record("23-IP-01-GE-OSM-A").participations[0].flights
    assert (flight.flight_no, flight.terminal, flight.sequence) == ("TK090", "2", 0)
    assert flight.scheduled.isoformat() == "2023-10-23T17:40:00+09:00"


def as_at_0003(record: MissionRecord) -> MissionRecord:
    """`record` as a database of 0003 or before holds it: without what 0004 (meeting IDs, passcodes,
    dress codes, biographies), 0005 (meeting points, pick-ups, practical notes), 0006 (romanised names)
    and 0007 (tasks) add."""
    for day in record.days:
        for item in day.items:
            item.meeting_id = item.passcode = ""
    for site in record.sites:
        site.dress_code = ""
    for person in record.people:
        person.biography = ""
        person.romanized_family_name = person.romanized_given_name = ""
    for part in record.participations:
        part.flights = [dataclasses.replace(flight, pickup=None) for flight in part.flights]
    record.practical = PracticalNotes()
    record.meeting_points = []
    record.tasks = []
    record.task_rules = []
    return without_evaluation(record)


def without_evaluation(record: MissionRecord) -> MissionRecord:
    """`record` without what 0007 (evaluation responses, action plans) adds."""
    record.evaluation = []
    for part in record.participations:
        part.action_plan = ""
    return record


def test_a_database_at_revision_0002_upgrades_and_counts_writes_from_zero(tmp_path):
    # The fixture holds the rows today's code wrote, in the tables as 0002 left them.
    path = shutil.copyfile(fixture_path("0002"), tmp_path / "old.db")

    workspace = open_workspace(str(path))
    try:
        assert workspace.migration.upgraded_from == "0002"
        assert migrate.current_revision(workspace.engine) == migrate.head_revision()
        with workspace.engine.connect() as connection:
            assert change_counter.read(connection) == 0
        assert workspace.missions.load_record("23-IP-77-GE-OSM-A", with_identity=True) == as_at_0003(
            canonical_order(scripts_record())
        )
        workspace.programme.edit_item("s-i-kist", title="Visit to KIST (labs)")
        with workspace.engine.connect() as connection:
            assert change_counter.read(connection) == 1
    finally:
        workspace.close()


def test_a_database_at_revision_0003_keeps_its_missions_and_takes_meeting_ids_dress_codes_and_biographies(tmp_path):
    path = shutil.copyfile(fixture_path("0003"), tmp_path / "at-0003.db")
    workspace = open_workspace(str(path))
    try:
        assert workspace.migration.upgraded_from == "0003"
        before = as_at_0003(full_record())
        assert workspace.missions.load_record(before.mission.code, with_identity=True) == canonical_order(before)
        workspace.missions.add_record(full_record("23-IP-98-GE-OSM-A", prefix="n"))
        again = workspace.missions.load_record("23-IP-98-GE-OSM-A", with_identity=True)
        assert again == canonical_order(full_record("23-IP-98-GE-OSM-A", prefix="n"))
        assert {site.dress_code for site in again.sites} == {"Business attire", ""}
    finally:
        workspace.close()


def test_a_database_at_0003_with_missions_takes_meeting_points_pick_ups_and_notes(tmp_path):
    path = shutil.copyfile(fixture_path("0003"), tmp_path / "old.db")
    with closing(sqlite3.connect(path)) as connection:
        flights = connection.execute("SELECT count(*) FROM flight").fetchone()[0]
    assert flights > 0

    workspace = open_workspace(str(path))
    try:
        assert workspace.migration.upgraded_from == "0003"
        code = "23-IP-99-GE-OSM-A"
        record = workspace.missions.load_record(code)
        assert record.practical == PracticalNotes() and record.meeting_points == []
        assert all(flight.pickup is None for part in record.participations for flight in part.flights)
        notes = PracticalNotes(
            dress_code="Business attire", departure_transfer_minutes=180, host_office_uid="t-site-kpc"
        )
        workspace.missions.set_practical_notes(code, notes)
        points = [MeetingPoint("ICN", None, "2", "Exit 4", "", "Kim", "+82-10-5555-0123")]
        workspace.people.set_meeting_points(code, points)
        again = workspace.missions.load_record(code)
        assert again.practical == notes and again.meeting_points == points
        assert "t-site-kpc" in {site.uid for site in again.sites}  # the office travels with the mission
    finally:
        workspace.close()


def test_a_database_at_revision_0003_upgrades_and_its_people_get_an_empty_romanised_name(tmp_path):
    path = tmp_path / "r0003.db"
    engine = create_database_engine(str(path))
    migrate.upgrade(engine, "0003")
    with sqlite3.connect(path) as connection:
        connection.executescript(
            """
            insert into person (uid, family_name, given_name, country, organization, position, email, phone,
                home_timezone, dietary, notes, version)
            values ('p-sita', 'शर्मा', 'सीता', 'IN', 'NPC India', '', 'sita@example.org', '', '', '', '', 1);
            insert into person_identity (person_id, passport_number, passport_expiry, date_of_birth)
            values (1, 'Z1234567', '2030-01-31', '1985-06-02');
            """
        )
    engine.dispose()

    workspace = open_workspace(str(path))
    try:
        assert workspace.migration.upgraded_from == "0003"
        assert migrate.current_revision(workspace.engine) == migrate.head_revision()
        with sqlite3.connect(path) as connection:
            row = connection.execute(
                "select family_name, given_name, romanized_family_name, romanized_given_name, passport_number "
                "from person join person_identity on person_id = person.id"
            ).fetchone()
        assert row == ("शर्मा", "सीता", "", "", "Z1234567")
    finally:
        workspace.close()


def test_a_database_at_0006_with_missions_takes_tasks_and_keeps_them(tmp_path):
    from mission_planner.domain.tasks import TaskRuleOverride, TaskStatus, first_arrival

    path = shutil.copyfile(fixture_path("0006_visitor"), tmp_path / "old.db")
    workspace = open_workspace(str(path))
    try:
        assert workspace.migration.upgraded_from == "0006_visitor"
        code = "23-IP-12-GE-OSM-A"
        before = workspace.missions.load_record(code)
        assert before.tasks == [] and before.task_rules == []
        workspace.tasks.set_status(code, "certificates", TaskStatus.DONE, who="Kim", note="posted")
        workspace.tasks.set_rule(code, TaskRuleOverride("rooming_list", days=-10))
        again = workspace.missions.load_record(code)
        assert [(s.key, s.status, s.done_by, s.note) for s in again.tasks] == [
            ("certificates", TaskStatus.DONE, "Kim", "posted")
        ]
        assert again.task_rules == [TaskRuleOverride("rooming_list", days=-10)]
        tasks = {t.key: t for t in workspace.tasks.mission_tasks(code)}
        assert tasks["certificates"].status == TaskStatus.DONE
        assert tasks["rooming_list"].due == first_arrival(before) - timedelta(days=10)
    finally:
        workspace.close()
