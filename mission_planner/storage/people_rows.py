"""Row-level reads and writes of people and their part in missions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

# sqlmodel's `select` is typed for at most four columns; SQLAlchemy's for any number.
import sqlalchemy
from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from ..domain.enums import FlightDirection, Role, Status
from ..domain.people import Flight, Participation, Person
from ..errors import NotFoundError
from . import mapping, records, tables, versions
from .keys import existing, row_id


def mission_people(session: Session, mission_id: int) -> list[Person]:
    """The people of a mission, identity included (for comparing, never for documents)."""
    rows = session.exec(
        select(tables.PersonRow, tables.PersonIdentityRow)
        .join(tables.ParticipationRow, col(tables.ParticipationRow.person_id) == tables.PersonRow.id)
        .join(tables.PersonIdentityRow, col(tables.PersonIdentityRow.person_id) == tables.PersonRow.id, isouter=True)
        .where(tables.ParticipationRow.mission_id == mission_id)
    ).all()
    return [mapping.person_from_row(person, identity) for person, identity in rows]


def people_by_email(session: Session, emails: list[str]) -> dict[str, Person]:
    wanted = {email.casefold() for email in emails if email}
    if not wanted:
        return {}
    rows = session.exec(
        select(tables.PersonRow, tables.PersonIdentityRow)
        .join(tables.PersonIdentityRow, col(tables.PersonIdentityRow.person_id) == tables.PersonRow.id, isouter=True)
        .where(func.lower(tables.PersonRow.email).in_(wanted))
    ).all()
    return {person.email.casefold(): mapping.person_from_row(person, identity) for person, identity in rows}


def participation_row(session: Session, mission_id: int, person_uid: str) -> tables.ParticipationRow:
    row = session.exec(
        select(tables.ParticipationRow)
        .join(tables.PersonRow, col(tables.PersonRow.id) == tables.ParticipationRow.person_id)
        .where(tables.ParticipationRow.mission_id == mission_id, tables.PersonRow.uid == person_uid)
    ).first()
    if row is None:
        raise NotFoundError(
            f"No person {person_uid} in this mission.", code="not_found", params={"what": "person", "key": person_uid}
        )
    return row


def participation_id(session: Session, mission_id: int, person_uid: str) -> int:
    return row_id(participation_row(session, mission_id, person_uid))


def role_in_mission(session: Session, mission_id: int, person_uid: str) -> Role:
    return Role(participation_row(session, mission_id, person_uid).role)


def status_in_mission(session: Session, mission_id: int, person_uid: str) -> Status:
    return Status(participation_row(session, mission_id, person_uid).status)


def update_participation(session: Session, mission_id: int, person_uid: str, role: Role | None, npo: str | None) -> int:
    """Set the person's role and nominating NPO in the mission (None: keep it); returns the id of
    the person's part in the mission."""
    row = participation_row(session, mission_id, person_uid)
    if role is not None:
        row.role = role.value
    if npo is not None:
        row.nominating_npo = npo
    session.add(row)
    return row_id(row)


def save_person(session: Session, person: Person) -> int:
    return records.upsert_person(session, person)


def add_status_change(
    session: Session, mission_id: int, person_uid: str, status: Status, on: date, note: str = ""
) -> None:
    row = participation_row(session, mission_id, person_uid)
    position = session.exec(
        select(func.count(col(tables.StatusChangeRow.id))).where(col(tables.StatusChangeRow.participation_id) == row.id)
    ).one()
    session.add(
        tables.StatusChangeRow(
            participation_id=row_id(row), status=status.value, on_date=on, note=note, position=position
        )
    )
    row.status = status.value
    versions.new_version(row)  # the status history is part of the person's place in the mission
    session.add(row)
    session.flush()


def remove_last_status_change(
    session: Session, mission_id: int, person_uid: str, status: Status, on: date, back_to: Status
) -> bool:
    """Delete the person's latest status change when it is `status` on `on` and give them
    `back_to` again (undo of a change); False, and nothing changed, when the latest is another."""
    row = participation_row(session, mission_id, person_uid)
    last = session.exec(
        select(tables.StatusChangeRow)
        .where(col(tables.StatusChangeRow.participation_id) == row.id)
        .order_by(col(tables.StatusChangeRow.position).desc(), col(tables.StatusChangeRow.id).desc())
    ).first()
    if last is None or last.status != status.value or last.on_date != on or row.status != status.value:
        return False
    session.delete(last)
    row.status = back_to.value
    versions.new_version(row)  # the status history is part of the person's place in the mission
    session.add(row)
    session.flush()
    return True


