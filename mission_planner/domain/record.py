"""A whole mission as one value: what is exported, imported, and snapshotted for documents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from .budget import BudgetLine, ExchangeRate, RuleSet
from .enums import Role
from .evaluation import EvaluationResponse
from .mission import Attachment, IssuedCertificate, LogEntry, Mission
from .people import Attendance, Participation, Person
from .places import Site, TravelTime
from .practical import MeetingPoint, PracticalNotes
from .programme import Day, Item, ItemAssignment
from .tasks import TaskRuleOverride, TaskState


@dataclass(slots=True)
class MissionRecord:
    """The mission with everything that belongs to it and the people and places it refers to."""

    mission: Mission
    days: list[Day] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    assignments: list[ItemAssignment] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    travel_times: list[TravelTime] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    exchange_rates: list[ExchangeRate] = field(default_factory=list)
    rule_set: RuleSet | None = None
    certificates: list[IssuedCertificate] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    practical: PracticalNotes = field(default_factory=PracticalNotes)
    meeting_points: list[MeetingPoint] = field(default_factory=list)
    evaluation: list[EvaluationResponse] = field(default_factory=list)
    tasks: list[TaskState] = field(default_factory=list)
    task_rules: list[TaskRuleOverride] = field(default_factory=list)

    def items(self) -> list[Item]:
        return [item for day in self.days for item in day.items]

    def person(self, uid: str) -> Person:
        for person in self.people:
            if person.uid == uid:
                return person
        raise KeyError(uid)

    def count_people(self, *roles: Role) -> int:
        if not roles:
            return len(self.participations)
        return sum(1 for p in self.participations if p.role in roles)


def canonical_order(record: MissionRecord) -> MissionRecord:
    """Sort every collection whose order carries no meaning, so equal missions look equal.

    Lists whose order the coordinator chose (speakers of an item, budget lines, status history)
    keep it. Sorts in place and returns the record.
    """
    mission = record.mission
    mission.revisions.sort(key=lambda r: r.number)
    record.days.sort(key=lambda d: d.date)
    for day in record.days:
        day.items.sort(key=lambda i: (i.start, i.end, i.uid))
    record.people.sort(key=lambda p: (p.family_name, p.given_name, p.uid))
    order = {person.uid: index for index, person in enumerate(record.people)}
    record.participations.sort(key=lambda part: order.get(part.person_uid, len(order)))
    for part in record.participations:
        part.flights.sort(key=lambda f: (f.scheduled, f.direction))
        part.stays.sort(key=lambda s: (s.check_in, s.check_out))
    record.assignments.sort(key=lambda a: (a.item_uid, a.person_uid))
    record.attendance.sort(key=lambda a: (a.item_uid, a.person_uid))
    record.sites.sort(key=lambda s: (s.name_en, s.uid))
    record.travel_times.sort(key=lambda t: (t.from_uid, t.to_uid))
    record.exchange_rates.sort(key=lambda r: r.currency)
    record.certificates.sort(key=lambda c: c.serial)
    record.attachments.sort(key=lambda a: (a.kind, a.filename))
    record.log.sort(key=lambda e: e.at)
    record.meeting_points.sort(key=lambda m: (m.airport, m.on_date or date.min))
    record.evaluation.sort(key=lambda r: r.number)
    record.tasks.sort(key=lambda t: (t.key, t.site_uid))
    record.task_rules.sort(key=lambda r: r.key)
    return record


def renew_owned_uids(record: MissionRecord, taken: set[str]) -> MissionRecord:
    """Give the mission's own things (mission, items, budget lines, rule set) new uids where
    `taken` already holds theirs, as when a copy of a mission is imported under a new code.

    New uids derive from the code and the old uid, so importing the same file twice agrees.
    People and sites are shared between missions and keep their uids.
    """
    namespace = uuid.UUID("8d6f0a8e-4a4b-4c1e-9a57-0f3c3d1f6b2e")

    def renew(uid: str) -> str:
        return str(uuid.uuid5(namespace, f"{record.mission.code}/{uid}")) if uid in taken else uid

    record.mission.uid = renew(record.mission.uid)
    renamed: dict[str, str] = {}
    for item in record.items():
        renamed[item.uid] = renew(item.uid)
        item.uid = renamed[item.uid]
    marks: list[ItemAssignment | Attendance] = [*record.assignments, *record.attendance]
    for mark in marks:
        mark.item_uid = renamed.get(mark.item_uid, mark.item_uid)
    for response in record.evaluation:
        for answer in response.answers:
            if answer.item_uid is not None:
                answer.item_uid = renamed.get(answer.item_uid, answer.item_uid)
    for line in record.budget_lines:
        line.uid = renew(line.uid)
    if record.rule_set is not None:
        record.rule_set.uid = renew(record.rule_set.uid)
    return record


def owned_uids(record: MissionRecord) -> set[str]:
    """The uids of the things that belong to this mission alone."""
    uids = {record.mission.uid, *(item.uid for item in record.items()), *(line.uid for line in record.budget_lines)}
    if record.rule_set is not None:
        uids.add(record.rule_set.uid)
    return uids
