"""How to join an online item: its link, the meeting ID and the passcode.

Zoom links carry the meeting ID in their path (`/j/81202111241`), and Teams' short links carry
both the ID and the passcode (`/meet/2345678901234?p=Ab12Cd`). What a link does not carry is typed
on the item (`Item.meeting_id`, `Item.passcode`); a typed value wins over the link's. Zoom's `pwd`
parameter is an encoded passcode, not the one people type, so it is never shown as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from .programme import Item

_ZOOM_PATH = re.compile(r"^/(?:j|w|s|wc(?:/join)?)/(\d{9,11})(?:/|$)")
_ZOOM_WEB_CLIENT = re.compile(r"^/wc/(\d{9,11})/join")
_TEAMS_PATH = re.compile(r"^/meet/(\d{9,15})/?$")


@dataclass(frozen=True, slots=True)
class Joining:
    url: str
    meeting_id: str = ""
    passcode: str = ""


def joining(item: Item) -> Joining | None:
    """How to join the item, or None when it is not online."""
    if not item.online_url:
        return None
    return Joining(
        item.online_url,
        item.meeting_id.strip() or meeting_id_in(item.online_url),
        item.passcode.strip() or passcode_in(item.online_url),
    )


def meeting_id_in(url: str) -> str:
    """The meeting ID a Zoom or Teams link carries, grouped as the service prints it; else ""."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if "zoom" in host.split("."):
        found = _ZOOM_PATH.match(parts.path) or _ZOOM_WEB_CLIENT.match(parts.path)
        return grouped(found.group(1)) if found else ""
    if host in ("teams.microsoft.com", "teams.live.com"):
        found = _TEAMS_PATH.match(parts.path)
        return grouped(found.group(1)) if found else ""
    return ""


def passcode_in(url: str) -> str:
    """The passcode a Teams short link carries in `p`; Zoom's `pwd` is not a typed passcode."""
    parts = urlsplit(url.strip())
    if (parts.hostname or "").lower() in ("teams.microsoft.com", "teams.live.com") and _TEAMS_PATH.match(parts.path):
        values = parse_qs(parts.query).get("p", [])
        return values[0] if values else ""
    return ""


def grouped(digits: str) -> str:
    """`81202111241` as Zoom prints it, `812 0211 1241`; longer IDs in threes as Teams does."""
    if len(digits) in (9, 10):
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    if len(digits) == 11:
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))
