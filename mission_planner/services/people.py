"""People in a mission: importing nominations, statuses, travel."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from ..domain.enums import AttendanceStatus, FlightDirection, Role, Status
from ..domain.invitations import Uninvited, uninvited_nominees
from ..domain.mission import Mission
from ..domain.people import Attendance, Flight, Participation, Person, StatusChange, Stay
from ..domain.problems import RowProblem, shown_and_hidden
from ..domain.programme import ItemAssignment
from ..domain.validation import is_timezone
from ..errors import ConflictError, InputError, NotFoundError, StaleEditError
from ..storage import attendance_rows, people_rows, programme_rows, records, repositories
from .changes import Changed, RemovedPerson
from .countries import resolve_country
from .identity import IdentityChange, IdentityChangeError, identity_changes
from .imports.cells import EMAIL
from .imports.nominations import (
    ColumnMapping,
    NominationPlan,
    Nominee,
    Planned,
    PlannedRow,
    check_mapping,
    describe_rows,
    parse_sheet,
    plan_nominations,
    planned_rows,
)
from .imports.problem_text import row_problem_text
from .imports.sheets import read_sheet
from .text_gate import refuse_long_field, refuse_long_text
from .unprintable import Unprintable, unprintable


class ImportProblems(InputError):
    """A file with problems in some rows, nothing written. `problems` holds the first ones found
    (at most MAX_PROBLEMS_COLLECTED) as codes in their cells, `total` counts them all; the
    message, in English for the command line, shows the first MAX_PROBLEMS_SHOWN and how many
    more there are."""

    def __init__(self, source: str, problems: list[RowProblem], what: str = "imported", *, total: int | None = None):
        self.problems = problems
        self.total = len(problems) if total is None else total
        count = f"{self.total:,} problem{'s' if self.total != 1 else ''}"
        shown, hidden = shown_and_hidden(problems, self.total)
        lines = [f"{source}: {row_problem_text(problem)}" for problem in shown]
        if hidden:
            lines.append(f"and {hidden:,} more problem{'s' if hidden != 1 else ''}")
        super().__init__("\n".join([f"{count}; nothing was {what}:", *lines]), source=source)


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    lines: list[str]
    dry_run: bool
    uninvited: list[Uninvited[str]] = field(default_factory=list)  # participants' names by economy
    identity_changes: tuple[IdentityChange, ...] = ()  # identity data replaced of people in other missions
    planned: tuple[PlannedRow, ...] = ()  # `lines` before the identity changes, for a front end to word
    unprintable: tuple[Unprintable, ...] = ()  # names and organizations with characters no font has


def import_nominations(
    session: Session,
    mission_id: int,
    path: Path,
    *,
    dry_run: bool = False,
    today: date | None = None,
    update_identity: bool = False,
    mapping: ColumnMapping | None = None,
) -> ImportReport:
    """Add and update the people of a nomination file. Identity data of people who are also in
    other missions is replaced only with `update_identity`; otherwise the import is refused
    (`IdentityChangeError`), and a dry run lists what would change. `mapping` says which field
    headers hold that are not recognised (or that a column is ignored)."""
    if mapping:
        check_mapping(mapping)
    parsed = parse_sheet(read_sheet(path), mapping)
    if parsed.problems:
        problems = sorted(parsed.problems, key=lambda p: p.row)
        raise ImportProblems(str(path), problems, total=parsed.problem_count)
    emails = [n.person.email for n in parsed.nominees]
    plan = plan_nominations(
        parsed.nominees, people_rows.mission_people(session, mission_id), people_rows.people_by_email(session, emails)
    )
    mission = repositories.mission(session, mission_id)
    _notice_travel_changes(session, mission_id, mission, plan)
    uninvited = _uninvited(session, mission_id, mission, plan)
    known = [p.person for p in (*plan.added, *plan.updated) if p.before is not None]
    changes = tuple(identity_changes(session, known, mission_id=mission_id))
    if changes and not (dry_run or update_identity):
        raise IdentityChangeError(str(path), list(changes))
    if not dry_run:
        apply_plan(session, mission_id, mission, plan, today or date.today())
    verb = "would replace" if dry_run else "replaced"
    lines = describe_rows(plan) + [f"identity {verb}: {change}" for change in changes]
    rows = tuple(planned_rows(plan))
    odd = tuple(unprintable(p.person for p in sorted((*plan.added, *plan.updated), key=lambda p: p.nominee.row)))
    return ImportReport(
        len(plan.added), len(plan.updated), len(plan.unchanged), lines, dry_run, uninvited, changes, rows, odd
    )


def _uninvited(session: Session, mission_id: int, mission: Mission, plan: NominationPlan) -> list[Uninvited[str]]:
    """The file's participants from economies the mission does not invite, by name. A row
    without a role keeps the role its person already has in the mission."""
    nominees = []
    for planned in sorted((*plan.added, *plan.updated, *plan.unchanged), key=lambda p: p.nominee.row):
        role = planned.nominee.role
        if role is None and planned.in_mission:
            role = people_rows.role_in_mission(session, mission_id, planned.person.uid)
        if (role or Role.PARTICIPANT) == Role.PARTICIPANT:
            nominees.append((planned.person.full_name, planned.person.country))
    return uninvited_nominees(mission, nominees)


def apply_plan(session: Session, mission_id: int, mission: Mission, plan: NominationPlan, today: date) -> None:
    _add_to_mission(session, mission_id, mission, plan.added, today)
    for planned in plan.updated:
        people_rows.save_person(session, planned.person)
        nominee = planned.nominee
        npo = nominee.nominating_npo if "nominating_npo" in nominee.present else None
        part_id = people_rows.update_participation(session, mission_id, planned.person.uid, nominee.role, npo)
        _save_flights(session, mission, part_id, nominee)


def _add_to_mission(session: Session, mission_id: int, mission: Mission, added: list[Planned], today: date) -> None:
    """New people in one batch; people the database knows from other missions are updated."""
    new = [replace(p.person, uid=str(uuid.uuid4())) for p in added if p.before is None]
    ids = people_rows.insert_new_people(session, new)
    for planned in added:
        if planned.before is not None:
            ids[planned.person.uid] = people_rows.save_person(session, planned.person)
    uids = iter(person.uid for person in new)
    order = [planned.person.uid if planned.before is not None else next(uids) for planned in added]
    entries = [
        (ids[uid], p.nominee.role or Role.PARTICIPANT, p.nominee.nominating_npo)
        for uid, p in zip(order, added, strict=True)
    ]
    part_ids = people_rows.insert_participations(session, mission_id, entries, Status.NOMINATED, today)
    flights = [
        (part_id, flight)
        for part_id, planned in zip(part_ids, added, strict=True)
        for flight in _flights(mission, planned.nominee)
        if flight is not None
    ]
    people_rows.insert_flights(session, flights)


def _notice_travel_changes(session: Session, mission_id: int, mission: Mission, plan: NominationPlan) -> None:
    """A person whose only change is a new flight is updated too."""
    for planned in list(plan.unchanged):
        part_id = people_rows.participation_id(session, mission_id, planned.person.uid)
        if any(
            flight is not None and people_rows.flights_of(session, part_id, flight.direction) != [flight]
            for flight in _flights(mission, planned.nominee)
        ):
            plan.unchanged.remove(planned)
            plan.updated.append(planned)


def _flights(mission: Mission, nominee: Nominee) -> list[Flight | None]:
    """The flights a row gives. Its times are local times where the mission is held."""
    zone = ZoneInfo(mission.timezone)
    return [
        Flight(direction, "", when.replace(tzinfo=zone), number) if when is not None else None
        for direction, when, number in (
            (FlightDirection.ARRIVAL, nominee.arrival, nominee.arrival_flight),
            (FlightDirection.DEPARTURE, nominee.departure, nominee.departure_flight),
        )
    ]


def _save_flights(session: Session, mission: Mission, participation_id: int, nominee: Nominee) -> None:
    for flight in _flights(mission, nominee):
        if flight is not None:
            people_rows.replace_flight(session, participation_id, flight)


def set_status(session: Session, mission_id: int, person_uid: str, status: Status, on: date, note: str = "") -> Changed:
    refuse_long_field("note", note, StatusChange)
    if people_rows.status_in_mission(session, mission_id, person_uid) == status and not note:
        return Changed()
    people_rows.add_status_change(session, mission_id, person_uid, status, on, note)
    return Changed(updated=(person_uid,))


def withdraw_status(
    session: Session, mission_id: int, person_uid: str, status: Status, back_to: Status, on: date
) -> Changed:
    """Take back the status change `set_status` just recorded (`status` on `on`), so the person
    has `back_to` again and their history is as it was before (undo of a status change).

    Refused when the person's latest change is another one: someone changed it since."""
    if not people_rows.remove_last_status_change(session, mission_id, person_uid, status, on, back_to):
        raise StaleEditError(
            "The status was changed by someone else since; reload to see their change. Nothing was changed."
        )
    return Changed(updated=(person_uid,))


