"""What a delegate needs on the day beside the programme: whom to call, how to join online, and
what a security site asks (a passport, a dress code). The daily agenda and the itinerary print it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...domain.mission import EmergencyContact, Mission
from ...domain.online_meetings import Joining, joining
from ...domain.places import Site
from ...domain.programme import Day, Item

_AROUND_THE_CLOCK = re.compile(r"\b24\s*(?:-|\s)?\s*(?:hours?|hrs?|h)\b|24/7|around the clock", re.IGNORECASE)
_COORDINATOR = re.compile(r"coordinator", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ContactStrip:
    coordinator: EmergencyContact | None
    around_the_clock: EmergencyContact | None

    def runs(self) -> list[tuple[str, str]]:
        """`[("Coordinator: ", "Ji-young Lee"), ("24-hour phone: ", "+82-10-5555-0121")]`."""
        found: list[tuple[str, str]] = []
        coordinator, hotline = self.coordinator, self.around_the_clock
        if coordinator is not None:
            same = hotline is not None and hotline.phone == coordinator.phone
            phone = "" if same or not coordinator.phone else f", {coordinator.phone}"
            found.append(("Coordinator: ", coordinator.name + phone))
        if hotline is not None and hotline.phone:
            whose = "" if hotline is coordinator else f" ({hotline.name})"
            found.append(("24-hour phone: ", hotline.phone + whose))
        return found


def contact_strip(mission: Mission) -> ContactStrip:
    """The coordinator (the emergency contact whose role says so, else the first) and the 24-hour
    phone (the contact whose role or name says 24 hours, 24/7 or around the clock)."""
    contacts = mission.emergency_contacts
    coordinator = next((c for c in contacts if _COORDINATOR.search(c.role)), contacts[0] if contacts else None)
    hotline = next((c for c in contacts if _AROUND_THE_CLOCK.search(f"{c.role} {c.name}") and c.phone), None)
    return ContactStrip(coordinator, hotline)


@dataclass(frozen=True, slots=True)
class DayJoining:
    """One way of joining and the items that use it (all of the day's online items, usually)."""

    joining: Joining
    items: tuple[Item, ...]


def day_joinings(day: Day) -> list[DayJoining]:
    """Each distinct way of joining the day's online items, in the order first used."""
    found: dict[Joining, list[Item]] = {}
    for item in day.items:
        way = joining(item)
        if way is not None:
            found.setdefault(way, []).append(item)
    return [DayJoining(way, tuple(items)) for way, items in found.items()]


def security_sites(day: Day, sites: dict[str, Site]) -> list[Site]:
    """The sites of the day that check visitors against a list sent ahead (ID at the gate)."""
    return [site for site in sites_of(day, sites) if site.visitor_list_required]


def dress_codes(day: Day, sites: dict[str, Site]) -> list[tuple[Site, str]]:
    """The dress code of each site of the day that has one."""
    return [(site, site.dress_code) for site in sites_of(day, sites) if site.dress_code.strip()]


def sites_of(day: Day, sites: dict[str, Site]) -> list[Site]:
    found: dict[str, Site] = {}
    for item in day.items:
        if item.site_uid and item.site_uid in sites:
            found.setdefault(item.site_uid, sites[item.site_uid])
    return list(found.values())
