"""What a letter says, as plain values a template can read: who it goes to, about which visit,
under which reference. The templates see only these dictionaries, never a domain object."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ....domain.attendees import AttendancePlan
from ....domain.enums import Modality, PlaceKind, Role, Status
from ....domain.mission import Mission
from ....domain.people import Person
from ....domain.places import Site
from ....domain.programme import Item
from ....errors import InputError, NotFoundError
from ..pdf.words import format_date, format_date_range, format_times, join_words, signatory_line
from ..snapshot import MissionSnapshot
from .korean import korean_country, korean_date, korean_name

ACCEPTED = (Status.ACCEPTED, Status.CONFIRMED)
TRAVELLING = (Role.PARTICIPANT, Role.RESOURCE_PERSON_OVERSEAS)


@dataclass(frozen=True, slots=True)
class Letter:
    """One letter: its reference, to whom (a person's or a site's uid), and the template's values."""

    reference: str
    addressee: str
    values: dict[str, Any] = field(default_factory=dict)


def signature_lines(mission: Mission) -> list[str]:
    """Under the signatory's name: whom they sign for, as the certificates say it ("Secretary-
    General, Asian Productivity Organization"), or their title and the organization."""
    title = mission.signatory_title.strip()
    line = signatory_line(mission)
    if line != title or "," in title or not mission.organization_name:
        return [line] if line else []
    return [line, mission.organization_name] if line else [mission.organization_name]


def reference(snapshot: MissionSnapshot, letter: str, sequence: int) -> str:
    """The mission's reference (its APO ref, else its code), the letter's kind and a number:
    `OSM-23-12/INV/003`. The sequence follows the recipients' order, so writing the letters
    again gives each person or site the same number."""
    mission = snapshot.record.mission
    base = mission.ref_no or mission.code
    return f"{base}/{LETTER_MARKS[letter]}/{sequence:03d}"


LETTER_MARKS = {"invitation": "INV", "visa-support": "VISA", "site-request": "REQ", "thank-you": "THX"}


def letters_for(snapshot: MissionSnapshot, letter: str) -> list[Letter]:
    """The letters of `letter` the snapshot's settings ask for, in a stable order."""
    common = _common(snapshot)
    if letter in ("invitation", "visa-support"):
        if letter == "visa-support" and snapshot.record.mission.modality == Modality.DIGITAL:
            raise InputError(
                f"{snapshot.record.mission.code} meets online: no one needs a visa for it",
                code="letter_digital",
                params={"mission": snapshot.record.mission.code},
            )
        people = _travellers(snapshot)
        return [
            Letter(reference(snapshot, letter, number), person.uid, {**common, **_person_values(snapshot, person)})
            for number, person in people
        ]
    sites = _visited_sites(snapshot)
    plan = AttendancePlan(snapshot.record)
    return [
        Letter(reference(snapshot, letter, number), site.uid, {**common, **_site_values(snapshot, site, visits, plan)})
        for number, (site, visits) in sites
    ]


# --- who --------------------------------------------------------------------------------------


def missing_passports(snapshot: MissionSnapshot) -> list[str]:
    """The names of the people a visa letter is written for whose passport number or expiry is
    not recorded (their letter says "(not recorded)", which no consulate accepts)."""
    if snapshot.settings.letter != "visa-support":
        return []
    return [
        person.full_name
        for _number, person in _travellers(snapshot)
        if not (person.identity and person.identity.passport_number and person.identity.passport_expiry)
    ]


def _travellers(snapshot: MissionSnapshot) -> list[tuple[int, Person]]:
    """Accepted people from abroad (participants and overseas resource persons), numbered;
    only those chosen with --person when some are."""
    record = snapshot.record
    host = record.mission.host_country
    everyone = [
        record.person(part.person_uid)
        for part in record.participations
        if part.role in TRAVELLING and part.status in ACCEPTED and record.person(part.person_uid).country != host
    ]
    numbered = list(enumerate(everyone, start=1))
    chosen = snapshot.settings.person_uids
    if not numbered:
        raise InputError(
            f"{record.mission.code} has no accepted participant from abroad to write to",
            code="letter_no_traveller",
            params={"mission": record.mission.code},
        )
    if not chosen:
        return numbered
    found = [(number, person) for number, person in numbered if person.uid in chosen]
    missing = set(chosen) - {person.uid for _, person in found}
    if missing:
        uid = sorted(missing)[0]
        code = record.mission.code
        raise NotFoundError(
            f"{uid} is not an accepted participant from abroad in {code}; `people {code}` lists them.",
            code="not_found",
            params={"what": "traveller", "key": uid},
        )
    return found