def touch(session: Session, participation_id: int) -> None:
    """A new version of the person's part in the mission, whose flights and stays changed."""
    row = existing(session, tables.ParticipationRow, participation_id)
    versions.new_version(row)
    session.add(row)
    session.flush()


def replace_flight(session: Session, participation_id: int, flight: Flight) -> None:
    """Set the person's flight in one direction, replacing the one recorded before; the calendar
    sequence rises when anything about the flight changed."""
    olds = session.exec(
        select(tables.FlightRow).where(
            tables.FlightRow.participation_id == participation_id, tables.FlightRow.direction == flight.direction.value
        )
    ).all()
    sequence = flight.sequence
    for old in olds:
        before = mapping.flight_from_row(old)
        same = replace(before, sequence=flight.sequence) == flight
        sequence = max(sequence, before.sequence if same else before.sequence + 1)
        session.delete(old)
    session.flush()
    session.add(mapping.flight_to_row(replace(flight, sequence=sequence), participation_id))
    session.flush()


def delete_flights(session: Session, participation_id: int, direction: FlightDirection) -> None:
    for old in session.exec(
        select(tables.FlightRow).where(
            tables.FlightRow.participation_id == participation_id, tables.FlightRow.direction == direction.value
        )
    ):
        session.delete(old)
    session.flush()


def flights_of(session: Session, participation_id: int, direction: FlightDirection) -> list[Flight]:
    rows = session.exec(
        select(tables.FlightRow).where(
            tables.FlightRow.participation_id == participation_id, tables.FlightRow.direction == direction.value
        )
    )
    return [mapping.flight_from_row(row) for row in rows]


def replace_stays(session: Session, participation_id: int, stays: list) -> None:
    for old in session.exec(select(tables.StayRow).where(tables.StayRow.participation_id == participation_id)):
        session.delete(old)
    session.flush()
    for stay in stays:
        hotel_id = None
        if stay.hotel_uid:
            hotel_id = session.exec(select(tables.SiteRow.id).where(tables.SiteRow.uid == stay.hotel_uid)).first()
        session.add(
            tables.StayRow(
                participation_id=participation_id,
                hotel=stay.hotel,
                hotel_site_id=hotel_id,
                check_in=stay.check_in,
                check_out=stay.check_out,
                room=stay.room,
            )
        )
    session.flush()


def people_with_later_missions(session: Session, mission_id: int, after: date) -> set[int]:
    """Ids of this mission's people who also take part in another mission ending on or after `after`."""
    mine = select(tables.ParticipationRow.person_id).where(tables.ParticipationRow.mission_id == mission_id)
    rows = session.exec(
        select(tables.ParticipationRow.person_id)
        .join(tables.MissionRow, col(tables.MissionRow.id) == tables.ParticipationRow.mission_id)
        .where(
            col(tables.ParticipationRow.person_id).in_(mine),
            tables.ParticipationRow.mission_id != mission_id,
            tables.MissionRow.end_date >= after,
        )
    )
    return set(rows)


def erase_identities(session: Session, person_ids: list[int]) -> int:
    """Delete the identity rows of these people; returns how many held data."""
    found = session.exec(
        select(tables.PersonIdentityRow).where(col(tables.PersonIdentityRow.person_id).in_(person_ids))
    ).all()
    for row in found:
        session.delete(row)
    session.flush()
    return len(found)


def mission_person_ids(session: Session, mission_id: int) -> list[int]:
    return list(
        session.exec(select(tables.ParticipationRow.person_id).where(tables.ParticipationRow.mission_id == mission_id))
    )


def add_log(session: Session, mission_id: int, at, action: str, detail: str) -> None:
    session.add(tables.MissionLogRow(mission_id=mission_id, at=at, action=action, detail=detail))
    session.flush()


def insert_new_people(session: Session, people: list[Person]) -> dict[str, int]:
    """Add people not yet in the database in one batch; returns their ids by uid.

    Bulk inserts without building an ORM object per row: 500 nominations take a tenth of the time.
    """
    if not people:
        return {}
    inserted = session.execute(
        insert(tables.PersonRow).returning(
            col(tables.PersonRow.id), col(tables.PersonRow.uid), sort_by_parameter_order=True
        ),
        [mapping.person_values(person) for person in people],
    )
    ids = {uid: person_id for person_id, uid in inserted}
    identities = [
        {
            "person_id": ids[p.uid],
            "passport_number": p.identity.passport_number,
            "passport_expiry": p.identity.passport_expiry,
            "date_of_birth": p.identity.date_of_birth,
        }
        for p in people
        if p.identity is not None
    ]
    if identities:
        session.execute(insert(tables.PersonIdentityRow), identities)
    return ids


