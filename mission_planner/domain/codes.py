"""APO project codes such as `21-IP-06-GE-OSM-B`."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
