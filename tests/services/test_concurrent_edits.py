"""Two people with the same database open: the second save of a row is refused, never silent.

Each test opens two workspaces on one database (a SQLite file, and PostgreSQL when a server is
given), as two desktop applications would.
"""

import threading
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from mission_planner.domain.enums import FlightDirection, ItemKind, Status
from mission_planner.domain.people import Flight
from mission_planner.domain.programme import Item
from mission_planner.errors import ConflictError, StaleEditError
from mission_planner.services import open_workspace, programme
from mission_planner.storage import records
from mission_planner.storage.engine import BUSY_TIMEOUT_MS
from mission_planner.storage.programme_rows import item_row
from tests.databases import copy_sqlite_template
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture
def ours_and_theirs(database):
    """Two workspaces on one database holding `full_record`, each having shown the mission."""
    ours, theirs = open_workspace(database), open_workspace(database)
    ours.missions.add_record(full_record())
    for workspace in (ours, theirs):
        workspace.missions.check(CODE)  # what the desktop application does to show the mission
    yield ours, theirs
    ours.close()
    theirs.close()


def _participation(workspace, person_uid):
    return next(p for p in workspace.missions.load_record(CODE).participations if p.person_uid == person_uid)


def _item(workspace, uid):
    return next(item for item in workspace.missions.load_record(CODE).items() if item.uid == uid)


def test_the_second_edit_of_an_item_is_refused_and_the_first_stays(ours_and_theirs):
    ours, theirs = ours_and_theirs
    theirs.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")

    with pytest.raises(StaleEditError) as refused:
        ours.programme.edit_item("t-i-kist", title="Visit to KIST and lunch")

    assert str(refused.value) == (
        "«Visit to KIST (labs)» was changed by someone else since you opened it; reload to see their change."
    )
    assert refused.value.what == "Visit to KIST (labs)"  # for the window to word in its language
    assert _item(theirs, "t-i-kist").title == "Visit to KIST (labs)"


def test_after_a_reload_the_edit_goes_through(ours_and_theirs):
    ours, theirs = ours_and_theirs
    theirs.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    ours.missions.check(CODE)  # the reload the message asks for

    ours.programme.edit_item("t-i-kist", venue="Building L1")

    item = _item(theirs, "t-i-kist")
    assert (item.title, item.venue) == ("Visit to KIST (labs)", "Building L1")


def test_one_can_go_on_editing_what_one_saved_oneself(ours_and_theirs):
    ours, _theirs = ours_and_theirs
    ours.programme.edit_item("t-i-kist", title="First")
    ours.programme.move_item("t-i-kist", date(2023, 10, 25), time(15))
    ours.programme.edit_item("t-i-kist", title="Second")
    assert _item(ours, "t-i-kist").title == "Second"


def test_moving_or_deleting_an_item_someone_else_changed_is_refused(ours_and_theirs):
    ours, theirs = ours_and_theirs
    theirs.programme.resize_item("t-i-online", time(10), time(12))

    with pytest.raises(StaleEditError, match="«Online briefing» was changed by someone else"):
        ours.programme.move_item("t-i-online", date(2023, 10, 25), time(8))
    with pytest.raises(StaleEditError):
        ours.programme.delete_item("t-i-online")

    item = _item(theirs, "t-i-online")
    assert (item.start, item.end) == (time(10), time(12))


def test_the_second_edit_of_a_budget_line_is_refused(ours_and_theirs):
    ours, theirs = ours_and_theirs
    line = next(line for line in ours.missions.load_record(CODE).budget_lines if line.uid == "t-b-bus")
    theirs.budget.save_budget_line(CODE, replace(line, notes="two buses"))

    with pytest.raises(StaleEditError, match="«Bus» was changed by someone else"):
        ours.budget.save_budget_line(CODE, replace(line, notes="one bus"))

    [stored] = [line for line in ours.missions.load_record(CODE).budget_lines if line.uid == "t-b-bus"]
    assert stored.notes == "two buses"


def test_the_second_change_of_a_persons_status_or_flight_is_refused(ours_and_theirs):
    ours, theirs = ours_and_theirs
    theirs.people.set_status(CODE, "t-p-sule", Status.WITHDRAWN, on=date(2023, 10, 2))
    flights_before = _participation(theirs, "t-p-sule").flights

    with pytest.raises(StaleEditError, match="«Şule Yılmaz» was changed by someone else"):
        ours.people.set_status(CODE, "t-p-sule", Status.REJECTED, on=date(2023, 10, 3))
    flight = Flight(
        FlightDirection.ARRIVAL, "GMP", datetime(2023, 10, 23, 18, 40, tzinfo=ZoneInfo("Asia/Seoul")), "TK092"
    )
    with pytest.raises(StaleEditError, match="«Şule Yılmaz»"):
        ours.people.set_flight(CODE, "t-p-sule", flight)

    part = _participation(theirs, "t-p-sule")
    assert (part.status, part.flights) == (Status.WITHDRAWN, flights_before)


def test_flights_count_as_a_change_of_the_person(ours_and_theirs):
    ours, theirs = ours_and_theirs
    flight = Flight(
        FlightDirection.DEPARTURE, "ICN", datetime(2023, 10, 26, 10, 0, tzinfo=ZoneInfo("Asia/Seoul")), "TK091"
    )
    theirs.people.set_flight(CODE, "t-p-kim", flight)

    with pytest.raises(StaleEditError, match="«민준 김» was changed by someone else"):
        ours.people.set_status(CODE, "t-p-kim", Status.CONFIRMED, on=date(2023, 9, 3))


