"""The nomination import wizard: choose a CSV or XLSX file, see its rows, then import them.

The second page shows the file's rows as the spreadsheet does (its row numbers and header) and
the outcome of a dry run. Headers the import does not recognise are listed above the rows, each
with a choice of the field it holds (`column_mapping.py`); the dry run follows each choice, and a
mapping that imported is remembered for the next file with the same header row. The outcome:
every problem by row and column, with those cells highlighted and the Import button disabled, or
how many people would be added and updated. Import runs the real
import in the background (`tasks.py`); nothing is written when a file has problems.

`ImportWizard.ask(...)` opens it modally and returns the `ImportReport` of an import, or None;
tests monkeypatch it, or drive a wizard they `show()` without the modal loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.problems import ProblemCode, RowProblem, column_letter
from ...errors import MissionPlannerError
from ...services import ImportProblems, ImportReport, Sheet, Workspace, read_sheet
from ..conflict_text import uninvited_text
from ..import_plan_text import field_text, identity_change_text, identity_line_text, planned_row_text
from ..import_problem_text import message_text, where_text
from ..refusal_text import error_text
from ..settings import DesktopSettings
from ..tasks import BackgroundTasks
from ..unprintable_text import unprintable_text
from .column_mapping import MappingMemory, MappingSection

AnyIndex = QModelIndex | QPersistentModelIndex

_MARKED = QColor(255, 214, 214)
_MARKED_TEXT = QColor(90, 0, 0)
# Problems of the header row: the mapping, remembered or not, has to change.
_HEADER_PROBLEMS = (ProblemCode.MISSING_COLUMN, ProblemCode.MAPPED_TWICE, ProblemCode.UNRECOGNISED_COLUMNS)


class SheetModel(QAbstractTableModel):
    """The rows of a sheet as read, numbered as the spreadsheet numbers them; problem cells marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[tuple[int, list[object]]] = []
        self._columns = 0
        self._marks: dict[tuple[int, int | None], str] = {}  # (row number, column or None for the row)
        self._fields: dict[int, str | None] = {}  # the columns mapped by hand: the field, None if ignored

    def set_sheet(self, sheet: Sheet | None) -> None:
        self.beginResetModel()
        self._fields = {}
        self._header = list(sheet.header) if sheet else []
        self._rows = list(sheet.rows) if sheet else []
        self._columns = max([len(self._header), *(len(cells) for _, cells in self._rows)])
        self._marks = {}
        self.endResetModel()

    def set_marks(self, marks: dict[tuple[int, int | None], str]) -> None:
        self._marks = dict(marks)
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self._columns - 1))

    def set_fields(self, fields: dict[int, str | None]) -> None:
        """Show under a column's title the field it was mapped to, or that it is ignored."""
        self._fields = dict(fields)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def row_of(self, number: int) -> int | None:
        return next((i for i, (n, _) in enumerate(self._rows) if n == number), None)

    def mark_at(self, row: int, column: int) -> str | None:
        number = self._rows[row][0]
        return self._marks.get((number, column)) or self._marks.get((number, None))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None
        if not 0 <= section < self._columns:
            return None
        title = self._header[section] if section < len(self._header) else ""
        letter = column_letter(section)
        text = self.tr("{title} ({letter})").format(title=title[:200], letter=letter) if title else letter
        if section in self._fields:
            field = self._fields[section]
            text += "\n" + (self.tr("→ {field}").format(field=field_text(field)) if field else self.tr("(ignored)"))
        return text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()][1]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return _cell_text(cells[index.column()]) if index.column() < len(cells) else ""
            case Qt.ItemDataRole.BackgroundRole if self.mark_at(index.row(), index.column()):
                return QBrush(_MARKED)
            case Qt.ItemDataRole.ForegroundRole if self.mark_at(index.row(), index.column()):
                return QBrush(_MARKED_TEXT)
            case Qt.ItemDataRole.ToolTipRole:
                return self.mark_at(index.row(), index.column())
        return None


def _cell_text(cell: object) -> str:
    if isinstance(cell, datetime):
        return f"{cell:%Y-%m-%d %H:%M}" if (cell.hour, cell.minute) != (0, 0) else f"{cell:%Y-%m-%d}"
    if isinstance(cell, date):
        return cell.isoformat()
    return "" if cell is None else str(cell)


