"""How many people a budget line pays for, and on what basis.

Nominations are not seats: an NPO may nominate five people for two places. Until anyone is
accepted, participant quantities come from the Project Notification's quotas; once people are
accepted or confirmed, from them, but never above the quota. A coordinator who wants more types
the quantity on the line (basis "typed"), which is then taken as it is.

Every quantity comes with a `QuantitySource`: a code and its parameters, which the front ends
word ("12, the quota", "10 accepted").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .enums import Role, Status
from .people import Participation
from .record import MissionRecord

ACCEPTED = (Status.ACCEPTED, Status.CONFIRMED)
IN_MISSION = (Status.NOMINATED, Status.ACCEPTED, Status.CONFIRMED)


@dataclass(frozen=True, slots=True)
class QuantitySource:
    """Where a quantity came from. Codes:

    - typed: the coordinator's own figure; fixed: one unit;
    - quota (quota, nominated): no one accepted yet, the quota counts;
    - accepted (accepted, quota): the accepted and confirmed people, within the quota;
    - quota_cap (quota, accepted): more accepted than the quota, the quota counts;
    - nominated (nominated): no quota and no one accepted yet, the nominees count;
    - resource_persons (count): resource persons nominated, accepted or confirmed;
    - days (days); site_visits (visits);
    - person_nights (nights, participants: the participants' QuantitySource per kind);
    - missing: no quantity typed.
    """

    code: str
    # What each code's parameters hold is the code's to say; readers know it by the code.
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Headcount:
    """The participants of one kind (overseas or local) a budget counts."""

    kind: str  # "overseas" or "local"
    count: int
    source: QuantitySource
    people: tuple[Participation, ...]  # who is counted by name (empty when the quota counts)


def participants(record: MissionRecord, kind: str) -> list[tuple[Participation, Status]]:
    """The mission's participants of `kind`, nominated, accepted or confirmed, in record order."""
    host = record.mission.host_country
    countries = {person.uid: person.country for person in record.people}
    local = kind == "local"
    return [
        (part, part.status)
        for part in record.participations
        if part.role == Role.PARTICIPANT
        and part.status in IN_MISSION
        and (countries.get(part.person_uid, "") == host) == local
    ]


def headcount(record: MissionRecord, kind: str) -> Headcount:
    """How many participants of `kind` the budget pays for."""
    mission = record.mission
    quota = mission.overseas_quota if kind == "overseas" else mission.local_quota
    everyone = participants(record, kind)
    accepted = tuple(part for part, status in everyone if status in ACCEPTED)
    if not accepted:
        if quota is not None:
            return Headcount(kind, quota, QuantitySource("quota", {"quota": quota, "nominated": len(everyone)}), ())
        nominated = tuple(part for part, _ in everyone)
        return Headcount(kind, len(nominated), QuantitySource("nominated", {"nominated": len(nominated)}), nominated)
    if quota is not None and len(accepted) > quota:
        source = QuantitySource("quota_cap", {"quota": quota, "accepted": len(accepted)})
        return Headcount(kind, quota, source, accepted[:quota])
    source = QuantitySource("accepted", {"accepted": len(accepted), "quota": quota})
    return Headcount(kind, len(accepted), source, accepted)


def resource_persons(record: MissionRecord, role: Role) -> tuple[int, QuantitySource]:
    count = sum(1 for part in record.participations if part.role == role and part.status in IN_MISSION)
    return count, QuantitySource("resource_persons", {"count": count, "role": role.value})


def counted_nights(record: MissionRecord) -> tuple[int, QuantitySource]:
    """Nights from the hotel stays of the people counted; a traveller with none booked counts
    the mission's nights (arriving the day before, leaving the day after), and so does each seat
    of an overseas quota while no one is accepted yet."""
    default = record.mission.duration_days + 1
    host = record.mission.host_country
    countries = {person.uid: person.country for person in record.people}
    nights = 0
    sources: dict[str, object] = {}
    for kind in ("overseas", "local"):
        count = headcount(record, kind)
        sources[kind] = count.source
        if not count.people:
            nights += count.count * default if kind == "overseas" else 0
        for part in count.people:
            nights += _nights(part, default, countries.get(part.person_uid, "") != host)
    for part in record.participations:
        if part.is_resource_person and part.status in IN_MISSION:
            overseas = part.role == Role.RESOURCE_PERSON_OVERSEAS and countries.get(part.person_uid, "") != host
            nights += _nights(part, default, overseas)
    return nights, QuantitySource("person_nights", {"nights": nights, **sources})


def _nights(part: Participation, default: int, travels: bool) -> int:
    if part.stays:
        return sum(stay.nights for stay in part.stays)
    return default if travels else 0
