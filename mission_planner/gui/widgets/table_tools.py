"""What every table of the window offers: sort by any column, filter as you type, copy the
selected rows as tab-separated text, and export the rows shown to a spreadsheet.

`TableProxy` sits between a view and its model. It sorts by each cell's `SORT_ROLE` (a number,
a date) or else by the words shown, in the collation of the UI language (Çağlar with the Cs in
English, numbers inside words as numbers), and keeps the rows whose shown text (folded: no
case, no accents) holds every word typed in the filter box. The keys are computed once per
column and per model reset, so a keystroke costs one pass over cached strings.

A view over a proxy numbers its rows the proxy's way: code that reads selected rows maps them
through `source_row` (or `mapToSource`) before asking the model which row it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTableView, QWidget

from ...domain.text import fold
from ...errors import MissionPlannerError
from ..models.rows import SORT_ROLE, RowsModel

AnyIndex = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
NUMBERS = (int, float, Decimal)
MAX_KEPT_KEYS = 200_000
_CELL_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _plain(value: Any) -> Any:
    """A Qt value (QDate, QDateTime, QTime) as its Python counterpart; others as they are."""
    to_python = getattr(value, "toPython", None)
    return to_python() if callable(to_python) else value


def shown_text(value: Any) -> str:
    return "" if value is None else str(value)


def ui_collator() -> QCollator:
    """Words compared as the UI language orders them (the C locale, as in a bare environment,
    would order by code points: English then), numbers inside words as numbers."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


class TableProxy(QSortFilterProxyModel):
    """Sorts with the UI language's collation (or each cell's `SORT_ROLE`). It filters nothing
    itself (a model that filters in Python stays as fast as it was): `FilteringProxy` does."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._texts: list[str] | None = None
        self._ranks: dict[int, list[int]] = {}
        # A row's sort key by (column, row value), kept across resets: a search that resets the
        # model with the same row values finds their keys here instead of asking the model.
        self._keys: dict[tuple[int, Any], tuple[int, Any]] = {}
        self.columns: Callable[[], Sequence[int]] | None = None
        self.pinned: Callable[[int], bool] | None = None  # source rows kept at the bottom (totals)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in _changes(old):
                signal.disconnect(self._forget)
        for signal in _changes(model):
            signal.connect(self._forget)
        self._forget()
        super().setSourceModel(model)

    # our API

    def source_row(self, index: AnyIndex) -> int:
        """The model's row of a view index (-1 for none)."""
        return self.mapToSource(index).row() if index.isValid() else -1

    def view_row(self, source_row: int | None) -> int | None:
        """The view's row of the model's `source_row`, None when filtered out or absent."""
        if source_row is None or self.sourceModel() is None:
            return None
        index = self.mapFromSource(self.sourceModel().index(source_row, 0))
        return index.row() if index.isValid() else None

    # Qt's API

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A model of plain rows orders its rows itself (no call into Qt per comparison); any
        other is sorted here."""
        source = self.sourceModel()
        self._keys = {}  # the language may have changed since
        if isinstance(source, RowsModel):
            descending = order == Qt.SortOrder.DescendingOrder
            source.order_rows(None if column < 0 else lambda: self._rank_column(column), descending)
            super().sort(-1, Qt.SortOrder.AscendingOrder)  # the model's order, as it is
            return
        super().sort(column, order)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        if self.pinned is not None and (pin := self.pinned(left.row())) != self.pinned(right.row()):
            return not pin if self.sortOrder() == Qt.SortOrder.AscendingOrder else pin
        ranks = self._ranks.get(left.column())
        if ranks is None:
            ranks = self._ranks[left.column()] = self._rank_column(left.column())
        return ranks[left.row()] < ranks[right.row()]

    # helpers

    def _forget(self, *_args: object) -> None:
        self._texts = None
        self._ranks = {}

    def _row_texts(self) -> list[str]:
        if self._texts is None:
            model = self.sourceModel()
            columns = list(self.columns()) if self.columns else range(model.columnCount())
            self._texts = [
                fold("\n".join(shown_text(model.index(row, column).data(DISPLAY)) for column in columns))
                for row in range(model.rowCount())
            ]
        return self._texts

    def _rank_column(self, column: int) -> list[int]:
        """Each source row's place in `column`'s order: blanks, then numbers, dates and times,
        then words in the UI language's collation."""
        model = self.sourceModel()
        collator = ui_collator()
        values = model if isinstance(model, RowsModel) and _hashable(model.row_at(0)) else None
        if len(self._keys) > MAX_KEPT_KEYS:
            self._keys = {}
        keys: list[tuple[int, Any]] = []
        for row in range(model.rowCount()):
            kept = (column, values.row_at(row)) if values is not None else None
            key = self._keys.get(kept) if kept is not None else None
            if key is None:
                key = _sort_key(model.index(row, column), collator)
                if kept is not None:
                    self._keys[kept] = key
            keys.append(key)
        order = sorted(range(len(keys)), key=lambda row: _comparable(keys[row]))
        ranks = [0] * len(keys)
        for place, row in enumerate(order):
            ranks[row] = place
        return ranks


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _sort_key(index: QModelIndex, collator: QCollator) -> tuple[int, Any]:
    value = _plain(index.data(SORT_ROLE))
    if value is None:
        value = _plain(index.data(DISPLAY))
    if value is None or value == "":
        return (0, 0)
    if isinstance(value, NUMBERS) and not isinstance(value, bool):
        return (1, value)
    if isinstance(value, (datetime, date, time)):
        return (2, value)
    return (3, collator.sortKey(str(value)))


