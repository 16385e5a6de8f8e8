"""The conflicts of a mission, errors first, each a sentence with an icon; choosing one names its items."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.conflicts import Conflict, Severity
from ...domain.record import MissionRecord
from ..conflict_text import describe_conflict
from .roomy_rows import RoomyRows

ITEM_UIDS_ROLE = Qt.ItemDataRole.UserRole
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsPanel(QWidget):
    """A heading with the count, and the list; `sig_items_chosen(uids)` when an entry is chosen."""

    sig_items_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Conflicts"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setItemDelegate(RoomyRows(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        self.show_conflicts([], None)

    def show_conflicts(self, conflicts: Sequence[Conflict], record: MissionRecord | None) -> None:
        """List `conflicts` (errors first) as sentences about `record`."""
        self.list.clear()
        ordered = sorted(conflicts, key=lambda c: c.severity != Severity.ERROR)  # stable: keeps programme order
        style = QApplication.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for conflict in ordered:
            assert record is not None
            entry = QListWidgetItem(icons[conflict.severity], describe_conflict(conflict, record))
            entry.setData(ITEM_UIDS_ROLE, list(conflict.item_uids))
            entry.setData(SEVERITY_ROLE, str(conflict.severity))
            entry.setToolTip(self._severity_text(conflict.severity))
            self.list.addItem(entry)
        self.summary.setText(self._summary_text(ordered))
        self.list.setVisible(bool(ordered))

    def entry_count(self) -> int:
        return self.list.count()

    def entry_text(self, row: int) -> str:
        return self.list.item(row).text()

    def entry_severity(self, row: int) -> str:
        return self.list.item(row).data(SEVERITY_ROLE)

    def choose(self, row: int) -> None:
        """Choose the entry at `row`, as a click would."""
        entry = self.list.item(row)
        self.list.setCurrentItem(entry)
        self._choose(entry)

    def _choose(self, entry: QListWidgetItem) -> None:
        uids = entry.data(ITEM_UIDS_ROLE) or []
        if uids:
            self.sig_items_chosen.emit(list(uids))

    def _severity_text(self, severity: Severity) -> str:
        if severity == Severity.ERROR:
            return self.tr("Error: the programme cannot work as planned")
        return self.tr("Warning: worth a look")

    def _summary_text(self, conflicts: Sequence[Conflict]) -> str:
        errors = sum(1 for c in conflicts if c.severity == Severity.ERROR)
        warnings = len(conflicts) - errors
        if not conflicts:
            return self.tr("None found: no overlaps, travel times or opening hours to worry about.")
        parts = []
        if errors:
            parts.append(self.tr("1 error") if errors == 1 else self.tr("{count} errors").format(count=errors))
        if warnings:
            parts.append(self.tr("1 warning") if warnings == 1 else self.tr("{count} warnings").format(count=warnings))
        return ", ".join(parts)
