"""Write a whole mission into the tables, and read it back as a `MissionRecord`.

People and sites are shared by missions: they are matched by their `uid`, updated when they
exist and added when they do not. Everything else belongs to the mission alone.
"""

from __future__ import annotations

import copy

from sqlmodel import Session, col, select

from ..domain.budget import ExchangeRate
from ..domain.enums import AttachmentKind, AttendanceStatus, ItemRoleKind, Role, Status
from ..domain.mission import Attachment, IssuedCertificate, LogEntry, Revision
from ..domain.people import Attendance, Participation, StatusChange, Stay
from ..domain.places import TravelTime
from ..domain.programme import Day, Item, ItemAssignment, ItemRole
from ..domain.record import MissionRecord, canonical_order, owned_uids, renew_owned_uids
from ..errors import InputError
from . import mapping as m
from . import tables as t
from .keys import existing, row_id


def insert_record(session: Session, record: MissionRecord, *, mission_id: int | None = None) -> int:
    """Add the mission of `record` with everything it holds; returns the new mission's id
    (`mission_id` when given: a mission put back where it was).

    Where the mission's own uids are already used by another mission (a copy imported under a
    new code), the copy gets new ones.
    """
    taken = _uids_in_use(session, owned_uids(record))
    if taken:
        record = renew_owned_uids(copy.deepcopy(record), taken)
    site_ids = {site.uid: upsert_site(session, site) for site in record.sites}
    for travel in record.travel_times:
        upsert_travel_time(session, site_ids, travel)
    person_ids = {person.uid: upsert_person(session, person) for person in record.people}
    mission_row = m.mission_to_row(record.mission)
    mission_row.id = mission_id
    session.add(mission_row)
    session.flush()
    mission_id = row_id(mission_row)
    for revision in record.mission.revisions:
        session.add(
            t.RevisionRow(
                mission_id=mission_id,
                number=revision.number,
                date_of_issue=revision.date_of_issue,
                clause=revision.clause,
                modification=revision.modification,
            )
        )
    item_ids = _insert_days(session, mission_id, record, site_ids, person_ids)
    _insert_participations(session, mission_id, record, person_ids, site_ids)
    _insert_item_people(session, record, item_ids, person_ids)
    _insert_money(session, mission_id, record)
    _insert_papers(session, mission_id, record, person_ids)
    session.flush()
    return mission_id


def _lookup(ids: dict[str, int], uid: str, session: Session, table, what: str) -> int:
    if uid in ids:
        return ids[uid]
    found = session.exec(select(table.id).where(table.uid == uid)).first()
    if found is None:
        raise InputError(f"refers to {what} {uid}, which is neither in the mission nor in the database")
    ids[uid] = found
    return found


def _uids_in_use(session: Session, uids: set[str]) -> set[str]:
    found: set[str] = set()
    for table in (t.MissionRow, t.ItemRow, t.BudgetLineRow, t.RuleSetRow):
        found.update(session.exec(select(col(table.uid)).where(col(table.uid).in_(list(uids)))).all())
    return found