def _visited_sites(snapshot: MissionSnapshot) -> list[tuple[int, tuple[Site, list[tuple[date, Item]]]]]:
    """The institutions the programme visits (with their visits), numbered; only those chosen."""
    record = snapshot.record
    visits: dict[str, list[tuple[date, Item]]] = {}
    for day in record.days:
        for item in day.items:
            if item.site_uid and not item.is_online:
                visits.setdefault(item.site_uid, []).append((day.date, item))
    sites = [
        site
        for site in record.sites
        if site.uid in visits and (site.kind == PlaceKind.INSTITUTION or site.visitor_list_required)
    ]
    numbered = list(enumerate(((site, visits[site.uid]) for site in sites), start=1))
    chosen = snapshot.settings.site_keys
    if not chosen:
        if not numbered:
            raise InputError(
                f"{record.mission.code} visits no institution: there is no site to write to",
                code="letter_no_site",
                params={"mission": record.mission.code},
            )
        return numbered
    by_key = {key.casefold(): number for number, (site, _) in numbered for key in _site_keys(site)}
    picked: list[int] = []
    for key in chosen:
        number = by_key.get(key.casefold())
        if number is None:
            code = record.mission.code
            raise NotFoundError(
                f"No visited site {key!r} in {code}: the programme visits "
                f"{join_words([site.display_name for _, (site, _) in numbered]) or 'none'}.",
                code="not_found",
                params={"what": "site", "key": key},
            )
        if number not in picked:
            picked.append(number)
    return [numbered[number - 1] for number in sorted(picked)]


def _site_keys(site: Site) -> list[str]:
    """A site is named on the command line by its uid, acronym or English or Korean name."""
    return [key for key in (site.uid, site.acronym, site.name_en, site.name_ko) if key]


# --- the values -------------------------------------------------------------------------------


def _common(snapshot: MissionSnapshot) -> dict[str, Any]:
    record = snapshot.record
    mission = record.mission
    contact = mission.emergency_contacts[0] if mission.emergency_contacts else None
    organization = mission.organization_name or "the host organization"
    return {
        "organization": organization,
        "organization_ko": korean_name(organization, record.sites),
        "today": format_date(snapshot.made_on),
        "today_ko": korean_date(snapshot.made_on),
        "mission": {
            "code": mission.code,
            "title": mission.title,
            "reference": mission.ref_no or mission.code,
            "dates": format_date_range(mission.start_date, mission.end_date),
            "dates_ko": f"{korean_date(mission.start_date)} ~ {korean_date(mission.end_date)}",
            "start": format_date(mission.start_date),
            "end": format_date(mission.end_date),
            "city": mission.venue_city,
            "country": snapshot.country(mission.host_country),
            "country_ko": korean_country(mission.host_country),
            "online": mission.modality == Modality.DIGITAL,
        },
        "signatory": {"name": mission.signatory_name, "title": mission.signatory_title},
        "contact": {
            "name": contact.name if contact else mission.signatory_name,
            "role": contact.role if contact else mission.signatory_title,
            "phone": contact.phone if contact else "",
            "email": contact.email if contact else "",
        },
    }


def _person_values(snapshot: MissionSnapshot, person: Person) -> dict[str, Any]:
    record = snapshot.record
    part = next(p for p in record.participations if p.person_uid == person.uid)
    identity = person.identity
    arrivals = [f.scheduled.date() for f in part.flights if f.direction.value == "arrival"]
    departures = [f.scheduled.date() for f in part.flights if f.direction.value == "departure"]
    return {
        "person": {
            "name": f"{person.given_name} {person.family_name}".strip(),
            "given_name": person.given_name,
            "family_name": person.family_name,
            "organization": person.organization,
            "position": person.position,
            "country": snapshot.country(person.country),
            "role": "resource person" if part.role == Role.RESOURCE_PERSON_OVERSEAS else "participant",
            "passport_number": identity.passport_number if identity else "",
            "passport_expiry": format_date(identity.passport_expiry) if identity and identity.passport_expiry else "",
            "date_of_birth": format_date(identity.date_of_birth) if identity and identity.date_of_birth else "",
            "arrival": format_date(min(arrivals)) if arrivals else format_date(record.mission.start_date),
            "departure": format_date(max(departures)) if departures else format_date(record.mission.end_date),
        },
    }


def _site_values(
    snapshot: MissionSnapshot, site: Site, visits: list[tuple[date, Item]], plan: AttendancePlan
) -> dict[str, Any]:
    record = snapshot.record
    people = {person.uid: person for person in record.people}
    visitors: list[str] = []
    for _, item in visits:
        visitors.extend(uid for uid in plan.attendees(item) if uid not in visitors)
    economies = sorted({people[uid].country for uid in visitors if uid in people} - {record.mission.host_country})
    return {
        "site": {
            "name": site.name_en,
            "name_ko": site.name_ko or site.name_en,
            "acronym": site.acronym,
            "address": site.address_en,
            "address_ko": site.address_ko or site.address_en,
            "contact_name": site.contact_name,
            "contact_email": site.contact_email,
            "contact_phone": site.contact_phone,
        },
        "visits": [
            {
                "date": format_date(day),
                "date_ko": korean_date(day),
                "time": format_times(item.start, item.end),
                "title": item.title,
            }
            for day, item in visits
        ],
        "group_size": len(visitors),
        "economies": [snapshot.country(code) for code in economies],
        "economies_ko": [korean_country(code) for code in economies],
    }
