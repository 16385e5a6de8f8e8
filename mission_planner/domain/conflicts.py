"""Planning conflicts: what would go wrong on the day if the programme stayed as it is.

Each conflict is a code with a severity, the items and people involved and parameters; the
front ends turn it into a sentence. Errors make the plan impossible (someone in two places at
once); warnings need a look (a visit outside opening hours).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import combinations, pairwise
from typing import Any

from .attendees import INACTIVE, AttendancePlan
from .enums import ItemKind, Role, Status
from .invitations import uninvited_nominees
from .programme import Item
from .record import MissionRecord


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    OVERLAP = "overlap"
    VENUE_DOUBLE_BOOKED = "venue_double_booked"
    DOUBLE_BOOKED = "double_booked"
    TRAVEL_TIME = "travel_time"
    OUTSIDE_MISSION_DATES = "outside_mission_dates"
    OUTSIDE_OPENING_HOURS = "outside_opening_hours"
    VISITOR_LIST_OVERDUE = "visitor_list_overdue"
    NOMINATIONS_CLOSE_AFTER_START = "nominations_close_after_start"
    QUOTA_EXCEEDED = "quota_exceeded"
    NOT_INVITED = "not_invited"
    TASK_OVERDUE = "task_overdue"  # from the mission's tasks (domain/tasks.py), added by the check


SEVERITY = {
    Code.OVERLAP: Severity.ERROR,
    Code.VENUE_DOUBLE_BOOKED: Severity.ERROR,
    Code.DOUBLE_BOOKED: Severity.ERROR,
    Code.TRAVEL_TIME: Severity.ERROR,
    Code.OUTSIDE_MISSION_DATES: Severity.ERROR,
    Code.OUTSIDE_OPENING_HOURS: Severity.WARNING,
    Code.VISITOR_LIST_OVERDUE: Severity.WARNING,
    Code.NOMINATIONS_CLOSE_AFTER_START: Severity.ERROR,
    Code.QUOTA_EXCEEDED: Severity.WARNING,
    Code.NOT_INVITED: Severity.WARNING,
    Code.TASK_OVERDUE: Severity.WARNING,
}


@dataclass(frozen=True, slots=True)
class Conflict:
    code: Code
    item_uids: tuple[str, ...] = ()
    person_uids: tuple[str, ...] = ()
    # What each code's parameters hold is the code's to say; readers know it by the code.
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.code]


@dataclass(frozen=True, slots=True)
class Booking:
    """A person's role in an item of another mission, for double bookings across missions."""

    person_uid: str
    mission_code: str
    title: str
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Slot:
    day: date
    item: Item
    start: datetime
    end: datetime


def find_conflicts(record: MissionRecord, *, today: date, bookings: Sequence[Booking] = ()) -> list[Conflict]:
    """Every conflict in the mission, errors first, then in programme order."""
    slots = [
        Slot(
            day.date,
            item,
            item.starts_at(day.date, record.mission.timezone),
            item.ends_at(day.date, record.mission.timezone),
        )
        for day in record.days
        for item in day.items
    ]
    plan = AttendancePlan(record)
    overlaps = list(_overlaps(slots, plan, groups_set=_groups_set(record)))
    found = [
        *_nominations(record),
        *_outside_dates(record, slots),
        *overlaps,
        *_venues(slots, overlaps),
        *_double_bookings(slots, bookings),
        *_travel_times(record, slots, plan),
        *_opening_hours(record, slots),
        *_visitor_lists(record, slots, today),
        *_quotas(record),
        *_invitations(record),
    ]
    order = {slot.item.uid: index for index, slot in enumerate(slots)}
    return sorted(
        found,
        key=lambda c: (c.severity != Severity.ERROR, min((order[u] for u in c.item_uids), default=-1)),
    )