def _comparable(key: tuple[int, Any]) -> tuple[int, Any]:
    kind, value = key
    if kind == 2 and isinstance(value, datetime):
        return (kind, value.timestamp() if value.tzinfo else value.toordinal() + value.hour / 24)
    if kind == 2 and isinstance(value, date):
        return (kind, value.toordinal())
    if kind == 2 and isinstance(value, time):
        return (kind, value.hour * 3600 + value.minute * 60 + value.second)
    return key


class FilteringProxy(TableProxy):
    """A `TableProxy` that also keeps only the rows whose shown text (of `columns`, None: every
    column; folded: no case, no accents) holds every word of `set_query`."""

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        text = self._row_texts()[source_row]
        return all(word in text for word in self._words)


def _changes(model: QAbstractItemModel) -> list[Any]:
    return [
        model.modelReset,
        model.layoutChanged,
        model.rowsInserted,
        model.rowsRemoved,
        model.dataChanged,
    ]


# --- the view -----------------------------------------------------------------------------------


@overload
def sortable(table: QTableView, model: QAbstractItemModel) -> FilteringProxy: ...
@overload
def sortable(table: QTableView, model: QAbstractItemModel, *, filtering: Literal[True]) -> FilteringProxy: ...
@overload
def sortable(table: QTableView, model: QAbstractItemModel, *, filtering: Literal[False]) -> TableProxy: ...
def sortable(table: QTableView, model: QAbstractItemModel, *, filtering: bool = True) -> TableProxy:
    """Put a `FilteringProxy` between `table` and `model` (a `TableProxy`, filtering nothing,
    when not `filtering`); headers sort on click. Returns the proxy."""
    proxy = FilteringProxy(table) if filtering else TableProxy(table)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the model's order until asked
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicatorShown(True)
    proxy.columns = lambda: [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    return proxy


def visible_columns(table: QTableView) -> list[int]:
    """The columns shown, in the order the header shows them."""
    header = table.horizontalHeader()
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [column for column in logical if not header.isSectionHidden(column)]


def header_texts(table: QTableView, columns: Sequence[int]) -> list[str]:
    model = table.model()
    return [shown_text(model.headerData(column, Qt.Orientation.Horizontal, DISPLAY)) for column in columns]


def selected_view_rows(table: QTableView) -> list[int]:
    """The rows selected in `table` (whole or in part), top to bottom as shown."""
    selection = table.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedIndexes()})


