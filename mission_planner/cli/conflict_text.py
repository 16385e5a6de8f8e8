"""Conflicts as English sentences naming the items (title, day, times) and the people."""

from __future__ import annotations

from datetime import date, time

from ..domain.conflicts import Code, Conflict
from ..domain.record import MissionRecord

MAX_NAMES = 4


def describe(conflict: Conflict, record: MissionRecord) -> str:
    items = {item.uid: (day.date, item) for day in record.days for item in day.items}
    shown = [_item(*items[uid]) for uid in conflict.item_uids if uid in items]
    people = _people([record.person(uid).full_name for uid in conflict.person_uids])
    p = conflict.params
    match conflict.code:
        case Code.OVERLAP:
            return f"{shown[0]} overlaps {shown[1]}{_overlap_reason(conflict, people)}."
        case Code.VENUE_DOUBLE_BOOKED:
            return f"{shown[0]} and {shown[1]} are both at {_place(record, p)} at the same time."
        case Code.DOUBLE_BOOKED:
            other = f"“{p['other_title']}” of {p['other_mission']} ({p['other_start']:%a %d %b %H:%M %Z})"
            return f"{people} is booked in {shown[0]} and at the same time in {other}."
        case Code.TRAVEL_TIME:
            return (
                f"Only {p['available_minutes']} minutes between {shown[0]} and {shown[1]}, but the journey "
                f"takes {p['needed_minutes']} minutes (for {people})."
            )
        case Code.OUTSIDE_MISSION_DATES:
            mission = record.mission
            return (
                f"{shown[0]} is outside the mission's dates ({_day(mission.start_date)} to {_day(mission.end_date)})."
            )
        case Code.OUTSIDE_OPENING_HOURS:
            site = next(s for s in record.sites if s.uid == p["site"])
            hours = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in p["hours"]) or "closed that day"
            return f"{shown[0]} is outside the opening hours of {site.display_name} ({hours})."
        case Code.VISITOR_LIST_OVERDUE:
            site = next(s for s in record.sites if s.uid == p["site"])
            named = site.acronym or site.name_en
            option = named if named.replace("-", "").isalnum() else f'"{named}"'
            return (
                f"The visitor list for {site.display_name} was due on {_day(p['due'])} "
                f"for {shown[0]}; check it has been sent (write it with "
                f"`export {record.mission.code} visitor-list --site {option} -o FILE.pdf`)."
            )
        case Code.NOMINATIONS_CLOSE_AFTER_START:
            return f"Nominations close on {_day(p['closing'])}, after the mission starts on {_day(p['start'])}."
        case Code.QUOTA_EXCEEDED:
            return f"{p['accepted']} {p['kind']} participants are accepted, more than the quota of {p['quota']}."
        case Code.NOT_INVITED:
            return uninvited_text(
                str(p["country"]),
                [record.person(uid).full_name for uid in conflict.person_uids],
                open_to_all=bool(p["open_to_all"]),
            )
        case Code.TASK_OVERDUE:
            return f"Task overdue since {_day(p['due'])}: {task_what(str(p['what']), record, str(p['site']))}."
    return f"{conflict.code}: {conflict.params}"


def task_what(what: str, record: MissionRecord | None, site_uid: str, site_name: str = "") -> str:
    """A task's wording, with the site it is for."""
    if site_uid and record is not None:
        site_name = next((s.display_name for s in record.sites if s.uid == site_uid), site_uid)
    return f"{what} ({site_name})" if site_name else what


def uninvited_text(country: str, names: list[str], *, open_to_all: bool) -> str:
    """`Wei Li and Fang Wang are nominated from China, which is not among the participating…`"""
    from ..services import country_name

    who = _people(names)
    verb = "is" if len(names) == 1 else "are"
    why = (
        "which is not an APO member economy (the mission is open to all member countries)"
        if open_to_all
        else "which is not among the participating countries of the Project Notification"
    )
    return f"{who} {verb} nominated from {country_name(country)}, {why}."


def _overlap_reason(conflict: Conflict, people: str) -> str:
    p = conflict.params
    if conflict.person_uids:
        return f", and {people} {_are(conflict)} in both"
    if "groups" in p:
        first, second = p["groups"]
        return f", and groups {first} and {second} may share people: no one has been put in a group yet"
    if p.get("group"):
        return f", and group {p['group']} is expected at both"
    return ", and the whole delegation is expected at both"


def _place(record: MissionRecord, p: dict) -> str:
    if "site" in p:
        return next((s.display_name for s in record.sites if s.uid == p["site"]), str(p["site"]))
    return f"“{p['venue']}”"


def _are(conflict: Conflict) -> str:
    return "is" if len(conflict.person_uids) == 1 else "are"


def _item(day: date, item) -> str:
    return f"“{item.title}” ({_day(day)} {_time(item.start)}–{_time(item.end)})"


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _time(value: time) -> str:
    return f"{value:%H:%M}"


def _people(names: list[str]) -> str:
    if not names:
        return "nobody"
    if len(names) > MAX_NAMES:
        return f"{', '.join(names[: MAX_NAMES - 1])} and {len(names) - MAX_NAMES + 1} others"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