def set_flight(session: Session, mission_id: int, person_uid: str, flight: Flight) -> Changed:
    refuse_long_text(flight)
    if not flight.airport.strip():
        raise InputError("a flight needs an airport", location="airport", code="flight_without_airport")
    part_id = people_rows.participation_id(session, mission_id, person_uid)
    people_rows.replace_flight(session, part_id, flight)
    people_rows.touch(session, part_id)
    return Changed(updated=(person_uid,))


def set_stays(session: Session, mission_id: int, person_uid: str, stays: list[Stay]) -> Changed:
    refuse_long_text(stays, "stays")
    for stay in stays:
        if stay.check_out < stay.check_in:
            raise InputError(
                f"the stay at {stay.hotel} ends before it begins",
                location="check_out",
                code="stay_ends_before_check_in",
                params={"hotel": stay.hotel},
            )
    part_id = people_rows.participation_id(session, mission_id, person_uid)
    people_rows.replace_stays(session, part_id, stays)
    people_rows.touch(session, part_id)
    return Changed(updated=(person_uid,))


def set_travel(
    session: Session,
    mission_id: int,
    person_uid: str,
    flights: dict[FlightDirection, Flight | None],
    stays: list[Stay],
) -> Changed:
    """A person's arrival and departure flights (None: no flight that way) and hotel stays, together."""
    part_id = people_rows.participation_id(session, mission_id, person_uid)
    for direction, flight in flights.items():
        if flight is None:
            people_rows.delete_flights(session, part_id, direction)
        else:
            set_flight(session, mission_id, person_uid, replace(flight, direction=direction))
    return set_stays(session, mission_id, person_uid, stays)


