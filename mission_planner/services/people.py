"""People in a mission: importing nominations, statuses, travel."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from ..domain.enums import FlightDirection, Role, Status
from ..domain.invitations import Uninvited, uninvited_nominees
from ..domain.people import Flight, StatusChange, Stay
from ..domain.problems import RowProblem, shown_and_hidden
from ..errors import ConflictError, InputError, StaleEditError
from ..storage import people_rows, tables
from ..storage.keys import existing, row_id
from ..storage.mapping import mission_from_row
from .changes import Changed
from .identity import IdentityChange, IdentityChangeError, identity_changes
from .imports.nominations import (
    NominationPlan,
    Nominee,
    Planned,
    PlannedRow,
    describe_rows,
    parse_sheet,
    plan_nominations,
    planned_rows,
)
from .imports.problem_text import row_problem_text
from .imports.sheets import read_sheet
from .text_gate import refuse_long_field, refuse_long_text


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


def import_nominations(
    session: Session,
    mission_id: int,
    path: Path,
    *,
    dry_run: bool = False,
    today: date | None = None,
    update_identity: bool = False,
) -> ImportReport:
    """Add and update the people of a nomination file. Identity data of people who are also in
    other missions is replaced only with `update_identity`; otherwise the import is refused
    (`IdentityChangeError`), and a dry run lists what would change."""
    parsed = parse_sheet(read_sheet(path))
    if parsed.problems:
        problems = sorted(parsed.problems, key=lambda p: p.row)
        raise ImportProblems(str(path), problems, total=parsed.problem_count)
    emails = [n.person.email for n in parsed.nominees]
    plan = plan_nominations(
        parsed.nominees, people_rows.mission_people(session, mission_id), people_rows.people_by_email(session, emails)
    )
    mission = existing(session, tables.MissionRow, mission_id)
    _notice_travel_changes(session, mission, plan)
    uninvited = _uninvited(session, mission, plan)
    known = [p.person for p in (*plan.added, *plan.updated) if p.before is not None]
    changes = tuple(identity_changes(session, known, mission_id=mission_id))
    if changes and not (dry_run or update_identity):
        raise IdentityChangeError(str(path), list(changes))
    if not dry_run:
        apply_plan(session, mission, plan, today or date.today())
    verb = "would replace" if dry_run else "replaced"
    lines = describe_rows(plan) + [f"identity {verb}: {change}" for change in changes]
    rows = tuple(planned_rows(plan))
    return ImportReport(
        len(plan.added), len(plan.updated), len(plan.unchanged), lines, dry_run, uninvited, changes, rows
    )


def _uninvited(session: Session, mission: tables.MissionRow, plan: NominationPlan) -> list[Uninvited[str]]:
    """The file's participants from economies the mission does not invite, by name. A row
    without a role keeps the role its person already has in the mission."""
    nominees = []
    for planned in sorted((*plan.added, *plan.updated, *plan.unchanged), key=lambda p: p.nominee.row):
        role = planned.nominee.role
        if role is None and planned.in_mission:
            role = Role(people_rows.participation_row(session, row_id(mission), planned.person.uid).role)
        if (role or Role.PARTICIPANT) == Role.PARTICIPANT:
            nominees.append((planned.person.full_name, planned.person.country))
    return uninvited_nominees(mission_from_row(mission), nominees)


def apply_plan(session: Session, mission: tables.MissionRow, plan: NominationPlan, today: date) -> None:
    _add_to_mission(session, mission, plan.added, today)
    for planned in plan.updated:
        people_rows.save_person(session, planned.person)
        part = people_rows.participation_row(session, row_id(mission), planned.person.uid)
        _update_participation(session, part, planned)
        _save_flights(session, mission, row_id(part), planned.nominee)


def _add_to_mission(session: Session, mission: tables.MissionRow, added: list[Planned], today: date) -> None:
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
    part_ids = people_rows.insert_participations(session, row_id(mission), entries, Status.NOMINATED, today)
    flights = [
        (part_id, flight)
        for part_id, planned in zip(part_ids, added, strict=True)
        for flight in _flights(mission, planned.nominee)
        if flight is not None
    ]
    people_rows.insert_flights(session, flights)


def _notice_travel_changes(session: Session, mission: tables.MissionRow, plan: NominationPlan) -> None:
    """A person whose only change is a new flight is updated too."""
    for planned in list(plan.unchanged):
        part = people_rows.participation_row(session, row_id(mission), planned.person.uid)
        if any(
            flight is not None and people_rows.flights_of(session, row_id(part), flight.direction) != [flight]
            for flight in _flights(mission, planned.nominee)
        ):
            plan.unchanged.remove(planned)
            plan.updated.append(planned)


def _update_participation(session: Session, part: tables.ParticipationRow, planned: Planned) -> None:
    nominee = planned.nominee
    if nominee.role is not None:
        part.role = nominee.role.value
    if "nominating_npo" in nominee.present:
        part.nominating_npo = nominee.nominating_npo
    session.add(part)


def _flights(mission: tables.MissionRow, nominee: Nominee) -> list[Flight | None]:
    """The flights a row gives. Its times are local times where the mission is held."""
    zone = ZoneInfo(mission.timezone)
    return [
        Flight(direction, "", when.replace(tzinfo=zone), number) if when is not None else None
        for direction, when, number in (
            (FlightDirection.ARRIVAL, nominee.arrival, nominee.arrival_flight),
            (FlightDirection.DEPARTURE, nominee.departure, nominee.departure_flight),
        )
    ]


def _save_flights(session: Session, mission: tables.MissionRow, participation_id: int, nominee: Nominee) -> None:
    for flight in _flights(mission, nominee):
        if flight is not None:
            people_rows.replace_flight(session, participation_id, flight)


def set_status(session: Session, mission_id: int, person_uid: str, status: Status, on: date, note: str = "") -> Changed:
    refuse_long_field("note", note, StatusChange)
    part = people_rows.participation_row(session, mission_id, person_uid)
    if part.status == status.value and not note:
        return Changed()
    people_rows.add_status_change(session, part, status, on, note)
    return Changed(updated=(person_uid,))


def withdraw_status(
    session: Session, mission_id: int, person_uid: str, status: Status, back_to: Status, on: date
) -> Changed:
    """Take back the status change `set_status` just recorded (`status` on `on`), so the person
    has `back_to` again and their history is as it was before (undo of a status change).

    Refused when the person's latest change is another one: someone changed it since."""
    part = people_rows.participation_row(session, mission_id, person_uid)
    last = people_rows.last_status_change(session, part)
    if last is None or last.status != status.value or last.on_date != on or part.status != status.value:
        raise StaleEditError(
            "The status was changed by someone else since; reload to see their change. Nothing was changed."
        )
    people_rows.remove_status_change(session, part, last, back_to)
    return Changed(updated=(person_uid,))


