"""The right side of the main window: the selected mission in tabs, or a sentence in their place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from ...services import CheckReport
from ..commands.base import CommandContext
from ..tasks import BackgroundTasks
from .attendance import AttendanceTab
from .budget import BudgetTab
from .documents import DocumentsTab
from .overview import OverviewTab
from .people import PeopleTab
from .programme import ProgrammeTab
from .sites import SitesTab


class MissionPane(QStackedWidget):
    """Overview, Programme and Documents of one mission (`show_report`), or `show_message`."""

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
        self.overview = OverviewTab()
        self.programme = ProgrammeTab(context, stack)
        self.sites = SitesTab(context, stack)
        self.people = PeopleTab(context, stack, tasks)
        self.attendance = AttendanceTab(context, stack, tasks)
        self.budget = BudgetTab(context, stack)
        self.documents = DocumentsTab(context.workspace, tasks, documents_root=documents_root)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.programme, self.tr("Programme"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.sites, self.tr("Sites"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.budget, self.tr("Budget"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        for tab in (self.attendance, self.budget):
            tab.sig_reveal.connect(lambda tab=tab: self.tabs.setCurrentWidget(tab))
        self.addWidget(self.message)
        self.addWidget(self.tabs)
        self.show_message(self.tr("No mission selected."))

    @property
    def code(self) -> str | None:
        return self.programme.code

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.programme.clear()
        self.people.clear()
        self.attendance.show_mission(None)
        self.budget.show_mission(None)
        self.documents.show_mission(None)
        self.setCurrentWidget(self.message)

    def show_report(self, code: str, report: CheckReport) -> None:
        self.overview.show_record(report.record)
        self.programme.show_report(code, report)
        self.people.show_report(code, report)
        self.attendance.show_mission(code)
        self.budget.show_mission(code)
        self.documents.show_mission(code)
        self.setCurrentWidget(self.tabs)
