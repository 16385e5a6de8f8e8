"""What every document is made from: a frozen copy of the mission and all that follows from it.

Exporters never touch the database or a live object: an export reads the mission once into a
snapshot and hands it to the writer of every kind it makes, so nothing changes under a document
being written and the documents of one export agree.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from datetime import date

from ...domain.attendees import INACTIVE
from ...domain.budgeting import BudgetReport, compute_budget
from ...domain.certificates import Eligibility, eligibility
from ...domain.record import MissionRecord
from ...domain.travel import PickupGroup, pickup_groups
from ..collation import in_collation_order, text_key
from ..countries import country_name
from ..personal import ProgrammeEntry, person_timezone, personal_programme


@dataclass(frozen=True, slots=True)
class DocumentSettings:
    """Choices of the coordinator that shape documents but are not mission data."""

    paper: str = "A4"  # or "Letter"
    include_personal_data: bool = False  # passport numbers and dates of birth, only when asked
    person_uids: tuple[str, ...] = ()  # packs, certificates, badges: only these people (all when empty)
    letter: str = ""  # KIND letters: invitation, visa-support, site-request or thank-you
    site_keys: tuple[str, ...] = ()  # site letters: only these sites (uid, acronym or name)
    site: str = ""  # visitor list: the site (acronym, English name or uid); empty for the only one
    letter_templates: tuple[tuple[str, str], ...] = ()  # the organization's own templates, by letter

    @property
    def carries_personal_data(self) -> bool:
        """Passport data is read and the files are private when asked, and always for the
        consulate's letter, which cannot go without it."""
        return self.include_personal_data or self.letter == "visa-support"


@dataclass(frozen=True)
class MissionSnapshot:
    record: MissionRecord
    budget: BudgetReport
    eligibility: list[Eligibility]
    pickups: list[PickupGroup]
    made_on: date = field(default_factory=date.today)
    settings: DocumentSettings = field(default_factory=DocumentSettings)

    def programme_of(self, person_uid: str) -> list[ProgrammeEntry]:
        return personal_programme(self.record, person_uid)

    def timezone_of(self, person_uid: str) -> str | None:
        return person_timezone(self.record, person_uid)

    def country(self, iso2: str) -> str:
        return country_name(iso2)

    def without_personal_data(self) -> MissionSnapshot:
        """The same snapshot with no one's identity data, for the kinds that must not show it:
        one read of the mission serves an export that also writes a visitor list."""
        record = copy.copy(self.record)
        record.people = [copy.copy(person) for person in self.record.people]
        for person in record.people:
            person.identity = None
        settings = dataclasses.replace(self.settings, include_personal_data=False)
        return dataclasses.replace(self, record=record, settings=settings)

    def security_sites(self) -> list[str]:
        """How `--site` names each site of the mission that wants a list of visitors (`KIST`)."""
        from .visitor_sites import security_sites, site_label

        return [site_label(site) for site in security_sites(self.record)]

    def passport_gaps(self, site: str = "") -> list[str]:
        """The names of the people on the site's visitor list whose passport data is incomplete."""
        from .visitor_sites import gaps, site_for_list

        return [person.full_name for person, _missing in gaps(self.record, site_for_list(self.record, site))]

    def visa_letter_gaps(self) -> list[str]:
        """The names of the people whose visa letter lacks their passport number or its expiry."""
        from .letters.context import missing_passports

        return missing_passports(self)

    def people_for_documents(self) -> list[str]:
        """The people a per-person document is made for: those chosen, else everyone taking part."""
        chosen = set(self.settings.person_uids)
        return [
            part.person_uid
            for part in self.record.participations
            if part.status not in INACTIVE and (not chosen or part.person_uid in chosen)
        ]


def take_snapshot(
    record: MissionRecord, *, settings: DocumentSettings | None = None, made_on: date | None = None
) -> MissionSnapshot:
    """A snapshot of `record`; identity data stays only when the settings ask for it."""
    frozen = copy.deepcopy(record)
    in_collation_order(frozen)
    settings = settings or DocumentSettings()
    if not settings.carries_personal_data:
        for person in frozen.people:
            person.identity = None
    return MissionSnapshot(
        record=frozen,
        budget=compute_budget(frozen),
        eligibility=eligibility(frozen),
        pickups=pickup_groups(frozen),
        made_on=made_on or date.today(),
        settings=settings,
    )


def country_key(name: str) -> tuple[int, ...]:
    """An economy's name's sort key (`Türkiye` among the Ts)."""
    return text_key(name)
