"""People: delegates and their status, travel and stays, the search across missions, the
pickup groups, and the purge of personal data."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from ...domain.enums import FlightDirection, Status
from ...domain.people import Flight, Stay
from ...domain.travel import PickupGroup, pickup_groups
from ...storage import people_rows
from .. import feed, people
from ..changes import Changed
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

    def purge_personal_data(self, code: str, *, today: date | None = None, force: bool = False) -> PurgeReport:
        """Erase the identity data a mission no longer needs; those people may be in earlier
        missions too, so their people change as well."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.PEOPLE)
            report = people.purge_personal_data(session, mission_id, today=today or date.today(), force=force)
            if report.erased:
                feed.note(session, None, Topic.PEOPLE)
            return report
