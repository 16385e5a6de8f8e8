"""Find Person: a name typed once finds that person in every mission of the database.

The names are read once, in the background while the dialog opens (`ws.people.people_index`,
about a second for 30,000 people); each keystroke then filters them in a few milliseconds.
Choosing a person opens their newest mission at the People tab (`sig_chosen(mission code,
person uid)`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import PeopleIndex, PersonMatch
from ..formatting import country_name
from ..labels import status_text

SHOWN_AT_MOST = 200  # more is never read; fewer rows keep every keystroke quick


class MatchesModel(QAbstractTableModel):
    """Found people: name, country, missions (newest first), status in the newest mission."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[PersonMatch] = []

    def set_matches(self, matches: list[PersonMatch]) -> None:
        self.beginResetModel()
        self.matches = matches
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Country"), self.tr("Missions"), self.tr("Status"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match = self.matches[index.row()]
        column = index.column()
        if column == 0:
            return match.full_name
        if column == 1:
            return country_name(match.country)
        if column == 2:
            return ", ".join(match.missions) if match.missions else self.tr("none")
        return status_text(match.status) if match.status else ""


class FindPersonDialog(QDialog):
    sig_chosen = Signal(str, str)  # mission code, person uid

    sig_ready = Signal()  # the names are read: searches find people from now on

    def __init__(self, index: PeopleIndex | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setWindowTitle(self.tr("Find Person"))
        self.resize(760, 480)
        self.search_box = QLineEdit(clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Name, in any mission"))
        self.search_box.textChanged.connect(self.search)
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = MatchesModel(self)
        self.table = self._build_table()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.doubleClicked.connect(lambda _index: self.choose())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_open_button())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.search("")

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        for column, sample in enumerate(("Given Family Name Long", "Republic of Korea", "", "Confirmed")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def set_index(self, index: PeopleIndex) -> None:
        """The names, once read; what has been typed meanwhile is searched at once."""
        self.index = index
        self.search(self.search_box.text())
        self.sig_ready.emit()

    def search(self, text: str) -> None:
        if self.index is None:
            self.model.set_matches([])
            self.count_label.setText(self.tr("Reading the names…"))
            self._update_open_button()
            return
        matches = self.index.search(text, limit=SHOWN_AT_MOST + 1)
        self.model.set_matches(matches[:SHOWN_AT_MOST])
        if not text.strip():
            self.count_label.setText(self.tr("People in the database: {total}").format(total=len(self.index)))
        elif len(matches) > SHOWN_AT_MOST:
            text = self.tr("The first {shown} found; type more of the name")
            self.count_label.setText(text.format(shown=SHOWN_AT_MOST))
        else:
            self.count_label.setText(self.tr("Found: {count}").format(count=len(matches)))
        if matches:
            self.table.selectRow(0)
        self._update_open_button()

    def _update_open_button(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(self._chosen() is not None)

    def _chosen(self) -> PersonMatch | None:
        row = self.table.currentIndex().row()
        match = self.model.matches[row] if 0 <= row < len(self.model.matches) else None
        return match if match is not None and match.missions else None

    def choose(self) -> None:
        match = self._chosen()
        if match is None:
            return
        self.sig_chosen.emit(match.missions[0], match.uid)
        self.accept()
