"""Who earns a certificate of attendance under the mission's rule, and what keeps others out."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .attendees import AttendancePlan
from .enums import AttendanceStatus, ItemKind, Role, Status
from .people import Attendance
from .programme import Item
from .record import MissionRecord

# Breaks, meals and transfers are not sessions: nobody's certificate depends on lunch.
NOT_COUNTED = (ItemKind.BREAK, ItemKind.MEAL, ItemKind.TRANSFER)
CANDIDATE_STATUSES = (Status.ACCEPTED, Status.CONFIRMED)
TAKING_PART = (Status.NOMINATED, *CANDIDATE_STATUSES)


class Reason(StrEnum):
    NOT_RECORDED = "not_recorded"
    ABSENT = "absent"
    EXCUSE_REFUSED = "excuse_refused"
    EXCUSE_UNDECIDED = "excuse_undecided"
    TOO_FEW_MINUTES = "too_few_minutes"


@dataclass(frozen=True, slots=True)
class Shortfall:
    item_uid: str
    reason: Reason
    minutes: int | None = None
    needed_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Eligibility:
    person_uid: str
    shortfalls: tuple[Shortfall, ...] = field(default=())

    @property
    def eligible(self) -> bool:
        return not self.shortfalls


def counted_items(record: MissionRecord) -> list[Item]:
    return [item for item in record.items() if item.kind not in NOT_COUNTED]


def eligibility(record: MissionRecord) -> list[Eligibility]:
    """For every accepted or confirmed participant, in the record's order of people."""
    plan = AttendancePlan(record)
    marks = {(a.item_uid, a.person_uid): a for a in record.attendance}
    rule = record.mission.certificate_rule
    results = []
    for part in record.participations:
        if part.role != Role.PARTICIPANT or part.status not in CANDIDATE_STATUSES:
            continue
        items = [item for item in counted_items(record) if plan.attends(part.person_uid, item)]
        shortfalls = [
            shortfall
            for item in items
            if (shortfall := shortfall_of(item, marks.get((item.uid, part.person_uid)), rule.min_online_percent))
        ]
        if not rule.require_all_items and items:
            attended = len(items) - len(shortfalls)
            if Decimal(attended * 100) / len(items) >= rule.min_online_percent:
                shortfalls = []
        results.append(Eligibility(part.person_uid, tuple(shortfalls)))
    return results


class Group(StrEnum):
    """Why a participant has no certificate, in the words a coordinator groups them by."""

    NOT_ACCEPTED = "not_accepted"  # nominated only: not accepted or confirmed
    NO_ATTENDANCE = "no_attendance"  # accepted, but no attendance recorded for any of their items
    BELOW_THRESHOLD = "below_threshold"  # attendance recorded, short of the mission's rule


@dataclass(frozen=True, slots=True)
class CertificateCount:
    """How many of the participants taking part earn a certificate, and why the others do not.

    `participants` counts every participant nominated, accepted or confirmed (withdrawn and
    rejected people are not taking part); `groups` maps each `Group` to how many are in it.
    `all_items` and `min_percent` are the rule the threshold is made of.
    """

    participants: int
    eligible: int
    groups: dict[Group, int]
    all_items: bool
    min_percent: Decimal


def certificate_count(record: MissionRecord, results: list[Eligibility] | None = None) -> CertificateCount:
    results = eligibility(record) if results is None else results
    taking_part = [p for p in record.participations if p.role == Role.PARTICIPANT and p.status in TAKING_PART]
    groups: dict[Group, int] = {}
    not_accepted = sum(1 for p in taking_part if p.status not in CANDIDATE_STATUSES)
    if not_accepted:
        groups[Group.NOT_ACCEPTED] = not_accepted
    for result in results:
        if not result.eligible:
            group = _group(result)
            groups[group] = groups.get(group, 0) + 1
    rule = record.mission.certificate_rule
    eligible = sum(1 for result in results if result.eligible)
    return CertificateCount(len(taking_part), eligible, groups, rule.require_all_items, rule.min_online_percent)


def _group(result: Eligibility) -> Group:
    if all(shortfall.reason == Reason.NOT_RECORDED for shortfall in result.shortfalls):
        return Group.NO_ATTENDANCE
    return Group.BELOW_THRESHOLD


def shortfall_of(item: Item, mark: Attendance | None, min_percent: Decimal) -> Shortfall | None:
    if mark is None:
        return Shortfall(item.uid, Reason.NOT_RECORDED)
    if mark.status == AttendanceStatus.ABSENT:
        return Shortfall(item.uid, Reason.ABSENT, minutes=mark.minutes)
    if mark.status == AttendanceStatus.EXCUSED:
        if mark.excuse_accepted is None:
            return Shortfall(item.uid, Reason.EXCUSE_UNDECIDED)
        return None if mark.excuse_accepted else Shortfall(item.uid, Reason.EXCUSE_REFUSED)
    if item.is_online and mark.minutes is not None:
        needed = _minutes_needed(item.minutes, min_percent)
        if mark.minutes < needed:
            return Shortfall(item.uid, Reason.TOO_FEW_MINUTES, mark.minutes, needed)
    return None


def _minutes_needed(length: int, percent: Decimal) -> int:
    """The least whole number of minutes that is at least `percent` of `length`."""
    needed = Decimal(length) * percent / 100
    return int(needed.to_integral_value(rounding="ROUND_CEILING"))
