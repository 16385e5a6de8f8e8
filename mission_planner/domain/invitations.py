"""Which economies a mission invites, and which nominees come from elsewhere.

The Project Notification names the participating countries; a multicountry mission may instead
be open to all member countries, which invites every active APO member. The host country is
always welcome: its people are the local participants. A notification that names no country
and is not open to all invites nobody in particular, so nothing is checked.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .countries import active_members
from .mission import Mission

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Uninvited(Generic[K]):
    """Nominees from one economy the mission does not invite; `people` are the caller's keys."""

    country: str
    people: tuple[K, ...]
    open_to_all: bool  # the mission is open to all member countries, and this one is not a member


def invited_economies(mission: Mission) -> frozenset[str] | None:
    """The ISO codes of the economies invited, or None when the notification does not say."""
    if mission.all_member_countries:
        invited = {member.iso2 for member in active_members()}
    elif mission.participating_countries:
        invited = {country.upper() for country in mission.participating_countries}
    else:
        return None
    return frozenset({*invited, mission.host_country.upper()})


def uninvited_nominees(mission: Mission, nominees: Iterable[tuple[K, str]]) -> list[Uninvited[K]]:
    """The nominees (key, ISO country) from economies not invited, grouped by economy in the
    order they first appear."""
    invited = invited_economies(mission)
    if invited is None:
        return []
    by_country: dict[str, list[K]] = {}
    for key, country in nominees:
        if country and country.upper() not in invited:
            by_country.setdefault(country.upper(), []).append(key)
    return [Uninvited(country, tuple(keys), mission.all_member_countries) for country, keys in by_country.items()]
