"""The mission itself: every Project Notification field, its revisions and its settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from .codes import parse_project_code
from .enums import AttachmentKind, Modality, Scope


@dataclass(slots=True)
class Revision:
    """One row of a revised PN's table: Revision | Date of Issue | Clause | Modifications."""

    number: int
    date_of_issue: date
    clause: str
    modification: str


@dataclass(slots=True)
class CertificateRule:
    """Who earns a certificate of attendance.

    By default a person must be present at every item; for online items a share of the item's
    minutes is enough. An excused absence counts only when the coordinator accepts it.
    """

    require_all_items: bool = True
    min_online_percent: Decimal = Decimal("80")


@dataclass(slots=True)
class EmergencyContact:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(slots=True)
class Attachment:
    """An image the mission's documents use: the organization's logo, a signature."""

    kind: AttachmentKind
    filename: str
    media_type: str
    data: bytes


@dataclass(slots=True)
class LogEntry:
    """Something done to the mission that must be remembered (personal data purged, say)."""

    at: datetime
    action: str
    detail: str = ""


@dataclass(slots=True)
class IssuedCertificate:
    person_uid: str
    serial: str
    issued_at: datetime


@dataclass(slots=True)
class Mission:
    uid: str
    code: str
    title: str
    start_date: date
    end_date: date
    timezone: str = "Asia/Seoul"
    project_type: str = "OSM"
    scope: Scope = Scope.MULTICOUNTRY
    modality: Modality = Modality.IN_PERSON
    ref_no: str = ""
    date_of_issue: date | None = None
    host_country: str = "KR"
    venue_city: str = ""
    implementing_organizations: list[str] = field(default_factory=list)
    all_member_countries: bool = False
    participating_countries: list[str] = field(default_factory=list)
    overseas_quota: int | None = None
    local_quota: int | None = None
    qualifications: str = ""
    nomination_procedure: str = ""
    nomination_closing_date: date | None = None
    objectives: list[str] = field(default_factory=list)
    background: str = ""
    scope_methodology: str = ""
    financial_arrangements: list[str] = field(default_factory=list)
    implementation_procedures: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    reporting_currency: str = "USD"
    certificate_rule: CertificateRule = field(default_factory=CertificateRule)
    organization_name: str = ""
    emergency_contacts: list[EmergencyContact] = field(default_factory=list)
    notes: str = ""
    archived: bool = False
    revisions: list[Revision] = field(default_factory=list)

    @property
    def duration_days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    @property
    def code_is_apo_style(self) -> bool:
        return parse_project_code(self.code) is not None

    def dates(self) -> list[date]:
        return [date.fromordinal(self.start_date.toordinal() + i) for i in range(self.duration_days)]
