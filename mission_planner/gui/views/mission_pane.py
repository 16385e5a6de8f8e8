"""The right side of the main window: the selected mission in tabs, or a sentence in their place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from ...services.checking import CheckReport
from ..commands import CommandContext
from ..tasks import BackgroundTasks
from .documents import DocumentsTab
from .overview import OverviewTab
from .programme import ProgrammeTab


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
        self.documents = DocumentsTab(context.workspace, tasks, documents_root=documents_root)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.programme, self.tr("Programme"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.addWidget(self.message)
        self.addWidget(self.tabs)
        self.show_message(self.tr("No mission selected."))

    @property
    def code(self) -> str | None:
        return self.programme.code

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.programme.clear()
        self.documents.show_mission(None)
        self.setCurrentWidget(self.message)

    def show_report(self, code: str, report: CheckReport) -> None:
        self.overview.show_record(report.record)
        self.programme.show_report(code, report)
        self.documents.show_mission(code)
        self.setCurrentWidget(self.tabs)
