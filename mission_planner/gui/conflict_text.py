"""Conflicts as sentences in the interface's language, naming the items and the people.

The command line has its own English sentences (`mission_planner.cli.conflict_text`); these go
through `QCoreApplication.translate`, so a translation can reorder them.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication

from ..domain.conflicts import Code, Conflict
from ..domain.programme import Item
from ..domain.record import MissionRecord
from .formatting import country_name, format_date, format_weekday_date

MAX_NAMES = 4


def describe_conflict(conflict: Conflict, record: MissionRecord) -> str:
    """One sentence saying what is wrong; unknown codes fall back to the code and parameters."""
    items = {item.uid: (day.date, item) for day in record.days for item in day.items}
    shown = [item_text(*items[uid]) for uid in conflict.item_uids if uid in items]
    shown += ["?"] * (2 - len(shown))  # an item may have gone since the check
    people = people_text([_name(record, uid) for uid in conflict.person_uids])
    p = conflict.params
    match conflict.code:
        case Code.OVERLAP:
            return _overlap(conflict, shown, people)
        case Code.VENUE_DOUBLE_BOOKED:
            return QCoreApplication.translate(
                "Conflicts", "{first} and {second} are both at {place} at the same time."
            ).format(first=shown[0], second=shown[1], place=_place(record, p))
        case Code.DOUBLE_BOOKED:
            return QCoreApplication.translate(
                "Conflicts", "{people} is booked in {item} and, at the same time, in “{other}” of {mission} ({when})."
            ).format(
                people=people,
                item=shown[0],
                other=p["other_title"],
                mission=p["other_mission"],
                when=_moment(p["other_start"]),
            )
        case Code.TRAVEL_TIME:
            return QCoreApplication.translate(
                "Conflicts",
                "Only {available} minutes between {first} and {second}, but the journey takes {needed} minutes "
                "(for {people}).",
            ).format(
                available=p["available_minutes"],
                first=shown[0],
                second=shown[1],
                needed=p["needed_minutes"],
                people=people,
            )
        case Code.OUTSIDE_MISSION_DATES:
            mission = record.mission
            return QCoreApplication.translate(
                "Conflicts", "{item} is outside the mission's dates ({start} to {end})."
            ).format(item=shown[0], start=format_date(mission.start_date), end=format_date(mission.end_date))
        case Code.OUTSIDE_OPENING_HOURS:
            hours = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in p["hours"]) or QCoreApplication.translate(
                "Conflicts", "closed that day"
            )
            return QCoreApplication.translate(
                "Conflicts", "{item} is outside the opening hours of {site} ({hours})."
            ).format(item=shown[0], site=_site(record, p["site"]), hours=hours)
        case Code.VISITOR_LIST_OVERDUE:
            return QCoreApplication.translate(
                "Conflicts",
                "The visitor list for {site} was due on {due} for {item}; check that it has been sent "
                "(the Documents tab writes it: Visitor lists).",
            ).format(site=_site(record, p["site"]), due=format_date(p["due"]), item=shown[0])
        case Code.NOMINATIONS_CLOSE_AFTER_START:
            return QCoreApplication.translate(
                "Conflicts", "Nominations close on {closing}, after the mission starts on {start}."
            ).format(closing=format_date(p["closing"]), start=format_date(p["start"]))
        case Code.QUOTA_EXCEEDED:
            return QCoreApplication.translate(
                "Conflicts", "{accepted} {kind} participants are accepted, more than the quota of {quota}."
            ).format(accepted=p["accepted"], kind=_quota_kind(str(p["kind"])), quota=p["quota"])
        case Code.NOT_INVITED:
            names = [_name(record, uid) for uid in conflict.person_uids]
            return uninvited_text(str(p["country"]), names, open_to_all=bool(p["open_to_all"]))
    return f"{conflict.code}: {conflict.params}"


def uninvited_text(country: str, names: list[str], *, open_to_all: bool) -> str:
    """Nominees from an economy the mission does not invite (in `check` and at import)."""
    if open_to_all:
        text = QCoreApplication.translate(
            "Conflicts",
            "Nominated from {country}, which is not an APO member economy (the mission is open to all member "
            "countries): {people}.",
        )
    else:
        text = QCoreApplication.translate(
            "Conflicts",
            "Nominated from {country}, which is not among the participating countries of the Project "
            "Notification: {people}.",
        )
    return text.format(people=people_text(names), country=country_name(country))


def _overlap(conflict: Conflict, shown: list[str], people: str) -> str:
    p = conflict.params
    if conflict.person_uids:
        text = QCoreApplication.translate("Conflicts", "{first} overlaps {second}; {people} would be in both.")
    elif "groups" in p:
        text = QCoreApplication.translate(
            "Conflicts",
            "{first} overlaps {second}; groups {group} and {other} may share people, as no one has been put in a "
            "group yet.",
        )
    elif p.get("group"):
        text = QCoreApplication.translate("Conflicts", "{first} overlaps {second}; group {group} is expected at both.")
    else:
        text = QCoreApplication.translate(
            "Conflicts", "{first} overlaps {second}; the whole delegation is expected at both."
        )
    groups = tuple(p.get("groups", (p.get("group", ""), "")))
    return text.format(first=shown[0], second=shown[1], people=people, group=groups[0], other=groups[1])


def _place(record: MissionRecord, p: dict) -> str:
    if "site" in p:
        return _site(record, p["site"])
    return f"“{p['venue']}”"


def item_text(day: date, item: Item) -> str:
    """`“Opening” (24 Oct 2023 09:00–09:30)`."""
    return QCoreApplication.translate("Conflicts", "“{title}” ({day} {start}–{end})").format(
        title=item.title, day=format_weekday_date(day), start=_time(item.start), end=_time(item.end)
    )


def people_text(names: list[str]) -> str:
    """`Ana`, `Ana and Ben`, `Ana, Ben and Chul`, `Ana, Ben, Chul and 2 others`."""
    if not names:
        return QCoreApplication.translate("Conflicts", "nobody")
    if len(names) > MAX_NAMES:
        shown = names[: MAX_NAMES - 1]
        return QCoreApplication.translate("Conflicts", "{names} and {count} others").format(
            names=", ".join(shown), count=len(names) - len(shown)
        )
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("Conflicts", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def _name(record: MissionRecord, uid: str) -> str:
    try:
        return record.person(uid).full_name
    except KeyError:
        return uid


def _site(record: MissionRecord, uid: object) -> str:
    return next((site.display_name for site in record.sites if site.uid == uid), str(uid))


def _quota_kind(kind: str) -> str:
    words = {
        "overseas": QCoreApplication.translate("Conflicts", "overseas"),
        "local": QCoreApplication.translate("Conflicts", "local"),
    }
    return words.get(kind, kind)


def _moment(value: datetime) -> str:
    return f"{format_date(value.date())} {_time(value.time())} {value.tzname() or ''}".strip()


def _time(value: time) -> str:
    return f"{value:%H:%M}"
