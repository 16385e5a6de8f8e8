"""What a nomination import plans, in the window's language: the rows it adds or updates and the
identity data it replaces. The command line's English lines are `ImportReport.lines`
(`services/imports/nominations.py`, `services/identity.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import IdentityChange, PlannedRow
from .formatting import country_name


def planned_row_text(row: PlannedRow) -> str:
    """`add row 2: Ayşe Gül Öztürk (Türkiye)`, `update row 5: Şule Yılmaz (organization)`."""
    if row.added:
        return QCoreApplication.translate("ImportPlan", "add    row {row}: {name} ({country})").format(
            row=row.row, name=row.name, country=country_name(row.country)
        )
    changes = ", ".join(field_text(name) for name in row.changes) or QCoreApplication.translate("ImportPlan", "travel")
    return QCoreApplication.translate("ImportPlan", "update row {row}: {name} ({changes})").format(
        row=row.row, name=row.name, changes=changes
    )


def identity_change_text(change: IdentityChange) -> str:
    """`Ali Kaya (passport number; also in 21-IP-90-GE-OSM-B)`."""
    fields = ", ".join(field_text(name) for name in change.fields)
    return QCoreApplication.translate("ImportPlan", "{name} ({fields}; also in {missions})").format(
        name=change.name, fields=fields, missions=", ".join(change.missions)
    )


def identity_line_text(change: IdentityChange, *, dry_run: bool) -> str:
    if dry_run:
        text = QCoreApplication.translate("ImportPlan", "identity would replace: {change}")
    else:
        text = QCoreApplication.translate("ImportPlan", "identity replaced: {change}")
    return text.format(change=identity_change_text(change))


def field_text(name: str) -> str:
    """A person's field (`family_name`, `passport_number`) in words."""
    words = {
        "family_name": QCoreApplication.translate("ImportPlan", "family name"),
        "given_name": QCoreApplication.translate("ImportPlan", "given name"),
        "romanized_family_name": QCoreApplication.translate("ImportPlan", "family name as in passport"),
        "romanized_given_name": QCoreApplication.translate("ImportPlan", "given name as in passport"),
        "romanized_name": QCoreApplication.translate("ImportPlan", "name as in passport"),
        "country": QCoreApplication.translate("ImportPlan", "country"),
        "organization": QCoreApplication.translate("ImportPlan", "organization"),
        "position": QCoreApplication.translate("ImportPlan", "position"),
        "email": QCoreApplication.translate("ImportPlan", "email"),
        "phone": QCoreApplication.translate("ImportPlan", "phone"),
        "gender": QCoreApplication.translate("ImportPlan", "gender"),
        "home_timezone": QCoreApplication.translate("ImportPlan", "home time zone"),
        "dietary": QCoreApplication.translate("ImportPlan", "dietary"),
        "notes": QCoreApplication.translate("ImportPlan", "notes"),
        "biography": QCoreApplication.translate("ImportPlan", "biography"),
        "identity": QCoreApplication.translate("ImportPlan", "identity"),
        "passport_number": QCoreApplication.translate("ImportPlan", "passport number"),
        "passport_expiry": QCoreApplication.translate("ImportPlan", "passport expiry"),
        "date_of_birth": QCoreApplication.translate("ImportPlan", "date of birth"),
        "role": QCoreApplication.translate("ImportPlan", "role"),
        "nominating_npo": QCoreApplication.translate("ImportPlan", "nominating NPO"),
        "arrival": QCoreApplication.translate("ImportPlan", "arrival"),
        "arrival_flight": QCoreApplication.translate("ImportPlan", "arrival flight"),
        "departure": QCoreApplication.translate("ImportPlan", "departure"),
        "departure_flight": QCoreApplication.translate("ImportPlan", "departure flight"),
    }
    return words.get(name, name)