def insert_participations(
    session: Session, mission_id: int, entries: list[tuple[int, Role, str]], status: Status, on: date
) -> list[int]:
    """Add (person id, role, nominating NPO) to the mission with a first status; returns the ids."""
    if not entries:
        return []
    inserted = session.execute(
        insert(tables.ParticipationRow).returning(col(tables.ParticipationRow.id), sort_by_parameter_order=True),
        [
            {
                "mission_id": mission_id,
                "person_id": pid,
                "role": role.value,
                "status": status.value,
                "nominating_npo": npo,
            }
            for pid, role, npo in entries
        ],
    )
    ids = list(inserted.scalars())
    session.execute(
        insert(tables.StatusChangeRow),
        [{"participation_id": part_id, "status": status.value, "on_date": on, "position": 0} for part_id in ids],
    )
    return ids


def insert_flights(session: Session, flights: list[tuple[int, Flight]]) -> None:
    session.add_all(mapping.flight_to_row(flight, participation_id) for participation_id, flight in flights)
    session.flush()


def delete_unused_people(session: Session, uids: set[str]) -> int:
    """Delete those of `uids` that no mission refers to any more (nor any item's roles)."""
    if not uids:
        return 0
    in_use = select(tables.ParticipationRow.person_id).union(select(tables.ItemRoleRow.person_id))
    unused = session.exec(
        select(tables.PersonRow).where(col(tables.PersonRow.uid).in_(uids), col(tables.PersonRow.id).not_in(in_use))
    ).all()
    for row in unused:
        session.delete(row)
    session.flush()
    return len(unused)


def people_for_search(session: Session) -> tuple[Sequence[Sequence[Any]], Sequence[Sequence[Any]]]:
    """Everyone as `(id, uid, family, given, country, romanised family, romanised given)`, and
    every participation as
    `(person id, mission code, status)` by person, the newest mission first."""
    connection = session.connection()
    people = connection.execute(
        sqlalchemy.select(
            col(tables.PersonRow.id),
            col(tables.PersonRow.uid),
            col(tables.PersonRow.family_name),
            col(tables.PersonRow.given_name),
            col(tables.PersonRow.country),
            col(tables.PersonRow.romanized_family_name),
            col(tables.PersonRow.romanized_given_name),
        )
    )
    parts = connection.execute(
        select(tables.ParticipationRow.person_id, tables.MissionRow.code, tables.ParticipationRow.status)
        .join(tables.MissionRow, col(tables.MissionRow.id) == tables.ParticipationRow.mission_id)
        .order_by(
            col(tables.ParticipationRow.person_id),
            col(tables.MissionRow.start_date).desc(),
            col(tables.MissionRow.code),
        )
    )
    return people.all(), parts.all()


def identities_and_missions(session: Session, uids: list[str]) -> dict[str, tuple[Person, list[tuple[int, str]]]]:
    """For the people of `uids` the database knows: the person with identity, and the missions
    (id, code) they take part in."""
    wanted = sorted(set(uids))
    if not wanted:
        return {}
    rows = session.exec(
        select(tables.PersonRow, tables.PersonIdentityRow)
        .join(tables.PersonIdentityRow, col(tables.PersonIdentityRow.person_id) == tables.PersonRow.id, isouter=True)
        .where(col(tables.PersonRow.uid).in_(wanted))
    ).all()
    found: dict[str, tuple[Person, list[tuple[int, str]]]] = {
        person.uid: (mapping.person_from_row(person, identity), []) for person, identity in rows
    }
    parts = session.exec(
        select(tables.PersonRow.uid, tables.MissionRow.id, tables.MissionRow.code)
        .join(tables.ParticipationRow, col(tables.ParticipationRow.person_id) == tables.PersonRow.id)
        .join(tables.MissionRow, col(tables.MissionRow.id) == tables.ParticipationRow.mission_id)
        .where(col(tables.PersonRow.uid).in_(wanted))
        .order_by(tables.MissionRow.code)
    ).all()
    for uid, mission_id, code in parts:
        if mission_id is not None:  # always, for a row read back; SQLModel types keys as optional
            found[uid][1].append((mission_id, code))
    return found


def person_with_identity(session: Session, uid: str) -> Person:
    """One person with their identity data (for the person dialog, never for documents)."""
    row = session.exec(
        select(tables.PersonRow, tables.PersonIdentityRow)
        .join(tables.PersonIdentityRow, col(tables.PersonIdentityRow.person_id) == tables.PersonRow.id, isouter=True)
        .where(tables.PersonRow.uid == uid)
    ).first()
    if row is None:
        raise NotFoundError(f"No person {uid}.", code="not_found", params={"what": "person", "key": uid})
    return mapping.person_from_row(*row)


