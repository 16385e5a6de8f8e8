"""The mission pane's place while the database opens: the Overview of the mission chosen in the
list the start shows early, read with sqlite3 alone (`services.early_overview`, a few
milliseconds), its other tabs greyed until the workspace is attached and the real pane
(`mission_pane.py`) takes its place. Nothing here can change the mission.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from .overview import OverviewTab
from .tab_titles import TABS, tab_title

if TYPE_CHECKING:
    from ...domain.record import MissionRecord


OverviewReader = Callable[[str], "MissionRecord | None"]  # a mission's code: what its Overview shows


class EarlyPane(QStackedWidget):
    """`show_mission(code)`: that mission's Overview as `read` gives it (`first`, read already on
    the opening thread, is not read again); "Opening the database…" when there is none."""

    def __init__(self, read: OverviewReader, first: MissionRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read, self._first = read, first
        self.message = QLabel(self.tr("Opening the database…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.overview = OverviewTab()
        for button in (self.overview.edit_button, self.overview.practical_button):
            button.setEnabled(False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, tab_title("overview"))
        waiting = self.tr("Opening the database…")
        for name in TABS[1:]:
            index = self.tabs.addTab(QWidget(), tab_title(name))
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, waiting)
        self.addWidget(self.message)
        self.addWidget(self.tabs)
        self.shown_code: str | None = None

    def show_mission(self, code: str | None) -> bool:
        """Show mission `code`'s Overview (None: no mission); whether it could be read."""
        if code is not None and code == self.shown_code:
            return True
        first, self._first = self._first, None
        if code is None:
            record = None
        else:
            record = first if first is not None and first.mission.code == code else self._read(code)
        if record is None:
            self.shown_code = None
            self.setCurrentWidget(self.message)
            return False
        self.shown_code = code
        self.overview.show_record(record)
        self.setCurrentWidget(self.tabs)
        return True
