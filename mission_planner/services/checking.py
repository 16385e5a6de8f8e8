"""The `check` use case: a mission's conflicts, with bookings in the other missions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from ..domain.conflicts import Booking, Code, Conflict, Severity, find_conflicts
from ..domain.record import MissionRecord
from ..storage import records, repositories
from .task_rules import record_tasks


@dataclass(frozen=True, slots=True)
class CheckReport:
    record: MissionRecord
    conflicts: list[Conflict]
    # The roles of the mission's people in other missions' items, so that a proposed change
    # (the window's drag of a block) is checked with the same rules without reading them again.
    bookings: list[Booking] = field(default_factory=list)

    @property
    def errors(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.severity == Severity.WARNING]


def check_mission(session: Session, mission_id: int, today: date, *, tasks: bool = True) -> CheckReport:
    record = records.load_record(session, mission_id)
    people = [person.uid for person in record.people]
    bookings = [
        Booking(
            b.person_uid,
            b.mission_code,
            b.title,
            datetime.combine(b.day, b.start, ZoneInfo(b.timezone)),
            datetime.combine(b.day, b.end, ZoneInfo(b.timezone)),
        )
        for b in repositories.role_bookings(session, people, except_mission=mission_id)
    ]
    conflicts = find_conflicts(record, today=today, bookings=bookings)
    if tasks:
        conflicts += _overdue_tasks(session, record, today, conflicts)
    return CheckReport(record, conflicts, bookings)


def _overdue_tasks(session: Session, record: MissionRecord, today: date, found: list[Conflict]) -> list[Conflict]:
    """The mission's open tasks past their due date, as warnings (a visitor list the programme's
    own check already warns about is not said twice)."""
    warned_sites = {c.params["site"] for c in found if c.code == Code.VISITOR_LIST_OVERDUE}
    return [
        Conflict(
            Code.TASK_OVERDUE,
            params={"task": task.key, "what": task.what, "site": task.site_uid, "due": task.due},
        )
        for task in record_tasks(session, record)
        if task.overdue(today) and not (task.key == "visitor_list" and task.site_uid in warned_sites)
    ]
