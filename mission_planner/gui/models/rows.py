"""The bookkeeping every table model of plain rows shares: the rows, finding a row by its key,
the row and column counts, and header cells. Subclasses name their columns and words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# What a sortable table orders a cell by when its words would sort wrongly: a number, a date,
# a time (None: the words shown, in the UI language's collation; see widgets/table_tools.py).
SORT_ROLE = Qt.ItemDataRole.UserRole + 0x100


class RowsModel(QAbstractTableModel):
    """Rows of plain values in `columns`; `key(row)` finds a row again after a reload."""

    columns: type[IntEnum]

    def __init__(self, parent: QObject | None = None, *, key: Callable[[Any], Any] = lambda row: row.uid) -> None:
        super().__init__(parent)
        self._key = key
        self._rows: list[Any] = []
        self._row_of: dict[Any, int] = {}
        self._given: list[Any] = []  # the rows in the order they were given
        # The order a sortable view asked for: each current row's rank, and whether descending.
        self._ranks: Callable[[], list[int]] | None = None
        self._descending = False

    def _replace_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._given = self._rows = list(rows)
        if self._ranks is not None:
            self._rows = self._ordered()
        self._row_of = {self._key(row): number for number, row in enumerate(self._rows)}
        self.endResetModel()

    def order_rows(self, ranks: Callable[[], list[int]] | None, descending: bool = False) -> None:
        """Keep the rows in the order of `ranks` (each current row's place; None: as given), now
        and after every reset. Sorting here costs no call into Qt per comparison, which a proxy's
        sort makes (about 50 ms for 500 rows at each keystroke of a search)."""
        self._ranks, self._descending = ranks, descending
        rows = self._ordered() if ranks is not None else list(self._given)  # asks the model: before the change
        self.layoutAboutToBeChanged.emit()
        keys = [self._key(row) for row in self._rows]
        self._rows = rows
        self._row_of = {self._key(row): number for number, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(self._row_of.get(keys[index.row()], -1), index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _ordered(self) -> list[Any]:
        assert self._ranks is not None
        ranks = self._ranks()
        order = sorted(range(len(self._rows)), key=ranks.__getitem__, reverse=self._descending)
        return [self._rows[number] for number in order]

    def row_at(self, number: int) -> Any | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, key: Any) -> int | None:
        return self._row_of.get(key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(self.columns(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(self.columns(section))
        return None

    # `column` is a member of the model's `columns`; each model names its own enum.
    def _header_text(self, column: Any) -> str:
        raise NotImplementedError

    def _alignment(self, column: Any) -> Qt.AlignmentFlag:
        return LEFT
