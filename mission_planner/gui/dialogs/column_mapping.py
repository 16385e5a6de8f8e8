"""Column mapping in the import wizard: the headers of a nomination file that the import does not
recognise, each with the field the coordinator says it holds (or "Ignore this column").

`MappingSection` is a part of the wizard's preview page: a table of the unrecognised headers with
sample values and a combo box each, and the fields still missing. `MappingMemory` keeps the
choices in QSettings, keyed by a hash of the file's exact header row, so that the next file with
the same headers is mapped as last time without asking.
"""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.problems import column_letter
from ...services import NOMINATION_FIELDS, REQUIRED_NOMINATION_FIELDS, Sheet, recognised_field, unrecognised_headers
from ..import_plan_text import field_text

Mapping = dict[str, str | None]  # header text -> field, None: ignored

SAMPLE_ROWS = 3  # values shown of each column
TABLE_ROWS_SHOWN = 6  # the table scrolls past these
SHOWN_CHARS = 60  # of a title or a sample value in the table
_KEY_PREFIX = "import/column-mappings/"


def header_digest(header: list[str]) -> str:
    """A key for the exact header row: the same titles in the same order, nothing else."""
    return hashlib.sha256(json.dumps(header, ensure_ascii=False).encode("utf-8")).hexdigest()


class MappingMemory:
    """The mappings chosen before, by header row, in a QSettings store."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def recall(self, header: list[str]) -> Mapping | None:
        value = self.store.value(_KEY_PREFIX + header_digest(header), "")
        try:
            mapping = json.loads(value) if isinstance(value, str) and value else None
        except ValueError:
            return None
        if not isinstance(mapping, dict):
            return None
        return {str(k): v for k, v in mapping.items() if v is None or v in NOMINATION_FIELDS}

    def remember(self, header: list[str], mapping: Mapping) -> None:
        self.store.setValue(_KEY_PREFIX + header_digest(header), json.dumps(mapping, ensure_ascii=False))
        self.store.sync()


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


class MappingSection(QWidget):
    """The unrecognised headers of a sheet and the field chosen for each; hidden when every header
    is recognised. `sig_changed` when a choice changes."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.titles: list[str] = []  # the unrecognised ones, each once, one row each
        self.recognised: set[str] = set()
        self.remembered = False
        self.intro = QLabel(wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.missing = QLabel(wordWrap=True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel(self.tr("Columns mapped as last time."))
        self.change_button = QPushButton(self.tr("&Change column mapping…"))
        self.change_button.clicked.connect(self.open_table)
        noted = QHBoxLayout()
        noted.setContentsMargins(0, 0, 0, 0)
        noted.addWidget(self.note)
        noted.addWidget(self.change_button)
        noted.addStretch(1)
        self.noted = QWidget()
        self.noted.setLayout(noted)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"), self.tr("Holds")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        heading.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        heading.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.noted)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.missing)
        self.hide()

    def set_sheet(self, sheet: Sheet | None, remembered: Mapping | None = None) -> None:
        """Show the headers of `sheet` not recognised, chosen as `remembered` says (else ignored);
        when the memory covers every one of them, only a note says so."""
        self.header = list(sheet.header) if sheet else []
        self.titles = unrecognised_headers(self.header)
        self.recognised = {key for title in self.header if (key := recognised_field(title))}
        remembered = remembered or {}
        self.remembered = bool(self.titles) and all(title in remembered for title in self.titles)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.titles))
        for row, title in enumerate(self.titles):
            self._fill_row(row, title, sheet, remembered.get(title))
        self._fit_height()
        self.intro.setText(
            self.tr(
                "{count} columns are not recognised. Choose the field each one holds, or ignore it; "
                "the choice is remembered for files with the same columns."
            ).format(count=len(self.titles))
        )
        self.setVisible(bool(self.titles))
        self.noted.setVisible(self.remembered)
        self.intro.setVisible(not self.remembered)
        self.table.setVisible(not self.remembered)
        self._show_missing()

    def _fit_height(self) -> None:
        """As tall as its rows, up to TABLE_ROWS_SHOWN of them; more scroll."""
        self.table.resizeRowsToContents()
        shown = min(len(self.titles), TABLE_ROWS_SHOWN)
        rows = sum(self.table.rowHeight(r) for r in range(shown))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows + frame)

    def _fill_row(self, row: int, title: str, sheet: Sheet | None, chosen: str | None) -> None:
        indexes = [i for i, t in enumerate(self.header) if t == title]
        letters = ", ".join(column_letter(i) for i in indexes)
        name = _shown(title) if title else self.tr("(untitled)")
        label = QTableWidgetItem(self.tr("{title} ({letter})").format(title=name, letter=letters))
        label.setToolTip(title[:1000])
        self.table.setItem(row, 0, label)
        self.table.setItem(row, 1, QTableWidgetItem(self._samples(sheet, indexes[0])))
        combo = QComboBox()
        combo.addItem(self.tr("Ignore this column"), None)
        for key in NOMINATION_FIELDS:
            words = field_text(key)
            combo.addItem(
                self.tr("{field} (required)").format(field=words) if key in REQUIRED_NOMINATION_FIELDS else words, key
            )
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, 2, combo)

    def _samples(self, sheet: Sheet | None, index: int) -> str:
        values = []
        for _, cells in sheet.rows if sheet else []:
            value = cells[index] if index < len(cells) else ""
            if value not in ("", None):
                values.append(_shown(str(value)))
            if len(values) == SAMPLE_ROWS:
                break
        return " · ".join(values)

    def combo(self, title: str) -> QComboBox:
        widget = self.table.cellWidget(self.titles.index(title), 2)
        assert isinstance(widget, QComboBox)
        return widget

    def choose(self, title: str, key: str | None) -> None:
        """Choose the field of the column headed `title` (None: ignore it), as a click would."""
        combo = self.combo(title)
        combo.setCurrentIndex(combo.findData(key) if key else 0)

    def mapping(self) -> Mapping:
        """The choice for every unrecognised header (None: ignored)."""
        return {title: self.combo(title).currentData() for title in self.titles}

    def missing_fields(self) -> list[str]:
        chosen = set(self.mapping().values()) if self.titles else set()
        return [key for key in REQUIRED_NOMINATION_FIELDS if key not in self.recognised | chosen]

    def open_table(self) -> None:
        self.noted.hide()
        self.intro.show()
        self.table.show()
        if self.titles:
            self.combo(self.titles[0]).setFocus()

    def _changed(self) -> None:
        self._show_missing()
        self.sig_changed.emit()

    def _show_missing(self) -> None:
        missing = self.missing_fields()
        self.missing.setText(
            self.tr("Still to choose: {fields}.").format(fields=", ".join(field_text(key) for key in missing))
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing) and not self.noted.isVisibleTo(self))
