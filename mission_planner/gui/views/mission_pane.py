"""The right side of the main window: the selected mission in tabs, or a sentence in their place.

Every tab but Documents is a `Tab` (`views/tab.py`): the pane tells them which mission to show
(`show_mission`) and every committed change (`follow`), and each reads again when what it shows
was touched, at once if it is on screen, else when it comes into view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from ...services import Change
from ..commands.base import CommandContext
from ..tasks import BackgroundTasks
from .attendance import AttendanceTab
from .budget import BudgetTab
from .documents import DocumentsTab
from .overview import OverviewTab
from .people import PeopleTab
from .programme import ProgrammeTab
from .sites import SitesTab
from .tab import Tab


class MissionPane(QStackedWidget):
    """Overview, Programme and Documents of one mission (`show_mission`), or `show_message`."""

    def __init__(
        self,
        context: CommandContext,
        stack: QUndoStack,
        tasks: BackgroundTasks,
        parent: QWidget | None = None,
        *,
        documents_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message.setMargin(24)
        self.overview = OverviewTab(context.workspace)
        self.programme = ProgrammeTab(context, stack)
        self.sites = SitesTab(context, stack)
        self.people = PeopleTab(context, stack, tasks)
        self.attendance = AttendanceTab(context, stack, tasks)
        self.budget = BudgetTab(context, stack)
        self.documents = DocumentsTab(context.workspace, tasks, documents_root=documents_root)
        self.mission_tabs: tuple[Tab, ...] = (
            self.overview,
            self.programme,
            self.people,
            self.sites,
            self.attendance,
            self.budget,
        )
        self._shown: str | None = None  # the mission shown
        self._failed_code: str | None = None  # the mission shown whose tab could not be read
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.programme, self.tr("Programme"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.sites, self.tr("Sites"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.budget, self.tr("Budget"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        for tab in (self.programme, self.attendance, self.budget):
            tab.sig_reveal.connect(lambda tab=tab: self.tabs.setCurrentWidget(tab))
        for mission_tab in self.mission_tabs:
            mission_tab.on_failure = self._read_failed
        self.addWidget(self.message)
        self.addWidget(self.tabs)
        self.show_message(self.tr("No mission selected."))

    @property
    def code(self) -> str | None:
        return self.programme.code

    def show_message(self, text: str) -> None:
        self._failed_code = self._shown = None
        self.message.setText(text)
        for tab in self.mission_tabs:
            tab.show_mission(None)
        self.documents.show_mission(None)
        self.setCurrentWidget(self.message)

    def show_mission(self, code: str) -> None:
        """Show mission `code`: the tab on screen reads it now, the others when they come into view."""
        self._failed_code = None
        self._shown = code
        for tab in self.mission_tabs:
            tab.show_mission(code)
        self.documents.show_mission(code)
        self.setCurrentWidget(self.tabs)  # after: the tab coming into view reads `code`, not the last

    def follow(self, change: Change) -> None:
        """A change was committed: every tab it touches reads again (now if on screen, else when shown)."""
        if self._failed_code is not None:
            self.show_mission(self._failed_code)  # try again: the change may have mended it
            return
        for tab in self.mission_tabs:
            tab.follow(change)

    def _read_failed(self, text: str) -> None:
        """A tab could not read its mission (the database went away): say why in place of the tabs."""
        self._failed_code = self._shown
        self.message.setText(text)
        # Not from inside the tab's own read or show: the switch waits for the event loop.
        QTimer.singleShot(0, self, self._show_failure)

    def _show_failure(self) -> None:
        if self._failed_code is not None:
            self.setCurrentWidget(self.message)
