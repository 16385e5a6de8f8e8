"""The people of a mission as a table: one row per person, over plain values.

`people_rows(record)` turns a mission record into `PersonRow`s (uids and words); `filter_people`
narrows them in Python (a proxy model is far slower at 100,000 rows) and the model shows what it
is given, resetting itself each time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...domain.enums import FlightDirection
from ...domain.people import Flight, Participation, Person
from ...domain.record import MissionRecord
from ...domain.text import fold
from ...services import person_key
from ..formatting import country_name, month_abbreviation
from ..labels import mission_role_text, status_text
from .rows import LEFT, RIGHT, SORT_ROLE, AnyIndex, RowsModel

UID_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's person uid, read through any proxy model


class Column(IntEnum):
    NAME = 0
    COUNTRY = 1
    ORGANIZATION = 2
    POSITION = 3
    ROLE = 4
    STATUS = 5
    EMAIL = 6
    ARRIVAL = 7
    NIGHTS = 8


@dataclass(frozen=True, slots=True)
class PersonRow:
    uid: str
    name: str  # as its owner writes it
    country: str  # ISO alpha-2
    country_name: str
    organization: str
    position: str
    role: str
    status: str
    email: str
    arrival: str  # `23 Oct 17:40 · KE 955`, in the airport's local time
    arrival_detail: str
    nights: int
    search_key: str  # folded name, email, organization, position, country
    arrival_at: datetime | None = None  # the first arrival, to sort by
    name_rank: int = 0  # the place of the name in collation order (services.person_key), to sort by


def short_local_time(moment: datetime) -> str:
    """`23 Oct 17:40`, in the moment's own (the airport's) time zone."""
    return QCoreApplication.translate("People", "{day} {month} {time}").format(
        day=moment.day, month=month_abbreviation(moment.month), time=f"{moment:%H:%M}"
    )


def zone_text(moment: datetime) -> str:
    """`Asia/Seoul, KST`: the IANA name and the abbreviation in use then."""
    key = getattr(moment.tzinfo, "key", "") or ""
    abbreviation = moment.tzname() or ""
    if abbreviation and abbreviation != key and not abbreviation.startswith(("+", "-")):
        return f"{key}, {abbreviation}" if key else abbreviation
    return key or abbreviation


def arrival_of(part: Participation) -> Flight | None:
    arrivals = [f for f in part.flights if f.direction == FlightDirection.ARRIVAL]
    return min(arrivals, key=lambda f: f.scheduled) if arrivals else None


def people_rows(record: MissionRecord) -> list[PersonRow]:
    """The people of `record` by family name in collation order (a name in another script by its
    romanised form), with the words the table shows."""
    parts = {part.person_uid: part for part in record.participations}
    ordered = sorted((person for person in record.people if person.uid in parts), key=person_key)
    return [_row(person, parts[person.uid], rank) for rank, person in enumerate(ordered)]


def _row(person: Person, part: Participation, rank: int = 0) -> PersonRow:
    flight = arrival_of(part)
    arrival = detail = ""
    if flight is not None:
        arrival = " · ".join(p for p in (short_local_time(flight.scheduled), flight.flight_no) if p)
        detail = QCoreApplication.translate("People", "{flight} at {airport}, {time} ({zone})").format(
            flight=flight.flight_no or "—",
            airport=flight.airport or "—",
            time=short_local_time(flight.scheduled),
            zone=zone_text(flight.scheduled),
        )
    name, country = person.full_name, country_name(person.country) if person.country else ""
    key = fold(
        "\n".join(
            (name, person.romanized_name, person.email, person.organization, person.position, country, person.country)
        )
    )
    return PersonRow(
        uid=person.uid,
        name=name,
        country=person.country,
        country_name=country,
        organization=person.organization,
        position=person.position,
        role=str(part.role),
        status=str(part.status),
        email=person.email,
        arrival=arrival,
        arrival_detail=detail,
        nights=sum(stay.nights for stay in part.stays),
        search_key=key,
        arrival_at=flight.scheduled if flight is not None else None,
        name_rank=rank,
    )


def filter_people(
    rows: Sequence[PersonRow],
    *,
    query: str = "",
    status: str | None = None,
    country: str | None = None,
    role: str | None = None,
) -> list[PersonRow]:
    """The rows with that status, country and role (None: any) containing every word of `query`,
    compared without case or accents (`yilmaz` finds Yılmaz)."""
    words = fold(query).split()
    return [
        row
        for row in rows
        if (status is None or row.status == status)
        and (country is None or row.country == country)
        and (role is None or row.role == role)
        and all(word in row.search_key for word in words)
    ]


class PeopleModel(RowsModel):
    """Rows of `PersonRow`, read-only: the status is changed in the details panel."""

    columns = Column

    def set_rows(self, rows: Iterable[PersonRow]) -> None:
        self._replace_rows(rows)

    # Qt's API

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(row, column)
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(row, column)
            case Qt.ItemDataRole.TextAlignmentRole:
                return self._alignment(column)
            case _ if role == SORT_ROLE:
                return self._sort_key(row, column)
            case _ if role == UID_ROLE:
                return row.uid
        return None

    # helpers

    def _sort_key(self, row: PersonRow, column: Column) -> Any:
        match column:
            case Column.NAME:
                return row.name_rank
            case Column.NIGHTS:
                return row.nights
            case Column.ARRIVAL:
                return row.arrival_at.timestamp() if row.arrival_at is not None else None
        return None

    def _display(self, row: PersonRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.COUNTRY:
                return row.country_name
            case Column.ORGANIZATION:
                return row.organization
            case Column.POSITION:
                return row.position
            case Column.ROLE:
                return mission_role_text(row.role)
            case Column.STATUS:
                return status_text(row.status)
            case Column.EMAIL:
                return row.email
            case Column.ARRIVAL:
                return row.arrival
            case Column.NIGHTS:
                return str(row.nights) if row.nights else ""

    def _tooltip(self, row: PersonRow, column: Column) -> str | None:
        match column:
            case Column.ARRIVAL:
                return row.arrival_detail or None
            case Column.NAME | Column.ORGANIZATION | Column.POSITION | Column.EMAIL:
                return self._display(row, column) or None
        return None

    def _header_text(self, column: Column) -> str:
        match column:
            case Column.NAME:
                return self.tr("Name")
            case Column.COUNTRY:
                return self.tr("Country")
            case Column.ORGANIZATION:
                return self.tr("Organization")
            case Column.POSITION:
                return self.tr("Position")
            case Column.ROLE:
                return self.tr("Role")
            case Column.STATUS:
                return self.tr("Status")
            case Column.EMAIL:
                return self.tr("Email")
            case Column.ARRIVAL:
                return self.tr("Arrival")
            case Column.NIGHTS:
                return self.tr("Nights")

    def _alignment(self, column: Column) -> Qt.AlignmentFlag:
        return RIGHT if column == Column.NIGHTS else LEFT
