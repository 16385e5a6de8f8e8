"""The figures of a mission's completion report, computed from the record alone.

Each figure rests on the same rule as the command that prints it on its own: who attends a
session is the attendance plan's answer, a session attended is one the certificate rule counts
as attended (present, and long enough online), and the budget is the `BudgetReport` that
`budget` prints, so the report never disagrees with `certificates` or `budget`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .attendees import AttendancePlan
from .certificates import CANDIDATE_STATUSES, counted_items, shortfall_of
from .enums import AttendanceStatus, Role
from .programme import Item
from .record import MissionRecord


@dataclass(frozen=True, slots=True)
class SessionAttendance:
    """How the participants expected at one session came: `expected` candidates the plan puts
    there, `attended` of them present (online, for long enough), `excused`, and `unrecorded`."""

    item: Item
    expected: int
    attended: int
    excused: int
    absent: int
    unrecorded: int

    @property
    def rate(self) -> Decimal | None:
        """The percentage attended to one place, or None when no one is expected or nothing is recorded."""
        if not self.expected or self.unrecorded == self.expected:
            return None
        return (Decimal(self.attended * 100) / self.expected).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def session_attendance(record: MissionRecord) -> list[SessionAttendance]:
    """One row per session that counts for a certificate, in programme order."""
    plan = AttendancePlan(record)
    marks = {(a.item_uid, a.person_uid): a for a in record.attendance}
    percent = record.mission.certificate_rule.min_online_percent
    candidates = [
        part.person_uid
        for part in record.participations
        if part.role == Role.PARTICIPANT and part.status in CANDIDATE_STATUSES
    ]
    rows = []
    for item in counted_items(record):
        expected = [uid for uid in candidates if plan.attends(uid, item)]
        attended = excused = absent = unrecorded = 0
        for uid in expected:
            mark = marks.get((item.uid, uid))
            if mark is None:
                unrecorded += 1
            elif mark.status == AttendanceStatus.EXCUSED:
                excused += 1
            elif shortfall_of(item, mark, percent) is None:
                attended += 1
            else:
                absent += 1
        rows.append(SessionAttendance(item, len(expected), attended, excused, absent, unrecorded))
    return rows


def people_by_economy_and_role(record: MissionRecord) -> dict[str, dict[Role, int]]:
    """How many people took part (accepted or confirmed: a nomination never accepted did not)
    from each economy in each role."""
    countries = {person.uid: person.country for person in record.people}
    table: dict[str, dict[Role, int]] = {}
    for part in record.participations:
        if part.status not in CANDIDATE_STATUSES:
            continue
        row = table.setdefault(countries.get(part.person_uid, ""), {})
        row[part.role] = row.get(part.role, 0) + 1
    return table
