"""Every table of the database, in one module.

Rows mirror the domain values in `mission_planner.domain`; `mapping.py` converts between them.
Editable rows carry a `version` for optimistic concurrency. Columns holding sensitive personal
data carry `info={"sensitive": True}`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, LargeBinary, Table, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from .types import DecimalText, UTCDateTime


def _fk(
    target: str,
    *,
    ondelete: Literal["CASCADE", "SET NULL", "RESTRICT"] = "CASCADE",
    nullable: bool = False,
    index: bool = True,
) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_type=Integer,
        foreign_key=target,
        ondelete=ondelete,
        nullable=nullable,
        index=index,
    )


def _json(default_factory=list) -> Any:
    return Field(default_factory=default_factory, sa_column=Column(JSON, nullable=False))


def _money(nullable: bool = False) -> Any:
    return Field(default=None if nullable else ..., sa_type=DecimalText, nullable=nullable)


class Versioned:
    """Every UPDATE and DELETE of the row says `WHERE version = <the version read>` and raises
    the version: a write that lost the race to another writer matches no row and fails."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class this is mixed into
        __table__: ClassVar[Table]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class SiteRow(Versioned, SQLModel, table=True):
    __tablename__ = "site"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=36)
    kind: str = Field(default="institution", max_length=20)
    name_en: str
    name_ko: str = ""
    acronym: str = ""
    address_en: str = ""
    address_ko: str = ""
    city: str = ""
    country: str = Field(default="KR", max_length=2)
    latitude: float | None = None
    longitude: float | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    website: str = ""
    capacity: int | None = None
    opening_hours: list = _json()
    visitor_list_required: bool = False
    visitor_list_days_before: int | None = None
    typical_visit_minutes: int | None = None
    access_notes: str = ""
    dress_code: str = ""
    version: int = 1


class TravelTimeRow(SQLModel, table=True):
    __tablename__ = "travel_time"
    __table_args__ = (UniqueConstraint("from_site_id", "to_site_id"),)
    id: int | None = Field(default=None, primary_key=True)
    from_site_id: int = _fk("site.id")
    to_site_id: int = _fk("site.id")
    minutes: int


class PersonRow(Versioned, SQLModel, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=36)
    family_name: str = Field(index=True)
    given_name: str = ""
    country: str = Field(max_length=2)
    romanized_family_name: str = ""
    romanized_given_name: str = ""
    organization: str = ""
    position: str = ""
    email: str = Field(default="", index=True)
    phone: str = ""
    gender: str | None = Field(default=None, max_length=1)
    home_timezone: str = ""
    dietary: str = ""
    notes: str = ""
    biography: str = ""
    version: int = 1


class PersonIdentityRow(SQLModel, table=True):
    """Sensitive identity data, in a table of its own so it can be kept apart and purged."""

    __tablename__ = "person_identity"
    person_id: int = Field(sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True))
    passport_number: str = Field(default="", sa_column_kwargs={"info": {"sensitive": True}})
    passport_expiry: date | None = Field(default=None, sa_column_kwargs={"info": {"sensitive": True}})
    date_of_birth: date | None = Field(default=None, sa_column_kwargs={"info": {"sensitive": True}})


class MissionRow(Versioned, SQLModel, table=True):
    __tablename__ = "mission"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=36)
    code: str = Field(unique=True, max_length=40)
    title: str
    project_type: str = Field(default="OSM", max_length=3)
    scope: str = Field(default="multicountry", max_length=20)
    modality: str = Field(default="in_person", max_length=20)
    ref_no: str = ""
    date_of_issue: date | None = None
    start_date: date
    end_date: date
    timezone: str = "Asia/Seoul"
    host_country: str = Field(default="KR", max_length=2)
    venue_city: str = ""
    implementing_organizations: list = _json()
    all_member_countries: bool = False
    participating_countries: list = _json()
    overseas_quota: int | None = None
    local_quota: int | None = None
    qualifications: str = ""
    nomination_procedure: str = ""
    nomination_closing_date: date | None = None
    objectives: list = _json()
    background: str = ""
    scope_methodology: str = ""
    financial_arrangements: list = _json()
    implementation_procedures: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    reporting_currency: str = Field(default="USD", max_length=3)
    certificate_require_all_items: bool = True
    certificate_min_online_percent: Decimal = Field(default=Decimal("80"), sa_type=DecimalText)
    organization_name: str = ""
    emergency_contacts: list = _json()
    notes: str = ""
    archived: bool = False
    version: int = 1


