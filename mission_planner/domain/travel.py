"""Travel arithmetic: airport pick-up groups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .enums import FlightDirection, Status
from .record import MissionRecord

PICKUP_WINDOW = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class PickupGroup:
    """People landing at one airport within an hour of the group's first arrival."""

    airport: str
    first: datetime
    last: datetime
    person_uids: tuple[str, ...]


def pickup_groups(record: MissionRecord) -> list[PickupGroup]:
    arrivals = sorted(
        (flight.airport, flight.scheduled, part.person_uid)
        for part in record.participations
        if part.status not in (Status.WITHDRAWN, Status.REJECTED)
        for flight in part.flights
        if flight.direction == FlightDirection.ARRIVAL
    )
    groups: list[list[tuple[str, datetime, str]]] = []
    for arrival in arrivals:
        current = groups[-1] if groups else None
        if current and current[0][0] == arrival[0] and arrival[1] - current[0][1] <= PICKUP_WINDOW:
            current.append(arrival)
        else:
            groups.append([arrival])
    return [PickupGroup(g[0][0], g[0][1], g[-1][1], tuple(uid for _, _, uid in g)) for g in groups]
