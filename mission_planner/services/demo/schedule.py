"""Small builders for programme items, so a mission's programme reads like a timetable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from ...domain.enums import ItemKind, ItemRoleKind
from ...domain.people import Person
from ...domain.places import Site
from ...domain.programme import Item, ItemRole
from .ids import demo_uid


def hm(text: str) -> time:
    """`"09:30"` → time(9, 30)."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def item(
    code: str,
    day: int,
    slug: str,
    kind: ItemKind,
    title: str,
    start: str,
    end: str,
    *,
    site: Site | None = None,
    venue: str = "",
    online_url: str = "",
    description: str = "",
    roles: Sequence[tuple[Person, ItemRoleKind]] = (),
) -> Item:
    """An item of day `day` (1-based) of mission `code`, with uid `item/{code}/{day}/{slug}`."""
    return Item(
        demo_uid(f"item/{code}/{day}/{slug}"),
        kind,
        title,
        hm(start),
        hm(end),
        site_uid=site.uid if site else None,
        venue=venue,
        online_url=online_url,
        description=description,
        roles=[ItemRole(person.uid, role) for person, role in roles],
    )


def speaker(person: Person) -> tuple[Person, ItemRoleKind]:
    return person, ItemRoleKind.SPEAKER


def moderator(person: Person) -> tuple[Person, ItemRoleKind]:
    return person, ItemRoleKind.MODERATOR


def discussant(person: Person) -> tuple[Person, ItemRoleKind]:
    return person, ItemRoleKind.DISCUSSANT


def host(person: Person) -> tuple[Person, ItemRoleKind]:
    return person, ItemRoleKind.HOST
