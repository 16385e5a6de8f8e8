"""Queries the services need that are not a whole mission: lists, lookups, settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

# sqlmodel's `select` is typed for at most four columns; SQLAlchemy's for any number.
import sqlalchemy
from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from ..domain.mission import Mission
from . import mapping, tables, versions
from .keys import existing
from .summaries import MissionSummary


def list_missions(session: Session, *, include_archived: bool = True) -> list[MissionSummary]:
    people = (
        select(col(tables.ParticipationRow.mission_id), func.count(col(tables.ParticipationRow.id)).label("n"))
        .group_by(col(tables.ParticipationRow.mission_id))
        .subquery()
    )
    mission = tables.MissionRow
    # The columns shown, not whole rows: a list of years of missions is read at every start.
    query = (
        sqlalchemy.select(
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
    return session.exec(select(tables.MissionRow.id).where(tables.MissionRow.code == code)).first()


def mission_ids_by_code(session: Session) -> dict[str, int]:
    """Every mission's id by its code as stored."""
    rows = session.exec(select(tables.MissionRow.code, tables.MissionRow.id)).all()
    return {code: key for code, key in rows if key is not None}  # a stored row always has its key


def mission_code_of(session: Session, mission_id: int) -> str:
    return existing(session, tables.MissionRow, mission_id).code


def mission(session: Session, mission_id: int) -> Mission:
    """The mission's Project Notification fields (no programme, people or budget)."""
    return mapping.mission_from_row(existing(session, tables.MissionRow, mission_id))


def delete_mission(session: Session, mission_id: int) -> None:
    """Delete a mission and everything it owns (the database cascades); people and sites stay."""
    row = session.get(tables.MissionRow, mission_id)
    if row is not None:
        session.delete(row)
        session.flush()


def count_missions(session: Session) -> int:
    return session.exec(select(func.count(col(tables.MissionRow.id)))).one()


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(tables.AppSettingRow, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(tables.AppSettingRow, key) or tables.AppSettingRow(key=key)
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
        sqlalchemy.select(
            col(tables.PersonRow.uid),
            col(tables.MissionRow.code),
            col(tables.MissionRow.timezone),
            col(tables.ItemRow.title),
            col(tables.DayRow.date),
            col(tables.ItemRow.start),
            col(tables.ItemRow.end),
        )
        .join(tables.ItemRoleRow, col(tables.ItemRoleRow.person_id) == tables.PersonRow.id)
        .join(tables.ItemRow, col(tables.ItemRow.id) == tables.ItemRoleRow.item_id)
        .join(tables.DayRow, col(tables.DayRow.id) == tables.ItemRow.day_id)
        .join(tables.MissionRow, col(tables.MissionRow.id) == tables.DayRow.mission_id)
        .where(col(tables.PersonRow.uid).in_(person_uids), col(tables.MissionRow.id) != except_mission)
    )
    return [RoleBooking(*row) for row in session.execute(query)]


def set_archived(session: Session, mission_id: int, archived: bool) -> str:
    row = existing(session, tables.MissionRow, mission_id)
    row.archived = archived
    session.add(row)
    return row.uid


def update_mission(session: Session, mission_id: int, mission: Mission) -> str:
    """Overwrite the mission's Project Notification fields and revisions; code and uid stay."""
    row = existing(session, tables.MissionRow, mission_id)
    values = mapping.mission_to_row(mission).model_dump(exclude={"id", "uid", "code", "archived", "version"})
    for name, value in values.items():
        setattr(row, name, value)
    versions.new_version(row)  # the revisions are part of the mission
    session.add(row)
    session.execute(delete(tables.RevisionRow).where(col(tables.RevisionRow.mission_id) == mission_id))
    for revision in mission.revisions:
        session.add(
            tables.RevisionRow(
                mission_id=mission_id,
                number=revision.number,
                date_of_issue=revision.date_of_issue,
                clause=revision.clause,
                modification=revision.modification,
            )
        )
    return row.uid
