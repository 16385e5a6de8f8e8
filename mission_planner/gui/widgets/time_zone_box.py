"""A time zone chosen from the IANA list, found by typing any part of its name."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


@cache
def zone_entries() -> tuple[tuple[str, str], ...]:
    """Every region's zone and UTC, as (shown text, IANA name): "Asia/Seoul (UTC+09:00)".

    The `Etc/GMT+5` zones are left out: their signs run backwards. The offset is today's (about
    0.1 s for the 600 zones, once a process).
    """
    names = sorted(name for name in zoneinfo.available_timezones() if "/" in name and not name.startswith("Etc/"))
    return tuple((f"{name} ({_offset_text(name)})", name) for name in ["UTC", *names])


def _offset_text(name: str) -> str:
    offset = datetime.now(zoneinfo.ZoneInfo(name)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class TimeZoneBox(QComboBox):
    """The zones of `zone_entries`; typing filters them (any part of the name: "Seoul").

    `zone()` is the IANA name chosen, or "" while the text names no zone of the list.
    """

    def __init__(self, zone: str = "Asia/Seoul", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing searches; it adds nothing
        self.setMaxVisibleItems(15)
        for text, name in zone_entries():
            self.addItem(text, name)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._by_name = {name.casefold(): index for index, (_text, name) in enumerate(zone_entries())}
        self.set_zone(zone)

    def set_zone(self, name: str) -> None:
        """Show zone `name`; an IANA zone the list leaves out (`Etc/GMT-9`, `Japan`) is added to it."""
        index = self._by_name.get(name.casefold(), -1)
        if index < 0 and name in zoneinfo.available_timezones():
            self.addItem(f"{name} ({_offset_text(name)})", name)
            index = self._by_name[name.casefold()] = self.count() - 1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(name)

    def zone(self) -> str:
        """The zone whose entry (or bare IANA name) the box shows; "" for any other text."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # without regard to case
        if index < 0:
            index = self._by_name.get(text.casefold(), -1)
        return self.itemData(index) if index >= 0 else ""
