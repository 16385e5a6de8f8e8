"""Numbers, amounts, dates, lists and duplicates: each limit just inside and just outside."""

from datetime import date
from decimal import Decimal

import pytest

from mission_planner.domain.budget import ExchangeRate
from mission_planner.domain.duplicate import shift_problem
from mission_planner.domain.enums import AttendanceStatus
from mission_planner.domain.limits import MAX_MINUTES, MAX_PEOPLE, MAX_PROBLEMS_COLLECTED
from mission_planner.domain.people import Attendance
from mission_planner.domain.places import TravelTime
from mission_planner.domain.programme import ItemAssignment, ItemRole
from mission_planner.domain.validation import find_problems, is_timezone, line_problems, problems_and_total
from mission_planner.domain.value_limits import decimal_problem, value_problems
from tests.factories import full_record


def paths(record) -> set[str]:
    return {problem.path for problem in find_problems(record)}


@pytest.mark.parametrize(
    ("field", "inside", "outside"),
    [("overseas_quota", MAX_PEOPLE, MAX_PEOPLE + 1), ("local_quota", 0, -1)],
)
def test_quotas_stay_between_zero_and_the_people_limit(field, inside, outside):
    record = full_record()
    setattr(record.mission, field, inside)
    assert paths(record) == set()
    setattr(record.mission, field, outside)
    assert paths(record) == {f"mission.{field}"}


@pytest.mark.parametrize(("minutes", "ok"), [(0, True), (MAX_MINUTES, True), (MAX_MINUTES + 1, False), (-1, False)])
def test_minutes_of_travel_and_attendance(minutes, ok):
    record = full_record()
    record.travel_times[0].minutes = minutes
    assert (paths(record) == set()) is ok
    record = full_record()
    record.attendance[0].minutes = minutes
    assert (paths(record) == set()) is ok


def test_a_number_beyond_64_bits_is_refused():
    record = full_record()
    record.sites[0].capacity = 2**64
    assert paths(record) == {"sites[0].capacity"}


@pytest.mark.parametrize(
    ("amount", "reason"),
    [
        ("999999999999999.999999", None),
        ("1000000000000000", "15 digits before"),
        ("0.0000001", "6 digits after"),
        ("1e999999", "15 digits before"),
        ("9" * 5000, "15 digits before"),
        ("1E-999999", "6 digits after"),
        ("0", None),
    ],
)
def test_money_digits(amount, reason):
    message = decimal_problem(Decimal(amount))
    assert (message is None) if reason is None else (reason in message)


def test_a_budget_line_with_thousands_of_digits_is_named():
    record = full_record()
    record.budget_lines[0].unit_cost = Decimal("9" * 3000)
    assert paths(record) == {"budget_lines[0].unit_cost"}


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (date(1900, 1, 1), True),
        (date(2999, 12, 31), True),
        (date(1899, 12, 31), False),
        (date(3000, 1, 1), False),
        (date(1, 1, 1), False),
        (date(9999, 12, 31), False),
    ],
)
def test_every_date_falls_in_the_years_the_program_keeps(day, ok):
    record = full_record()
    record.people[0].identity.date_of_birth = day
    assert (paths(record) == set()) is ok


def test_latitude_must_be_a_real_coordinate():
    record = full_record()
    record.sites[0].latitude = float("nan")
    assert paths(record) == {"sites[0].latitude"}
    record.sites[0].latitude = 90.5
    assert paths(record) == {"sites[0].latitude"}


def test_a_list_longer_than_its_limit_is_refused_as_a_whole():
    record = full_record()
    record.people = record.people * (MAX_PEOPLE // len(record.people) + 1)
    assert [p.path for p in value_problems(record)] == ["people"]


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (
            lambda r: r.attendance.append(
                Attendance(r.attendance[0].item_uid, r.attendance[0].person_uid, AttendanceStatus.ABSENT)
            ),
            "attendance",
        ),
        (
            lambda r: r.assignments.append(
                ItemAssignment(r.assignments[0].item_uid, r.assignments[0].person_uid, False)
            ),
            "assignments",
        ),
        (lambda r: r.exchange_rates.append(ExchangeRate(r.exchange_rates[0].currency, Decimal("2"))), "exchange_rates"),
        (
            lambda r: r.travel_times.append(TravelTime(r.travel_times[0].to_uid, r.travel_times[0].from_uid, 5)),
            "travel_times",
        ),
        (
            lambda r: (
                r.days[0].items[0].roles.append(ItemRole(r.people[0].uid))
                or r.days[0].items[0].roles.append(ItemRole(r.people[0].uid))
            ),
            "days[0].items[0].roles",
        ),
        (lambda r: r.mission.revisions.append(r.mission.revisions[0]), "mission.revisions"),
    ],
)
def test_nothing_is_listed_twice(edit, where):
    record = full_record()
    edit(record)
    assert where in paths(record)


@pytest.mark.parametrize(
    "name", ["America", "Asia", "posix", "", "../etc", "/etc/localtime", "Asia/Seoul ", "x" * 300, "zone.tab"]
)
def test_folders_and_paths_of_the_zone_database_are_not_zones(name):
    assert not is_timezone(name)
    record = full_record()
    record.mission.timezone = name
    assert "mission.timezone" in paths(record)


@pytest.mark.parametrize("name", ["Asia/Seoul", "UTC", "America/Argentina/Buenos_Aires"])
def test_real_zones_are_zones(name):
    assert is_timezone(name)


def test_problems_are_collected_up_to_the_cap_and_counted_beyond_it():
    record = full_record()
    item, person = record.attendance[0].item_uid, record.people[0].uid
    record.attendance = [Attendance(item, f"{person}-{n}", AttendanceStatus.PRESENT) for n in range(3000)]
    assert len(find_problems(record)) == MAX_PROBLEMS_COLLECTED
    first, total = problems_and_total(record)
    assert len(first) == MAX_PROBLEMS_COLLECTED and total == 3000


def test_a_duplicate_may_not_move_dates_past_the_years_kept():
    record = full_record()
    assert shift_problem(record, date(2030, 1, 1)) is None
    length = record.mission.end_date - record.mission.start_date
    assert shift_problem(record, date(2999, 12, 31) - length) is None
    assert "outside the years" in shift_problem(record, date(9999, 12, 31))
    assert "outside the years" in shift_problem(record, date(1, 1, 1))


def test_a_budget_line_alone_is_held_to_the_money_limits():
    line = full_record().budget_lines[0]
    assert line_problems(line) == []
    line.quantity = Decimal(1_000_001)
    assert [(p.path, p.message) for p in line_problems(line, "line")] == [("line.quantity", "is more than 1,000,000")]
    line.quantity, line.unit_cost = Decimal(1), Decimal("1e999999")
    assert [p.path for p in line_problems(line)] == ["unit_cost"]