class RevisionRow(SQLModel, table=True):
    __tablename__ = "revision"
    __table_args__ = (UniqueConstraint("mission_id", "number"),)
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    number: int
    date_of_issue: date
    clause: str = ""
    modification: str = ""


class DayRow(SQLModel, table=True):
    __tablename__ = "day"
    __table_args__ = (UniqueConstraint("mission_id", "date"),)
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    date: date
    title: str = ""


class ItemRow(Versioned, SQLModel, table=True):
    __tablename__ = "item"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=36)
    day_id: int = _fk("day.id")
    kind: str = Field(max_length=20)
    title: str
    start: time
    end: time
    site_id: int | None = _fk("site.id", ondelete="RESTRICT", nullable=True)
    venue: str = ""
    online_url: str = ""
    meeting_id: str = ""
    passcode: str = ""
    description: str = ""
    group_name: str = ""
    sequence: int = 0
    version: int = 1


class ItemRoleRow(SQLModel, table=True):
    __tablename__ = "item_role"
    __table_args__ = (UniqueConstraint("item_id", "person_id", "role"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _fk("item.id")
    person_id: int = _fk("person.id", ondelete="RESTRICT")
    role: str = Field(max_length=20)
    position: int = 0


class ParticipationRow(Versioned, SQLModel, table=True):
    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("mission_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    person_id: int = _fk("person.id", ondelete="RESTRICT")
    role: str = Field(default="participant", max_length=30)
    status: str = Field(default="nominated", max_length=20)
    nominating_npo: str = ""
    group_name: str = ""
    notes: str = ""
    action_plan: str = ""
    version: int = 1


class EvaluationResponseRow(SQLModel, table=True):
    """One respondent's answers to a mission's evaluation (anonymous unless a person is named)."""

    __tablename__ = "evaluation_response"
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    number: int
    submitted: str = ""
    person_id: int | None = _fk("person.id", ondelete="SET NULL", nullable=True)
    answers: list[dict[str, Any]] = _json()  # question, kind, item_uid, rating, text


class StatusChangeRow(SQLModel, table=True):
    __tablename__ = "status_change"
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = _fk("participation.id")
    status: str = Field(max_length=20)
    on_date: date
    note: str = ""
    position: int = 0


class FlightRow(SQLModel, table=True):
    __tablename__ = "flight"
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = _fk("participation.id")
    direction: str = Field(max_length=10)
    airport: str = Field(max_length=4)
    scheduled_local: datetime = Field(sa_type=DateTime)  # wall time at the airport, in `timezone`
    timezone: str
    flight_no: str = ""
    terminal: str = ""
    sequence: int = 0
    pickup_local: datetime | None = Field(default=None, sa_type=DateTime)  # a departure's hotel pick-up


class StayRow(SQLModel, table=True):
    __tablename__ = "stay"
    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = _fk("participation.id")
    hotel: str
    hotel_site_id: int | None = _fk("site.id", ondelete="SET NULL", nullable=True)
    check_in: date
    check_out: date
    room: str = ""


class MissionPracticalRow(Versioned, SQLModel, table=True):
    """A mission's practical notes for delegates and its departure transfer rule (one row, or none)."""

    __tablename__ = "mission_practical"
    mission_id: int = Field(sa_column=Column(Integer, ForeignKey("mission.id", ondelete="CASCADE"), primary_key=True))
    dress_code: str = ""
    what_to_bring: str = ""
    money: str = ""
    emergency_numbers: str = ""
    wifi: str = ""
    insurance: str = ""
    departure_transfer_minutes: int | None = None
    host_office_site_id: int | None = _fk("site.id", ondelete="SET NULL", nullable=True)
    version: int = 1


class MeetingPointRow(SQLModel, table=True):
    """Where a mission's people landing at an airport are met (on one day, or on any day)."""

    __tablename__ = "meeting_point"
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    airport: str = Field(max_length=4)
    on_date: date | None = None
    terminal: str = ""
    exit: str = ""
    place: str = ""
    greeter_name: str = ""
    greeter_phone: str = ""


class MissionTaskRow(Versioned, SQLModel, table=True):
    """What the coordinator recorded of one task of a mission (its due date is computed)."""

    __tablename__ = "mission_task"
    __table_args__ = (UniqueConstraint("mission_id", "key", "site_uid"),)
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    key: str = Field(max_length=40)
    site_uid: str = Field(default="", max_length=40)
    status: str = Field(default="open", max_length=20)
    done_on: date | None = None
    done_by: str = ""
    note: str = ""
    due: date | None = None
    sequence: int = 0
    version: int = 1


class MissionTaskRuleRow(SQLModel, table=True):
    """A mission's own change to a task rule: other days, or not applying."""

    __tablename__ = "mission_task_rule"
    __table_args__ = (UniqueConstraint("mission_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    key: str = Field(max_length=40)
    days: int | None = None
    applies: bool = True


class ItemAssignmentRow(SQLModel, table=True):
    __tablename__ = "item_assignment"
    __table_args__ = (UniqueConstraint("item_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _fk("item.id")
    person_id: int = _fk("person.id")
    attends: bool


class AttendanceRow(Versioned, SQLModel, table=True):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("item_id", "person_id"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _fk("item.id")
    person_id: int = _fk("person.id")
    status: str = Field(max_length=10)
    minutes: int | None = None
    reason: str = ""
    excuse_accepted: bool | None = None
    version: int = 1


class RuleSetRow(Versioned, SQLModel, table=True):
    """A rule set: in the library when `mission_id` is empty, else the copy a mission uses."""

    __tablename__ = "rule_set"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=36)
    mission_id: int | None = _fk("mission.id", nullable=True)
    name: str
    rules_version: int = 1
    status: str = Field(default="unverified", max_length=12)
    to_verify: str = ""
    source: str = ""
    default_payer: str | None = Field(default=None, max_length=20)
    rules: list = _json()
    version: int = 1


class BudgetLineRow(Versioned, SQLModel, table=True):
    __tablename__ = "budget_line"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=36)
    mission_id: int = _fk("mission.id")
    category: str
    description: str = ""
    unit_cost: Decimal = _money()
    currency: str = Field(max_length=3)
    basis: str = Field(default="typed", max_length=30)
    quantity: Decimal | None = _money(nullable=True)
    actual_amount: Decimal | None = _money(nullable=True)
    notes: str = ""
    position: int = 0
    version: int = 1


class ExchangeRateRow(SQLModel, table=True):
    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("mission_id", "currency"),)
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    currency: str = Field(max_length=3)
    rate: Decimal = _money()


class IssuedCertificateRow(SQLModel, table=True):
    __tablename__ = "issued_certificate"
    __table_args__ = (UniqueConstraint("mission_id", "serial"),)
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    person_id: int = _fk("person.id")
    serial: str
    issued_at: datetime = Field(sa_type=UTCDateTime)


class AttachmentRow(SQLModel, table=True):
    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    kind: str = Field(max_length=20)
    filename: str
    media_type: str
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class MissionLogRow(SQLModel, table=True):
    __tablename__ = "mission_log"
    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = _fk("mission.id")
    at: datetime = Field(sa_type=UTCDateTime)
    action: str
    detail: str = ""


class AppSettingRow(SQLModel, table=True):
    """Organization-wide business settings shared by the CLI and the desktop application."""

    __tablename__ = "app_setting"
    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_column=Column(JSON))


class ChangeCounterRow(SQLModel, table=True):
    """One row whose count rises with every transaction that writes: a cheap way for an open
    desktop application to notice that someone else changed the database."""

    __tablename__ = "change_counter"
    id: int = Field(primary_key=True)
    count: int = 0
