"""Time zones in words for people: "Istanbul time (UTC+3), 6 h behind Seoul", never `Europe/Istanbul`.

Every document that names a zone words it here. The city is CLDR's exemplar city in English
(through babel: "Kolkata", "Ho Chi Minh City"), else the last part of the IANA name; the offset
is the zone's on the day in question (summer time included); the difference is to the mission's
zone on that day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@lru_cache(maxsize=256)
def zone_city(zone: str) -> str:
    """ "Istanbul" for Europe/Istanbul, "Ho Chi Minh City" for Asia/Ho_Chi_Minh."""
    from babel import Locale

    city = Locale("en").time_zones.get(zone, {}).get("city")
    return str(city) if city else zone.rsplit("/", 1)[-1].replace("_", " ")


def _offset(zone: str, on: date) -> timedelta | None:
    try:
        return ZoneInfo(zone).utcoffset(datetime.combine(on, time(12)))
    except (ZoneInfoNotFoundError, ValueError):
        return None


def utc_offset(zone: str, on: date) -> str:
    """ "UTC+9", "UTC+5:30", "UTC−3:30", "UTC" for the zone on that day."""
    offset = _offset(zone, on)
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


def zone_in_words(zone: str, on: date, mission_zone: str = "") -> str:
    """ "Istanbul time (UTC+3), 6 h behind Seoul"; "Seoul time (UTC+9)" for the mission's own
    zone or when none is given; "Tokyo time (UTC+9), the same as Seoul". An empty zone is ""."""
    if not zone:
        return ""
    if zone.startswith("Etc/") or zone == "UTC":
        words = utc_offset(zone, on)
    else:
        words = f"{zone_city(zone)} time ({utc_offset(zone, on)})"
    if not mission_zone or mission_zone == zone:
        return words
    own, theirs = _offset(zone, on), _offset(mission_zone, on)
    if own is None or theirs is None:
        return words
    difference = int((own - theirs).total_seconds() // 60)
    city = zone_city(mission_zone)
    if not difference:
        return f"{words}, the same as {city}"
    side = "ahead of" if difference > 0 else "behind"
    return f"{words}, {_hours(abs(difference))} {side} {city}"
