"""Queries the services need that are not a whole mission: lists, lookups, settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, select

from ..domain.mission import Mission
from . import mapping as m
from . import tables as t


@dataclass(frozen=True, slots=True)
class MissionSummary:
    id: int
    code: str
    title: str
    start_date: date
    end_date: date
    modality: str
    people: int
    archived: bool


def list_missions(session: Session, *, include_archived: bool = True) -> list[MissionSummary]:
    people = (
        select(t.ParticipationRow.mission_id, func.count(t.ParticipationRow.id).label("n"))
        .group_by(t.ParticipationRow.mission_id)
        .subquery()
    )
    mission = t.MissionRow
    # The columns shown, not whole rows: a list of years of missions is read at every start.
    query = (
        select(
            mission.id,
            mission.code,
            mission.title,
            mission.start_date,
            mission.end_date,
            mission.modality,
            func.coalesce(people.c.n, 0),
            mission.archived,
        )
        .join(people, people.c.mission_id == mission.id, isouter=True)
        .order_by(mission.start_date.desc(), mission.code)
    )
    if not include_archived:
        query = query.where(mission.archived.is_(False))
    return [MissionSummary(*row) for row in session.exec(query).all()]


def mission_id_by_code(session: Session, code: str) -> int | None:
    return session.exec(select(t.MissionRow.id).where(t.MissionRow.code == code)).first()


def delete_mission(session: Session, mission_id: int) -> None:
    """Delete a mission and everything it owns (the database cascades); people and sites stay."""
    row = session.get(t.MissionRow, mission_id)
    if row is not None:
        session.delete(row)
        session.flush()


def count_missions(session: Session) -> int:
    return session.exec(select(func.count(t.MissionRow.id))).one()


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(t.AppSettingRow, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(t.AppSettingRow, key) or t.AppSettingRow(key=key)
    row.value = value
    session.add(row)


@dataclass(frozen=True, slots=True)
class RoleBooking:
    """A person's role in an item of some mission, with the times as stored."""

    person_uid: str
    mission_code: str
    timezone: str
    title: str
    day: date
    start: time
    end: time


def role_bookings(session: Session, person_uids: list[str], *, except_mission: int) -> list[RoleBooking]:
    """Items of other missions in which these people speak, moderate, discuss or host."""
    if not person_uids:
        return []
    query = (
        select(
            t.PersonRow.uid,
            t.MissionRow.code,
            t.MissionRow.timezone,
            t.ItemRow.title,
            t.DayRow.date,
            t.ItemRow.start,
            t.ItemRow.end,
        )
        .join(t.ItemRoleRow, t.ItemRoleRow.person_id == t.PersonRow.id)
        .join(t.ItemRow, t.ItemRow.id == t.ItemRoleRow.item_id)
        .join(t.DayRow, t.DayRow.id == t.ItemRow.day_id)
        .join(t.MissionRow, t.MissionRow.id == t.DayRow.mission_id)
        .where(t.PersonRow.uid.in_(person_uids), t.MissionRow.id != except_mission)
    )
    return [RoleBooking(*row) for row in session.exec(query)]


def set_archived(session: Session, mission_id: int, archived: bool) -> str:
    row = session.get(t.MissionRow, mission_id)
    row.archived = archived
    row.version += 1
    session.add(row)
    return row.uid


def update_mission(session: Session, mission_id: int, mission: Mission) -> str:
    """Overwrite the mission's Project Notification fields and revisions; code and uid stay."""
    row = session.get(t.MissionRow, mission_id)
    values = m.mission_to_row(mission).model_dump(exclude={"id", "uid", "code", "archived", "version"})
    for name, value in values.items():
        setattr(row, name, value)
    row.version += 1
    session.add(row)
    session.execute(delete(t.RevisionRow).where(t.RevisionRow.mission_id == mission_id))
    for revision in mission.revisions:
        session.add(
            t.RevisionRow(
                mission_id=mission_id,
                number=revision.number,
                date_of_issue=revision.date_of_issue,
                clause=revision.clause,
                modification=revision.modification,
            )
        )
    return row.uid