def _overlaps(slots: list[Slot], plan: AttendancePlan, *, groups_set: bool) -> Iterable[Conflict]:
    """Two items at once are an overlap when someone attends both, and also before anyone is
    nominated when they are meant for the same people: an item for everyone is meant for every
    group, and items for two groups may share people until the delegation is split."""
    for first, second in combinations(slots, 2):
        if not _share_time(first, second):
            continue
        both = tuple(uid for uid in plan.attendees(first.item) if plan.attends(uid, second.item))
        audience = _common_audience(first.item, second.item, groups_set=groups_set)
        if both or audience is not None:
            yield Conflict(Code.OVERLAP, (first.item.uid, second.item.uid), both, audience or {})


def _common_audience(first: Item, second: Item, *, groups_set: bool) -> dict[str, object] | None:
    """Who both items are meant for, as the conflict's parameters, or None when nobody is:
    `group` "" for the whole delegation or the group both are for; `groups` when the two
    groups are not yet made up."""
    if not first.group or not second.group or first.group == second.group:
        return {"group": first.group or second.group}
    if not groups_set:
        return {"groups": (first.group, second.group)}
    return None


def _groups_set(record: MissionRecord) -> bool:
    """Whether the delegation has been split: someone taking part belongs to a group."""
    return any(part.group for part in record.participations if part.status not in INACTIVE)


def _share_time(first: Slot, second: Slot) -> bool:
    return first.start < second.end and second.start < first.end


def _venues(slots: list[Slot], overlaps: list[Conflict]) -> Iterable[Conflict]:
    """The same site or venue used by two items at once. A pair that overlaps already is left
    out: moving one item mends both. Transfers are on the road, not at their destination."""
    reported = {frozenset(c.item_uids) for c in overlaps}
    placed = [slot for slot in slots if slot.item.kind != ItemKind.TRANSFER]
    for first, second in combinations(placed, 2):
        if not _share_time(first, second) or frozenset((first.item.uid, second.item.uid)) in reported:
            continue
        place = _same_place(first.item, second.item)
        if place is not None:
            yield Conflict(Code.VENUE_DOUBLE_BOOKED, (first.item.uid, second.item.uid), (), place)


def _same_place(first: Item, second: Item) -> dict[str, object] | None:
    if first.site_uid and first.site_uid == second.site_uid:
        return {"site": first.site_uid}
    venue = _venue_key(first.venue)
    if venue and venue == _venue_key(second.venue):
        return {"venue": first.venue.strip()}
    return None


def _venue_key(venue: str) -> str:
    return " ".join(venue.casefold().split())


def _double_bookings(slots: list[Slot], bookings: Sequence[Booking]) -> Iterable[Conflict]:
    by_person = defaultdict(list)
    for booking in bookings:
        by_person[booking.person_uid].append(booking)
    for slot in slots:
        for role in slot.item.roles:
            for booking in by_person.get(role.person_uid, ()):
                if slot.start < booking.end and booking.start < slot.end:
                    yield Conflict(
                        Code.DOUBLE_BOOKED,
                        (slot.item.uid,),
                        (role.person_uid,),
                        {
                            "other_mission": booking.mission_code,
                            "other_title": booking.title,
                            "other_start": booking.start,
                            "other_end": booking.end,
                        },
                    )


