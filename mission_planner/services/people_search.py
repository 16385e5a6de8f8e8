"""Find a person among everyone in the database, whatever mission they came to, as one types.

The names are read and folded once into a `PeopleIndex`; each search is then a scan of short
folded strings (a few milliseconds for 30,000 people), so a search box can follow every
keystroke. Matching ignores case, Latin accents and the Turkish dotted and dotless i
(`domain.text.fold`); every word typed must occur in the name, in any order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from ..domain.enums import Status
from ..domain.text import fold, name_key

_SPACES = re.compile(r"[^\S\n]+")


@dataclass(frozen=True, slots=True)
class PersonMatch:
    uid: str
    family_name: str
    given_name: str
    country: str
    missions: tuple[str, ...]  # codes, the newest first
    status: Status | None  # in the newest mission

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)


class PeopleIndex:
    """Everyone in the database, with their missions, ready to be searched by name."""

    def __init__(self, people: Sequence[Sequence[Any]], parts: Sequence[Sequence[Any]]) -> None:
        """`people` as `(id, uid, family, given, country, romanised family, romanised given)`;
        `parts` as `(person id, mission code, status)` by person, the newest mission first
        (`storage.people_rows.people_for_search`)."""
        self._parts = parts
        self._part_people = [part[0] for part in parts]
        # One fold of all the names at once is far quicker than 30,000 small ones.
        families = _fold_each([person[2] for person in people])
        givens = _fold_each([person[3] for person in people])
        sort_keys = list(zip(families, givens, (person[1] for person in people), strict=True))
        order = sorted(range(len(people)), key=sort_keys.__getitem__)
        self._people = [people[i] for i in order]
        # Also family name then given name run together, as Korean, Chinese or Japanese write it,
        # and the name as the passport prints it in Latin letters (SHARMA Sita for शर्मा सीता).
        romanized = _fold_each([f"{person[6]} {person[5]}" for person in people])
        self._keys = [f"{givens[i]} {families[i]}\t{families[i]}{givens[i]}\t{romanized[i]}" for i in order]
        # All keys in one text, searched with str.find (C speed) rather than key by key.
        self._text = "\n".join(self._keys) + "\n"
        self._starts = list(accumulate((len(key) + 1 for key in self._keys[:-1]), initial=0))

    def __len__(self) -> int:
        return len(self._people)

    def search(self, query: str, limit: int | None = None) -> list[PersonMatch]:
        """The people whose name holds every word of `query`, by family name; none for a blank query."""
        words = name_key(query).split()
        if not words:
            return []
        longest = max(words, key=len)  # the rarest, most likely: the fewest keys to check
        others = [word for word in words if word is not longest]
        found: list[int] = []
        text, starts, keys = self._text, self._starts, self._keys
        position = text.find(longest)
        while position >= 0 and (limit is None or len(found) < limit):
            index = bisect_right(starts, position) - 1
            if all(word in keys[index] for word in others):
                found.append(index)
            position = text.find(longest, starts[index] + len(keys[index]) + 1)  # the next key on
        return [self._match(i) for i in found]

    def _match(self, index: int) -> PersonMatch:
        person_id, uid, family, given, country = self._people[index][:5]
        first = bisect_left(self._part_people, person_id)
        last = bisect_right(self._part_people, person_id, lo=first)
        parts = self._parts[first:last]
        status = Status(parts[0][2]) if parts else None
        return PersonMatch(uid, family, given, country, tuple(part[1] for part in parts), status)


def _fold_each(texts: list[str]) -> list[str]:
    """`name_key` of each text, folded in one go."""
    joined = "\n".join(text.replace("\n", " ") for text in texts)
    return [key.strip() for key in _SPACES.sub(" ", fold(joined)).split("\n")] if texts else []