class ChooseFilePage(QWizardPage):
    """The file to import: complete once it names an existing file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the nomination file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel file with one person per row: family name, given name, country, organization, email…"
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.path().is_file()

    def browse(self) -> None:
        start = str(self.path().parent) if self.path_edit.text().strip() else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nomination file"), start, self.tr("Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)")
        )
        if chosen:
            self.path_edit.setText(chosen)


class PreviewPage(QWizardPage):
    """The file's rows and the dry run's outcome; complete when the file would import cleanly."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setFinalPage(True)
        self.report: ImportReport | None = None
        self.problems: list[RowProblem | str] = []
        self.busy = False
        self.sheet: Sheet | None = None
        self.mapping_section = MappingSection()
        self.mapping_section.sig_changed.connect(self.check)
        self.sheet_model = SheetModel(self)
        self.preview = _preview_table(self.sheet_model)
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_list = QTreeWidget()
        self.problem_list.setHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problem_list.setRootIsDecorated(False)
        self.problem_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problem_list.currentItemChanged.connect(self._show_problem_cell)
        self.line_list = QListWidget()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.summary)
        below_layout.addWidget(self.problem_list, 1)
        below_layout.addWidget(self.line_list, 1)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping_section)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        path = self.owner.path()
        self.setSubTitle(str(path))
        self.report, self.problems, self.sheet = None, [], None
        try:
            sheet = read_sheet(path)
        except MissionPlannerError as error:
            self.sheet_model.set_sheet(None)
            self.mapping_section.set_sheet(None)
            self.show_problems([error_text(error)])
            return
        self.sheet = sheet
        self.sheet_model.set_sheet(sheet)
        self.mapping_section.set_sheet(sheet, self.owner.memory.recall(sheet.header))
        self.check()

    def mapping(self) -> dict[str, str | None]:
        """The fields chosen for the headers not recognised (none when all are)."""
        return self.mapping_section.mapping() if self.sheet is not None else {}

    def check(self) -> None:
        """The dry run of the file with the mapping chosen; the preview shows its outcome."""
        if self.sheet is None:
            return
        mapping = self.mapping()
        header = self.sheet.header
        self.sheet_model.set_fields({i: mapping[title] for i, title in enumerate(header) if title in mapping})
        try:
            report = self.owner.workspace.people.import_delegates(
                self.owner.code, self.owner.path(), dry_run=True, mapping=mapping
            )
        except ImportProblems as problems:
            self.show_problems(problems.problems, problems.total)
            if any(p.code in _HEADER_PROBLEMS for p in problems.problems):
                self.mapping_section.open_table()  # a remembered mapping that no longer fits
        except MissionPlannerError as error:
            self.show_problems([error_text(error)])
        else:
            self.show_report(report)

    def isComplete(self) -> bool:
        return self.report is not None and not self.busy

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.completeChanged.emit()

    def show_problems(self, problems: Sequence[RowProblem | str], total: int | None = None) -> None:
        """List `problems`, the first `total` ones (a file may have more than are collected); a
        text is a refusal of the whole file, in no row."""
        self.report, self.problems = None, list(problems)
        total = len(problems) if total is None else total
        count = self.tr("1 problem") if total == 1 else self.tr("{count} problems").format(count=f"{total:,}")
        text = self.tr("{count} to correct in the file; nothing is imported until then.").format(count=count)
        if total > len(problems):
            text += " " + self.tr("The first {shown} are listed.").format(shown=f"{len(problems):,}")
        self.summary.setText(text)
        self.problem_list.clear()
        marks: dict[tuple[int, int | None], str] = {}
        for problem in problems:
            if isinstance(problem, str):
                row, where, column, message = None, "", None, problem
            else:
                row, where, column = problem.row, where_text(problem), problem.column
                message = message_text(problem.code, problem.params)
            item = QTreeWidgetItem(["" if row is None else str(row), where, message])
            item.setData(0, Qt.ItemDataRole.UserRole, (row, column))
            self.problem_list.addTopLevelItem(item)
            if row is not None:
                key = (row, column)
                marks[key] = f"{marks[key]}\n{message}" if key in marks else message
        self.sheet_model.set_marks(marks)
        self.problem_list.show()
        self.line_list.hide()
        self.completeChanged.emit()

    def show_report(self, report: ImportReport) -> None:
        self.report, self.problems = report, []
        text = self.tr("{added} to add, {updated} to update, {unchanged} unchanged.").format(
            added=report.added, updated=report.updated, unchanged=report.unchanged
        )
        warnings = [
            "⚠ " + uninvited_text(found.country, list(found.people), open_to_all=found.open_to_all)
            for found in report.uninvited
        ]
        warnings += ["⚠ " + unprintable_text(found) for found in report.unprintable]
        self.summary.setText("\n".join([text, *warnings]))
        self.line_list.clear()
        self.line_list.addItems([planned_row_text(row) for row in report.planned])
        self.line_list.addItems([identity_line_text(c, dry_run=report.dry_run) for c in report.identity_changes])
        self.sheet_model.set_marks({})
        self.problem_list.hide()
        self.line_list.show()
        self.completeChanged.emit()

    def _show_problem_cell(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        number, column = item.data(0, Qt.ItemDataRole.UserRole)
        row = self.sheet_model.row_of(number) if number is not None else None
        if row is not None:
            index = self.sheet_model.index(row, column or 0)
            self.preview.setCurrentIndex(index)
            self.preview.scrollTo(index)


class ImportWizard(QWizard):
    """Imports a nomination file into mission `code`; `sig_imported(report)` when done."""

    sig_imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        code: str,
        tasks: BackgroundTasks,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # The columns mapped by hand, remembered on this computer (tests give a store of their own).
        self.memory = MappingMemory(settings if settings is not None else DesktopSettings.for_user().store)
        self.code = code
        self.tasks = tasks
        self.imported: ImportReport | None = None
        self.setWindowTitle(self.tr("Import nominations into {code}").format(code=code))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = ChooseFilePage()
        self.preview_page = PreviewPage(self)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.resize(900, 640)

    @classmethod
    def ask(
        cls, parent: QWidget | None, workspace: Workspace, code: str, tasks: BackgroundTasks
    ) -> ImportReport | None:
        """Open the wizard modally; the report of the import made, or None if cancelled."""
        wizard = cls(workspace, code, tasks, parent)
        try:
            return wizard.imported if wizard.exec() == QWizard.DialogCode.Accepted else None
        finally:
            wizard.deleteLater()

    @staticmethod
    def ask_identity_update(parent: QWidget, changes) -> bool:
        """Whether to replace identity data of people who are in other missions too (tests
        monkeypatch this instead of clicking the question)."""
        listed = "\n".join(f"• {identity_change_text(change)}" for change in changes[:10])
        more = len(changes) - 10
        if more > 0:
            listed += "\n" + QCoreApplication.translate("ImportWizard", "and {count} more").format(count=more)
        question = QCoreApplication.translate(
            "ImportWizard",
            "This file changes the passport or birth data of people who are in other missions too:\n\n"
            "{people}\n\nReplace their data in every mission?",
        ).format(people=listed)
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ImportWizard", "Replace identity data?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def path(self) -> Path:
        return self.file_page.path()

    def set_path(self, path: Path | str) -> None:
        self.file_page.path_edit.setText(str(path))

    def import_button(self) -> QAbstractButton:
        return self.button(QWizard.WizardButton.FinishButton)

    def accept(self) -> None:
        """Import (in the background) the first time; close once the import has succeeded."""
        if self.imported is not None:
            super().accept()
            return
        if self.preview_page.report is None or self.preview_page.busy:
            return
        changes = self.preview_page.report.identity_changes
        if changes and not self.ask_identity_update(self, changes):
            return
        self.preview_page.set_busy(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        path, code, workspace, update = self.path(), self.code, self.workspace, bool(changes)
        mapping = self.preview_page.mapping()
        self.tasks.run(
            lambda _progress: workspace.people.import_delegates(
                code, path, dry_run=False, update_identity=update, mapping=mapping
            ),
            title=self.tr("Import nominations"),
            label=self.tr("Importing {name}…").format(name=path.name),
            on_succeeded=self._on_imported,
            on_failed=self._on_failed,
        )

    def _on_imported(self, report: ImportReport) -> None:
        self.imported = report
        sheet, mapping = self.preview_page.sheet, self.preview_page.mapping()
        if sheet is not None and mapping:
            self.memory.remember(sheet.header, mapping)
        self.preview_page.set_busy(False)
        self.sig_imported.emit(report)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.preview_page.set_busy(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if isinstance(error, ImportProblems):
            self.preview_page.show_problems(error.problems, error.total)
        elif isinstance(error, MissionPlannerError):
            self.preview_page.show_problems([error_text(error)])
        else:
            raise error


def _preview_table(model: SheetModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setHighlightSections(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return table
