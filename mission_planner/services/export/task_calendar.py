"""The coordinator's own calendar (RFC 5545): every task of every open mission, as a short
event at nine in the morning of its due day in the coordinator's time zone, the host
organization's (with its VTIMEZONE: a whole-day event is floating time, which some calendar
programs place on the wrong day). The deadlines are the coordinator's, wherever a mission is.

A task's UID derives from its mission's uid, its rule and its site, so it stays the same while
the task's due date moves or its state changes; SEQUENCE is the task's, which rises each time its
due date moves or its state is changed, so a calendar that subscribed replaces the old entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ...domain.tasks import TaskStatus
from ..tasks import MissionTask
from .ics import _finish

COORDINATOR_ZONE = "Asia/Seoul"  # the host organization's, as a new mission's default
REMINDER_AT = time(9)
REMINDER_MINUTES = 30

PRODID = "-//Mission Planner//Mission Planner tasks//EN"
TASK_NAMESPACE = uuid.UUID("0f7c51a2-3b8e-4f0e-9c2d-6a1b5e3d7c40")


def task_uid(entry: MissionTask) -> str:
    key = f"{entry.mission_uid}/{entry.task.key}/{entry.task.site_uid}"
    return f"task-{uuid.uuid5(TASK_NAMESPACE, key)}@mission-planner"


def tasks_calendar(entries: Iterable[MissionTask], *, stamp: datetime | None = None) -> bytes:
    moment = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Mission Planner tasks")
    listed = list(entries)
    days = [entry.task.due for entry in listed] or [moment.date()]
    return _finish(calendar, [_event(entry, moment) for entry in listed], (min(days), max(days)))


def _event(entry: MissionTask, stamp: datetime) -> Event:
    task = entry.task
    what = f"{task.what} ({entry.site_name})" if entry.site_name else task.what
    event = Event()
    event.add("uid", task_uid(entry))
    event.add("dtstamp", stamp)
    event.add("sequence", task.sequence)
    start = datetime.combine(task.due, REMINDER_AT, ZoneInfo(COORDINATOR_ZONE))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=REMINDER_MINUTES))
    done = {TaskStatus.DONE: "Done: ", TaskStatus.NOT_APPLICABLE: "Not applicable: "}.get(task.status, "")
    event.add("summary", f"{done}{entry.code}: {what}")
    lines = [entry.title]
    if task.status == TaskStatus.DONE and task.done_on is not None:
        lines.append(f"Done on {task.done_on.isoformat()}" + (f" by {task.done_by}" if task.done_by else ""))
    if task.note:
        lines.append(task.note)
    event.add("description", "\n".join(lines))
    event.add("categories", ["Mission Planner task"])
    event.add("transp", "TRANSPARENT")  # a deadline, not a busy time
    if task.status == TaskStatus.NOT_APPLICABLE:
        event.add("status", "CANCELLED")
    return event