def cell_text(value: Any) -> str:
    """A cell as one line of a tab-separated row: tabs and line breaks become spaces."""
    return shown_text(value).translate(_CELL_BREAKS)


def rows_as_tsv(table: QTableView, rows: Sequence[int], *, titles: bool = False) -> str:
    """`rows` of the view as tab-separated lines of the shown text, as Excel pastes them."""
    model = table.model()
    columns = visible_columns(table)
    lines = ["\t".join(cell_text(title) for title in header_texts(table, columns))] if titles else []
    for row in rows:
        lines.append("\t".join(cell_text(model.index(row, column).data(DISPLAY)) for column in columns))
    return "\r\n".join(lines) + ("\r\n" if lines else "")


def export_value(index: QModelIndex) -> Any:
    """A cell for the spreadsheet: a number shown as a number stays one, all else as shown."""
    shown = index.data(DISPLAY)
    if isinstance(shown, NUMBERS) and not isinstance(shown, bool):
        return shown
    value = _plain(index.data(SORT_ROLE))
    text = shown_text(shown)
    if isinstance(value, NUMBERS) and not isinstance(value, bool) and text.strip() and _is_number_text(text):
        return value
    return text


def _is_number_text(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def visible_rows(table: QTableView) -> tuple[list[str], list[list[Any]]]:
    """The titles and every row the view shows (filtered, in its order), columns as shown."""
    model = table.model()
    columns = visible_columns(table)
    rows = [[export_value(model.index(row, column)) for column in columns] for row in range(model.rowCount())]
    return header_texts(table, columns), rows


class TableActions(QObject):
    """Copy (Ctrl+C), Copy with Column Titles and Export Visible Rows to XLSX… on `table`, in
    its context menu when it shows its actions there."""

    def __init__(
        self,
        table: QTableView,
        *,
        name: Callable[[], str] = lambda: "",
        failed: Callable[[MissionPlannerError], None] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.name = name
        self.failed = failed
        self.copy_action = QAction(self.tr("&Copy"), table)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(lambda: self.copy())
        self.copy_titles_action = QAction(self.tr("Copy with Column &Titles"), table)
        self.copy_titles_action.triggered.connect(lambda: self.copy(titles=True))
        self.export_action = QAction(self.tr("E&xport Visible Rows to XLSX…"), table)
        self.export_action.triggered.connect(lambda: self.export())
        self.actions = [self.copy_action, self.copy_titles_action, self.export_action]
        for action in self.actions:
            table.addAction(action)

    def copy(self, *, titles: bool = False) -> str:
        text = rows_as_tsv(self.table, selected_view_rows(self.table), titles=titles)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def export(self, target: Path | str | None = None) -> Path | None:
        if target is None:
            stem = self.name() or self.tr("table")
            chosen, _ = QFileDialog.getSaveFileName(
                self.table, self.tr("Export Visible Rows"), f"{stem}.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return None
            target = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        from ...services import write_rows_xlsx  # openpyxl: loaded when a table is exported, not at start

        headers, rows = visible_rows(self.table)
        try:
            write_rows_xlsx(target, headers, rows, self.name())
        except MissionPlannerError as error:
            if self.failed is None:
                raise
            self.failed(error)
            return None
        return Path(target)


class FilterBox(QLineEdit):
    """The filter-as-you-type box of a table, with a clear button. A widget holding one names it
    `filter_box`: the window's Find (Ctrl+F) focuses the one around the focus (`filter_box_near`)."""

    def __init__(self, proxy: FilteringProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Filter rows"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.textChanged.connect(proxy.set_query)

    def focus_filter(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()


def filter_box_near(widget: QWidget | None) -> QLineEdit | None:
    """The filter box of the nearest widget around `widget` that has one (`filter_box`)."""
    while widget is not None:
        box = getattr(widget, "filter_box", None)
        if isinstance(box, QLineEdit) and box.isVisibleTo(widget):
            return box
        widget = widget.parentWidget()
    return None
