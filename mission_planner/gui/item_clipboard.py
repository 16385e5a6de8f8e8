"""Programme items on the clipboard: JSON of the domain values under our own MIME type, beside
plain text for other programs (the rows as a spreadsheet reads them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..domain.enums import ItemKind, ItemRoleKind
from ..domain.programme import Item, ItemAssignment, ItemRole

MIME_TYPE = "application/x-mission-planner-items+json"
_VERSION = 1


@dataclass(frozen=True)
class Copied:
    """An item as copied: its day, the item, and who was assigned to attend it (or not)."""

    day: date
    item: Item
    assignments: list[ItemAssignment]


def mime_data(code: str, copied: list[Copied], text: str) -> QMimeData:
    """The clipboard's content for `copied`, items of mission `code`, with `text` as plain text."""
    data = QMimeData()
    payload = {"version": _VERSION, "mission": code, "items": [_entry(entry) for entry in copied]}
    data.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    data.setText(text)
    return data


def keep_only_text() -> None:
    """At the program's end, leave on the clipboard only the plain text of items we copied.

    A QMimeData made in Python and still on the clipboard when Qt shuts down crashes the offscreen
    platform (the one the tests and screenshots use); other programs need only the text, and Qt
    hands text over to the desktop's clipboard itself."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MIME_TYPE):
        clipboard.setText(data.text())


def read_mime(data: QMimeData | None) -> tuple[str, list[Copied]] | None:
    """The mission code and items on the clipboard, or None when it holds none of ours (or a broken copy)."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        if payload.get("version") != _VERSION:
            return None
        return str(payload["mission"]), [_copied(entry) for entry in payload["items"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _entry(copied: Copied) -> dict[str, Any]:
    item = copied.item
    return {
        "day": copied.day.isoformat(),
        "kind": item.kind.value,
        "title": item.title,
        "start": item.start.strftime("%H:%M"),
        "end": item.end.strftime("%H:%M"),
        "site_uid": item.site_uid,
        "venue": item.venue,
        "online_url": item.online_url,
        "meeting_id": item.meeting_id,
        "passcode": item.passcode,
        "description": item.description,
        "group": item.group,
        "roles": [{"person_uid": role.person_uid, "role": role.role.value} for role in item.roles],
        "assignments": [{"person_uid": a.person_uid, "attends": a.attends} for a in copied.assignments],
    }


def _copied(entry: dict[str, Any]) -> Copied:
    item = Item(
        "",
        ItemKind(entry["kind"]),
        str(entry["title"]),
        time.fromisoformat(entry["start"]),
        time.fromisoformat(entry["end"]),
        site_uid=entry.get("site_uid") or None,
        venue=str(entry.get("venue", "")),
        online_url=str(entry.get("online_url", "")),
        meeting_id=str(entry.get("meeting_id", "")),
        passcode=str(entry.get("passcode", "")),
        description=str(entry.get("description", "")),
        group=str(entry.get("group", "")),
        roles=[ItemRole(str(r["person_uid"]), ItemRoleKind(r["role"])) for r in entry.get("roles", [])],
    )
    assignments = [ItemAssignment("", str(a["person_uid"]), bool(a["attends"])) for a in entry.get("assignments", [])]
    return Copied(date.fromisoformat(entry["day"]), item, assignments)
