"""The right side of the main window: the selected mission in tabs, or a sentence in their place.

Every tab but Documents is a `Tab` (`views/tab.py`): the pane tells them which mission to show
(`show_mission`) and every committed change (`follow`), and each reads again when what it shows
was touched, at once if it is on screen, else when it comes into view.

People, Sites, Attendance, Budget, Tasks and Documents are built on their first showing (or first use
as `pane.people`, ...): a start builds only Overview and Programme (whose actions the Edit menu
lists).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from ...services import Change
from ..commands.base import CommandContext
from ..tasks import BackgroundTasks
from ..widgets.focus import release_tab_focus
from .overview import OverviewTab
from .programme import ProgrammeTab
from .tab import Tab
from .tab_titles import TABS, tab_title

if TYPE_CHECKING:
    from .attendance import AttendanceTab
    from .budget import BudgetTab
    from .documents import DocumentsTab
    from .people import PeopleTab
    from .sites import SitesTab
    from .tasks import TasksTab

LATER = TABS[2:]  # built on first showing: all but Overview and Programme


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
        self._context, self._stack, self._tasks, self._documents_root = context, stack, tasks, documents_root
        self._built: dict[str, QWidget] = {}
        self.overview = OverviewTab(context.workspace)
        self.programme = ProgrammeTab(context, stack)
        self._shown: str | None = None  # the mission shown
        self._failed_code: str | None = None  # the mission shown whose tab could not be read
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, tab_title("overview"))
        self.tabs.addTab(self.programme, tab_title("programme"))
        for name in LATER:
            self.tabs.addTab(QWidget(), tab_title(name))
        self.tabs.currentChanged.connect(self._build_shown)
        self._took_in(self.overview)
        self._took_in(self.programme)
        self.addWidget(self.message)
        self.addWidget(self.tabs)
        self.show_message(self.tr("No mission selected."))

    # --- the tabs built on first showing -------------------------------------------------------

    @property
    def people(self) -> PeopleTab:
        return self._later("people")  # type: ignore[return-value]

    @property
    def sites(self) -> SitesTab:
        return self._later("sites")  # type: ignore[return-value]

    @property
    def attendance(self) -> AttendanceTab:
        return self._later("attendance")  # type: ignore[return-value]

    @property
    def budget(self) -> BudgetTab:
        return self._later("budget")  # type: ignore[return-value]

    @property
    def tasks_tab(self) -> TasksTab:
        return self._later("tasks")  # type: ignore[return-value]

    @property
    def documents(self) -> DocumentsTab:
        return self._later("documents")  # type: ignore[return-value]

    @property
    def mission_tabs(self) -> tuple[Tab, ...]:
        """The tabs showing a mission that are built (one not built yet reads when it is)."""
        built = (self._built.get(name) for name in ("people", "sites", "attendance", "budget", "tasks"))
        return (self.overview, self.programme, *(tab for tab in built if isinstance(tab, Tab)))

    def _build_shown(self, index: int) -> None:
        if index >= 2:
            self._later(LATER[index - 2])

    def _later(self, name: str) -> QWidget:
        """Tab `name`, built (its module imported) the first time it is shown or asked for."""
        tab = self._built.get(name)
        if tab is None:
            tab = self._built[name] = self._make(name)
            index = 2 + LATER.index(name)
            placeholder, current = self.tabs.widget(index), self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, tab_title(name))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
            release_tab_focus(tab)
            self._took_in(tab)
        return tab

    def _make(self, name: str) -> QWidget:
        context, stack, tasks = self._context, self._stack, self._tasks
        if name == "people":
            from .people import PeopleTab

            return PeopleTab(context, stack, tasks)
        if name == "sites":
            from .sites import SitesTab

            return SitesTab(context, stack)
        if name == "attendance":
            from .attendance import AttendanceTab

            return AttendanceTab(context, stack, tasks)
        if name == "budget":
            from .budget import BudgetTab

            return BudgetTab(context, stack)
        if name == "tasks":
            from .tasks import TasksTab

            return TasksTab(context, stack)
        from .documents import DocumentsTab

        documents = DocumentsTab(context.workspace, tasks, documents_root=self._documents_root)
        documents.sig_visitor_lists_written.connect(lambda code: self.tasks_tab.ask_sent(code, "visitor_list"))
        return documents

    def _took_in(self, tab: QWidget) -> None:
        """A tab just built: wire it and tell it the mission shown."""
        reveal = getattr(tab, "sig_reveal", None)
        if reveal is not None:
            reveal.connect(lambda: self.tabs.setCurrentWidget(tab))
        if isinstance(tab, Tab):
            tab.on_failure = self._read_failed
        show = getattr(tab, "show_mission", None)
        if show is not None and self._shown is not None:
            show(self._shown)

    @property
    def code(self) -> str | None:
        return self._shown

    def show_message(self, text: str) -> None:
        self._failed_code = self._shown = None
        self.message.setText(text)
        for tab in self.mission_tabs:
            tab.show_mission(None)
        if "documents" in self._built:
            self.documents.show_mission(None)
        self.setCurrentWidget(self.message)

    def show_mission(self, code: str) -> None:
        """Show mission `code`: the tab on screen reads it now, the others when they come into view."""
        self._failed_code = None
        self._shown = code
        for tab in self.mission_tabs:
            tab.show_mission(code)
        if "documents" in self._built:
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