def upsert_site(session: Session, site) -> int:
    values = m.site_values(site)
    row = session.exec(select(t.SiteRow).where(t.SiteRow.uid == site.uid)).first()
    if row is None:
        row = t.SiteRow(**values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    return row_id(row)


def upsert_travel_time(session: Session, site_ids: dict[str, int], travel: TravelTime) -> None:
    from_id = _lookup(site_ids, travel.from_uid, session, t.SiteRow, "site")
    to_id = _lookup(site_ids, travel.to_uid, session, t.SiteRow, "site")
    row = session.exec(
        select(t.TravelTimeRow).where(t.TravelTimeRow.from_site_id == from_id, t.TravelTimeRow.to_site_id == to_id)
    ).first()
    if row is None:
        session.add(t.TravelTimeRow(from_site_id=from_id, to_site_id=to_id, minutes=travel.minutes))
    else:
        row.minutes = travel.minutes


def upsert_person(session: Session, person) -> int:
    """Add or update a person; identity data is replaced only when the value carries some."""
    values = m.person_values(person)
    row = session.exec(select(t.PersonRow).where(t.PersonRow.uid == person.uid)).first()
    if row is None:
        row = t.PersonRow(**values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    if person.identity is not None:
        identity = session.get(t.PersonIdentityRow, row.id) or t.PersonIdentityRow(person_id=row_id(row))
        identity.passport_number = person.identity.passport_number
        identity.passport_expiry = person.identity.passport_expiry
        identity.date_of_birth = person.identity.date_of_birth
        session.add(identity)
    return row_id(row)


def _insert_days(session, mission_id, record, site_ids, person_ids) -> dict[str, int]:
    item_ids: dict[str, int] = {}
    for day in record.days:
        day_row = t.DayRow(mission_id=mission_id, date=day.date, title=day.title)
        session.add(day_row)
        session.flush()
        for item in day.items:
            site_id = _lookup(site_ids, item.site_uid, session, t.SiteRow, "site") if item.site_uid else None
            item_row = t.ItemRow(**m.item_values(item, day_id=row_id(day_row), site_id=site_id))
            session.add(item_row)
            session.flush()
            item_ids[item.uid] = row_id(item_row)
            for position, role in enumerate(item.roles):
                person_id = _lookup(person_ids, role.person_uid, session, t.PersonRow, "person")
                session.add(
                    t.ItemRoleRow(
                        item_id=row_id(item_row), person_id=person_id, role=role.role.value, position=position
                    )
                )
    return item_ids


def _insert_participations(session, mission_id, record, person_ids, site_ids) -> None:
    for part in record.participations:
        row = t.ParticipationRow(
            mission_id=mission_id,
            person_id=_lookup(person_ids, part.person_uid, session, t.PersonRow, "person"),
            role=part.role.value,
            status=part.status.value,
            nominating_npo=part.nominating_npo,
            group_name=part.group,
            notes=part.notes,
        )
        session.add(row)
        session.flush()
        for position, change in enumerate(part.status_history):
            session.add(
                t.StatusChangeRow(
                    participation_id=row_id(row),
                    status=change.status.value,
                    on_date=change.on,
                    note=change.note,
                    position=position,
                )
            )
        for flight in part.flights:
            session.add(m.flight_to_row(flight, row_id(row)))
        for stay in part.stays:
            hotel_id = _lookup(site_ids, stay.hotel_uid, session, t.SiteRow, "hotel") if stay.hotel_uid else None
            session.add(
                t.StayRow(
                    participation_id=row_id(row),
                    hotel=stay.hotel,
                    hotel_site_id=hotel_id,
                    check_in=stay.check_in,
                    check_out=stay.check_out,
                    room=stay.room,
                )
            )


def _insert_item_people(session, record, item_ids, person_ids) -> None:
    for assignment in record.assignments:
        session.add(
            t.ItemAssignmentRow(
                item_id=item_ids[assignment.item_uid],
                person_id=_lookup(person_ids, assignment.person_uid, session, t.PersonRow, "person"),
                attends=assignment.attends,
            )
        )
    for mark in record.attendance:
        session.add(
            t.AttendanceRow(
                item_id=item_ids[mark.item_uid],
                person_id=_lookup(person_ids, mark.person_uid, session, t.PersonRow, "person"),
                status=mark.status.value,
                minutes=mark.minutes,
                reason=mark.reason,
                excuse_accepted=mark.excuse_accepted,
            )
        )


def _insert_money(session, mission_id, record) -> None:
    for position, line in enumerate(record.budget_lines):
        session.add(t.BudgetLineRow(mission_id=mission_id, position=position, **m.budget_line_values(line)))
    for rate in record.exchange_rates:
        session.add(t.ExchangeRateRow(mission_id=mission_id, currency=rate.currency, rate=rate.rate))
    if record.rule_set is not None:
        session.add(t.RuleSetRow(mission_id=mission_id, **m.rule_set_values(record.rule_set)))


def _insert_papers(session, mission_id, record, person_ids) -> None:
    for certificate in record.certificates:
        session.add(
            t.IssuedCertificateRow(
                mission_id=mission_id,
                person_id=_lookup(person_ids, certificate.person_uid, session, t.PersonRow, "person"),
                serial=certificate.serial,
                issued_at=certificate.issued_at,
            )
        )
    for attachment in record.attachments:
        session.add(
            t.AttachmentRow(
                mission_id=mission_id,
                kind=attachment.kind.value,
                filename=attachment.filename,
                media_type=attachment.media_type,
                data=attachment.data,
            )
        )
    for entry in record.log:
        session.add(t.MissionLogRow(mission_id=mission_id, at=entry.at, action=entry.action, detail=entry.detail))


def load_record(session: Session, mission_id: int, *, with_identity: bool = False) -> MissionRecord:
    """The mission as one value, in an order that depends only on the data.

    Sensitive identity data is read only when `with_identity` is set.
    """
    mission_row = existing(session, t.MissionRow, mission_id)
    mission = m.mission_from_row(mission_row)
    mission.revisions = [
        Revision(r.number, r.date_of_issue, r.clause, r.modification)
        for r in session.exec(
            select(t.RevisionRow).where(col(t.RevisionRow.mission_id) == mission_id).order_by(col(t.RevisionRow.number))
        )
    ]
    record = MissionRecord(mission=mission)
    site_uids: dict[int, str] = {}
    person_uids: dict[int, str] = {}
    item_uids = _load_days(session, mission_id, record, site_uids, person_uids)
    _load_participations(session, mission_id, record, person_uids, site_uids)
    _load_item_people(session, item_uids, record, person_uids)
    _load_money(session, mission_id, record)
    _load_papers(session, mission_id, record, person_uids)
    _load_people_and_sites(session, record, person_uids, site_uids, with_identity)
    return canonical_order(record)


def _load_days(session, mission_id, record, site_uids, person_uids) -> dict[int, str]:
    """The programme in three queries (days, items, roles), whatever its size."""
    item_uids: dict[int, str] = {}
    days = session.exec(
        select(t.DayRow).where(col(t.DayRow.mission_id) == mission_id).order_by(col(t.DayRow.date))
    ).all()
    items_by_day: dict[int, list[Item]] = {day.id: [] for day in days}
    items_by_id: dict[int, Item] = {}
    rows = session.exec(
        select(t.ItemRow, t.SiteRow.uid)
        .join(t.DayRow, col(t.DayRow.id) == t.ItemRow.day_id)
        .join(t.SiteRow, col(t.SiteRow.id) == t.ItemRow.site_id, isouter=True)
        .where(t.DayRow.mission_id == mission_id)
        .order_by(col(t.ItemRow.start), col(t.ItemRow.end), col(t.ItemRow.uid))
    ).all()
    for item_row, site_uid in rows:
        item = m.item_from_row(item_row, site_uid)
        if site_uid:
            site_uids[item_row.site_id] = site_uid
        item_uids[item_row.id] = item.uid
        items_by_id[item_row.id] = item
        items_by_day[item_row.day_id].append(item)
    roles = session.exec(
        select(t.ItemRoleRow.item_id, t.ItemRoleRow.person_id, t.ItemRoleRow.role, t.PersonRow.uid)
        .join(t.PersonRow, col(t.PersonRow.id) == t.ItemRoleRow.person_id)
        .join(t.ItemRow, col(t.ItemRow.id) == t.ItemRoleRow.item_id)
        .join(t.DayRow, col(t.DayRow.id) == t.ItemRow.day_id)
        .where(t.DayRow.mission_id == mission_id)
        .order_by(col(t.ItemRoleRow.item_id), col(t.ItemRoleRow.position))
    ).all()
    for item_id, person_id, role, person_uid in roles:
        person_uids[person_id] = person_uid
        items_by_id[item_id].roles.append(ItemRole(person_uid, ItemRoleKind(role)))
    for day_row in days:
        record.days.append(Day(date=day_row.date, title=day_row.title, items=items_by_day[day_row.id]))
    return item_uids


def _load_participations(session, mission_id, record, person_uids, site_uids) -> None:
    """The people's part in four queries (participations, statuses, flights, stays)."""
    rows = session.exec(
        select(t.ParticipationRow, t.PersonRow.uid)
        .join(t.PersonRow, col(t.PersonRow.id) == t.ParticipationRow.person_id)
        .where(t.ParticipationRow.mission_id == mission_id)
    ).all()
    parts: dict[int, Participation] = {}
    for row, person_uid in rows:
        person_uids[row.person_id] = person_uid
        parts[row.id] = Participation(
            person_uid=person_uid,
            role=Role(row.role),
            status=Status(row.status),
            nominating_npo=row.nominating_npo,
            group=row.group_name,
            notes=row.notes,
        )
    of_mission = t.ParticipationRow.mission_id == mission_id
    changes = session.exec(
        select(t.StatusChangeRow)
        .join(t.ParticipationRow, col(t.ParticipationRow.id) == t.StatusChangeRow.participation_id)
        .where(of_mission)
        .order_by(col(t.StatusChangeRow.participation_id), col(t.StatusChangeRow.position))
    )
    for c in changes:
        parts[c.participation_id].status_history.append(StatusChange(Status(c.status), c.on_date, c.note))
    flights = session.exec(
        select(t.FlightRow)
        .join(t.ParticipationRow, col(t.ParticipationRow.id) == t.FlightRow.participation_id)
        .where(of_mission)
        .order_by(col(t.FlightRow.id))
    )
    for f in flights:
        parts[f.participation_id].flights.append(m.flight_from_row(f))
    stays = session.exec(
        select(t.StayRow, t.SiteRow.uid)
        .join(t.ParticipationRow, col(t.ParticipationRow.id) == t.StayRow.participation_id)
        .join(t.SiteRow, col(t.SiteRow.id) == t.StayRow.hotel_site_id, isouter=True)
        .where(of_mission)
        .order_by(col(t.StayRow.check_in), col(t.StayRow.check_out))
    ).all()
    for stay, hotel_uid in stays:
        if hotel_uid:
            site_uids[stay.hotel_site_id] = hotel_uid
        parts[stay.participation_id].stays.append(Stay(stay.hotel, stay.check_in, stay.check_out, stay.room, hotel_uid))
    record.participations.extend(parts.values())


def _load_item_people(session, item_uids, record, person_uids) -> None:
    ids = list(item_uids)
    assignments = session.exec(select(t.ItemAssignmentRow).where(col(t.ItemAssignmentRow.item_id).in_(ids))).all()
    attendance = session.exec(select(t.AttendanceRow).where(col(t.AttendanceRow.item_id).in_(ids))).all()
    needed = {row.person_id for row in (*assignments, *attendance)} - set(person_uids)
    if needed:
        for pid, uid in session.exec(
            select(col(t.PersonRow.id), col(t.PersonRow.uid)).where(col(t.PersonRow.id).in_(needed))
        ):
            person_uids[pid] = uid
    record.assignments = [
        ItemAssignment(item_uids[a.item_id], person_uids[a.person_id], a.attends) for a in assignments
    ]
    record.attendance = [
        Attendance(
            item_uids[a.item_id],
            person_uids[a.person_id],
            AttendanceStatus(a.status),
            a.minutes,
            a.reason,
            a.excuse_accepted,
        )
        for a in attendance
    ]


def _load_money(session, mission_id, record) -> None:
    lines = session.exec(
        select(t.BudgetLineRow)
        .where(col(t.BudgetLineRow.mission_id) == mission_id)
        .order_by(col(t.BudgetLineRow.position))
    ).all()
    record.budget_lines = [m.budget_line_from_row(row) for row in lines]
    rates = session.exec(
        select(t.ExchangeRateRow).where(t.ExchangeRateRow.mission_id == mission_id).order_by(t.ExchangeRateRow.currency)
    ).all()
    record.exchange_rates = [ExchangeRate(row.currency, row.rate) for row in rates]
    rule_set = session.exec(select(t.RuleSetRow).where(t.RuleSetRow.mission_id == mission_id)).first()
    record.rule_set = m.rule_set_from_row(rule_set) if rule_set else None


def _load_papers(session, mission_id, record, person_uids) -> None:
    certificates = session.exec(
        select(t.IssuedCertificateRow, t.PersonRow.uid)
        .join(t.PersonRow, col(t.PersonRow.id) == t.IssuedCertificateRow.person_id)
        .where(t.IssuedCertificateRow.mission_id == mission_id)
        .order_by(t.IssuedCertificateRow.serial)
    ).all()
    for row, uid in certificates:
        person_uids[row.person_id] = uid
        record.certificates.append(IssuedCertificate(uid, row.serial, row.issued_at))
    attachments = session.exec(
        select(t.AttachmentRow)
        .where(t.AttachmentRow.mission_id == mission_id)
        .order_by(t.AttachmentRow.kind, t.AttachmentRow.filename)
    ).all()
    record.attachments = [Attachment(AttachmentKind(a.kind), a.filename, a.media_type, a.data) for a in attachments]
    log = session.exec(
        select(t.MissionLogRow)
        .where(t.MissionLogRow.mission_id == mission_id)
        .order_by(col(t.MissionLogRow.at), col(t.MissionLogRow.id))
    ).all()
    record.log = [LogEntry(e.at, e.action, e.detail) for e in log]


def _load_people_and_sites(session, record, person_uids, site_uids, with_identity) -> None:
    people = session.exec(select(t.PersonRow).where(col(t.PersonRow.id).in_(list(person_uids)))).all()
    identities = {}
    if with_identity:
        identities = {
            row.person_id: row
            for row in session.exec(
                select(t.PersonIdentityRow).where(col(t.PersonIdentityRow.person_id).in_(list(person_uids)))
            )
        }
    record.people = [m.person_from_row(row, identities.get(row.id)) for row in people]
    sites = session.exec(select(t.SiteRow).where(col(t.SiteRow.id).in_(list(site_uids)))).all()
    record.sites = [m.site_from_row(row) for row in sites]
    travel = session.exec(
        select(t.TravelTimeRow).where(
            col(t.TravelTimeRow.from_site_id).in_(list(site_uids)), col(t.TravelTimeRow.to_site_id).in_(list(site_uids))
        )
    ).all()
    record.travel_times = [
        TravelTime(site_uids[row.from_site_id], site_uids[row.to_site_id], row.minutes) for row in travel
    ]
