"""The dialog that chooses whose packs, certificates and badges to write: a list to tick, with a filter.

`ChoosePeopleDialog.ask(people, chosen, parent)` returns the ticked uids (an empty tuple means
everyone), or None when cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import fold

_UID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class PersonChoice:
    uid: str
    name: str
    detail: str  # country and role, to tell two people of one name apart


class ChoosePeopleDialog(QDialog):
    def __init__(self, people: list[PersonChoice], chosen: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose People"))
        self.filter = QLineEdit(clearButtonEnabled=True, placeholderText=self.tr("Filter by name"))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        everyone = not chosen
        for person in people:
            entry = QListWidgetItem(f"{person.name}  ·  {person.detail}" if person.detail else person.name)
            entry.setData(_UID, person.uid)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = everyone or person.uid in chosen
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        self._keys = [fold(person.name) for person in people]
        all_button = QPushButton(self.tr("All"))
        all_button.clicked.connect(lambda: self._tick_shown(True))
        none_button = QPushButton(self.tr("None"))
        none_button.clicked.connect(lambda: self._tick_shown(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update_ok)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(460, 520)
        self._update_ok()

    def chosen(self) -> tuple[str, ...]:
        """The ticked uids; empty when everyone is ticked."""
        ticked = [
            self.list.item(row).data(_UID)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        return () if len(ticked) == self.list.count() else tuple(ticked)

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text.strip())
        for row, key in enumerate(self._keys):
            self.list.item(row).setHidden(bool(wanted) and wanted not in key)

    def _tick_shown(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            if not self.list.item(row).isHidden():
                self.list.item(row).setCheckState(state)

    def _update_ok(self, *_args: object) -> None:
        any_ticked = any(self.list.item(row).checkState() == Qt.CheckState.Checked for row in range(self.list.count()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(any_ticked)

    @classmethod
    def ask(
        cls, people: list[PersonChoice], chosen: tuple[str, ...], parent: QWidget | None = None
    ) -> tuple[str, ...] | None:
        dialog = cls(people, chosen, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
