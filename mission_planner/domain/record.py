"""A whole mission as one value: what is exported, imported, and snapshotted for documents."""

from __future__ import annotations

from dataclasses import dataclass, field

from .budget import BudgetLine, ExchangeRate, RuleSet
from .enums import Role
from .mission import Attachment, IssuedCertificate, LogEntry, Mission
from .people import Attendance, Participation, Person
from .places import Site, TravelTime
from .programme import Day, Item, ItemAssignment


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
