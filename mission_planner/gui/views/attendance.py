"""The Attendance tab: people by counted items, each cell a mark, and who earns a certificate.

A cell's context menu (or a double click) marks the person present, present for some minutes,
absent, or excused; each mark is an undo command calling `set_attendance`. A meeting's participant
report and the evaluation form's responses are imported in the background
(`attendance_imports.py`); the tab then says what was read and lists the rows it could not
match to anyone, or the sessions no column rates. The register is read again when a change
touches the mission's items, people or marks, whoever made it (`views/tab.py`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.certificates import certificate_count
from ...domain.enums import AttendanceStatus
from ...domain.people import Attendance
from ...errors import MissionPlannerError
from ...services import Changed, Topic
from ..commands.attendance import SetAttendanceCommand
from ..commands.base import CommandContext, push
from ..commands.people_edits import SetMarksCommand
from ..models.attendance import (
    CERTIFICATE,
    ITEM_UID_ROLE,
    MARK_ROLE,
    NAME,
    PERSON_UID_ROLE,
    AttendanceGrid,
    AttendanceModel,
    attendance_grid,
)
from ..refusal_text import error_text
from ..tasks import BackgroundTasks
from ..widgets.table_tools import FilterBox, TableActions, sortable
from .attendance_imports import AttendanceImports
from .tab import Tab


class ExcuseDialog(QDialog):
    """The reason for an excuse and whether it is accepted; `ask` returns (reason, accepted)."""

    def __init__(self, reason: str, accepted: bool | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Excused"))
        self.reason = QLineEdit(reason)
        self.excuse_accepted = QCheckBox(self.tr("Accepted (does not cost the certificate)"))
        self.excuse_accepted.setChecked(bool(accepted))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.excuse_accepted)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    @classmethod
    def ask(cls, parent: QWidget | None, reason: str, accepted: bool | None) -> tuple[str, bool] | None:
        dialog = cls(reason, accepted, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.reason.text().strip(), dialog.excuse_accepted.isChecked()
        finally:
            dialog.deleteLater()


def ask_minutes(parent: QWidget | None, title: str, minutes: int, most: int) -> int | None:
    value, ok = QInputDialog.getInt(
        parent, QCoreApplication.translate("AttendanceTab", "Minutes Present"), title, minutes, 0, max(most, minutes)
    )
    return value if ok else None


class AttendanceTab(Tab, AttendanceImports, QWidget):
    """The register of the mission shown; marks become commands on `stack`."""

    sig_reveal = Signal()  # a command changed this tab's mission: show the tab
    topics = frozenset({Topic.MISSIONS, Topic.PROGRAMME, Topic.PEOPLE, Topic.ATTENDANCE})

    def __init__(
        self, context: CommandContext, stack: QUndoStack, tasks: BackgroundTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.outer = context
        self.context = CommandContext(context.workspace, self._on_changed, context.failed)
        self.stack = stack
        self.tasks = tasks
        self.code: str | None = None
        self.running = False
        self._minutes: dict[str, int] = {}  # item uid -> its length, for the minutes editor
        self.model = AttendanceModel(self)
        self._build()

    def _build(self) -> None:
        self.import_button = QPushButton(self.tr("Import Participant Report…"))
        self.import_button.setToolTip(self.tr("Minutes per online item from a meeting's participant report (CSV)"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.evaluation_button = QPushButton(self.tr("Import Evaluation Responses…"))
        self.evaluation_button.setToolTip(
            self.tr("The evaluation form's responses, exported from Google Forms or Microsoft Forms (CSV or XLSX)")
        )
        self.evaluation_button.clicked.connect(self.choose_and_import_evaluation)
        self.summary = QLabel(wordWrap=True)
        top = QHBoxLayout()
        self.table = self._build_table()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._build_mark_button(), 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.evaluation_button, 0, Qt.AlignmentFlag.AlignTop)
        self.status = QLabel(wordWrap=True)
        self.unmatched = QListWidget()
        self.unmatched.setVisible(False)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.status)
        lower_layout.addWidget(self.unmatched, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _build_table(self) -> QTableView:
        table = QTableView()
        self.proxy = sortable(table, self.model)
        self.filter_box = FilterBox(self.proxy)
        self.table_actions = TableActions(
            table, name=lambda: f"{self.code}-attendance" if self.code else "", failed=self.context.failed
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Many at once, as in a spreadsheet: a mark for everyone selected at the item clicked.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setDefaultSectionSize(table.fontMetrics().horizontalAdvance("Mon 30 Oct") + 16)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_context_menu)
        table.doubleClicked.connect(self._on_double_clicked)
        self.model.modelReset.connect(self._size_columns)
        return table

    def _build_mark_button(self) -> QToolButton:
        """Mark everyone selected at the item of the current cell (the context menu does the same)."""
        self.mark_button = QToolButton()
        self.mark_button.setText(self.tr("Mark Selected"))
        self.mark_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.mark_button)
        menu.aboutToShow.connect(lambda: self._fill_mark_menu(menu))
        self.mark_button.setMenu(menu)
        return self.mark_button

    def _fill_mark_menu(self, menu: QMenu) -> None:
        menu.clear()
        index = self.table.currentIndex()
        people = self.selected_people()
        if not index.data(ITEM_UID_ROLE) or not people:
            menu.addAction(self.tr("Select people in an item's column first")).setEnabled(False)
            return
        self._add_bulk_marks(menu, index, people)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        names = [self.model.index(r, NAME).data() or "" for r in range(self.model.rowCount())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=100)
        self.table.setColumnWidth(NAME, min(widest, metrics.averageCharWidth() * 32) + 16)
        self.table.setColumnWidth(CERTIFICATE, metrics.horizontalAdvance(self.tr("Certificate")) + 20)

    # --- showing -------------------------------------------------------------------------------

    def show_mission(self, code: str | None) -> None:
        """Show the register of mission `code` (read now if the tab is shown, else when it comes into view)."""
        if code != self.code:
            self.status.clear()
            self.unmatched.clear()
            self.unmatched.setVisible(False)
        super().show_mission(code)

    def clear(self) -> None:
        self.code = None
        self.model.set_grid(AttendanceGrid())
        self.summary.clear()
        self._update_buttons()

    def refresh(self) -> None:
        """Read the marks and the eligibility again and show them."""
        if self.code is None:
            return
        try:
            record, results = self.context.workspace.attendance.eligibility(self.code)
        except MissionPlannerError as error:
            self.summary.setText(error_text(error))
            return
        self._minutes = {item.uid: item.minutes for item in record.items()}
        self.model.set_grid(attendance_grid(record, results))
        count = certificate_count(record, results)  # nominees count too: they are participants not yet eligible
        self.summary.setText(
            self.tr("Certificates: {eligible} of {total} participants are eligible.").format(
                eligible=count.eligible, total=count.participants
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.import_button, self.evaluation_button):
            button.setEnabled(self.code is not None and not self.running)

    # --- marking -------------------------------------------------------------------------------

    def set_mark(self, row: int, column: int, status: AttendanceStatus, **values: Any) -> bool:
        """Mark the person of `row` at the item of `column`, as a command."""
        person, item = self.model.person_at(row), self.model.item_at(column)
        if self.code is None or person is None or item is None:
            return False
        old = self.model.mark_at(row, column)
        new = Attendance(item.uid, person.uid, status, **values)
        if new == old:
            return False
        command = SetAttendanceCommand(self.context, self.code, old, new, person.name, item.title)
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)
            return False
        return True

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.model.item_at(index.column()) is not None:
            self._menu_for(index).exec(self.table.viewport().mapToGlobal(self.table.visualRect(index).center()))

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid() and self.model.item_at(index.column()) is not None:
            menu = self._menu_for(index)
            menu.addSeparator()
        else:
            menu = QMenu(self)
        menu.addActions(self.table_actions.actions)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _menu_for(self, index: QModelIndex) -> QMenu:
        """The marks for the cell at the table's `index` (sorted or filtered: mapped to the model)."""
        row, column = self.proxy.source_row(index), index.column()
        item = self.model.item_at(column)
        assert item is not None
        menu = QMenu(self)
        people = self.selected_people()
        if len(people) > 1 and index.data(PERSON_UID_ROLE) in people:
            self._add_bulk_marks(menu, index, people)
            return menu
        menu.addAction(self.tr("Present"), lambda: self.set_mark(row, column, AttendanceStatus.PRESENT))
        if item.online:
            menu.addAction(self.tr("Present for Some Minutes…"), lambda: self._ask_minutes(row, column))
        menu.addAction(self.tr("Absent"), lambda: self.set_mark(row, column, AttendanceStatus.ABSENT))
        menu.addAction(self.tr("Excused…"), lambda: self._ask_excuse(row, column))
        return menu

    def selected_people(self) -> list[str]:
        """The uids of the people with a cell selected, in the order shown (through the view's model)."""
        indexes = sorted(self.table.selectionModel().selectedIndexes(), key=lambda index: index.row())
        return list(dict.fromkeys(uid for uid in (index.data(PERSON_UID_ROLE) for index in indexes) if uid))

    def _add_bulk_marks(self, menu: QMenu, index: QModelIndex, people: list[str]) -> None:
        count = len(people)
        if count == 1:  # Mark Selected with one person's cell selected
            present, absent, excused = (
                self.tr("Mark 1 Person Present"),
                self.tr("Mark 1 Person Absent"),
                self.tr("Mark 1 Person Excused…"),
            )
        else:
            present, absent, excused = (
                self.tr("Mark {count} People Present").format(count=count),
                self.tr("Mark {count} People Absent").format(count=count),
                self.tr("Mark {count} People Excused…").format(count=count),
            )
        menu.addAction(present, lambda: self.mark_people(index, people, AttendanceStatus.PRESENT))
        menu.addAction(absent, lambda: self.mark_people(index, people, AttendanceStatus.ABSENT))
        menu.addAction(excused, lambda: self._ask_bulk_excuse(index, people))

    def _ask_bulk_excuse(self, index: QModelIndex, people: list[str]) -> None:
        answer = ExcuseDialog.ask(self, "", None)
        if answer is not None:
            reason, accepted = answer
            self.mark_people(index, people, AttendanceStatus.EXCUSED, reason=reason, excuse_accepted=accepted)

    def mark_people(self, index: QModelIndex, people: list[str], status: AttendanceStatus, **values: Any) -> bool:
        """One mark for `people` at the item of `index`'s column: one command, one transaction."""
        item_uid = index.data(ITEM_UID_ROLE)
        if self.code is None or not item_uid or not people:
            return False
        model = index.model()
        old: dict[str, Attendance | None] = {}
        for row in range(model.rowCount()):
            cell = model.index(row, index.column())
            if cell.data(PERSON_UID_ROLE) in people:
                old[cell.data(PERSON_UID_ROLE)] = cell.data(MARK_ROLE)
        new = [Attendance(item_uid, uid, status, **values) for uid in people]
        title = str(model.headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        command = SetMarksCommand(self.context, self.code, old, new, title)
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)
            return False
        return True

    def _ask_minutes(self, row: int, column: int) -> None:
        item, mark = self.model.item_at(column), self.model.mark_at(row, column)
        assert item is not None
        length = self._minutes.get(item.uid, 0)
        current = mark.minutes if mark is not None and mark.minutes is not None else length
        minutes = ask_minutes(self, item.title, current, length)
        if minutes is not None:
            status = AttendanceStatus.PRESENT if minutes > 0 else AttendanceStatus.ABSENT
            self.set_mark(row, column, status, minutes=minutes)

    def _ask_excuse(self, row: int, column: int) -> None:
        mark = self.model.mark_at(row, column)
        answer = ExcuseDialog.ask(self, mark.reason if mark else "", mark.excuse_accepted if mark else None)
        if answer is not None:
            reason, accepted = answer
            self.set_mark(row, column, AttendanceStatus.EXCUSED, reason=reason, excuse_accepted=accepted)

    def _on_changed(self, code: str, changed: Changed) -> None:
        """One of this tab's commands changed mission `code` (the change signal has the tab read
        it again): show that mission at this tab."""
        if code != self.code:
            self.outer.changed(code, changed)  # the window selects that mission
        if code == self.code:
            self.sig_reveal.emit()
