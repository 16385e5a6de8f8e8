"""Conversions between domain values and table rows, one pair of functions per entity.

JSON columns hold plain lists and dicts; the structured values inside them (opening hours,
emergency contacts, rules) are converted here so the domain never sees storage shapes.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from ..domain.budget import BudgetLine, Rule, RuleSet, Split
from ..domain.enums import (
    FlightDirection,
    Gender,
    ItemKind,
    Modality,
    Payer,
    PlaceKind,
    QuantityBasis,
    Role,
    RuleStatus,
    SplitKind,
)
from ..domain.mission import Mission
from ..domain.people import Flight, Identity, Person
from ..domain.places import OpeningHours, Site
from ..domain.practical import MeetingPoint, PracticalNotes
from ..domain.programme import Item
from . import tables
from .mission_values import COLUMNS, PLAIN, mission_from_values

# Practical notes stored under the same name in the mission_practical table.
_PRACTICAL_PLAIN = [f.name for f in fields(PracticalNotes) if f.name != "host_office_uid"]


def mission_to_row(mission: Mission) -> tables.MissionRow:
    values = {name: getattr(mission, name) for name in PLAIN}
    values["implementing_organizations"] = list(mission.implementing_organizations)
    values["participating_countries"] = list(mission.participating_countries)
    values["objectives"] = list(mission.objectives)
    values["financial_arrangements"] = list(mission.financial_arrangements)
    return tables.MissionRow(
        **values,
        scope=mission.scope.value,
        modality=mission.modality.value,
        certificate_require_all_items=mission.certificate_rule.require_all_items,
        certificate_min_online_percent=mission.certificate_rule.min_online_percent,
        emergency_contacts=[asdict(contact) for contact in mission.emergency_contacts],
    )


def mission_from_row(row: tables.MissionRow) -> Mission:
    return mission_from_values({name: getattr(row, name) for name in COLUMNS})


def opening_hours_to_json(hours: list[OpeningHours]) -> list[dict]:
    return [
        {"weekdays": list(h.weekdays), "opens": h.opens.isoformat("minutes"), "closes": h.closes.isoformat("minutes")}
        for h in hours
    ]


def opening_hours_from_json(data: list[dict]) -> list[OpeningHours]:
    return [
        OpeningHours(tuple(h["weekdays"]), time.fromisoformat(h["opens"]), time.fromisoformat(h["closes"]))
        for h in data
    ]


_SITE_PLAIN = [f.name for f in fields(Site) if f.name not in ("kind", "opening_hours")]


def site_values(site: Site) -> dict:
    values = {name: getattr(site, name) for name in _SITE_PLAIN}
    values["kind"] = site.kind.value
    values["opening_hours"] = opening_hours_to_json(site.opening_hours)
    return values


def site_from_row(row: tables.SiteRow) -> Site:
    values = {name: getattr(row, name) for name in _SITE_PLAIN}
    return Site(**values, kind=PlaceKind(row.kind), opening_hours=opening_hours_from_json(row.opening_hours))


_PERSON_PLAIN = [f.name for f in fields(Person) if f.name not in ("gender", "identity")]


def person_values(person: Person) -> dict:
    values = {name: getattr(person, name) for name in _PERSON_PLAIN}
    values["gender"] = person.gender.value if person.gender else None
    return values


def person_from_row(row: tables.PersonRow, identity: tables.PersonIdentityRow | None = None) -> Person:
    values = {name: getattr(row, name) for name in _PERSON_PLAIN}
    return Person(
        **values,
        gender=Gender(row.gender) if row.gender else None,
        identity=identity_from_row(identity) if identity else None,
    )


def identity_from_row(row: tables.PersonIdentityRow) -> Identity:
    return Identity(row.passport_number, row.passport_expiry, row.date_of_birth)


def item_values(item: Item, *, day_id: int, site_id: int | None) -> dict:
    return dict(
        uid=item.uid,
        day_id=day_id,
        kind=item.kind.value,
        title=item.title,
        start=item.start,
        end=item.end,
        site_id=site_id,
        venue=item.venue,
        online_url=item.online_url,
        meeting_id=item.meeting_id,
        passcode=item.passcode,
        description=item.description,
        group_name=item.group,
        sequence=item.sequence,
    )


def item_from_row(row: tables.ItemRow, site_uid: str | None) -> Item:
    return Item(
        uid=row.uid,
        kind=ItemKind(row.kind),
        title=row.title,
        start=row.start,
        end=row.end,
        site_uid=site_uid,
        venue=row.venue,
        online_url=row.online_url,
        meeting_id=row.meeting_id,
        passcode=row.passcode,
        description=row.description,
        group=row.group_name,
        sequence=row.sequence,
    )


def flight_to_row(flight: Flight, participation_id: int) -> tables.FlightRow:
    return tables.FlightRow(
        participation_id=participation_id,
        direction=flight.direction.value,
        airport=flight.airport,
        scheduled_local=flight.scheduled.replace(tzinfo=None),
        timezone=flight.scheduled.tzinfo.key,  # type: ignore[union-attr]  # a flight's time is in a ZoneInfo
        flight_no=flight.flight_no,
        terminal=flight.terminal,
        sequence=flight.sequence,
        pickup_local=_wall_time(flight.pickup, flight.scheduled),
    )


def _wall_time(moment: datetime | None, zone_of: datetime) -> datetime | None:
    """`moment` as wall time in the zone of `zone_of` (a flight's pick-up in the flight's zone)."""
    return None if moment is None else moment.astimezone(zone_of.tzinfo).replace(tzinfo=None)


def flight_from_row(row: tables.FlightRow) -> Flight:
    return Flight(
        direction=FlightDirection(row.direction),
        airport=row.airport,
        scheduled=row.scheduled_local.replace(tzinfo=ZoneInfo(row.timezone)),
        flight_no=row.flight_no,
        terminal=row.terminal,
        sequence=row.sequence,
        pickup=row.pickup_local.replace(tzinfo=ZoneInfo(row.timezone)) if row.pickup_local else None,
    )


def practical_to_row(notes: PracticalNotes, mission_id: int, host_office_id: int | None) -> tables.MissionPracticalRow:
    values = {name: getattr(notes, name) for name in _PRACTICAL_PLAIN}
    return tables.MissionPracticalRow(mission_id=mission_id, host_office_site_id=host_office_id, **values)


def practical_from_row(row: tables.MissionPracticalRow | None, host_office_uid: str | None) -> PracticalNotes:
    if row is None:
        return PracticalNotes()
    return PracticalNotes(**{name: getattr(row, name) for name in _PRACTICAL_PLAIN}, host_office_uid=host_office_uid)


def meeting_point_to_row(point: MeetingPoint, mission_id: int) -> tables.MeetingPointRow:
    return tables.MeetingPointRow(mission_id=mission_id, **asdict(point))


def meeting_point_from_row(row: tables.MeetingPointRow) -> MeetingPoint:
    return MeetingPoint(**{f.name: getattr(row, f.name) for f in fields(MeetingPoint)})


def budget_line_values(line: BudgetLine) -> dict:
    values = asdict(line)
    values["basis"] = line.basis.value
    return values


def budget_line_from_row(row: tables.BudgetLineRow) -> BudgetLine:
    return BudgetLine(
        uid=row.uid,
        category=row.category,
        description=row.description,
        unit_cost=row.unit_cost,
        currency=row.currency,
        basis=QuantityBasis(row.basis),
        quantity=row.quantity,
        actual_amount=row.actual_amount,
        notes=row.notes,
    )


def rule_to_json(rule: Rule) -> dict:
    split = rule.split
    return {
        "category": rule.category,
        "split": {
            "kind": split.kind.value,
            "payer": split.payer.value if split.payer else None,
            "shares": {payer.value: str(share) for payer, share in split.shares.items()},
            "units": split.units,
            "cap_amount": None if split.cap_amount is None else str(split.cap_amount),
            "cap_currency": split.cap_currency,
            "rest_payer": split.rest_payer.value if split.rest_payer else None,
        },
        "modalities": [m.value for m in rule.modalities],
        "roles": [r.value for r in rule.roles],
        "note": rule.note,
    }


def rule_from_json(data: dict) -> Rule:
    split = data["split"]
    return Rule(
        category=data["category"],
        split=Split(
            kind=SplitKind(split["kind"]),
            payer=Payer(split["payer"]) if split.get("payer") else None,
            shares={Payer(k): Decimal(v) for k, v in split.get("shares", {}).items()},
            units=split.get("units"),
            cap_amount=Decimal(split["cap_amount"]) if split.get("cap_amount") is not None else None,
            cap_currency=split.get("cap_currency", ""),
            rest_payer=Payer(split["rest_payer"]) if split.get("rest_payer") else None,
        ),
        modalities=[Modality(m) for m in data.get("modalities", [])],
        roles=[Role(r) for r in data.get("roles", [])],
        note=data.get("note", ""),
    )


def rule_set_values(rule_set: RuleSet) -> dict:
    return dict(
        uid=rule_set.uid,
        name=rule_set.name,
        rules_version=rule_set.revision,
        status=rule_set.status.value,
        to_verify=rule_set.to_verify,
        source=rule_set.source,
        default_payer=rule_set.default_payer.value if rule_set.default_payer else None,
        rules=[rule_to_json(rule) for rule in rule_set.rules],
    )


def rule_set_from_row(row: tables.RuleSetRow) -> RuleSet:
    return RuleSet(
        uid=row.uid,
        name=row.name,
        revision=row.rules_version,
        status=RuleStatus(row.status),
        to_verify=row.to_verify,
        source=row.source,
        default_payer=Payer(row.default_payer) if row.default_payer else None,
        rules=[rule_from_json(rule) for rule in row.rules],
    )
