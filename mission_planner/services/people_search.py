"""Find a person among everyone in the database, whatever mission they came to, as one types.

The names are read and folded once into a `PeopleIndex`; each search is then a scan of short
folded strings (a few milliseconds for 30,000 people), so a search box can follow every
keystroke. Matching ignores case, Latin accents and the Turkish dotted and dotless i
(`domain.text.fold`); every word typed must occur in the name, in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

    def __init__(self, people: list[tuple], parts: list[tuple]) -> None:
        """`people` as `(id, uid, family, given, country)`; `parts` as `(person id, mission code,
        status)`, the newest mission first (`storage.people.people_for_search`)."""
        self._parts: dict[int, list[tuple[str, str]]] = {}
        for person_id, code, status in parts:
            self._parts.setdefault(person_id, []).append((code, status))
        # One fold of all the names at once is far quicker than 30,000 small ones.
        families = _fold_each([person[2] for person in people])
        givens = _fold_each([person[3] for person in people])
        order = sorted(range(len(people)), key=lambda i: (families[i], givens[i], people[i][1]))
        self._people = [people[i] for i in order]
        # Also family name then given name run together, as Korean, Chinese or Japanese write it.
        self._keys = [f"{givens[i]} {families[i]}\t{families[i]}{givens[i]}" for i in order]

    def __len__(self) -> int:
        return len(self._people)

    def search(self, query: str, limit: int | None = None) -> list[PersonMatch]:
        """The people whose name holds every word of `query`, by family name; none for a blank query."""
        words = name_key(query).split()
        if not words:
            return []
        first, rest = words[0], words[1:]
        keys = self._keys
        found = [i for i, key in enumerate(keys) if first in key]
        if rest:
            found = [i for i in found if all(word in keys[i] for word in rest)]
        return [self._match(i) for i in (found if limit is None else found[:limit])]

    def _match(self, index: int) -> PersonMatch:
        person_id, uid, family, given, country = self._people[index]
        parts = self._parts.get(person_id, [])
        status = Status(parts[0][1]) if parts else None
        return PersonMatch(uid, family, given, country, tuple(code for code, _ in parts), status)


def _fold_each(texts: list[str]) -> list[str]:
    """`name_key` of each text, folded in one go."""
    joined = "\n".join(text.replace("\n", " ") for text in texts)
    return [key.strip() for key in _SPACES.sub(" ", fold(joined)).split("\n")] if texts else []