def set_flight(session: Session, mission_id: int, person_uid: str, flight: Flight) -> Changed:
    refuse_long_text(flight)
    if not flight.airport.strip():
        raise InputError("a flight needs an airport", location="airport", code="flight_without_airport")
    part = people_rows.participation_row(session, mission_id, person_uid)
    people_rows.replace_flight(session, row_id(part), flight)
    people_rows.touch(session, part)
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
    part = people_rows.participation_row(session, mission_id, person_uid)
    people_rows.replace_stays(session, row_id(part), stays)
    people_rows.touch(session, part)
    return Changed(updated=(person_uid,))


def set_travel(
    session: Session,
    mission_id: int,
    person_uid: str,
    flights: dict[FlightDirection, Flight | None],
    stays: list[Stay],
) -> Changed:
    """A person's arrival and departure flights (None: no flight that way) and hotel stays, together."""
    part = people_rows.participation_row(session, mission_id, person_uid)
    for direction, flight in flights.items():
        if flight is None:
            people_rows.delete_flights(session, row_id(part), direction)
        else:
            set_flight(session, mission_id, person_uid, replace(flight, direction=direction))
    return set_stays(session, mission_id, person_uid, stays)


@dataclass(frozen=True, slots=True)
class PurgeReport:
    erased: int  # people whose identity data was erased
    kept: int  # people kept because a later mission still needs their data


def purge_personal_data(session: Session, mission_id: int, *, today: date, force: bool = False) -> PurgeReport:
    """Erase passport numbers and expiry dates and dates of birth after a mission, and log it."""
    mission = existing(session, tables.MissionRow, mission_id)
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
