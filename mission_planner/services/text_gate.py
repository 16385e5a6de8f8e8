"""The length limits of domain/limits.py, checked where a front end hands the services a value
to store (an item, a site, a flight, a stay, a budget line, a rule set, an attendance mark).

`refuse_long_text(value)` raises InputError for the first text of `value` (a domain dataclass,
walked whole) longer than its field allows; the location names the field (`title`,
`stays[1].hotel`). Counting is in characters after NFC normalization, as everywhere.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from enum import Enum

from ..domain.limits import MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, MAX_TITLE
from ..errors import InputError

# Fields by name; any other text is a one-line field (MAX_SHORT_TEXT).
FIELD_LIMITS = {
    "family_name": MAX_NAME,
    "given_name": MAX_NAME,
    "name_en": MAX_NAME,
    "name_ko": MAX_NAME,
    "contact_name": MAX_NAME,
    "signatory_name": MAX_NAME,
    "hotel": MAX_NAME,
    "title": MAX_TITLE,
    "description": MAX_LONG_TEXT,
    "notes": MAX_LONG_TEXT,
    "note": MAX_LONG_TEXT,
    "reason": MAX_LONG_TEXT,
    "access_notes": MAX_LONG_TEXT,
    "to_verify": MAX_LONG_TEXT,
    "source": MAX_LONG_TEXT,
    "background": MAX_LONG_TEXT,
    "objectives": MAX_LONG_TEXT,
    "qualifications": MAX_LONG_TEXT,
    "nomination_procedure": MAX_LONG_TEXT,
    "scope_methodology": MAX_LONG_TEXT,
    "financial_arrangements": MAX_LONG_TEXT,
    "implementation_procedures": MAX_LONG_TEXT,
    "modification": MAX_LONG_TEXT,
}


# Where a field's name alone does not say it: (class name, field).
CLASS_FIELD_LIMITS = {
    ("StatusChange", "note"): MAX_SHORT_TEXT,
    ("EmergencyContact", "name"): MAX_NAME,
    ("LogEntry", "detail"): MAX_LONG_TEXT,
    ("RuleSet", "name"): MAX_TITLE,
}


def limit_of(field: str, owner: type | None = None) -> int:
    """The most characters the field named `field` (of class `owner`) may hold (each element,
    for a list)."""
    if owner is not None and (owner.__name__, field) in CLASS_FIELD_LIMITS:
        return CLASS_FIELD_LIMITS[owner.__name__, field]
    return FIELD_LIMITS.get(field, MAX_SHORT_TEXT)


def length(text: str) -> int:
    return len(text) if text.isascii() else len(unicodedata.normalize("NFC", text))


def too_long(text: str, limit: int) -> str | None:
    """The message for `text` in a field of `limit` characters, or None when it fits."""
    size = length(text)
    if size <= limit:
        return None
    return f"is {size:,} characters long; at most {limit:,} are allowed"


def refuse_long_field(field: str, text: str, owner: type | None = None) -> None:
    """Raise InputError when `text` is longer than the field named `field` (of `owner`) allows."""
    refuse_long_text(text, field, limit_of(field, owner))


def refuse_long_text(value: object, path: str = "", limit: int = MAX_SHORT_TEXT) -> None:
    """Raise InputError naming the first text in `value` that is longer than its field allows."""
    found = _first(value, path, limit)
    if found is not None:
        where, message = found
        raise InputError(f"{where} {message}", location=where)


def _first(value: object, path: str, limit: int) -> tuple[str, str] | None:
    if isinstance(value, str):
        message = too_long(value, limit)
        return (path or "text", message) if message else None
    if isinstance(value, Enum) or value is None:
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            child = f"{path}.{field.name}" if path else field.name
            found = _first(getattr(value, field.name), child, limit_of(field.name, type(value)))
            if found:
                return found
    elif isinstance(value, (list, tuple)):
        for index, element in enumerate(value):
            found = _first(element, f"{path}[{index}]", limit)
            if found:
                return found
    elif isinstance(value, dict):
        for key, element in value.items():
            found = _first(element, f"{path}.{key}", limit)
            if found:
                return found
    return None
