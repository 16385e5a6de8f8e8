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


def code_problem(code: str) -> str | None:
    """Why `code` cannot be a mission's code, or None when it can.

    Any code is accepted, not only the APO pattern (hosts have their own), but it must be one
    line a user can read and type: not empty, not too long, no spaces at its ends, no control
    or invisible format characters (a newline, an ANSI escape, a bidi override).
    """
    if not code:
        return "is empty"
    if len(code) > MAX_CODE:
        return f"is {len(code)} characters long; a code has at most {MAX_CODE}"
    hidden = next((ch for ch in code if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")), None)
    if hidden is not None:
        return f"holds the control character U+{ord(hidden):04X}"
    if code != code.strip():
        return "begins or ends with a space"
    return None
