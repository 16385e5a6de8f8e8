"""Identity data (passport numbers and expiry dates, dates of birth) of people shared by missions.

People are one row however many missions they take part in. A colleague's mission file or an
NPO's nomination file that carries other identity data for someone who is also in another mission
would change it there too: never silently. The change is computed first; the front ends refuse it
(the command line, unless `--update-identity`) or ask (the window).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session

from ..domain.people import Identity, Person
from ..errors import ConflictError
from ..storage import people_rows

FIELD_WORDS = {
    "passport_number": "passport number",
    "passport_expiry": "passport expiry",
    "date_of_birth": "date of birth",
}
MAX_NAMED = 5  # people named in a one-line message; the count says how many more


@dataclass(frozen=True, slots=True)
class IdentityChange:
    """Identity data of `uid` that an import would replace, and the other missions they are in."""

    uid: str
    name: str
    fields: tuple[str, ...]  # keys of FIELD_WORDS
    missions: tuple[str, ...]  # codes

    def __str__(self) -> str:
        words = ", ".join(FIELD_WORDS[f] for f in self.fields)
        return f"{self.name} ({words}; also in {', '.join(self.missions)})"


class IdentityChangeError(ConflictError):
    """An import would replace identity data of people who are in other missions; nothing was written."""

    def __init__(self, source: str, changes: list[IdentityChange], flag: str = "--update-identity"):
        self.changes = changes
        named = "; ".join(str(change) for change in changes[:MAX_NAMED])
        more = f"; and {len(changes) - MAX_NAMED} more" if len(changes) > MAX_NAMED else ""
        people = "1 person who is" if len(changes) == 1 else f"{len(changes)} people who are"
        super().__init__(
            f"{source}: would replace the identity data of {people} in other missions too: "
            f"{named}{more}. Nothing was imported; use {flag} to replace it.",
            code="identity_change",
            params={"source": source},
        )


def identity_changes(session: Session, people: Iterable[Person], *, mission_id: int | None) -> list[IdentityChange]:
    """What storing `people` (identity replaced whole where one is given) would change in the
    identity data the database holds of people who take part in missions other than `mission_id`.
    Adding data where none was known is not a change; replacing or erasing a value is."""
    given = [person for person in people if person.identity is not None and person.uid]
    known = people_rows.identities_and_missions(session, [person.uid for person in given])
    changes = []
    for person in given:
        if person.uid not in known:
            continue
        identity = person.identity
        if identity is None:  # `given` holds only people with one
            continue
        before, missions = known[person.uid]
        others = tuple(code for other_id, code in missions if other_id != mission_id)
        fields = _replaced(before.identity or Identity(), identity)
        if others and fields:
            changes.append(IdentityChange(person.uid, before.full_name, fields, others))
    return changes


def _replaced(before: Identity, after: Identity) -> tuple[str, ...]:
    return tuple(
        name
        for name in FIELD_WORDS
        if getattr(before, name) not in ("", None) and getattr(before, name) != getattr(after, name)
    )
