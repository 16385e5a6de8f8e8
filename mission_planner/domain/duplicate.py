"""Next year's mission from this year's: the same programme, places and budget, moved in time,
without this year's delegation, attendance or certificates."""

from __future__ import annotations

import copy
import dataclasses
import uuid
from datetime import date, timedelta

from .enums import Role, Status
from .limits import MAX_YEAR, MIN_YEAR
from .people import Participation, StatusChange
from .record import MissionRecord
from .value_limits import MAX_DATE, MIN_DATE

# The people who come back with the programme: those who run it.
KEPT_ROLES = (Role.RESOURCE_PERSON_LOCAL, Role.RESOURCE_PERSON_OVERSEAS, Role.SECRETARIAT)


def shift_problem(record: MissionRecord, start: date) -> str | None:
    """Why the mission cannot start on `start`: a date it moves would leave the years
    MIN_YEAR..MAX_YEAR. Checked on day numbers, so even year 9999 overflows nothing."""
    moved = [record.mission.start_date, record.mission.end_date, *(day.date for day in record.days)]
    if record.mission.nomination_closing_date is not None:
        moved.append(record.mission.nomination_closing_date)
    shift = start.toordinal() - record.mission.start_date.toordinal()
    earliest, latest = min(moved).toordinal() + shift, max(moved).toordinal() + shift
    if earliest < MIN_DATE.toordinal() or latest > MAX_DATE.toordinal():
        return f"starting on {start} would move the mission's dates outside the years {MIN_YEAR} to {MAX_YEAR}"
    return None


def duplicate_record(record: MissionRecord, code: str, start: date, *, today: date) -> MissionRecord:
    """A copy of `record` under `code` starting on `start`; every date moves by the same days."""
    shift = start - record.mission.start_date
    source = copy.deepcopy(record)
    mission = dataclasses.replace(
        source.mission,
        uid=_new(),
        code=code,
        start_date=source.mission.start_date + shift,
        end_date=source.mission.end_date + shift,
        ref_no="",
        date_of_issue=None,
        nomination_closing_date=_moved(source.mission.nomination_closing_date, shift),
        archived=False,
        revisions=[],
    )
    days = []
    for day in source.days:
        items = [dataclasses.replace(item, uid=_new(), sequence=0) for item in day.items]
        days.append(dataclasses.replace(day, date=day.date + shift, items=items))
    kept = [
        Participation(
            p.person_uid,
            p.role,
            Status.NOMINATED,
            [StatusChange(Status.NOMINATED, today, "carried over")],
            p.nominating_npo,
            p.group,
        )
        for p in source.participations
        if p.role in KEPT_ROLES
    ]
    kept_uids = {p.person_uid for p in kept} | {
        role.person_uid for day in days for item in day.items for role in item.roles
    }
    return MissionRecord(
        mission=mission,
        days=days,
        people=[person for person in source.people if person.uid in kept_uids],
        participations=kept,
        sites=source.sites,
        travel_times=source.travel_times,
        budget_lines=[dataclasses.replace(line, uid=_new(), actual_amount=None) for line in source.budget_lines],
        exchange_rates=source.exchange_rates,
        rule_set=dataclasses.replace(source.rule_set, uid=_new()) if source.rule_set else None,
        attachments=source.attachments,
        practical=source.practical,
        meeting_points=[
            dataclasses.replace(point, on_date=_moved(point.on_date, shift)) for point in source.meeting_points
        ],
        # A new mission's tasks are all still to do; its changes to the rules carry over.
        task_rules=[dataclasses.replace(override) for override in source.task_rules],
    )


def _new() -> str:
    return str(uuid.uuid4())


def _moved(day: date | None, shift: timedelta) -> date | None:
    return None if day is None else day + shift