def set_participation_fields(
    session: Session,
    row: tables.ParticipationRow,
    *,
    role: Role | None = None,
    nominating_npo: str | None = None,
    group: str | None = None,
    notes: str | None = None,
) -> bool:
    """Set the fields given (None: keep); returns whether anything changed."""
    wanted = {
        "role": role.value if role is not None else None,
        "nominating_npo": nominating_npo,
        "group_name": group,
        "notes": notes,
    }
    changed = False
    for name, value in wanted.items():
        if value is not None and getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    versions.new_version(row)  # an edit of the person made from this version: a later stale one is refused
    session.add(row)
    session.flush()
    return changed


def insert_participation(session: Session, mission_id: int, person_id: int, part: Participation) -> int:
    """A person's whole part in a mission (status history, flights, stays) as the value holds it."""
    row = tables.ParticipationRow(
        mission_id=mission_id,
        person_id=person_id,
        role=part.role.value,
        status=part.status.value,
        nominating_npo=part.nominating_npo,
        group_name=part.group,
        notes=part.notes,
    )
    session.add(row)
    session.flush()
    session.add_all(
        tables.StatusChangeRow(
            participation_id=row_id(row), status=change.status.value, on_date=change.on, note=change.note, position=n
        )
        for n, change in enumerate(part.status_history)
    )
    session.add_all(mapping.flight_to_row(flight, row_id(row)) for flight in part.flights)
    session.flush()
    replace_stays(session, row_id(row), part.stays)
    return row_id(row)


def _of_mission_items(mission_id: int):
    return (
        select(tables.ItemRow.id)
        .join(tables.DayRow, col(tables.DayRow.id) == tables.ItemRow.day_id)
        .where(tables.DayRow.mission_id == mission_id)
    )


def person_marks(
    session: Session, mission_id: int, person_id: int
) -> tuple[list[tables.AttendanceRow], list[tables.ItemAssignmentRow], dict[int, str]]:
    """The person's attendance and assignments at the mission's items, and those items' uids by id."""
    items = _of_mission_items(mission_id)
    attendance = session.exec(
        select(tables.AttendanceRow).where(
            tables.AttendanceRow.person_id == person_id, col(tables.AttendanceRow.item_id).in_(items)
        )
    ).all()
    assignments = session.exec(
        select(tables.ItemAssignmentRow).where(
            tables.ItemAssignmentRow.person_id == person_id, col(tables.ItemAssignmentRow.item_id).in_(items)
        )
    ).all()
    ids = {mark.item_id for mark in attendance} | {assignment.item_id for assignment in assignments}
    found = session.exec(select(tables.ItemRow.id, tables.ItemRow.uid).where(col(tables.ItemRow.id).in_(ids))).all()
    uids = {int(item_id): uid for item_id, uid in found if item_id is not None}
    return list(attendance), list(assignments), uids


def delete_participation(session: Session, row: tables.ParticipationRow) -> None:
    """The person's part in the mission with everything hanging from it: status history,
    flights, stays, and their marks at the mission's items. The person stays."""
    attendance, assignments, _ = person_marks(session, row.mission_id, row.person_id)
    for table in (tables.StatusChangeRow, tables.FlightRow, tables.StayRow):
        for old in session.exec(select(table).where(table.participation_id == row.id)):
            session.delete(old)
    for mark in (*attendance, *assignments):
        session.delete(mark)
    session.flush()
    session.delete(row)
    session.flush()


def participation_rows(session: Session, mission_id: int, person_uids: list[str]) -> dict[str, tables.ParticipationRow]:
    """The participations of these people in the mission, by uid (NotFoundError for one not in it)."""
    found = dict(
        session.exec(
            select(tables.PersonRow.uid, tables.ParticipationRow)
            .join(tables.ParticipationRow, col(tables.ParticipationRow.person_id) == tables.PersonRow.id)
            .where(tables.ParticipationRow.mission_id == mission_id, col(tables.PersonRow.uid).in_(person_uids))
        ).all()
    )
    for uid in person_uids:
        if uid not in found:
            raise NotFoundError(
                f"No person {uid} in this mission.", code="not_found", params={"what": "person", "key": uid}
            )
    return found


def person_id_of(session: Session, uid: str) -> int:
    found = session.exec(select(tables.PersonRow.id).where(tables.PersonRow.uid == uid)).first()
    if found is None:
        raise NotFoundError(f"No person {uid}.", code="not_found", params={"what": "person", "key": uid})
    return found
