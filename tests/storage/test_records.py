"""A mission written into the tables reads back as the same value."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from mission_planner.domain.record import canonical_order
from mission_planner.errors import ConflictError, NotFoundError
from tests.factories import SCRIPT_PEOPLE, full_record, scripts_record


def test_a_mission_reads_back_equal_including_identity(workspace):
    record = full_record()
    workspace.missions.add_record(record)
    assert workspace.missions.load_record(record.mission.code, with_identity=True) == canonical_order(record)


def test_names_in_every_script_exact_money_and_aware_times_read_back_unchanged(workspace):
    record = scripts_record()
    workspace.missions.add_record(record)
    back = workspace.missions.load_record(record.mission.code, with_identity=True)

    assert back == canonical_order(record)
    people = {person.uid: person for person in back.people}
    for suffix, given, family, _country, organization in SCRIPT_PEOPLE:
        person = people[f"s-p-{suffix}"]
        assert (person.given_name, person.family_name, person.organization) == (given, family, organization)
    assert back.mission.title == "Study Mission on Productivity İstanbul–서울"
    assert [str(line.unit_cost) for line in back.budget_lines] == ["150000", "300.00", "1.5"]
    [certificate] = back.certificates
    assert certificate.issued_at.utcoffset().total_seconds() == 0
    assert certificate.issued_at.isoformat() == "2023-10-25T08:00:00+00:00"


def test_identity_data_is_not_read_unless_asked(workspace):
    record = full_record()
    workspace.missions.add_record(record)
    loaded = workspace.missions.load_record(record.mission.code)
    assert all(person.identity is None for person in loaded.people)


def test_people_and_sites_are_shared_between_missions(workspace):
    workspace.missions.add_record(full_record("23-IP-01-GE-OSM-A"))
    workspace.missions.add_record(full_record("23-IP-02-GE-OSM-A"))
    with workspace.engine.connect() as connection:
        assert connection.execute(text("select count(*) from person")).scalar() == 2
        assert connection.execute(text("select count(*) from site")).scalar() == 3
        assert connection.execute(text("select count(*) from mission")).scalar() == 2


def test_a_second_mission_with_the_same_code_is_refused(workspace):
    workspace.missions.add_record(full_record())
    with pytest.raises(ConflictError, match="already exists"):
        workspace.missions.add_record(full_record(prefix="other"))


def test_replacing_removes_everything_the_old_mission_owned(workspace):
    record = full_record()
    workspace.missions.add_record(record)
    smaller = full_record()
    smaller.days = smaller.days[:1]
    smaller.attendance = [a for a in smaller.attendance if a.item_uid != "t-i-online"]
    workspace.missions.add_record(smaller, replace=True)
    assert workspace.missions.load_record(record.mission.code, with_identity=True) == canonical_order(smaller)
    with workspace.engine.connect() as connection:
        assert connection.execute(text("select count(*) from item")).scalar() == 2
        assert connection.execute(text("select count(*) from attendance")).scalar() == 2


def test_a_failed_write_leaves_nothing_behind(workspace):
    record = full_record()
    record.attendance.append(record.attendance[0])  # violates the unique (item, person) pair
    with pytest.raises(IntegrityError):
        workspace.missions.add_record(record)
    assert workspace.missions.list_missions() == []
    with workspace.engine.connect() as connection:
        assert connection.execute(text("select count(*) from person")).scalar() == 0


def test_foreign_keys_are_enforced(workspace):
    with pytest.raises(IntegrityError), workspace.transaction() as session:
        session.exec(text("insert into day (mission_id, date, title) values (999, '2023-01-01', '')"))


def test_an_unknown_code_is_a_clear_error(workspace):
    with pytest.raises(NotFoundError, match="No mission with the code XX"):
        workspace.missions.load_record("XX")


def test_list_missions_counts_people(workspace):
    workspace.missions.add_record(full_record())
    [summary] = workspace.missions.list_missions()
    assert (summary.code, summary.people, summary.modality) == ("23-IP-99-GE-OSM-A", 2, "hybrid")


def test_a_copy_under_a_new_code_gets_its_own_item_uids(workspace):
    workspace.missions.add_record(full_record("23-IP-01-GE-OSM-A"))
    workspace.missions.add_record(full_record("23-IP-02-GE-OSM-A"))
    first = workspace.missions.load_record("23-IP-01-GE-OSM-A")
    copy = workspace.missions.load_record("23-IP-02-GE-OSM-A")
    assert {i.uid for i in first.items()}.isdisjoint({i.uid for i in copy.items()})
    assert {a.item_uid for a in copy.attendance} <= {i.uid for i in copy.items()}
    assert [i.title for i in first.items()] == [i.title for i in copy.items()]