@dataclass(frozen=True, slots=True)
class PurgeReport:
    erased: int  # people whose identity data was erased
    kept: int  # people kept because a later mission still needs their data


def purge_personal_data(session: Session, mission_id: int, *, today: date, force: bool = False) -> PurgeReport:
    """Erase passport numbers and expiry dates and dates of birth after a mission, and log it."""
    mission = repositories.mission(session, mission_id)
    if mission.end_date >= today and not force:
        raise ConflictError(
            f"{mission.code} ends on {mission.end_date:%d %b %Y}; personal data is purged after a mission "
            "(use --force to purge now).",
            code="purge_before_end",
            params={"mission": mission.code, "end": mission.end_date},
        )
    needed = people_rows.people_with_later_missions(session, mission_id, today)
    erase = [pid for pid in people_rows.mission_person_ids(session, mission_id) if pid not in needed]
    erased = people_rows.erase_identities(session, erase)
    detail = f"Erased passport numbers and expiry dates and dates of birth of {erased} people"
    if needed:
        detail += f"; kept those of {len(needed)} who take part in a mission that has not ended"
    people_rows.add_log(session, mission_id, datetime.now(UTC), "personal_data_purged", detail + ".")
    return PurgeReport(erased, len(needed))


# --- a person by hand, and many at once ----------------------------------------------------------


