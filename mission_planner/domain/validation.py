"""Checks that a whole mission holds together: references resolve, times run forward.

These are faults that make a mission unusable, found before anything is written. Planning
problems (overlaps, travel time, quotas) are conflicts, reported by `check`, not here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import chain, islice
from zoneinfo import available_timezones

from .budget import BudgetLine
from .codes import code_problem
from .enums import QuantityBasis
from .limits import MAX_PROBLEMS_COLLECTED
from .people import Attendance
from .problems import Problem
from .programme import ItemAssignment
from .record import MissionRecord
from .rules import is_category, rule_set_problems
from .text_limits import text_problems
from .value_limits import decimal_bounds, decimal_problem, iter_value_problems


@cache
def _timezones() -> frozenset[str]:
    return frozenset(available_timezones() | {"UTC"})


def is_timezone(name: str) -> bool:
    """Whether `name` is an IANA zone such as Asia/Seoul (not a folder of the database like
    `America`, not a path)."""
    return name in _timezones()


def find_problems(record: MissionRecord) -> list[Problem]:
    """The first MAX_PROBLEMS_COLLECTED problems of the mission (see `problems_and_total`)."""
    return list(islice(iter_problems(record), MAX_PROBLEMS_COLLECTED))


def problems_and_total(record: MissionRecord, cap: int = MAX_PROBLEMS_COLLECTED) -> tuple[list[Problem], int]:
    """The first `cap` problems, and how many there are in all (counted, not kept)."""
    found = iter_problems(record)
    first = list(islice(found, cap))
    return first, len(first) + sum(1 for _ in found)


def iter_problems(record: MissionRecord) -> Iterator[Problem]:
    """Every fault of the mission, sizes first: a mission with an oversized list or text is
    not looked at further, so a hostile file costs no more than its first check."""
    sizes = list(islice(chain(iter_value_problems(record), text_problems(record)), MAX_PROBLEMS_COLLECTED))
    if sizes:
        yield from sizes
        return
    yield from _mission_problems(record)
    yield from _duplicate_uids(record)
    yield from _programme_problems(record)
    yield from _people_problems(record)
    yield from _reference_problems(record)
    yield from _budget_problems(record)


def _budget_problems(record: MissionRecord) -> list[Problem]:
    found = []
    for n, line in enumerate(record.budget_lines):
        found += line_problems(line, f"budget_lines[{n}]")
    for n, rate in enumerate(record.exchange_rates):
        if rate.rate <= 0:
            found.append(Problem(f"exchange_rates[{n}].rate", "must be more than 0"))
        if not _is_currency(rate.currency):
            found.append(Problem(f"exchange_rates[{n}].currency", f"{rate.currency!r} is not an ISO 4217 code"))
    if not _is_currency(record.mission.reporting_currency):
        found.append(Problem("mission.reporting_currency", "is not an ISO 4217 code"))
    if record.rule_set is not None:
        found += [
            Problem(f"rule_set.{p.path}", p.message, p.code, p.params) for p in rule_set_problems(record.rule_set)
        ]
    return found


def line_problems(line: BudgetLine, path: str = "") -> list[Problem]:
    """What is wrong with one budget line; paths start with `path`."""
    at = f"{path}." if path else ""
    found = [
        Problem(f"{at}{name}", message)
        for name in ("unit_cost", "quantity", "actual_amount")
        if (amount := getattr(line, name)) is not None
        and (message := decimal_problem(amount, decimal_bounds(BudgetLine, name)[0])) is not None
    ]
    if found:
        return found
    if not is_category(line.category):
        found.append(Problem(f"{at}category", f"{line.category!r} is not a budget category"))
    if line.unit_cost < 0:
        found.append(Problem(f"{at}unit_cost", "cannot be negative"))
    if line.quantity is not None and line.quantity < 0:
        found.append(Problem(f"{at}quantity", "cannot be negative"))
    if line.basis == QuantityBasis.TYPED and line.quantity is None:
        found.append(Problem(f"{at}quantity", "a typed quantity is missing"))
    if line.actual_amount is not None and line.actual_amount < 0:
        found.append(Problem(f"{at}actual_amount", "cannot be negative"))
    if not _is_currency(line.currency):
        found.append(Problem(f"{at}currency", f"{line.currency!r} is not an ISO 4217 code"))
    return found


def _is_currency(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code.isupper()


def _mission_problems(record: MissionRecord) -> list[Problem]:
    mission = record.mission
    found = []
    bad_code = code_problem(mission.code)
    if bad_code is not None:
        found.append(Problem("mission.code", bad_code))
    if not mission.title.strip():
        found.append(Problem("mission.title", "is empty"))
    if mission.end_date < mission.start_date:
        found.append(Problem("mission.end_date", f"{mission.end_date} is before the start {mission.start_date}"))
    if not is_timezone(mission.timezone):
        found.append(Problem("mission.timezone", f"{mission.timezone!r} is not an IANA time zone"))
    numbers = Counter(revision.number for revision in mission.revisions)
    found += [Problem("mission.revisions", f"revision {n} appears twice") for n, c in numbers.items() if c > 1]
    return found


def _duplicate_uids(record: MissionRecord) -> Iterator[Problem]:
    """Anything listed twice: a uid, a mark for the same person at the same item, a rate for
    the same currency, a travel time for the same pair of places (either way round)."""
    groups: dict[str, Iterable[object]] = {
        "days[].items": (item.uid for item in record.items()),
        "people": (person.uid for person in record.people),
        "sites": (site.uid for site in record.sites),
        "budget_lines": (line.uid for line in record.budget_lines),
        "participations": (part.person_uid for part in record.participations),
        "assignments": ((mark.item_uid, mark.person_uid) for mark in record.assignments),
        "attendance": ((mark.item_uid, mark.person_uid) for mark in record.attendance),
        "exchange_rates": (rate.currency for rate in record.exchange_rates),
        "travel_times": (tuple(sorted((t.from_uid, t.to_uid))) for t in record.travel_times),
        "certificates": (certificate.serial for certificate in record.certificates),
        "certificates[].person_uid": (certificate.person_uid for certificate in record.certificates),
        "attachments": ((a.kind, a.filename) for a in record.attachments),
    }
    for d, day in enumerate(record.days):
        for i, item in enumerate(day.items):
            groups[f"days[{d}].items[{i}].roles"] = ((role.person_uid, role.role) for role in item.roles)
    for where, keys in groups.items():
        for key, count in Counter(keys).items():
            if count > 1:
                shown = " / ".join(map(str, key)) if isinstance(key, tuple) else key
                yield Problem(where, f"{shown} appears {count} times")


def _programme_problems(record: MissionRecord) -> list[Problem]:
    found = []
    dates = Counter(day.date for day in record.days)
    found += [Problem("days", f"{d} appears {c} times") for d, c in dates.items() if c > 1]
    for d, day in enumerate(record.days):
        for i, item in enumerate(day.items):
            if item.end <= item.start:
                path = f"days[{d}].items[{i}].end"
                found.append(Problem(path, f"{item.title!r} ends at {item.end:%H:%M}, not after its start"))
    return found


def _people_problems(record: MissionRecord) -> list[Problem]:
    found = []
    for p, person in enumerate(record.people):
        if person.home_timezone and not is_timezone(person.home_timezone):
            found.append(Problem(f"people[{p}].home_timezone", f"{person.home_timezone!r} is not an IANA time zone"))
        if not (len(person.country) == 2 and person.country.isalpha() and person.country.isupper()):
            found.append(Problem(f"people[{p}].country", f"{person.country!r} is not an ISO 3166 alpha-2 code"))
    for p, part in enumerate(record.participations):
        for s, stay in enumerate(part.stays):
            if stay.check_out < stay.check_in:
                found.append(Problem(f"participations[{p}].stays[{s}].check_out", "is before the check-in"))
        for f, flight in enumerate(part.flights):
            if flight.pickup is not None and flight.pickup >= flight.scheduled:
                found.append(Problem(f"participations[{p}].flights[{f}].pickup", "is not before the flight"))
    seen: set[tuple[str, object]] = set()
    for m, point in enumerate(record.meeting_points):
        key = (point.airport.upper(), point.on_date)
        if key in seen:
            found.append(Problem(f"meeting_points[{m}]", "repeats the meeting point of that airport and day"))
        seen.add(key)
    return found


def _reference_problems(record: MissionRecord) -> list[Problem]:
    people = {person.uid for person in record.people}
    sites = {site.uid for site in record.sites}
    items = {item.uid for item in record.items()}
    refs: list[tuple[str, str | None, set[str], str]] = []
    for d, day in enumerate(record.days):
        for i, item in enumerate(day.items):
            refs.append((f"days[{d}].items[{i}].site_uid", item.site_uid, sites, "site"))
            for r, role in enumerate(item.roles):
                refs.append((f"days[{d}].items[{i}].roles[{r}].person_uid", role.person_uid, people, "person"))
    for p, part in enumerate(record.participations):
        refs.append((f"participations[{p}].person_uid", part.person_uid, people, "person"))
        for s, stay in enumerate(part.stays):
            refs.append((f"participations[{p}].stays[{s}].hotel_uid", stay.hotel_uid, sites, "site"))
    refs.append(("practical.host_office_uid", record.practical.host_office_uid, sites, "site"))
    groups: tuple[tuple[str, Sequence[ItemAssignment | Attendance]], ...] = (
        ("assignments", record.assignments),
        ("attendance", record.attendance),
    )
    for name, marks in groups:
        for n, mark in enumerate(marks):
            refs.append((f"{name}[{n}].item_uid", mark.item_uid, items, "item"))
            refs.append((f"{name}[{n}].person_uid", mark.person_uid, people, "person"))
    for n, travel in enumerate(record.travel_times):
        refs.append((f"travel_times[{n}].from_uid", travel.from_uid, sites, "site"))
        refs.append((f"travel_times[{n}].to_uid", travel.to_uid, sites, "site"))
    for n, certificate in enumerate(record.certificates):
        refs.append((f"certificates[{n}].person_uid", certificate.person_uid, people, "person"))
    return [
        Problem(path, f"no {kind} with uid {uid} in this file")
        for path, uid, known, kind in refs
        if uid is not None and uid not in known
    ]