def test_a_write_that_loses_the_race_in_the_database_is_refused(database):
    """Both read the item at the same moment; PostgreSQL lets only the first write through."""
    if not database.startswith("postgresql"):
        pytest.skip("on SQLite writers take turns: see the test below")
    ours, theirs = open_workspace(database), open_workspace(database)
    ours.missions.add_record(full_record())
    try:
        with pytest.raises(StaleEditError, match="at the same moment"), ours.transaction() as session:
            row = item_row(session, "t-i-kist")
            theirs.programme.edit_item("t-i-kist", title="Theirs")
            row.title = "Ours"
        assert _item(theirs, "t-i-kist").title == "Theirs"
    finally:
        ours.close()
        theirs.close()


def test_on_sqlite_a_second_writer_waits_its_turn_then_writes(sqlite_template, tmp_path):
    """A writing transaction takes SQLite's write lock when it begins (`BEGIN IMMEDIATE`): the
    second writer waits (under the busy timeout) instead of being refused as busy."""
    database = copy_sqlite_template(sqlite_template, tmp_path / "turns.db")
    ours, theirs = open_workspace(database), open_workspace(database)
    ours.missions.add_record(full_record())
    done = threading.Event()
    try:
        with ours.transaction() as session:
            row = item_row(session, "t-i-kist")
            second = threading.Thread(
                target=lambda: (theirs.programme.edit_item("t-i-kist", title="Theirs"), done.set())
            )
            second.start()
            assert not done.wait(0.5)  # waiting for our write lock
            row.title = "Ours"
        second.join(timeout=BUSY_TIMEOUT_MS / 1000)
        assert done.is_set()
        assert _item(ours, "t-i-kist").title == "Theirs"  # theirs came second, and was written
        # A read does not wait for a writer: it reads what was committed.
        with ours.transaction() as held, theirs.transaction(writes=False) as reading:
            item_row(held, "t-i-kist").title = "Held"
            held.flush()
            assert item_row(reading, "t-i-kist").title == "Theirs"
    finally:
        ours.close()
        theirs.close()


def test_the_second_edit_of_a_site_is_refused(ours_and_theirs):
    ours, theirs = ours_and_theirs
    [kist] = [site for site in ours.sites.list_sites() if site.uid == "t-site-kist"]  # the Sites tab's read
    theirs.sites.save_site(replace(kist, city="Seoul"))

    with pytest.raises(StaleEditError, match="«Korea Institute of Science and Technology» was changed"):
        ours.sites.save_site(replace(kist, capacity=50))

    [stored] = [site for site in theirs.sites.list_sites() if site.uid == "t-site-kist"]
    assert (stored.city, stored.capacity) == ("Seoul", 40)


def test_one_can_go_on_changing_a_persons_travel_after_saving_it(ours_and_theirs):
    ours, _theirs = ours_and_theirs
    flight = Flight(
        FlightDirection.ARRIVAL, "GMP", datetime(2023, 10, 23, 9, 5, tzinfo=ZoneInfo("Asia/Seoul")), "KE1102"
    )
    ours.people.set_flight(CODE, "t-p-sule", flight)
    ours.people.set_stays(CODE, "t-p-sule", [])
    ours.people.set_status(CODE, "t-p-sule", Status.WITHDRAWN, on=date(2023, 10, 2))
    part = _participation(ours, "t-p-sule")
    assert (part.status, part.stays) == (Status.WITHDRAWN, [])


def test_two_adding_the_first_item_of_an_empty_day_at_once_both_succeed(database):
    """The second writer's day is the one the first made (insert-or-get), not a second day that
    the database refuses: it waits for the first to commit, then finds its day."""
    ours, theirs = open_workspace(database), open_workspace(database)
    ours.missions.add_record(full_record())
    empty_day = date(2023, 10, 26)
    done = threading.Event()
    mission_id = ours.missions.mission_id(CODE)
    try:
        with ours.transaction() as session:
            ours_item = Item("", ItemKind.PRESENTATION, "Ours", time(9), time(10))
            programme.add_item(session, mission_id, empty_day, ours_item)
            second = threading.Thread(
                target=lambda: (
                    theirs.programme.add_item(
                        CODE, empty_day, Item("", ItemKind.PRESENTATION, "Theirs", time(11), time(12))
                    ),
                    done.set(),
                )
            )
            second.start()
            second.join(0.5)
        second.join(timeout=BUSY_TIMEOUT_MS / 1000)
        assert done.is_set()
        [day] = [day for day in ours.missions.load_record(CODE).days if day.date == empty_day]
        assert [item.title for item in day.items] == ["Ours", "Theirs"]
    finally:
        ours.close()
        theirs.close()


def test_two_creating_the_same_mission_at_once_one_is_refused_cleanly(database):
    """The second writer checked that the code was free before the first committed: PostgreSQL
    then refuses its row on the unique code, which comes out as a stale edit, never a raw
    IntegrityError; on SQLite it waits its turn and finds the code taken."""
    ours, theirs = open_workspace(database), open_workspace(database)
    outcome: list[BaseException | None] = []

    def second() -> None:
        try:
            theirs.missions.add_record(full_record())
            outcome.append(None)
        except BaseException as error:  # what the window would show
            outcome.append(error)

    try:
        with ours.transaction() as session:
            records.insert_record(session, full_record())
            thread = threading.Thread(target=second)
            thread.start()
            thread.join(0.5)
        thread.join(timeout=BUSY_TIMEOUT_MS / 1000)
        [error] = outcome
        expected = StaleEditError if database.startswith("postgresql") else ConflictError
        assert isinstance(error, expected), repr(error)
        assert [summary.code for summary in ours.missions.list_missions()] == [CODE]
    finally:
        ours.close()
        theirs.close()
