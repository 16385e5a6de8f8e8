"""APO project codes such as `21-IP-06-GE-OSM-B`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .limits import MAX_CODE

CODE_PATTERN = re.compile(r"^(\d{2})-([A-Z]{2})-(\d{2})-([A-Z]{2}(?:/[A-Z]{2})?)-([A-Z]{3})-([A-Z])$")

# The list stays open: a code with another three-letter type is still a valid code.
PROJECT_TYPES = {
    "OSM": "Observational study mission",
    "SMN": "Study mission to a non-member",
    "TRC": "Training course",
    "WSP": "Workshop",
    "CON": "Conference",
    "RES": "Research",
}


@dataclass(frozen=True, slots=True)
class ProjectCode:
    programme_year: str
    area: str
    serial: str
    funding: str
    project_type: str
    suffix: str

    def __str__(self) -> str:
        return "-".join((self.programme_year, self.area, self.serial, self.funding, self.project_type, self.suffix))


def parse_project_code(code: str) -> ProjectCode | None:
    """The parts of an APO project code, or None when the code does not follow the pattern."""
    match = CODE_PATTERN.match(code)
    return ProjectCode(*match.groups()) if match else None


# Control, format (bidi overrides, zero-width), separator-line, surrogate and private-use characters.
_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


def code_problem(code: str) -> str | None:
    """Why `code` cannot name a mission, or None.

    Codes off the APO pattern stay allowed (`my mission`); a code must still be one visible
    line: not empty, at most MAX_CODE characters, no control or format characters, no spaces
    at either end.
    """
    if not code.strip():
        return "is empty"
    if len(code) > MAX_CODE:
        return f"is {len(code):,} characters long; at most {MAX_CODE} are allowed"
    for char in code:
        if unicodedata.category(char) in _UNPRINTABLE:
            return f"holds an invisible or control character (U+{ord(char):04X})"
    if code != code.strip():
        return "begins or ends with a space"
    return None
