"""Queries the services need that are not a whole mission: lists, lookups, settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import delete, func

# sqlmodel's `select` is typed for at most four columns; SQLAlchemy's for any number.
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from ..domain.mission import Mission
from . import mapping as m
from . import tables as t
from .keys import existing


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
        select(col(t.ParticipationRow.mission_id), func.count(col(t.ParticipationRow.id)).label("n"))
        .group_by(col(t.ParticipationRow.mission_id))
        .subquery()
    )
    mission = t.MissionRow
    # The columns shown, not whole rows: a list of years of missions is read at every start.
    query = (
        select_columns(
            col(mission.id),
            col(mission.code),
            col(mission.title),
            col(mission.start_date),
            col(mission.end_date),
            col(mission.modality),
            func.coalesce(people.c.n, 0),
            col(mission.archived),
        )
        .join(people, people.c.mission_id == mission.id, isouter=True)
        .order_by(col(mission.start_date).desc(), mission.code)
    )
    if not include_archived:
        query = query.where(col(mission.archived).is_(False))
    return [MissionSummary(*row) for row in session.execute(query).all()]


def mission_id_by_code(session: Session, code: str) -> int | None:
    return session.exec(select(t.MissionRow.id).where(t.MissionRow.code == code)).first()


def delete_mission(session: Session, mission_id: int) -> None:
    """Delete a mission and everything it owns (the database cascades); people and sites stay."""
    row = session.get(t.MissionRow, mission_id)
    if row is not None:
        session.delete(row)
        session.flush()


def count_missions(session: Session) -> int:
    return session.exec(select(func.count(col(t.MissionRow.id)))).one()


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
        select_columns(
            col(t.PersonRow.uid),
            col(t.MissionRow.code),
            col(t.MissionRow.timezone),
            col(t.ItemRow.title),
            col(t.DayRow.date),
            col(t.ItemRow.start),
            col(t.ItemRow.end),
        )
        .join(t.ItemRoleRow, col(t.ItemRoleRow.person_id) == t.PersonRow.id)
        .join(t.ItemRow, col(t.ItemRow.id) == t.ItemRoleRow.item_id)
        .join(t.DayRow, col(t.DayRow.id) == t.ItemRow.day_id)
        .join(t.MissionRow, col(t.MissionRow.id) == t.DayRow.mission_id)
        .where(col(t.PersonRow.uid).in_(person_uids), col(t.MissionRow.id) != except_mission)
    )
    return [RoleBooking(*row) for row in session.execute(query)]


def set_archived(session: Session, mission_id: int, archived: bool) -> str:
    row = existing(session, t.MissionRow, mission_id)
    row.archived = archived
    row.version += 1
    session.add(row)
    return row.uid


def update_mission(session: Session, mission_id: int, mission: Mission) -> str:
    """Overwrite the mission's Project Notification fields and revisions; code and uid stay."""
    row = existing(session, t.MissionRow, mission_id)
    values = m.mission_to_row(mission).model_dump(exclude={"id", "uid", "code", "archived", "version"})
    for name, value in values.items():
        setattr(row, name, value)
    row.version += 1
    session.add(row)
    session.execute(delete(t.RevisionRow).where(col(t.RevisionRow.mission_id) == mission_id))
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
