"""A mission row's column values as a domain `Mission`: the one conversion that both the ORM's rows
(`mapping.py`) and the quick reads with sqlite3 alone (`quick_list.py`) use, so the two cannot
drift apart. Imports no SQLAlchemy.

The columns are the `Mission` fields of the same name, plus `certificate_require_all_items` and
`certificate_min_online_percent` (its `certificate_rule`); `scope`, `modality` and
`emergency_contacts` are stored as text and JSON.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping
from dataclasses import fields
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from ..domain.enums import Modality, Scope
from ..domain.mission import CertificateRule, EmergencyContact, Mission

_NOT_PLAIN = ("certificate_rule", "emergency_contacts", "revisions", "scope", "modality")

# Mission fields stored under the same name in the mission table.
PLAIN = [f.name for f in fields(Mission) if f.name not in _NOT_PLAIN]
_CERTIFICATE_RULE = ["certificate_require_all_items", "certificate_min_online_percent"]
# Every column `mission_from_values` reads.
COLUMNS = [*PLAIN, "scope", "modality", *_CERTIFICATE_RULE, "emergency_contacts"]


def mission_from_values(values: Mapping[str, Any]) -> Mission:
    """The mission whose columns hold `values` (as SQLAlchemy gives them: dates, lists, Decimal)."""
    plain = {name: values[name] for name in PLAIN}
    for name, value in plain.items():
        if isinstance(value, list):
            plain[name] = list(value)  # not the row's own list
    return Mission(
        **plain,
        scope=Scope(values["scope"]),
        modality=Modality(values["modality"]),
        certificate_rule=CertificateRule(
            require_all_items=values["certificate_require_all_items"],
            min_online_percent=values["certificate_min_online_percent"],
        ),
        emergency_contacts=[EmergencyContact(**contact) for contact in values["emergency_contacts"]],
    )


def values_from_sqlite(stored: Mapping[str, Any]) -> dict[str, Any]:
    """A mission row as SQLite stores it (dates as ISO text, booleans as 0 or 1, lists as JSON
    text, the Decimal as its text) turned into the values `mission_from_values` takes: each
    column by the type of its `Mission` field."""
    values = dict(stored)
    for name, kind in _stored_kinds().items():
        value = values.get(name)
        if value is None:
            continue
        if kind is date:
            values[name] = date.fromisoformat(value)
        elif kind is bool:
            values[name] = bool(value)
        elif kind is list:
            values[name] = json.loads(value)
        elif kind is Decimal:
            values[name] = Decimal(value)
    return values


@cache
def _stored_kinds() -> dict[str, type]:
    """date, bool, list or Decimal for each column SQLite stores as something else."""
    hints = typing.get_type_hints(Mission)
    kinds: dict[str, type] = {
        "certificate_require_all_items": bool,
        "certificate_min_online_percent": Decimal,
        "emergency_contacts": list,
    }
    for name in PLAIN:
        hint = hints[name]
        options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        for option in options:
            kind = typing.get_origin(option) or option
            if kind in (date, bool, list, Decimal):
                kinds[name] = kind
    return kinds
