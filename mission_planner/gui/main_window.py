"""The main window: a searchable list of missions and the selected mission in tabs.

The window owns the undo stack (every edit is a command calling the workspace, so nothing needs
saving) and the background tasks (exports), which it cancels and waits for when it closes.

It hears every committed change once, through one Qt signal (`change_signal.py`) fed by the
workspace's change feed: its own commands, undo and redo, imports, and (noticed by the
2-second watch) other programs' writes. The mission list and every tab read again from it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .. import __version__
from ..errors import ConflictError, MissionPlannerError, StaleEditError
from .models.mission_list import (
    Column,
    MissionListModel,
    MissionSummaryLike,
    When,
    filter_missions,
    mission_years,
    narrow_missions,
    search_key,
)
from .settings import DesktopSettings
from .tasks import BackgroundTasks
from .views.start_page import StartPage
from .views.this_week import ThisWeek
from .widgets.focus import release_tab_focus
from .widgets.new_item_editor import NewItemEditor
from .widgets.table_tools import TableActions, filter_box_near, sortable
from .widgets.tables import row_list, sample_width, size_columns

# The window paints before the database layer is imported (app.py opens the database on a
# thread meanwhile): what reaches SQLAlchemy, the services or the tabs is imported where it is
# first used, from `attach` on (tests/gui/test_start_imports.py keeps it so).
if TYPE_CHECKING:
    from ..domain.record import MissionRecord
    from ..services import Change, Changed, IdentityChangeError, Workspace
    from .dialogs.find_person import FindPersonDialog
    from .views.early_pane import EarlyPane, OverviewReader


def error_text(error: MissionPlannerError) -> str:
    """The words for `error` (refusal_text.error_text, which reaches the services)."""
    from .refusal_text import error_text as worded

    return worded(error)


NEVER = 2**31 - 1  # milliseconds: no progress window
# How often the window asks the database whether someone else changed it (a one-row read).
WATCH_INTERVAL_MS = 2000
# How often a change waiting for the user (a cell being edited, a dialog open) looks again.
DEFERRED_CHANGE_MS = 50
IDENTITY_NAMED = 10  # people named when asking whether a mission file may replace their identity data

# Samples of the widest text each column usually holds; widths follow the font, not pixels.
_COLUMN_SAMPLES = {
    Column.CODE: "00-XX-00-XX-XXX-X",
    Column.DATES: "30 Sep – 12 Oct 2023",
    Column.MODALITY: "In person",
    Column.PEOPLE: "People",
}


class MissionTable(QTableView):
    """The mission list; its Dates column steps aside while the list is too narrow for the titles."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        code, dates = (sample_width(metrics, _COLUMN_SAMPLES[c]) for c in (Column.CODE, Column.DATES))
        needed = code + dates + 16 * metrics.averageCharWidth()  # room for a title to be read
        self.setColumnHidden(Column.DATES, self.viewport().width() < needed)


