"""Names in the order people expect: by the Unicode Collation Algorithm, not by code point.

Code points put `Çelik` after `Zhou` and `Kılıç` after `Kumar`; the collation puts Ç with the
Cs, Ş with the Ss and ı beside i, in every script. The library is pyuca: pure Python with the
Unicode's default table (DUCET), so nothing to build and nothing native to bundle. A name
written in another script sorts by its romanised form (as in the passport) when one is recorded,
so `शर्मा सीता` (SHARMA Sita) files under S among the Latin names of a list.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyuca.collator import BaseCollator

    from ..domain.people import Person
    from ..domain.record import MissionRecord

UCA_TABLE = "allkeys-10.0.0.txt"  # the one table build.spec bundles


@functools.cache
def _collator() -> BaseCollator:
    # Its table takes a tenth of a second to read: only when something is sorted.
    from pyuca.collator import Collator_10_0_0

    return Collator_10_0_0()


@functools.lru_cache(maxsize=1 << 16)  # family names repeat: a key costs about 20 µs
def text_key(text: str) -> tuple[int, ...]:
    """The sort key of `text` (case and accents count only where all else is equal)."""
    return tuple(_collator().sort_key(unicodedata.normalize("NFC", text)))


def is_latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin letter (Ş, ı and ơ included)."""
    return all(unicodedata.name(char, "").startswith("LATIN") for char in text if char.isalpha())


def sorting_names(person: Person) -> tuple[str, str]:
    """(family, given) to sort the person by: the romanised name where the person's own name is
    in another script and a romanised one is recorded, else the name itself."""
    own = (person.family_name, person.given_name)
    romanized = (person.romanized_family_name, person.romanized_given_name)
    if any(romanized) and not is_latin(" ".join(own)):
        return romanized
    return own


def person_key(person: Person) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Family name, then given name, by collation; the uid keeps equal names in a fixed order."""
    family, given = sorting_names(person)
    return text_key(family), text_key(given), person.uid


def romanized_line(person: Person) -> str:
    """The romanised name to print under a name in another script (`SHARMA Sita` under
    शर्मा सीता); empty when the name is in Latin letters or none is recorded."""
    if not person.romanized_name or is_latin(f"{person.family_name} {person.given_name}"):
        return ""
    return person.romanized_name


def in_collation_order(record: MissionRecord) -> None:
    """People, and so everything listed per person, in the order readers expect (Çelik with the
    Cs, a name in another script by its romanised form): the stored order is by code point."""
    record.people.sort(key=person_key)
    order = {person.uid: index for index, person in enumerate(record.people)}
    record.participations.sort(key=lambda part: order.get(part.person_uid, len(order)))