def _travel_times(record: MissionRecord, slots: list[Slot], plan: AttendancePlan) -> Iterable[Conflict]:
    minutes = {}
    for travel in record.travel_times:
        minutes[(travel.from_uid, travel.to_uid)] = travel.minutes
        minutes.setdefault((travel.to_uid, travel.from_uid), travel.minutes)
    people_by_pair: dict[tuple[int, int], list[str]] = defaultdict(list)
    needed_by_pair: dict[tuple[int, int], int] = {}
    located = [(index, slot) for index, slot in enumerate(slots) if slot.item.site_uid and not slot.item.is_online]
    for part in record.participations:
        mine = sorted(
            ((i, s) for i, s in located if plan.attends(part.person_uid, s.item)), key=lambda pair: pair[1].start
        )
        for (i, before), (j, after) in pairwise(mine):
            if before.day != after.day or before.item.site_uid == after.item.site_uid:
                continue
            origin, destination = before.item.site_uid, after.item.site_uid
            if origin is None or destination is None:  # `located` holds only items with a site
                continue
            needed = minutes.get((origin, destination))
            gap = after.start - before.end
            # Overlapping items are an overlap conflict already; this one is about the journey.
            if needed is not None and timedelta(0) <= gap < timedelta(minutes=needed):
                people_by_pair[(i, j)].append(part.person_uid)
                needed_by_pair[(i, j)] = needed
    for (i, j), people in people_by_pair.items():
        before, after = slots[i], slots[j]
        yield Conflict(
            Code.TRAVEL_TIME,
            (before.item.uid, after.item.uid),
            tuple(people),
            {
                "needed_minutes": needed_by_pair[(i, j)],
                "available_minutes": int((after.start - before.end).total_seconds() // 60),
            },
        )


def _outside_dates(record: MissionRecord, slots: list[Slot]) -> Iterable[Conflict]:
    mission = record.mission
    for slot in slots:
        if not mission.start_date <= slot.day <= mission.end_date:
            yield Conflict(Code.OUTSIDE_MISSION_DATES, (slot.item.uid,), (), {"day": slot.day})


def _opening_hours(record: MissionRecord, slots: list[Slot]) -> Iterable[Conflict]:
    sites = {site.uid: site for site in record.sites}
    for slot in slots:
        site = sites.get(slot.item.site_uid or "")
        if site is None or not site.opening_hours:
            continue
        weekday = slot.day.weekday()
        that_day = [h for h in site.opening_hours if weekday in h.weekdays]
        if any(h.opens <= slot.item.start and slot.item.end <= h.closes for h in that_day):
            continue
        hours = [(h.opens, h.closes) for h in that_day]
        yield Conflict(Code.OUTSIDE_OPENING_HOURS, (slot.item.uid,), (), {"site": site.uid, "hours": hours})


def _visitor_lists(record: MissionRecord, slots: list[Slot], today: date) -> Iterable[Conflict]:
    sites = {site.uid: site for site in record.sites}
    for slot in slots:
        site = sites.get(slot.item.site_uid or "")
        if site is None or not site.visitor_list_required or site.visitor_list_days_before is None:
            continue
        due = slot.day - timedelta(days=site.visitor_list_days_before)
        if due < today <= slot.day:
            yield Conflict(Code.VISITOR_LIST_OVERDUE, (slot.item.uid,), (), {"site": site.uid, "due": due})


def _nominations(record: MissionRecord) -> Iterable[Conflict]:
    mission = record.mission
    closing = mission.nomination_closing_date
    if closing is not None and closing > mission.start_date:
        yield Conflict(Code.NOMINATIONS_CLOSE_AFTER_START, (), (), {"closing": closing, "start": mission.start_date})


ACCEPTED = (Status.ACCEPTED, Status.CONFIRMED)


def _quotas(record: MissionRecord) -> Iterable[Conflict]:
    mission = record.mission
    countries = {person.uid: person.country for person in record.people}
    accepted = [p for p in record.participations if p.role == Role.PARTICIPANT and p.status in ACCEPTED]
    local = [p.person_uid for p in accepted if countries.get(p.person_uid) == mission.host_country]
    overseas = [p.person_uid for p in accepted if countries.get(p.person_uid) != mission.host_country]
    for kind, quota, people in (("overseas", mission.overseas_quota, overseas), ("local", mission.local_quota, local)):
        if quota is not None and len(people) > quota:
            yield Conflict(Code.QUOTA_EXCEEDED, (), (), {"kind": kind, "quota": quota, "accepted": len(people)})


def _invitations(record: MissionRecord) -> Iterable[Conflict]:
    """Participants nominated from economies the Project Notification does not invite."""
    countries = {person.uid: person.country for person in record.people}
    nominees = [
        (part.person_uid, countries.get(part.person_uid, ""))
        for part in record.participations
        if part.role == Role.PARTICIPANT and part.status not in INACTIVE
    ]
    for found in uninvited_nominees(record.mission, nominees):
        params = {"country": found.country, "open_to_all": found.open_to_all}
        yield Conflict(Code.NOT_INVITED, (), found.people, params)
