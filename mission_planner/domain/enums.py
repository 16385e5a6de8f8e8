"""The closed vocabularies of the domain. Values are the strings stored and exchanged."""

from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    MULTICOUNTRY = "multicountry"
    INDIVIDUAL_COUNTRY = "individual_country"
    BILATERAL = "bilateral"


class Modality(StrEnum):
    IN_PERSON = "in_person"
    DIGITAL = "digital"
    HYBRID = "hybrid"


class ItemKind(StrEnum):
    OPENING = "opening"
    PRESENTATION = "presentation"
    PANEL = "panel"
    GROUP_DISCUSSION = "group_discussion"
    SITE_VISIT = "site_visit"
    TRANSFER = "transfer"
    MEAL = "meal"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


class ItemRoleKind(StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    DISCUSSANT = "discussant"
    HOST = "host"


class Role(StrEnum):
    """A person's role in one mission."""

    PARTICIPANT = "participant"
    RESOURCE_PERSON_OVERSEAS = "resource_person_overseas"
    RESOURCE_PERSON_LOCAL = "resource_person_local"
    OBSERVER = "observer"
    SECRETARIAT = "secretariat"


class Status(StrEnum):
    NOMINATED = "nominated"
    ACCEPTED = "accepted"
    CONFIRMED = "confirmed"
    WITHDRAWN = "withdrawn"
    REJECTED = "rejected"


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class FlightDirection(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


class PlaceKind(StrEnum):
    INSTITUTION = "institution"
    VENUE = "venue"
    HOTEL = "hotel"
    AIRPORT = "airport"


class QuantityBasis(StrEnum):
    TYPED = "typed"
    FIXED = "fixed"
    PER_OVERSEAS_PARTICIPANT = "per_overseas_participant"
    PER_LOCAL_PARTICIPANT = "per_local_participant"
    PER_PERSON_NIGHT = "per_person_night"
    PER_LOCAL_RP = "per_local_rp"
    PER_OVERSEAS_RP = "per_overseas_rp"
    PER_DAY = "per_day"
    PER_SITE_VISIT = "per_site_visit"


class Payer(StrEnum):
    APO = "apo"
    HOST = "host"
    PARTICIPATING = "participating"
    PARTICIPANT = "participant"
    SPONSOR = "sponsor"


class RuleStatus(StrEnum):
    VERIFIED = "verified"
    UNVERIFIED = "unverified"


class SplitKind(StrEnum):
    PAYER = "payer"
    SHARES = "shares"
    FIRST_UNITS = "first_units"
    CAP = "cap"


class AttachmentKind(StrEnum):
    LOGO = "logo"
    SIGNATURE = "signature"
    OTHER = "other"