def check_person(session: Session, mission_id: int, person: Person) -> None:
    """Refuse what an import would refuse of the same row: the text limits, no family name, an
    unknown country, a malformed email, a time zone that is not one, another person of the
    mission with the same email."""
    refuse_long_text(person)
    if not person.family_name.strip():
        raise InputError("a person needs a family name", location="family_name", code="person_without_family_name")
    if resolve_country(person.country) != person.country:
        raise InputError(
            f"unknown country {person.country!r}",
            location="country",
            code="unknown_country",
            params={"text": person.country},
        )
    if person.email and not EMAIL.match(person.email):
        raise InputError(
            f"{person.email!r} is not an email address",
            location="email",
            code="not_email",
            params={"text": person.email},
        )
    if person.home_timezone and not is_timezone(person.home_timezone):
        raise InputError(
            f"{person.home_timezone!r} is not a time zone",
            location="home_timezone",
            code="not_time_zone",
            params={"text": person.home_timezone},
        )
    if person.email:
        for other in people_rows.mission_people(session, mission_id):
            if other.uid != person.uid and other.email.casefold() == person.email.casefold():
                raise InputError(
                    f"{other.full_name} of this mission has the email {person.email}",
                    location="email",
                    code="email_in_mission",
                    params={"name": other.full_name, "email": person.email},
                )


def _check_part(part: Participation) -> None:
    for name in ("nominating_npo", "group", "notes", "action_plan"):
        refuse_long_field(name, getattr(part, name), Participation)


def add_person(session: Session, mission_id: int, person: Person, part: Participation, today: date) -> Changed:
    """A person typed in by hand: new to the database (their uid is the caller's, so a redo
    gives the same one), in the mission with `part`'s role and first status."""
    check_person(session, mission_id, person)
    _check_part(part)
    if _known(session, person.uid):
        raise ConflictError(
            f"There is a person {person.uid} already.", code="person_exists", params={"uid": person.uid}
        )
    person_id = people_rows.save_person(session, person)
    history = part.status_history or [StatusChange(part.status, today)]
    people_rows.insert_participation(session, mission_id, person_id, replace(part, status_history=history))
    return Changed(added=(person.uid,))


def _known(session: Session, uid: str) -> bool:
    try:
        people_rows.person_id_of(session, uid)
    except NotFoundError:
        return False
    return True


def read_person(session: Session, mission_id: int, uid: str) -> tuple[Person, Participation]:
    """The person with identity data and their part in the mission, for the person dialog."""
    part = people_rows.participation_row(session, mission_id, uid)
    participation = Participation(
        uid,
        Role(part.role),
        Status(part.status),
        nominating_npo=part.nominating_npo,
        group=part.group_name,
        notes=part.notes,
        action_plan=part.action_plan,
    )
    return people_rows.person_with_identity(session, uid), participation


def update_person(session: Session, mission_id: int, person: Person, part: Participation) -> Changed:
    """The person's details (identity data replaced by `person.identity` when it is not None,
    erased when it is empty)
    and their role, nominating NPO, pick-up group, notes and action plan in the mission."""
    check_person(session, mission_id, person)
    _check_part(part)
    row = people_rows.participation_row(session, mission_id, person.uid)
    person_id = people_rows.save_person(session, person)
    if person.identity is not None and person.identity.is_empty:
        people_rows.erase_identities(session, [person_id])  # all cleared: none kept, as before any was given
    people_rows.set_participation_fields(
        session,
        row,
        role=part.role,
        nominating_npo=part.nominating_npo,
        group=part.group,
        notes=part.notes,
        action_plan=part.action_plan,
    )
    return Changed(updated=(person.uid,))


