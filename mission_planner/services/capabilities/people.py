"""People: delegates and their status, travel and stays, the search across missions, the
pickup groups, and the purge of personal data."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from ...domain.enums import FlightDirection, Status
from ...domain.people import Flight, Participation, Person, Stay
from ...domain.practical import MeetingPoint
from ...domain.travel import PickupGroup, pickup_groups
from ...storage import people_rows
from .. import feed, people, practical
from ..changes import Changed, RemovedPerson
from ..feed import Topic
from ..mission_codes import resolve_code
from ..people import ImportReport, PurgeReport
from ..people_search import PeopleIndex
from .base import Transaction, changing, load_record, require


class People:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def import_delegates(
        self,
        code: str,
        path: Path,
        *,
        dry_run: bool = False,
        update_identity: bool = False,
        mapping: Mapping[str, str | None] | None = None,
    ) -> ImportReport:
        """Add and update people from a nomination file, all rows or none; `mapping` names the
        field of a header that is not recognised (header text -> field, or None to ignore it)."""
        with self._transaction(checked=False) as session:
            report = people.import_nominations(
                session,
                require(session, code),
                path,
                dry_run=dry_run,
                update_identity=update_identity,
                mapping=mapping,
            )
            if not dry_run:
                feed.note(session, resolve_code(session, code), Topic.PEOPLE)
                if report.identity_changes:  # people of other missions too
                    feed.note(session, None, Topic.PEOPLE)
            return report

    def people_index(self) -> PeopleIndex:
        """Everyone in the database with their missions, to search by name as one types."""
        with self._transaction(writes=False) as session:
            return PeopleIndex(*people_rows.people_for_search(session))

    def set_status(
        self, code: str, person_uid: str, status: Status, *, on: date | None = None, note: str = ""
    ) -> Changed:
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PEOPLE)
            return people.set_status(session, mission_id, person_uid, status, on or date.today(), note)

    def withdraw_status(self, code: str, person_uid: str, status: Status, *, back_to: Status, on: date) -> Changed:
        """Take back the change to `status` recorded `on` that day: the undo of `set_status`."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PEOPLE)
            return people.withdraw_status(session, mission_id, person_uid, status, back_to, on)

    def set_flight(self, code: str, person_uid: str, flight: Flight) -> Changed:
        with self._transaction() as session:
            return people.set_flight(session, changing(session, code, Topic.PEOPLE), person_uid, flight)

    def set_travel(
        self, code: str, person_uid: str, flights: dict[FlightDirection, Flight | None], stays: list[Stay]
    ) -> Changed:
        """Flights by direction (None removes that flight) and hotel stays, in one transaction."""
        with self._transaction() as session:
            return people.set_travel(session, changing(session, code, Topic.PEOPLE), person_uid, flights, stays)

    def set_stays(self, code: str, person_uid: str, stays: list[Stay]) -> Changed:
        with self._transaction() as session:
            return people.set_stays(session, changing(session, code, Topic.PEOPLE), person_uid, stays)

    def pickup_groups(self, code: str) -> list[PickupGroup]:
        return pickup_groups(load_record(self._transaction, code))

    def meeting_points(self, code: str) -> list[MeetingPoint]:
        """Where the mission's arriving people are met, by airport (and day), and by whom."""
        with self._transaction(shown=True, writes=False) as session:
            return practical.read_meeting_points(session, require(session, code))

    def set_meeting_points(self, code: str, points: list[MeetingPoint]) -> Changed:
        """Replace the mission's meeting points (what undo gives back too)."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PEOPLE)
            return Changed(updated=(practical.save_meeting_points(session, mission_id, points),))

    def purge_personal_data(self, code: str, *, today: date | None = None, force: bool = False) -> PurgeReport:
        """Erase the identity data a mission no longer needs; those people may be in earlier
        missions too, so their people change as well."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PEOPLE)
            report = people.purge_personal_data(session, mission_id, today=today or date.today(), force=force)
            if report.erased:
                feed.note(session, None, Topic.PEOPLE)
            return report

    # --- a person by hand, and many at once ------------------------------------------------------

    def person(self, code: str, person_uid: str) -> tuple[Person, Participation]:
        """The person with identity data and their role, NPO, group and notes, to edit."""
        with self._transaction(shown=True) as session:
            return people.read_person(session, require(session, code), person_uid)

    def add_person(self, code: str, person: Person, part: Participation, *, today: date | None = None) -> Changed:
        """A person typed in by hand (uid given by the caller), checked as an import row is."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PEOPLE)
            return people.add_person(session, mission_id, person, part, today or date.today())

    def update_person(self, code: str, person: Person, part: Participation) -> Changed:
        with self._transaction() as session:
            changed = people.update_person(session, changing(session, code, Topic.PEOPLE), person, part)
            feed.note(session, None, Topic.PEOPLE)  # the person may be in other missions too
            return changed

    def remove_person(self, code: str, person_uid: str) -> RemovedPerson:
        """Take the person out of the mission; `restore_person` puts back everything."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PEOPLE, Topic.ATTENDANCE)
            return people.remove_person(session, mission_id, resolve_code(session, code), person_uid)

    def restore_person(self, removed: RemovedPerson) -> Changed:
        with self._transaction() as session:
            mission_id = changing(session, removed.mission_code, Topic.PEOPLE, Topic.ATTENDANCE)
            return people.restore_person(session, mission_id, removed)

    def set_statuses(self, code: str, person_uids: list[str], status: Status, *, on: date) -> dict[str, Status]:
        """One status for many people in one transaction; returns the status each changed had."""
        with self._transaction() as session:
            return people.set_statuses(session, changing(session, code, Topic.PEOPLE), person_uids, status, on)

    def withdraw_statuses(self, code: str, status: Status, *, on: date, back_to: dict[str, Status]) -> Changed:
        """The undo of `set_statuses`, all or nothing."""
        with self._transaction() as session:
            return people.withdraw_statuses(session, changing(session, code, Topic.PEOPLE), status, on, back_to)

    def set_parts(self, code: str, changes: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
        """Role, nominating NPO, pick-up group or notes of many people (`{uid: {field: value}}`)
        in one transaction; returns what each had before (the same call with it is the undo)."""
        with self._transaction() as session:
            return people.set_parts(session, changing(session, code, Topic.PEOPLE), changes)

    def set_many_stays(self, code: str, stays: dict[str, list[Stay]]) -> dict[str, list[Stay]]:
        """Hotel stays of many people in one transaction; returns the stays each had before."""
        with self._transaction() as session:
            return people.set_many_stays(session, changing(session, code, Topic.PEOPLE), stays)
