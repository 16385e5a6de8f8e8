"""How the application's lists look: read-only rows, one selected at a time, widths from samples."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

# A column number, or a member of an IntEnum of columns.
ColumnNumber = TypeVar("ColumnNumber", bound=int)


def row_list(table: QTableView, model: QAbstractItemModel) -> QTableView:
    """Make `table` a read-only list of `model`'s rows: whole rows chosen one at a time, no grid,
    text cut with an ellipsis, rows of one height (fast at 100,000 rows)."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    return table


def sample_width(metrics: QFontMetrics, sample: str) -> int:
    """The width of a column made for `sample`, with room for the cell's padding."""
    return metrics.horizontalAdvance(sample) + 2 * metrics.averageCharWidth() + 10


def size_columns(table: QTableView, samples: Mapping[ColumnNumber, str]) -> None:
    """Each column as wide as the text it usually holds: widths follow the font, not pixels."""
    metrics = table.fontMetrics()
    for column, sample in samples.items():
        table.horizontalHeader().resizeSection(column, sample_width(metrics, sample))
