"""The text limits of domain/text_limits.py, checked where a front end hands the services a value
to store (an item, a site, a flight, a stay, a budget line, a rule set, an attendance mark).

`refuse_long_text(value)` raises InputError for the first text of `value` (a domain dataclass,
walked whole) that its field cannot hold; the location names the field (`title`,
`stays[1].hotel`). Front ends that know a field only by its name ask `limit_of(name)`.
"""

from __future__ import annotations

from ..domain.text_limits import fault_text, length, limit_named, text_fault, text_problems
from ..errors import InputError

__all__ = ["length", "limit_of", "refuse_long_field", "refuse_long_text"]


def limit_of(field: str, owner: type | None = None) -> int:
    """The most characters the field named `field` (of class `owner`, when known) may hold."""
    return limit_named(field, owner)


def refuse_long_field(field: str, text: str, owner: type | None = None) -> None:
    """Raise InputError when `text` cannot be stored in the field named `field` (of `owner`)."""
    fault = text_fault(text, limit_of(field, owner))
    if fault is not None:
        code, params = fault
        raise InputError(
            f"{field} {fault_text(code, params)}", location=field, code=code, params={"field": field, **params}
        )


def refuse_long_text(value: object, path: str = "") -> None:
    """Raise InputError naming the first text in `value` that its field cannot hold."""
    problems = text_problems(value, path)
    if problems:
        first = problems[0]
        raise InputError(
            f"{first.path} {first.message}",
            location=first.path,
            code=first.code,
            params={"field": first.path, **first.params},
        )