class MainWindow(QMainWindow):
    """Lists the workspace's missions; the first is selected and its details shown.

    Made without a workspace, it is the window's frame (menus, the mission list area) that can
    paint while the database opens; `attach` then builds what shows the database."""

    sig_mission_selected = Signal(str)  # the code of the mission shown, "" when none
    sig_mission_previewed = Signal(str)  # its Overview shows, read before the workspace (`show_early`)
    sig_attached = Signal()  # the workspace is attached and its missions listed
    sig_attaching = Signal()  # the workspace has arrived: `attach` begins
    opening: QWidget  # in the mission's place until `attach`: a sentence, or the `EarlyPane`
    splitter: QSplitter

    def __init__(
        self,
        workspace: Workspace | None,
        parent: QWidget | None = None,
        *,
        documents_root: Path | None = None,
        desktop_settings: DesktopSettings | None = None,
    ) -> None:
        super().__init__(parent)
        # None only in the frame that paints while the database opens, until `attach`.
        self.workspace: Workspace = None  # type: ignore[assignment]
        self.desktop_settings = desktop_settings  # language, documents folder; the user's own when None
        self.documents_root = documents_root  # where exports go by default: ~/Documents/Mission Planner
        self.undo_stack = QUndoStack(self)
        self.tasks = BackgroundTasks(self)
        self._missions: list[MissionSummaryLike] = []
        self._search_keys: list[str] | None = None  # computed on the first search
        self.find_person_dialog: FindPersonDialog | None = None
        self._shown_code: str | None = None
        self._to_reveal: str | None = None  # a mission a command made, to select once listed
        self._holding_mission = False  # while the start lists the missions (`_list_attached`)
        self.early_pane: EarlyPane | None = None  # the chosen mission's Overview until `attach`
        self._deferred: list[Change] = []  # changes waiting until the user's edit or dialog ends
        self.setWindowTitle(self.tr("Mission Planner"))
        self.resize(1280, 800)
        self.model = MissionListModel(self)
        self._build_widgets()
        self._build_menus()
        self._build_status_bar()
        self._build_start_page()
        release_tab_focus(self)
        self.deferred_timer = QTimer(self, singleShot=True, interval=DEFERRED_CHANGE_MS)
        self.deferred_timer.timeout.connect(self._follow_deferred)
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.refresh_if_changed_elsewhere)
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace, *, in_steps: bool = False) -> None:
        """Show `workspace`: build the mission's tabs and what needs the database, list the
        missions and show the first; `in_steps`: the listing on the next turn of the event loop,
        so the window answers in between (the start)."""
        from .change_signal import ChangeSignal
        from .commands.base import CommandContext
        from .views.mission_pane import MissionPane

        self.sig_attaching.emit()
        self.workspace = workspace
        self.command_context = CommandContext(workspace, self._on_changed, self._on_command_failed)
        self.mission_context = CommandContext(workspace, self._on_missions_changed, self._on_command_failed)
        self.details = MissionPane(
            self.command_context, self.undo_stack, self.tasks, documents_root=self.documents_root
        )
        self.splitter.replaceWidget(1, self.details)
        self.opening.deleteLater()
        self.early_pane = None
        self.statusBar().clearMessage()
        release_tab_focus(self.details)
        self._attach_menus()
        self._fill_status_bar()
        self.changes = ChangeSignal(workspace.feed, self)
        self.changes.sig_changed.connect(self.follow_change)
        if in_steps:
            QTimer.singleShot(0, self, lambda: self._list_attached(in_steps=True))
        else:
            self._list_attached()

    def list_early(self, missions: Sequence[MissionSummaryLike]) -> None:
        """List `missions`, read before the workspace is open (the start's quick list): they can
        be searched, filtered and chosen at once; the mission chosen shows its Overview once
        `show_early` is called, and its other tabs once the workspace is attached (`attach`
        keeps the selection)."""
        if self.workspace is not None or not missions:
            return
        self._missions = list(missions)
        self._search_keys = None
        self._fill_years()
        self.apply_filter()

    def show_early(self, read: OverviewReader, first: MissionRecord | None = None) -> None:
        """Put the `EarlyPane` in the mission's place, showing the mission selected as `read`
        gives it (`first`: read already) until the workspace is attached."""
        if self.workspace is not None or not self._missions:
            return  # the workspace came first, or nothing was listed early
        from .views.early_pane import EarlyPane

        self.early_pane = EarlyPane(read, first)
        self.splitter.replaceWidget(1, self.early_pane)
        self.opening.deleteLater()
        self.opening = self.early_pane
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self._show_mission(self.selected_mission())

    def _list_attached(self, *, in_steps: bool = False) -> None:
        """List the missions and show the first, or (`in_steps`) show it on the next turn."""
        self._holding_mission = in_steps
        try:
            self.reload_missions()
        finally:
            self._holding_mission = False
        self.watch_timer.start()
        self.this_week.refresh(self.workspace)
        if in_steps:
            QTimer.singleShot(0, self, self._show_held_mission)
        else:
            self.sig_attached.emit()

    def show_task(self, code: str, key: str, site_uid: str) -> None:
        """Show mission `code`'s Tasks tab with the task chosen (in This week)."""
        self._reveal_mission(code)
        if self._shown_code == code:
            tab = self.details.tasks_tab
            self.details.tabs.setCurrentWidget(tab)
            tab.select(key, site_uid)

    def _show_held_mission(self) -> None:
        self._show_mission(self.selected_mission())
        self.sig_attached.emit()

    # --- building ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_box = QLineEdit(clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search by code or title"))
        self.search_box.textChanged.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # As wide as it will ever need, so the search box does not jump while typing.
        widest = self.tr("{shown} of {total}").format(shown="00000", total="00000")
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest) + 4)
        self._build_mission_filters()
        self.table = self._build_table()
        # In the mission's place until the database is open (`attach`).
        opening = QLabel(self.tr("Opening the database…"), alignment=Qt.AlignmentFlag.AlignCenter)
        opening.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.opening = opening
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addLayout(search_row)
        left_layout.addLayout(self.mission_filter_row)
        left_layout.addWidget(self.table, 1)
        self.this_week = ThisWeek()
        self.this_week.sig_chosen.connect(self.show_task)
        left_layout.addWidget(self.this_week)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.opening)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 840])  # room for the dates beside the titles
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _build_mission_filters(self) -> None:
        self.when_filter = QComboBox()
        for when, text in (
            (When.ALL, self.tr("All missions")),
            (When.UPCOMING, self.tr("Upcoming and running")),
            (When.PAST, self.tr("Past")),
            (When.ARCHIVED, self.tr("Archived")),
        ):
            self.when_filter.addItem(text, str(when))
        self.year_filter = QComboBox()
        self.year_filter.addItem(self.tr("All years"), None)
        for combo in (self.when_filter, self.year_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        row = QHBoxLayout()
        row.addWidget(self.when_filter, 1)
        row.addWidget(self.year_filter)
        self.mission_filter_row = row

    def _fill_years(self) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in mission_years(self._missions):
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)) if chosen else 0)
        self.year_filter.blockSignals(False)

    def _build_table(self) -> QTableView:
        table = row_list(MissionTable(), self.model)
        self.proxy = sortable(table, self.model, filtering=False)  # the search filters in Python
        self.table_actions = TableActions(table, name=lambda: self.tr("Missions"), failed=self._on_command_failed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        size_columns(table, _COLUMN_SAMPLES)
        header = table.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # The mission's tabs need the room; modality and people show in its overview.
        header.hideSection(Column.MODALITY)
        header.hideSection(Column.PEOPLE)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        return table

    def _build_menus(self) -> None:
        quit_action = QAction(self.tr("&Quit"), self)
        # Windows has no standard Quit key; Ctrl+Q there too, but never twice (that is ambiguous).
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts(quit_keys + [key for key in [QKeySequence("Ctrl+Q")] if key not in quit_keys])
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._build_print_actions()
        self._build_mission_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.print_action, self.print_preview_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self._build_edit_menu()
        self._build_view_menu()

        find_action = QAction(self.tr("Find"), self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self.focus_search)
        self.addAction(find_action)

        about_action = QAction(self.tr("&About Mission Planner"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        about_qt_action = QAction(self.tr("About &Qt"), self)
        about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt_action.triggered.connect(QApplication.aboutQt)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about_action)
        help_menu.addAction(about_qt_action)
        self.quit_action, self.about_action = quit_action, about_action

    def _build_mission_actions(self, menu) -> None:
        self.new_mission_action = QAction(self.tr("&New Mission…"), self)
        self.new_mission_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_mission_action.triggered.connect(self.new_mission)
        self.notification_action = QAction(self.tr("New Mission from No&tification…"), self)
        self.notification_action.setStatusTip(self.tr("Read the APO's Project Notification (PDF, Word or text)"))
        self.notification_action.triggered.connect(self.new_mission_from_notification)
        self.open_mission_action = QAction(self.tr("&Open Mission File…"), self)
        self.open_mission_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_mission_action.setStatusTip(self.tr("Add the mission in a mission file or archive"))
        self.open_mission_action.triggered.connect(self.open_mission_file)
        self.load_demo_action = QAction(self.tr("Load the De&mo Missions"), self)
        self.load_demo_action.triggered.connect(self.load_demo)
        self.duplicate_mission_action = QAction(self.tr("&Duplicate Mission…"), self)
        self.duplicate_mission_action.triggered.connect(self.duplicate_mission)
        self.archive_mission_action = QAction(self.tr("&Archive Mission"), self, checkable=True)
        self.archive_mission_action.triggered.connect(self.archive_mission)
        self.edit_notification_action = QAction(self.tr("&Edit Notification…"), self)
        self.edit_notification_action.triggered.connect(self.edit_notification)
        self.practical_notes_action = QAction(self.tr("Practical &Notes…"), self)
        self.practical_notes_action.setStatusTip(
            self.tr("Dress code, money, Wi-Fi and more, for every delegate's pack")
        )
        self.practical_notes_action.triggered.connect(self.edit_practical_notes)
        for action in (
            self.new_mission_action,
            self.notification_action,
            self.open_mission_action,
            self.load_demo_action,
            self.duplicate_mission_action,
            self.archive_mission_action,
            self.edit_notification_action,
            self.practical_notes_action,
        ):
            menu.addAction(action)
        self.sig_mission_selected.connect(self._update_mission_actions)
        self._update_mission_actions("")

    def _build_print_actions(self) -> None:
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda: self.print_document(preview=False))
        self.print_preview_action = QAction(self.tr("Print Pre&view…"), self)
        self.print_preview_action.triggered.connect(lambda: self.print_document(preview=True))

    def print_document(self, *, preview: bool) -> None:
        """Ask which document (and which day of the daily agenda), then print or preview it."""
        from .dialogs.print_choice import PrintChoiceDialog
        from .printing import printable_kinds

        if not self._shown_code or self.workspace is None:
            return
        try:
            days = [day.date for day in self.workspace.missions.load_record(self._shown_code).days]
            sites = self.workspace.documents.snapshot(self._shown_code).security_sites()
        except MissionPlannerError as error:
            QMessageBox.warning(self, self.tr("Print"), error_text(error))
            return
        title = self.tr("Print Preview") if preview else self.tr("Print")
        choice = PrintChoiceDialog.ask(printable_kinds(), days, title, self, sites=sites)
        if choice is not None:
            kind, day, site = choice
            self.printer.start(self._shown_code, kind, day, preview=preview, site=site)

    def _build_start_page(self) -> None:
        """The window's pages: the start page while the database holds no mission, else the list
        and the mission shown."""
        self.start_page = StartPage(self.new_mission_action, self.load_demo_action, self.open_mission_action)
        main_page = self.takeCentralWidget()  # the splitter: the list beside the mission
        assert main_page is not None  # built by _build_widgets
        self.main_page: QWidget = main_page
        self.pages = QStackedWidget()
        self.pages.addWidget(self.main_page)
        self.pages.addWidget(self.start_page)
        self.setCentralWidget(self.pages)

    def _show_start_page(self, empty: bool) -> None:
        if empty == (self.pages.currentWidget() is self.start_page):
            return
        self.pages.setCurrentWidget(self.start_page if empty else self.main_page)
        if empty and self.isActiveWindow():
            self.start_page.new_button.setFocus()

    def new_mission(self) -> None:
        """Ask for a new mission; the dialog stays open on a refusal (a code taken meanwhile)."""
        from .commands.base import push
        from .commands.missions import CreateMissionCommand
        from .dialogs.new_mission import NewMissionDialog

        NewMissionDialog.ask(
            self,
            preferred_rules=self.workspace.settings.organization_settings().default_rule_set,
            used_codes=[mission.code for mission in self._missions],
            submit=lambda mission: push(self.undo_stack, CreateMissionCommand.new(self.mission_context, mission)),
        )

    def new_mission_from_notification(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("New Mission from Notification"),
            str(Path.home()),
            self.tr("Project Notifications (*.pdf *.docx *.txt);;All files (*)"),
        )
        if path:
            self.open_notification_path(Path(path))

    def open_notification_path(self, path: Path) -> None:
        """Read the notification, show the review; OK makes the mission (or the revision of an
        existing mission's notification) as one step undo takes back."""
        from ..services import read_notification
        from .dialogs.notification_review import NotificationReviewDialog

        try:
            reading = read_notification(path)
        except MissionPlannerError as error:
            QMessageBox.warning(self, self.tr("New Mission from Notification"), error_text(error))
            return
        used = [mission.code for mission in self._missions]
        NotificationReviewDialog.ask(reading, self, used_codes=used, submit=self._store_notification)

    def _store_notification(self, reading) -> None:
        from .commands.base import push
        from .commands.missions import CreateMissionCommand, EditMissionCommand

        missions = self.workspace.missions
        plan = missions.plan_notification(reading)
        if plan.record is not None:
            text = self.tr("New mission {code} from its notification").format(code=plan.code)

            def create():
                record = missions.import_notification(reading).record
                if record is None:  # another program made a mission with this code meanwhile
                    raise ConflictError(plan.code, code="mission_exists", params={"code": plan.code})
                return record

            push(self.undo_stack, CreateMissionCommand(self.mission_context, create, text))
            self._select_when_listed(plan.code)
        elif plan.changes and plan.mission is not None:
            before = missions.load_record(plan.code).mission
            push(self.undo_stack, EditMissionCommand(self.mission_context, before, plan.mission))
            self._select_when_listed(plan.code)
        else:
            self.statusBar().showMessage(self.tr("The notification of {code} is unchanged.").format(code=plan.code))

    def load_demo(self) -> None:
        """Add the demo missions that are not here yet, in the background (2–3 seconds)."""
        self.load_demo_action.setEnabled(False)

        def loaded(codes: list[str]) -> None:
            self.load_demo_action.setEnabled(True)
            if codes:
                self._select_when_listed(codes[0])
            else:
                self.statusBar().showMessage(self.tr("The demo missions are here already."), 5000)

        def failed(error: BaseException) -> None:
            self.load_demo_action.setEnabled(True)
            self._background_failed(error, self.tr("Demo Missions"))

        self.tasks.run(
            lambda _progress: self.workspace.missions.load_demo(),
            title=self.tr("Demo Missions"),
            label=self.tr("Loading the demo missions…"),
            on_succeeded=loaded,
            on_failed=failed,
        )

    def open_mission_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Mission File"),
            str(Path.home()),
            self.tr("Mission files (*.json *.mission);;All files (*)"),
        )
        if path:
            self.open_mission_path(Path(path))

    def open_mission_path(self, path: Path, *, update_identity: bool = False) -> None:
        """Add the mission a mission file (`.json`, as export-mission writes) or archive
        (`.mission`, as archive writes) holds, in the background; undo removes it again.

        When it would replace the identity data of people in other missions, the user is asked
        first (`update_identity` then says yes)."""
        from ..services import IdentityChangeError
        from .commands.base import record_done
        from .commands.missions import CreateMissionCommand

        missions = self.workspace.missions
        read = missions.unarchive_mission if path.suffix.casefold() == ".mission" else missions.import_mission
        self.open_mission_action.setEnabled(False)
        title = self.tr("Open Mission File")

        def opened(record: MissionRecord) -> None:
            self.open_mission_action.setEnabled(True)
            text = self.tr("Open {name}").format(name=path.name)
            record_done(self.undo_stack, CreateMissionCommand.stored(self.mission_context, record, text))
            self._select_when_listed(record.mission.code)

        def failed(error: BaseException) -> None:
            self.open_mission_action.setEnabled(True)
            if isinstance(error, IdentityChangeError):
                if self._replace_identity(error, title):
                    self.open_mission_path(path, update_identity=True)
            elif isinstance(error, ConflictError):
                message = self.tr("This database already has the mission {name} holds; nothing was added.")
                QMessageBox.warning(self, title, message.format(name=path.name))
            else:
                self._background_failed(error, title)

        self.tasks.run(
            lambda _progress: read(path, update_identity=update_identity),
            title=title,
            label=self.tr("Reading {name}…").format(name=path.name),
            on_succeeded=opened,
            on_failed=failed,
        )

    def _replace_identity(self, error: IdentityChangeError, title: str) -> bool:
        """Whether the user lets a mission file replace identity data other missions hold."""
        from .import_plan_text import identity_change_text

        people = "\n".join(identity_change_text(change) for change in error.changes[:IDENTITY_NAMED])
        if len(error.changes) > IDENTITY_NAMED:
            people += "\n" + self.tr("and {count} more").format(count=len(error.changes) - IDENTITY_NAMED)
        question = self.tr(
            "This file would replace the identity data of people who are in other missions too:\n\n"
            "{people}\n\nReplace it with the file's?"
        ).format(people=people)
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _select_when_listed(self, code: str) -> None:
        """Select mission `code`, now or once the change that added it has been followed."""
        self._reveal_mission(code)
        if self._shown_code != code:
            self._to_reveal = code

    def _background_failed(self, error: BaseException, title: str) -> None:
        if not isinstance(error, MissionPlannerError):
            raise error  # a bug: the crash handler reports it
        QMessageBox.warning(self, title, error_text(error))

    def duplicate_mission(self) -> None:
        from .commands.missions import CreateMissionCommand
        from .dialogs.duplicate_mission import DuplicateMissionDialog

        shown = self.selected_mission()
        if shown is None:
            return
        choice = DuplicateMissionDialog.ask(shown.code, shown.start_date, self)
        if choice is not None:
            code, start = choice
            self._push_mission_command(CreateMissionCommand.duplicate(self.mission_context, shown.code, code, start))

    def archive_mission(self, archived: bool) -> None:
        from .commands.missions import SetArchivedCommand

        shown = self.selected_mission()
        if shown is not None:
            self._push_mission_command(SetArchivedCommand(self.mission_context, shown.code, archived))

    def edit_notification(self) -> None:
        from .commands.missions import EditMissionCommand
        from .dialogs.mission_editor import MissionEditor

        self.details.overview.read_if_stale()  # the File menu offers it from every tab
        record = self.details.overview.record
        if record is None or record.mission.code != self._shown_code:
            return
        edited = MissionEditor.ask(record.mission, self)
        if edited is not None and edited != record.mission:
            self._push_mission_command(EditMissionCommand(self.mission_context, record.mission, edited))

    def edit_practical_notes(self) -> None:
        from .commands.practical import SetPracticalNotesCommand
        from .dialogs.practical_notes import PracticalNotesDialog

        code = self._shown_code
        if not code:
            return
        try:
            before = self.workspace.missions.practical_notes(code)
            sites = self.workspace.sites.list_sites()
        except MissionPlannerError as error:
            QMessageBox.warning(self, self.tr("Mission Planner"), error_text(error))
            return
        after = PracticalNotesDialog.ask(code, before, sites, self)
        if after is not None and after != before:
            self._push_mission_command(SetPracticalNotesCommand(self.mission_context, code, before, after))

    def _push_mission_command(self, command) -> None:
        from .commands.base import push

        try:
            push(self.undo_stack, command)
        except MissionPlannerError as error:
            QMessageBox.warning(self, self.tr("Mission Planner"), error_text(error))
            self._update_mission_actions(self._shown_code or "")

    def _on_missions_changed(self, code: str, changed: Changed) -> None:
        """A mission was added, removed, archived or its notification edited (the change signal
        has the list read again): select it."""
        if not changed.removed:
            self._reveal_mission(code)
            if self._shown_code != code:
                self._to_reveal = code  # not listed yet: the change is still waiting
        self._update_mission_actions(self._shown_code or "")

    def _update_mission_actions(self, code: str) -> None:
        shown = self.selected_mission()
        self.duplicate_mission_action.setEnabled(bool(code))
        self.archive_mission_action.setEnabled(bool(code))
        self.edit_notification_action.setEnabled(bool(code))
        self.practical_notes_action.setEnabled(bool(code))
        self.print_action.setEnabled(bool(code))
        self.print_preview_action.setEnabled(bool(code))
        self.archive_mission_action.setChecked(bool(shown and shown.archived))

    def _build_edit_menu(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.edit_menu = edit_menu
        self._programme_place = edit_menu.addSeparator()  # the programme's actions go above (attach)
        self.find_person_action = QAction(self.tr("Find &Person…"), self)
        self.find_person_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_person_action.setStatusTip(self.tr("Find a person by name in every mission"))
        self.find_person_action.triggered.connect(self.find_person)
        edit_menu.addAction(self.find_person_action)
        edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit_menu.addAction(self.preferences_action)

    def _attach_menus(self) -> None:
        """What the menus need of the workspace and the mission's tabs."""
        from .printing import DocumentPrinter

        self.printer = DocumentPrinter(self.workspace, self.tasks, self)
        self.details.overview.sig_edit_requested.connect(self.edit_notification)
        self.details.overview.sig_practical_requested.connect(self.edit_practical_notes)
        programme, place = self.details.programme, self._programme_place
        # Listed here to be found; its Delete key works only in the programme table.
        self.edit_menu.insertActions(place, [programme.add_action, programme.edit_action, programme.delete_action])
        self.edit_menu.insertMenu(place, programme.day_menu)
        self.edit_menu.insertSeparator(place)
        for name in ("cut_action", "copy_action", "paste_action", "duplicate_action"):
            self.edit_menu.insertAction(place, getattr(programme, name))
        for action in self._needing_workspace():
            action.setEnabled(True)
        self._update_mission_actions(self._shown_code or "")

    def _needing_workspace(self) -> tuple[QAction, ...]:
        """The actions that stay disabled until the database is open."""
        return (
            self.new_mission_action,
            self.open_mission_action,
            self.load_demo_action,
            self.find_person_action,
            self.preferences_action,
            self.reload_action,
        )

    def _build_view_menu(self) -> None:
        self.reload_action = QAction(self.tr("&Reload"), self)
        self.reload_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh))
        self.reload_action.setStatusTip(self.tr("Read the missions again, with changes made elsewhere"))
        self.reload_action.triggered.connect(self.reload)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.reload_action)
        for action in self._needing_workspace():
            action.setEnabled(False)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        # A long path must not make the window wider: let the label be cut instead.
        self.database_label.setMinimumWidth(1)
        self.statusBar().addWidget(self.database_label, 1)
        self.backup_warning: QLabel | None = None

    def _fill_status_bar(self) -> None:
        location = self.workspace.location
        shown = _shorten_home(location)
        text = self.tr("Database: {location}").format(location=shown)
        if self.workspace.is_default:
            text = self.tr("Database: {location} (default)").format(location=shown)
        self.database_label.setText(text)
        self.database_label.setToolTip(location)
        reason = self.workspace.daily_backup.reason
        if reason:
            self.backup_warning = QLabel(
                self.tr("Today's backup of the database failed: {reason}").format(reason=reason)
            )
            self.backup_warning.setStyleSheet("color: #b00020")
            self.statusBar().addPermanentWidget(self.backup_warning)

    # --- behaviour -----------------------------------------------------------------------------

    def reload_missions(self) -> None:
        """Read the mission list again and show it, filtered by the current search."""
        try:
            self._missions = list(self.workspace.missions.list_missions())
        except MissionPlannerError as error:
            self._missions = []
            self.details.show_message(error_text(error))
            self._show_start_page(False)  # the message says why nothing is listed
        else:
            self._show_start_page(not self._missions)
        self._search_keys = None
        self._fill_years()
        self.apply_filter()

    def reload(self) -> None:
        """Read the list and the mission shown again (the command line may have changed them)."""
        self._shown_code = None
        self.reload_missions()

    def refresh_if_changed_elsewhere(self) -> bool:
        """The watch: whether another program (a colleague's window on the shared database, the
        command line) wrote to the database. When it did, the workspace publishes that on its
        change feed, and the change signal has the list and the tabs read again."""
        try:
            return self.workspace.changed_elsewhere()
        except MissionPlannerError as error:
            self.statusBar().showMessage(error_text(error), WATCH_INTERVAL_MS * 2)
            return False

    def follow_change(self, change: Change, direct: bool = False) -> None:
        """A change was committed: the mission list and every tab it touches read again.

        A change the user just made here (`direct`: committed on the GUI thread, a command or an
        undo) shows at once. Any other (another program's, seen by the watch, or a background
        import's) never comes under the user's hands: while a cell is being edited or a dialog
        is open, it waits until that ends.
        """
        if direct and not change.elsewhere:
            self._apply(change)
            return
        if self._deferred or self._busy():
            if change not in self._deferred:
                self._deferred.append(change)
            self.deferred_timer.start()
            return
        self._apply(change)

    def _follow_deferred(self) -> None:
        from ..services import Change

        if self._busy():
            self.deferred_timer.start()  # look again shortly
            return
        changes, self._deferred = self._deferred, []
        if not changes:
            return
        codes = {change.code for change in changes}
        self._apply(
            Change(
                codes.pop() if len(codes) == 1 else None,
                frozenset().union(*(change.topics for change in changes)),
                elsewhere=any(change.elsewhere for change in changes),
            )
        )  # one read for all that waited

    def _apply(self, change: Change) -> None:
        from ..services import Topic

        shown = self._shown_code
        if change.touches(None, Topic.MISSIONS, Topic.PEOPLE):  # the list shows titles, dates, people
            scroll = self.table.verticalScrollBar().value()
            self.reload_missions()
            if self._shown_code == shown:
                self.table.verticalScrollBar().setValue(scroll)  # the list stays where the user left it
            if self._to_reveal is not None:
                code, self._to_reveal = self._to_reveal, None
                self._reveal_mission(code)
        if self._shown_code == shown:  # else the mission now shown was just read
            self.details.follow(change)
        if change.touches(None, *ThisWeek.topics):
            self.this_week.refresh(self.workspace)
        self._update_mission_actions(self._shown_code or "")
        if change.elsewhere:
            self.statusBar().showMessage(self.tr("Updated with changes made elsewhere."), 5000)

    def _busy(self) -> bool:
        """Whether the user is in the middle of something a refresh would disturb: a dialog (not
        the progress of background work, which holds nothing of the user's) or a cell editor."""
        modal = QApplication.activeModalWidget()
        return (modal is not None and not isinstance(modal, QProgressDialog)) or self._editing()

    def _editing(self) -> bool:
        """Whether a cell editor, or the title of a new item in the programme's timeline, is open:
        a reload would throw away what is being typed."""
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, NewItemEditor):
                return True
            parent = widget.parentWidget()
            view = parent.parentWidget() if parent is not None else None
            if isinstance(view, QAbstractItemView) and parent is view.viewport():
                return True  # editors live on the view's viewport
            widget = parent
        return False

    def apply_filter(self) -> None:
        if self.workspace is None and not self._missions:
            return  # nothing listed yet: `list_early` or `attach` filters what it lists
        query = self.search_box.text()
        if query.strip() and self._search_keys is None:
            self._search_keys = [search_key(mission) for mission in self._missions]
        selected = self.selected_mission()
        shown = filter_missions(self._missions, query, self._search_keys)
        when = When(self.when_filter.currentData())
        year = self.year_filter.currentData()
        if when != When.ALL or year is not None:
            shown = narrow_missions(shown, when, year, date.today())
        self.model.set_missions(shown)
        self._update_count(len(shown), query)
        row = self.model.row_of(selected.id) if selected is not None else None
        self.select_row(row)

    def select_row(self, row: int | None) -> None:
        """Select the model's `row` (None: the first row shown)."""
        view_row = self.proxy.view_row(row) if row is not None else None
        index = self.proxy.index(view_row if view_row is not None else 0, 0)
        if not index.isValid():
            self._show_mission(None)
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._show_mission(self.model.mission_at(self.proxy.source_row(index)))  # also when the row did not change

    def selected_mission(self) -> MissionSummaryLike | None:
        return self.model.mission_at(self.proxy.source_row(self.table.currentIndex()))

    def focus_search(self) -> None:
        """Find (Ctrl+F): the filter box of the table around the focus, else the mission search."""
        box = filter_box_near(QApplication.focusWidget()) or self.search_box
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def find_person(self) -> None:
        """Open Find Person over the window; the person chosen is shown in their newest mission."""
        from .dialogs.find_person import FindPersonDialog

        dialog = self.find_person_dialog = FindPersonDialog(None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_chosen.connect(self.reveal_person)
        dialog.open()

        def read(index) -> None:
            if isValid(dialog):  # not closed (and deleted) meanwhile
                dialog.set_index(index)

        def failed(error: BaseException) -> None:
            if isValid(dialog):
                dialog.reject()
            said = error_text(error) if isinstance(error, MissionPlannerError) else str(error)
            QMessageBox.warning(self, self.tr("Mission Planner"), said)

        self.tasks.run(
            lambda _progress: self.workspace.people.people_index(),
            title=self.tr("Find Person"),
            label=self.tr("Reading the names…"),
            on_succeeded=read,
            on_failed=failed,
            show_after_ms=NEVER,  # the dialog itself says it is reading
        )

    def reveal_person(self, code: str, person_uid: str) -> None:
        """Show mission `code` at its People tab with the person `person_uid` selected."""
        self._reveal_mission(code)
        if self._shown_code != code:
            return
        self.details.tabs.setCurrentWidget(self.details.people)
        self.details.people.reveal_person(person_uid)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Mission Planner"),
            self.tr(
                "<h3>Mission Planner {version}</h3><p>Plan APO study missions and produce their documents, offline.</p>"
            ).format(version=__version__),
        )

    def show_preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        settings = self.desktop_settings or DesktopSettings.for_user()
        PreferencesDialog.ask(self, self.workspace, settings)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_mission(self.model.mission_at(self.proxy.source_row(current)))

    def _show_mission(self, mission: MissionSummaryLike | None) -> None:
        if self.early_pane is not None and self.workspace is None:  # listed early: its Overview
            code = mission.code if mission is not None else None
            if self.early_pane.show_mission(code) and code is not None:
                self.sig_mission_previewed.emit(code)
            return
        if self._holding_mission or self.workspace is None:
            return  # the list was just filled: the mission follows (attach)
        if mission is None:
            self.details.show_message(self._empty_message())  # the query may have changed
        elif mission.code != self._shown_code:
            self.details.show_mission(mission.code)
        code = mission.code if mission is not None else ""
        if code != self._shown_code:
            self._shown_code = code
            self.sig_mission_selected.emit(code)

    def _on_changed(self, code: str, changed: Changed) -> None:
        """A command (an undo, a redo) changed mission `code`: show that mission, where it took
        effect. What it changed is read again through the change signal, not here."""
        if code != self._shown_code:
            self._reveal_mission(code)

    def _reveal_mission(self, code: str) -> None:
        """Select mission `code` in the list, clearing a search that hides it."""
        found = next((m for m in self._missions if m.code == code), None)
        if found is None:
            return
        if self.model.row_of(found.id) is None:
            for combo in (self.when_filter, self.year_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.search_box.clear()
            self.apply_filter()
        row = self.model.row_of(found.id)
        if row is not None:
            self.select_row(row)

    def _on_command_failed(self, error: MissionPlannerError) -> None:
        QMessageBox.warning(self, self.tr("Mission Planner"), error_text(error))
        if isinstance(error, StaleEditError):
            self.reload()  # show what the other person saved
            return
        if self._shown_code:
            code, self._shown_code = self._shown_code, None
            self._show_mission(next((m for m in self._missions if m.code == code), None))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop background work before the workspace it uses is closed."""
        self.watch_timer.stop()
        self.tasks.cancel_all_and_wait()
        if self.workspace is not None:
            self.changes.stop()
        super().closeEvent(event)

    def _empty_message(self) -> str:
        query = self.search_box.text().strip()
        if query:
            return self.tr("No mission matches “{query}”.").format(query=query)
        if not self._missions:
            return self.tr("There are no missions in this database yet.")
        return self.tr("No mission selected.")

    def _update_count(self, shown: int, query: str) -> None:
        total = len(self._missions)
        if query.strip() or shown != total:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
        else:
            self.count_label.setText(self.tr("Missions: {total}").format(total=total))


def _shorten_home(location: str) -> str:
    """A path in the user's home folder as `~/…`; anything else (a URL) as it is."""
    home = str(Path.home())
    if len(home) > 1 and location.startswith(home + os.sep):
        return "~" + location[len(home) :]
    return location
