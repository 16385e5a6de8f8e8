"""Invented people: a generator drawing on the name pools, and a helper for people written by hand.

Everyone made here is invented for the demo: e-mail addresses are at example.org and each
person's notes say so. Draws use a `random.Random` seeded with a fixed text, so every call
gives the same people.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from ...domain.countries import member
from ...domain.enums import Gender, Role, Status
from ...domain.people import Identity, Participation, Person, StatusChange
from .ids import demo_uid
from .names import DIETARY, POOLS, POSITIONS

INVENTED = "Invented for the demo."

_ASCII = str.maketrans({"ı": "i", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss", "ł": "l"})


def email_for(given: str, family: str, domain: str = "example.org") -> str:
    """`Nguyễn`, `Thị Hương` → `thihuong.nguyen@example.org`."""
    return f"{_slug(given)}.{_slug(family)}@{domain}"


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in plain.lower() if c.isascii() and c.isalnum())


def zone_of(country: str) -> str:
    known = member(country)
    return known.timezone if known else ""


def invented_person(
    key: str,
    family: str,
    given: str,
    country: str,
    gender: Gender,
    organization: str,
    position: str,
    *,
    home_timezone: str = "",
    phone: str = "",
    dietary: str = "",
    notes: str = "",
    identity: Identity | None = None,
) -> Person:
    """A person written by hand; the uid derives from `key` (`person/kpc/lee-ji-young`)."""
    return Person(
        demo_uid(key),
        family,
        given,
        country,
        organization=organization,
        position=position,
        email=email_for(given, family),
        phone=phone,
        gender=gender,
        home_timezone=home_timezone or zone_of(country),
        dietary=dietary,
        notes=f"{notes} {INVENTED}".strip(),
        identity=identity,
    )


def invent_people(key: str, country: str, count: int, taken: set[tuple[str, str]]) -> list[Person]:
    """`count` invented people from `country`, none named like anyone in `taken` (which grows).

    The same `key` and `country` always give the same people, with uids `person/{key}/{country}/n`.
    """
    pool = POOLS[country]
    rng = random.Random(f"{key}/{country}")
    people = []
    for n in range(1, count + 1):
        gender = Gender.FEMALE if rng.random() < 0.5 else Gender.MALE
        givens = pool.female if gender is Gender.FEMALE else pool.male
        family, given = rng.choice(pool.family), rng.choice(givens)
        while (family, given) in taken:
            family, given = rng.choice(pool.family), rng.choice(givens)
        taken.add((family, given))
        dietary = rng.choice(DIETARY[country]) if country in DIETARY and rng.random() < 0.3 else ""
        people.append(
            invented_person(
                f"person/{key}/{country}/{n}",
                family,
                given,
                country,
                gender,
                rng.choice(pool.organizations),
                rng.choice(POSITIONS),
                dietary=dietary,
            )
        )
    return people


def npo_of(country: str) -> str:
    return POOLS[country].npo


def history(nominated: date, accepted: date, confirmed: date) -> list[StatusChange]:
    """The usual path of a participant: nominated by the NPO, accepted, confirmed."""
    return [
        StatusChange(Status.NOMINATED, nominated, "Nomination received through the NPO"),
        StatusChange(Status.ACCEPTED, accepted, "Accepted by the APO Secretariat"),
        StatusChange(Status.CONFIRMED, confirmed, "Confirmed"),
    ]


def confirmed(
    person: Person, role: Role, changes: list[StatusChange], *, npo: str = "", notes: str = ""
) -> Participation:
    """A confirmed participation with its status history."""
    return Participation(
        person.uid,
        role,
        Status.CONFIRMED,
        [StatusChange(c.status, c.on, c.note) for c in changes],
        nominating_npo=npo,
        notes=notes,
    )
