"""How long each text of a mission may be, and which characters no text may hold.

`text_problems(value)` checks every text inside any domain value (a whole MissionRecord, a
Mission, a Person, an Item, a Site...) against the limits of domain/limits.py, and names each
offender by its path (`days[0].items[2].title`). Every entrance calls it: mission files and
archives, nomination imports, the dialogs. A field not named below is a one-line field
(MAX_SHORT_TEXT); `limit_of(Class, "field")` tells a dialog the limit of its field.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from enum import Enum

from .budget import BudgetLine, Rule, RuleSet
from .evaluation import Answer
from .limits import MAX_CODE, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, MAX_TITLE
from .mission import EmergencyContact, LogEntry, Mission, Revision
from .people import Attendance, Participation, Person, StatusChange, Stay
from .places import Site
from .practical import MeetingPoint, PracticalNotes
from .problems import Problem
from .programme import Day, Item
from .tasks import TaskRuleOverride, TaskState

_LIMITS: dict[tuple[type, str], int] = {
    (Mission, "code"): MAX_CODE,
    (Mission, "title"): MAX_TITLE,
    (Mission, "signatory_name"): MAX_NAME,
    (Mission, "qualifications"): MAX_LONG_TEXT,
    (Mission, "nomination_procedure"): MAX_LONG_TEXT,
    (Mission, "objectives"): MAX_LONG_TEXT,
    (Mission, "background"): MAX_LONG_TEXT,
    (Mission, "scope_methodology"): MAX_LONG_TEXT,
    (Mission, "financial_arrangements"): MAX_LONG_TEXT,
    (Mission, "implementation_procedures"): MAX_LONG_TEXT,
    (Mission, "notes"): MAX_LONG_TEXT,
    (Revision, "modification"): MAX_LONG_TEXT,
    (EmergencyContact, "name"): MAX_NAME,
    (LogEntry, "detail"): MAX_LONG_TEXT,
    (Person, "family_name"): MAX_NAME,
    (Person, "given_name"): MAX_NAME,
    (Person, "romanized_family_name"): MAX_NAME,
    (Person, "romanized_given_name"): MAX_NAME,
    (Person, "notes"): MAX_LONG_TEXT,
    (Person, "biography"): MAX_LONG_TEXT,
    (Participation, "notes"): MAX_LONG_TEXT,
    (Participation, "action_plan"): MAX_LONG_TEXT,
    (Answer, "question"): MAX_TITLE,
    (Answer, "text"): MAX_LONG_TEXT,
    (Stay, "hotel"): MAX_NAME,
    (MeetingPoint, "place"): MAX_TITLE,
    (MeetingPoint, "greeter_name"): MAX_NAME,
    (PracticalNotes, "dress_code"): MAX_LONG_TEXT,
    (PracticalNotes, "what_to_bring"): MAX_LONG_TEXT,
    (PracticalNotes, "money"): MAX_LONG_TEXT,
    (PracticalNotes, "emergency_numbers"): MAX_LONG_TEXT,
    (PracticalNotes, "wifi"): MAX_LONG_TEXT,
    (PracticalNotes, "insurance"): MAX_LONG_TEXT,
    (StatusChange, "note"): MAX_SHORT_TEXT,
    (Attendance, "reason"): MAX_LONG_TEXT,
    (Day, "title"): MAX_TITLE,
    (Item, "title"): MAX_TITLE,
    (Item, "description"): MAX_LONG_TEXT,
    (Site, "name_en"): MAX_NAME,
    (Site, "name_ko"): MAX_NAME,
    (Site, "contact_name"): MAX_NAME,
    (Site, "access_notes"): MAX_LONG_TEXT,
    (BudgetLine, "description"): MAX_LONG_TEXT,
    (BudgetLine, "notes"): MAX_LONG_TEXT,
    (RuleSet, "name"): MAX_TITLE,
    (RuleSet, "to_verify"): MAX_LONG_TEXT,
    (RuleSet, "source"): MAX_LONG_TEXT,
    (Rule, "note"): MAX_LONG_TEXT,
    (TaskState, "note"): MAX_LONG_TEXT,
    (TaskState, "done_by"): MAX_NAME,
    (TaskState, "key"): MAX_CODE,  # a rule's key and a site's uid: short identifiers
    (TaskState, "site_uid"): MAX_CODE,
    (TaskRuleOverride, "key"): MAX_CODE,
}


_CLASSES = {cls for cls, _ in _LIMITS}


def limit_of(cls: type, field_name: str) -> int:
    """The most characters `cls.field_name` may hold (each element, for a list of texts). A class
    of another floor (the organization's settings) is judged by its fields' names."""
    if (cls, field_name) in _LIMITS:
        return _LIMITS[cls, field_name]
    if cls in _CLASSES or (dataclasses.is_dataclass(cls) and cls.__module__.startswith(__package__ or ".")):
        return MAX_SHORT_TEXT
    return limit_named(field_name)


def limit_named(field_name: str, cls: type | None = None) -> int:
    """`limit_of` for a front end that knows the field by its name (and perhaps its class): the
    largest limit any class gives a field of that name."""
    if cls is not None:
        return limit_of(cls, field_name)
    return max((limit for (_, name), limit in _LIMITS.items() if name == field_name), default=MAX_SHORT_TEXT)


def length(text: str) -> int:
    """The length the limits count: characters after NFC normalization."""
    return len(text) if text.isascii() else len(unicodedata.normalize("NFC", text))


def text_fault(text: str, limit: int) -> tuple[str, dict[str, int]] | None:
    """Why `text` may not be stored in a field of `limit` characters, as a code and its
    parameters: `nul_character`, `lone_surrogate` (code_point) or `too_long` (length, limit)."""
    if "\x00" in text:
        return "nul_character", {}
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            return "lone_surrogate", {"code_point": ord(text[error.start])}
    size = length(text)
    if size > limit:
        return "too_long", {"length": size, "limit": limit}
    return None


def text_problem(text: str, limit: int) -> str | None:
    """`text_fault` in English, or None."""
    fault = text_fault(text, limit)
    return None if fault is None else fault_text(*fault)


def fault_text(code: str, params: dict[str, int]) -> str:
    """A text fault in English, as the command line and the documents say it."""
    match code:
        case "nul_character":
            return "holds a NUL character (U+0000)"
        case "lone_surrogate":
            return f"holds a lone surrogate (U+{params['code_point']:04X}), which is not a character"
    return f"is {params['length']:,} characters long; at most {params['limit']:,} are allowed"


def text_problems(value: object, path: str = "") -> list[Problem]:
    """Every text in `value` (a domain dataclass, walked whole) that is too long or holds a
    character no text may hold (a NUL, a lone surrogate); paths start with `path`."""
    found: list[Problem] = []
    _walk(value, path, MAX_SHORT_TEXT, found)
    return found


def _walk(value: object, path: str, limit: int, found: list[Problem]) -> None:
    if isinstance(value, Enum) or value is None:
        return
    if isinstance(value, str):
        fault = text_fault(value, limit)
        if fault is not None:
            found.append(Problem(path or "(text)", fault_text(*fault), *fault))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        for f in dataclasses.fields(value):
            child = f"{path}.{f.name}" if path else f.name
            _walk(getattr(value, f.name), child, limit_of(cls, f.name), found)
    elif isinstance(value, (list, tuple)):
        for index, element in enumerate(value):
            _walk(element, f"{path}[{index}]", limit, found)
    elif isinstance(value, dict):
        for key, element in value.items():
            _walk(key, path, MAX_SHORT_TEXT, found)
            _walk(element, f"{path}.{key}", limit, found)