def remove_person(session: Session, mission_id: int, code: str, uid: str) -> RemovedPerson:
    """Take the person out of the mission; the person is forgotten when no other mission (nor any
    item) names them. What is returned is what `restore_person` needs to put it all back."""
    row = people_rows.participation_row(session, mission_id, uid)
    person = people_rows.person_with_identity(session, uid)
    record = records.load_record(session, mission_id)
    part = next(p for p in record.participations if p.person_uid == uid)
    attendance, assignments, items = people_rows.person_marks(session, mission_id, row.person_id)
    removed = RemovedPerson(
        code,
        person,
        part,
        [
            Attendance(items[a.item_id], uid, AttendanceStatus(a.status), a.minutes, a.reason, a.excuse_accepted)
            for a in attendance
        ],
        [ItemAssignment(items[a.item_id], uid, a.attends) for a in assignments],
    )
    people_rows.delete_participation(session, row)
    people_rows.delete_unused_people(session, {uid})
    return removed


def restore_person(session: Session, mission_id: int, removed: RemovedPerson) -> Changed:
    """Put back a person `remove_person` took out: same uid, history, travel and marks."""
    person_id = people_rows.save_person(session, removed.person)
    people_rows.insert_participation(session, mission_id, person_id, removed.participation)
    for mark in removed.attendance:
        attendance_rows.set_mark(session, mark)
    by_item: dict[str, list[ItemAssignment]] = {}
    for assignment in removed.assignments:
        by_item.setdefault(assignment.item_uid, []).append(assignment)
    for item_uid, assignments in by_item.items():
        programme_rows.restore_assignments(session, item_uid, assignments)
    return Changed(added=(removed.person.uid,))


def set_statuses(session: Session, mission_id: int, uids: list[str], status: Status, on: date) -> dict[str, Status]:
    """Give everyone of `uids` `status` on `on`; returns the status each one changed had before
    (those who had it already are left as they are)."""
    rows = people_rows.participation_rows(session, mission_id, uids)
    before: dict[str, Status] = {}
    for uid in uids:
        row = rows[uid]
        if row.status != status.value:
            before[uid] = Status(row.status)
            people_rows.add_status_change(session, mission_id, uid, status, on)
    return before


def withdraw_statuses(
    session: Session, mission_id: int, status: Status, on: date, back_to: dict[str, Status]
) -> Changed:
    """The undo of `set_statuses`: each change taken back out of its person's history."""
    for uid, old in back_to.items():
        withdraw_status(session, mission_id, uid, status, old, on)
    return Changed(updated=tuple(back_to))


def set_parts(session: Session, mission_id: int, changes: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    """Set role, nominating_npo, group or notes of many people at once (`{uid: {field: value}}`);
    returns the values each had before, for the undo."""
    rows = people_rows.participation_rows(session, mission_id, list(changes))
    before: dict[str, dict[str, object]] = {}
    for uid, values in changes.items():
        row = rows[uid]
        for name in values:
            if name in ("nominating_npo", "group", "notes"):
                refuse_long_field(name, str(values[name]), Participation)
        before[uid] = {
            name: (Role(row.role) if name == "role" else getattr(row, "group_name" if name == "group" else name))
            for name in values
        }
        people_rows.set_participation_fields(session, row, **values)  # type: ignore[arg-type]
    return before


def set_many_stays(session: Session, mission_id: int, stays: dict[str, list[Stay]]) -> dict[str, list[Stay]]:
    """Replace the hotel stays of many people at once; returns the stays each had before."""
    record = records.load_record(session, mission_id)
    had = {part.person_uid: list(part.stays) for part in record.participations}
    for uid, new in stays.items():
        set_stays(session, mission_id, uid, new)
    return {uid: had.get(uid, []) for uid in stays}
