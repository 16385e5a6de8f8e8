"""What importing a notification does: a new mission, or a new revision of the notification of
the mission with its code, with the list of what changed."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ....domain.limits import MAX_SHORT_TEXT
from ....domain.mission import Mission, Revision
from ....domain.record import MissionRecord
from .changes import FieldChange, what_changed
from .dates import parse_date
from .mission_of import record_of, revised
from .reading import NotificationReading


@dataclass(frozen=True, slots=True)
class NotificationPlan:
    """`record` for a new mission; `mission` (with its new revision) for an existing one."""

    code: str
    record: MissionRecord | None = None
    mission: Mission | None = None
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.record is not None

    @property
    def revision(self) -> Revision | None:
        if self.mission is None or not self.changes:
            return None
        return max(self.mission.revisions, key=lambda r: r.number)


def plan_new(reading: NotificationReading) -> NotificationPlan:
    record = record_of(reading)
    return NotificationPlan(record.mission.code, record=record)


def plan_revision(current: Mission, reading: NotificationReading, today: date) -> NotificationPlan:
    reading = reading.with_text("code", current.code)
    new = revised(current, reading)
    changes = what_changed(current, new)
    if not changes:
        return NotificationPlan(current.code, mission=current)
    issued = parse_date(reading.texts.get("date_of_issue", ""))
    number = max((r.number for r in current.revisions), default=0) + 1
    clause = "; ".join(dict.fromkeys(change.clause for change in changes))
    if len(clause) > MAX_SHORT_TEXT:
        clause = clause[: MAX_SHORT_TEXT - 1] + "…"
    row = Revision(
        number=number,
        date_of_issue=issued if issued and issued != current.date_of_issue else today,
        clause=clause,
        modification="; ".join(str(change) for change in changes),
    )
    return NotificationPlan(current.code, mission=replace(new, revisions=[*current.revisions, row]), changes=changes)
