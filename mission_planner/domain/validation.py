"""Checks that a whole mission holds together: references resolve, times run forward.

These are faults that make a mission unusable, found before anything is written. Planning
problems (overlaps, travel time, quotas) are conflicts, reported by `check`, not here.
"""

from __future__ import annotations

from collections import Counter
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .budget import BudgetLine
from .enums import QuantityBasis
from .problems import Problem
from .record import MissionRecord
from .rules import is_category, rule_set_problems


def is_timezone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def find_problems(record: MissionRecord) -> list[Problem]:
    problems: list[Problem] = []
    problems += _mission_problems(record)
    problems += _duplicate_uids(record)
    problems += _programme_problems(record)
    problems += _people_problems(record)
    problems += _reference_problems(record)
    problems += _budget_problems(record)
    return problems


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
        found += [Problem(f"rule_set.{p.path}", p.message) for p in rule_set_problems(record.rule_set)]
    return found


def line_problems(line: BudgetLine, path: str = "") -> list[Problem]:
    """What is wrong with one budget line; paths start with `path`."""
    at = f"{path}." if path else ""
    found = []
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
    if not mission.code.strip():
        found.append(Problem("mission.code", "is empty"))
    if not mission.title.strip():
        found.append(Problem("mission.title", "is empty"))
    if mission.end_date < mission.start_date:
        found.append(Problem("mission.end_date", f"{mission.end_date} is before the start {mission.start_date}"))
    if not is_timezone(mission.timezone):
        found.append(Problem("mission.timezone", f"{mission.timezone!r} is not an IANA time zone"))
    numbers = Counter(revision.number for revision in mission.revisions)
    found += [Problem("mission.revisions", f"revision {n} appears twice") for n, c in numbers.items() if c > 1]
    return found


def _duplicate_uids(record: MissionRecord) -> list[Problem]:
    groups = {
        "days[].items": [item.uid for item in record.items()],
        "people": [person.uid for person in record.people],
        "sites": [site.uid for site in record.sites],
        "budget_lines": [line.uid for line in record.budget_lines],
        "participations": [part.person_uid for part in record.participations],
    }
    return [
        Problem(where, f"{uid} appears {count} times")
        for where, uids in groups.items()
        for uid, count in Counter(uids).items()
        if count > 1
    ]


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
    for name, marks in (("assignments", record.assignments), ("attendance", record.attendance)):
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
