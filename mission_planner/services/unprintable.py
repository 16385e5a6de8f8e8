"""People whose name or organization holds a character no shipped font has: documents print it as
U+FFFD (�). The nomination import and the document export warn with these, naming the person
and each character, so the coordinator can ask for the name in another spelling before printing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..domain.people import Person

CODE = "unprintable_characters"
# Latin, Latin-1 and Latin Extended-A and B: Noto Sans has every one, so no font needs loading.
_SURELY_PRINTED = 0x0250


@dataclass(frozen=True, slots=True)
class Unprintable:
    """`person`'s `field` ("name" or "organization") holds `characters` (in the order they come)
    that no shipped font has."""

    person: str  # the name as documents print it
    field: str
    characters: tuple[str, ...]

    @property
    def code(self) -> str:
        return CODE

    @property
    def params(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "field": self.field,
            "characters": [
                {"code_point": code_point(char), "name": unicodedata.name(char, "")} for char in self.characters
            ],
        }


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def character_label(char: str) -> str:
    """ "U+13E3 CHEROKEE LETTER TLI": the code point and its Unicode name, which any reader can
    look up, rather than the character, which their screen may not show either."""
    name = unicodedata.name(char, "")
    return f"{code_point(char)} {name}" if name else code_point(char)


def unprintable(people: Iterable[Person]) -> list[Unprintable]:
    """The names and organizations of `people` that would print with a replacement mark."""
    found = []
    for person in people:
        for field, value in (("name", person.full_name), ("organization", person.organization)):
            characters = unprintable_characters(value)
            if characters:
                found.append(Unprintable(person.full_name, field, characters))
    return found


def unprintable_characters(value: str) -> tuple[str, ...]:
    """The characters of `value` no shipped font has, each once, in the order they come."""
    if all(ord(char) < _SURELY_PRINTED for char in value):
        return ()
    from .export.pdf.text import missing_characters  # loads reportlab and the fonts: only here

    missing = missing_characters(value)
    return tuple(char for char in dict.fromkeys(unicodedata.normalize("NFC", value)) if char in missing)


def unprintable_text(found: Unprintable) -> str:
    """The English warning (the command line's; the window words the code itself)."""
    what = "name" if found.field == "name" else "organization"
    labels = ", ".join(character_label(char) for char in found.characters)
    return f"{found.person}: the {what} has characters no font prints, shown as \ufffd: {labels}"
