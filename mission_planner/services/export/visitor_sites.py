"""Which sites a visitor list is for, who is on it, and what is missing: no reportlab here.

A security site is a site of the catalogue that wants a list of visitors ahead
(`Site.visitor_list_required`) and that an item of the mission visits. `--site` names a site as
a coordinator writes it: its acronym (`KIST`), its English name, or its uid; any site an item
visits may be named, a security site or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.attendees import AttendancePlan
from ...domain.people import Person
from ...domain.places import Site
from ...domain.programme import Item
from ...domain.record import MissionRecord
from ...errors import InputError, NotFoundError
from ..collation import is_latin


@dataclass(frozen=True, slots=True)
class Visit:
    """One item at the site, on its day, with the people attending it (in the record's order)."""

    day: date
    item: Item
    people: tuple[Person, ...]


def visited_sites(record: MissionRecord) -> list[Site]:
    """The sites the mission's items visit, in the order of their first visit."""
    sites = {site.uid: site for site in record.sites}
    seen: dict[str, Site] = {}
    for item in record.items():
        if item.site_uid in sites and item.site_uid not in seen:
            seen[item.site_uid] = sites[item.site_uid]
    return list(seen.values())


def security_sites(record: MissionRecord) -> list[Site]:
    """The visited sites that want a list of visitors ahead."""
    return [site for site in visited_sites(record) if site.visitor_list_required]


def site_label(site: Site) -> str:
    """How `--site` names the site most shortly: its acronym, else its English name."""
    return site.acronym or site.name_en


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def site_for_list(record: MissionRecord, wanted: str) -> Site:
    """The site `--site wanted` names; without one, the mission's only security site. Refuses
    (one line naming the security sites to choose from) anything else."""
    code = record.mission.code
    choices = ", ".join(site_label(site) for site in security_sites(record)) or "none"
    if not wanted:
        sites = security_sites(record)
        if len(sites) == 1:
            return sites[0]
        if not sites:
            raise InputError(
                f"{code} visits no site that wants a list of visitors; name a visited site with --site.",
                code="no_security_site",
                params={"mission": code},
            )
        raise InputError(
            f"{code} visits {len(sites)} sites that want a list of visitors ({choices}); "
            f"give one with --site (a list is sent to each site's security desk alone).",
            code="site_needed",
            params={"mission": code, "sites": choices},
        )
    key = _folded(wanted)
    for site in visited_sites(record):
        if key in {_folded(site.uid), _folded(site.acronym), _folded(site.name_en), _folded(site.display_name)}:
            return site
    raise NotFoundError(
        f"No site {wanted!r} is visited in {code}; the sites that want a list of visitors are: {choices}.",
        code="not_found",
        params={"what": "site", "key": wanted},
    )


def visits(record: MissionRecord, site: Site) -> list[Visit]:
    """Each item at `site` with its attendees (the attendance plan's, withdrawn people never)."""
    plan = AttendancePlan(record)
    order = {person.uid: person for person in record.people}
    found = []
    for day in record.days:
        for item in day.items:
            if item.site_uid == site.uid:
                attending = set(plan.attendees(item))
                people = tuple(person for uid, person in order.items() if uid in attending)
                found.append(Visit(day.date, item, people))
    return found


def missing_passport_data(person: Person) -> list[str]:
    """What a security desk needs and the person's record lacks, in words."""
    identity = person.identity
    missing = []
    if not person.romanized_name and not is_latin(f"{person.family_name} {person.given_name}"):
        missing.append("name as in passport")
    if identity is None or not identity.passport_number:
        missing.append("passport number")
    if identity is None or identity.date_of_birth is None:
        missing.append("date of birth")
    if not person.country:
        missing.append("nationality")
    return missing


def gaps(record: MissionRecord, site: Site) -> list[tuple[Person, list[str]]]:
    """The people on the site's list whose passport data is incomplete, once each."""
    seen: dict[str, tuple[Person, list[str]]] = {}
    for visit in visits(record, site):
        for person in visit.people:
            missing = missing_passport_data(person)
            if missing and person.uid not in seen:
                seen[person.uid] = (person, missing)
    return list(seen.values())


def gaps_text(found: list[tuple[Person, list[str]]]) -> str:
    """`Passport data missing for Sita Sharma (date of birth), …`: one line for a warning."""
    shown = [f"{person.full_name} ({' and '.join(missing)})" for person, missing in found]
    return "Passport data missing, marked on the list, for " + "; ".join(shown) + "."
