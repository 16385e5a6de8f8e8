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
from . import evaluation_rows, mapping, practical_rows, tables, task_rows
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
    mission_row = mapping.mission_to_row(record.mission)
    mission_row.id = mission_id
    session.add(mission_row)
    session.flush()
    mission_id = row_id(mission_row)
    for revision in record.mission.revisions:
        session.add(
            tables.RevisionRow(
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
    _insert_practical(session, mission_id, record, site_ids)
    session.flush()  # the people the responses name are in place
    _insert_evaluation(session, mission_id, record)
    session.flush()
    return mission_id


def _insert_evaluation(session, mission_id, record) -> None:
    try:
        evaluation_rows.save_responses(session, mission_id, record.evaluation)
    except KeyError as missing:
        raise InputError(
            f"an evaluation response names {missing.args[0]!r}, who is not among the mission's people",
            location="evaluation",
            code="unknown_respondent",
            params={"uid": missing.args[0]},
        ) from None


def _insert_practical(session, mission_id, record, site_ids) -> None:
    office = record.practical.host_office_uid
    if office is not None:
        _lookup(site_ids, office, session, tables.SiteRow, "host office")
    session.flush()  # the sites the notes name are in place
    practical_rows.save_practical(session, mission_id, record.practical)
    practical_rows.save_meeting_points(session, mission_id, record.meeting_points)
    task_rows.save_tasks(session, mission_id, record.tasks)
    task_rows.save_task_rules(session, mission_id, record.task_rules)


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
    for table in (tables.MissionRow, tables.ItemRow, tables.BudgetLineRow, tables.RuleSetRow):
        found.update(session.exec(select(col(table.uid)).where(col(table.uid).in_(list(uids)))).all())
    return found


def upsert_site(session: Session, site) -> int:
    values = mapping.site_values(site)
    row = session.exec(select(tables.SiteRow).where(tables.SiteRow.uid == site.uid)).first()
    if row is None:
        row = tables.SiteRow(**values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    return row_id(row)


def upsert_travel_time(session: Session, site_ids: dict[str, int], travel: TravelTime) -> None:
    from_id = _lookup(site_ids, travel.from_uid, session, tables.SiteRow, "site")
    to_id = _lookup(site_ids, travel.to_uid, session, tables.SiteRow, "site")
    row = session.exec(
        select(tables.TravelTimeRow).where(
            tables.TravelTimeRow.from_site_id == from_id, tables.TravelTimeRow.to_site_id == to_id
        )
    ).first()
    if row is None:
        session.add(tables.TravelTimeRow(from_site_id=from_id, to_site_id=to_id, minutes=travel.minutes))
    else:
        row.minutes = travel.minutes


def upsert_person(session: Session, person) -> int:
    """Add or update a person; identity data is replaced only when the value carries some."""
    values = mapping.person_values(person)
    row = session.exec(select(tables.PersonRow).where(tables.PersonRow.uid == person.uid)).first()
    if row is None:
        row = tables.PersonRow(**values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    if person.identity is not None:
        identity = session.get(tables.PersonIdentityRow, row.id) or tables.PersonIdentityRow(person_id=row_id(row))
        identity.passport_number = person.identity.passport_number
        identity.passport_expiry = person.identity.passport_expiry
        identity.date_of_birth = person.identity.date_of_birth
        session.add(identity)
    return row_id(row)


def _insert_days(session, mission_id, record, site_ids, person_ids) -> dict[str, int]:
    item_ids: dict[str, int] = {}
    for day in record.days:
        day_row = tables.DayRow(mission_id=mission_id, date=day.date, title=day.title)
        session.add(day_row)
        session.flush()
        for item in day.items:
            site_id = _lookup(site_ids, item.site_uid, session, tables.SiteRow, "site") if item.site_uid else None
            item_row = tables.ItemRow(**mapping.item_values(item, day_id=row_id(day_row), site_id=site_id))
            session.add(item_row)
            session.flush()
            item_ids[item.uid] = row_id(item_row)
            for position, role in enumerate(item.roles):
                person_id = _lookup(person_ids, role.person_uid, session, tables.PersonRow, "person")
                session.add(
                    tables.ItemRoleRow(
                        item_id=row_id(item_row), person_id=person_id, role=role.role.value, position=position
                    )
                )
    return item_ids


def _insert_participations(session, mission_id, record, person_ids, site_ids) -> None:
    for part in record.participations:
        row = tables.ParticipationRow(
            mission_id=mission_id,
            person_id=_lookup(person_ids, part.person_uid, session, tables.PersonRow, "person"),
            role=part.role.value,
            status=part.status.value,
            nominating_npo=part.nominating_npo,
            group_name=part.group,
            notes=part.notes,
            action_plan=part.action_plan,
        )
        session.add(row)
        session.flush()
        for position, change in enumerate(part.status_history):
            session.add(
                tables.StatusChangeRow(
                    participation_id=row_id(row),
                    status=change.status.value,
                    on_date=change.on,
                    note=change.note,
                    position=position,
                )
            )
        for flight in part.flights:
            session.add(mapping.flight_to_row(flight, row_id(row)))
        for stay in part.stays:
            hotel_id = _lookup(site_ids, stay.hotel_uid, session, tables.SiteRow, "hotel") if stay.hotel_uid else None
            session.add(
                tables.StayRow(
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
            tables.ItemAssignmentRow(
                item_id=item_ids[assignment.item_uid],
                person_id=_lookup(person_ids, assignment.person_uid, session, tables.PersonRow, "person"),
                attends=assignment.attends,
            )
        )
    for mark in record.attendance:
        session.add(
            tables.AttendanceRow(
                item_id=item_ids[mark.item_uid],
                person_id=_lookup(person_ids, mark.person_uid, session, tables.PersonRow, "person"),
                status=mark.status.value,
                minutes=mark.minutes,
                reason=mark.reason,
                excuse_accepted=mark.excuse_accepted,
            )
        )


def _insert_money(session, mission_id, record) -> None:
    for position, line in enumerate(record.budget_lines):
        session.add(tables.BudgetLineRow(mission_id=mission_id, position=position, **mapping.budget_line_values(line)))
    for rate in record.exchange_rates:
        session.add(tables.ExchangeRateRow(mission_id=mission_id, currency=rate.currency, rate=rate.rate))
    if record.rule_set is not None:
        session.add(tables.RuleSetRow(mission_id=mission_id, **mapping.rule_set_values(record.rule_set)))


def _insert_papers(session, mission_id, record, person_ids) -> None:
    for certificate in record.certificates:
        session.add(
            tables.IssuedCertificateRow(
                mission_id=mission_id,
                person_id=_lookup(person_ids, certificate.person_uid, session, tables.PersonRow, "person"),
                serial=certificate.serial,
                issued_at=certificate.issued_at,
            )
        )
    for attachment in record.attachments:
        session.add(
            tables.AttachmentRow(
                mission_id=mission_id,
                kind=attachment.kind.value,
                filename=attachment.filename,
                media_type=attachment.media_type,
                data=attachment.data,
            )
        )
    for entry in record.log:
        session.add(tables.MissionLogRow(mission_id=mission_id, at=entry.at, action=entry.action, detail=entry.detail))


def load_record(session: Session, mission_id: int, *, with_identity: bool = False) -> MissionRecord:
    """The mission as one value, in an order that depends only on the data.

    Sensitive identity data is read only when `with_identity` is set.
    """
    mission_row = existing(session, tables.MissionRow, mission_id)
    mission = mapping.mission_from_row(mission_row)
    mission.revisions = [
        Revision(r.number, r.date_of_issue, r.clause, r.modification)
        for r in session.exec(
            select(tables.RevisionRow)
            .where(col(tables.RevisionRow.mission_id) == mission_id)
            .order_by(col(tables.RevisionRow.number))
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
    record.practical, office = practical_rows.load_practical(session, mission_id)
    site_uids.update(office)
    record.meeting_points = practical_rows.load_meeting_points(session, mission_id)
    record.evaluation = evaluation_rows.load_responses(session, mission_id)
    record.tasks = task_rows.load_tasks(session, mission_id)
    record.task_rules = task_rows.load_task_rules(session, mission_id)
    _load_people_and_sites(session, record, person_uids, site_uids, with_identity)
    return canonical_order(record)


def _load_days(session, mission_id, record, site_uids, person_uids) -> dict[int, str]:
    """The programme in three queries (days, items, roles), whatever its size."""
    item_uids: dict[int, str] = {}
    days = session.exec(
        select(tables.DayRow).where(col(tables.DayRow.mission_id) == mission_id).order_by(col(tables.DayRow.date))
    ).all()
    items_by_day: dict[int, list[Item]] = {day.id: [] for day in days}
    items_by_id: dict[int, Item] = {}
    rows = session.exec(
        select(tables.ItemRow, tables.SiteRow.uid)
        .join(tables.DayRow, col(tables.DayRow.id) == tables.ItemRow.day_id)
        .join(tables.SiteRow, col(tables.SiteRow.id) == tables.ItemRow.site_id, isouter=True)
        .where(tables.DayRow.mission_id == mission_id)
        .order_by(col(tables.ItemRow.start), col(tables.ItemRow.end), col(tables.ItemRow.uid))
    ).all()
    for item_row, site_uid in rows:
        item = mapping.item_from_row(item_row, site_uid)
        if site_uid:
            site_uids[item_row.site_id] = site_uid
        item_uids[item_row.id] = item.uid
        items_by_id[item_row.id] = item
        items_by_day[item_row.day_id].append(item)
    roles = session.exec(
        select(tables.ItemRoleRow.item_id, tables.ItemRoleRow.person_id, tables.ItemRoleRow.role, tables.PersonRow.uid)
        .join(tables.PersonRow, col(tables.PersonRow.id) == tables.ItemRoleRow.person_id)
        .join(tables.ItemRow, col(tables.ItemRow.id) == tables.ItemRoleRow.item_id)
        .join(tables.DayRow, col(tables.DayRow.id) == tables.ItemRow.day_id)
        .where(tables.DayRow.mission_id == mission_id)
        .order_by(col(tables.ItemRoleRow.item_id), col(tables.ItemRoleRow.position))
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
        select(tables.ParticipationRow, tables.PersonRow.uid)
        .join(tables.PersonRow, col(tables.PersonRow.id) == tables.ParticipationRow.person_id)
        .where(tables.ParticipationRow.mission_id == mission_id)
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
            action_plan=row.action_plan,
        )
    of_mission = tables.ParticipationRow.mission_id == mission_id
    changes = session.exec(
        select(tables.StatusChangeRow)
        .join(tables.ParticipationRow, col(tables.ParticipationRow.id) == tables.StatusChangeRow.participation_id)
        .where(of_mission)
        .order_by(col(tables.StatusChangeRow.participation_id), col(tables.StatusChangeRow.position))
    )
    for c in changes:
        parts[c.participation_id].status_history.append(StatusChange(Status(c.status), c.on_date, c.note))
    flights = session.exec(
        select(tables.FlightRow)
        .join(tables.ParticipationRow, col(tables.ParticipationRow.id) == tables.FlightRow.participation_id)
        .where(of_mission)
        .order_by(col(tables.FlightRow.id))
    )
    for f in flights:
        parts[f.participation_id].flights.append(mapping.flight_from_row(f))
    stays = session.exec(
        select(tables.StayRow, tables.SiteRow.uid)
        .join(tables.ParticipationRow, col(tables.ParticipationRow.id) == tables.StayRow.participation_id)
        .join(tables.SiteRow, col(tables.SiteRow.id) == tables.StayRow.hotel_site_id, isouter=True)
        .where(of_mission)
        .order_by(col(tables.StayRow.check_in), col(tables.StayRow.check_out))
    ).all()
    for stay, hotel_uid in stays:
        if hotel_uid:
            site_uids[stay.hotel_site_id] = hotel_uid
        parts[stay.participation_id].stays.append(Stay(stay.hotel, stay.check_in, stay.check_out, stay.room, hotel_uid))
    record.participations.extend(parts.values())


def _load_item_people(session, item_uids, record, person_uids) -> None:
    ids = list(item_uids)
    assignments = session.exec(
        select(tables.ItemAssignmentRow).where(col(tables.ItemAssignmentRow.item_id).in_(ids))
    ).all()
    attendance = session.exec(select(tables.AttendanceRow).where(col(tables.AttendanceRow.item_id).in_(ids))).all()
    needed = {row.person_id for row in (*assignments, *attendance)} - set(person_uids)
    if needed:
        for pid, uid in session.exec(
            select(col(tables.PersonRow.id), col(tables.PersonRow.uid)).where(col(tables.PersonRow.id).in_(needed))
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
        select(tables.BudgetLineRow)
        .where(col(tables.BudgetLineRow.mission_id) == mission_id)
        .order_by(col(tables.BudgetLineRow.position))
    ).all()
    record.budget_lines = [mapping.budget_line_from_row(row) for row in lines]
    rates = session.exec(
        select(tables.ExchangeRateRow)
        .where(tables.ExchangeRateRow.mission_id == mission_id)
        .order_by(tables.ExchangeRateRow.currency)
    ).all()
    record.exchange_rates = [ExchangeRate(row.currency, row.rate) for row in rates]
    rule_set = session.exec(select(tables.RuleSetRow).where(tables.RuleSetRow.mission_id == mission_id)).first()
    record.rule_set = mapping.rule_set_from_row(rule_set) if rule_set else None


def _load_papers(session, mission_id, record, person_uids) -> None:
    certificates = session.exec(
        select(tables.IssuedCertificateRow, tables.PersonRow.uid)
        .join(tables.PersonRow, col(tables.PersonRow.id) == tables.IssuedCertificateRow.person_id)
        .where(tables.IssuedCertificateRow.mission_id == mission_id)
        .order_by(tables.IssuedCertificateRow.serial)
    ).all()
    for row, uid in certificates:
        person_uids[row.person_id] = uid
        record.certificates.append(IssuedCertificate(uid, row.serial, row.issued_at))
    attachments = session.exec(
        select(tables.AttachmentRow)
        .where(tables.AttachmentRow.mission_id == mission_id)
        .order_by(tables.AttachmentRow.kind, tables.AttachmentRow.filename)
    ).all()
    record.attachments = [Attachment(AttachmentKind(a.kind), a.filename, a.media_type, a.data) for a in attachments]
    log = session.exec(
        select(tables.MissionLogRow)
        .where(tables.MissionLogRow.mission_id == mission_id)
        .order_by(col(tables.MissionLogRow.at), col(tables.MissionLogRow.id))
    ).all()
    record.log = [LogEntry(e.at, e.action, e.detail) for e in log]


def _load_people_and_sites(session, record, person_uids, site_uids, with_identity) -> None:
    people = session.exec(select(tables.PersonRow).where(col(tables.PersonRow.id).in_(list(person_uids)))).all()
    identities = {}
    if with_identity:
        identities = {
            row.person_id: row
            for row in session.exec(
                select(tables.PersonIdentityRow).where(col(tables.PersonIdentityRow.person_id).in_(list(person_uids)))
            )
        }
    record.people = [mapping.person_from_row(row, identities.get(row.id)) for row in people]
    sites = session.exec(select(tables.SiteRow).where(col(tables.SiteRow.id).in_(list(site_uids)))).all()
    record.sites = [mapping.site_from_row(row) for row in sites]
    travel = session.exec(
        select(tables.TravelTimeRow).where(
            col(tables.TravelTimeRow.from_site_id).in_(list(site_uids)),
            col(tables.TravelTimeRow.to_site_id).in_(list(site_uids)),
        )
    ).all()
    record.travel_times = [
        TravelTime(site_uids[row.from_site_id], site_uids[row.to_site_id], row.minutes) for row in travel
    ]
