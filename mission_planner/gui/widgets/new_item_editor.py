"""The line edit over a new block of the timeline: the new item's title typed in place, its kind
chosen from a small menu beside it. Enter accepts, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

from ...domain.enums import ItemKind
from ..labels import item_kind_text

DEFAULT_KIND = ItemKind.PRESENTATION


class NewItemEditor(QFrame):
    """`start()` shows it empty, with the default kind; `sig_accepted(title, kind)` on Enter."""

    sig_accepted = Signal(str, str)
    sig_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title of the new item"))
        self.title_edit.returnPressed.connect(self._accept)
        self.title_edit.installEventFilter(self)
        self.kind_button = QToolButton()
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_button.setToolTip(self.tr("Kind of the new item"))
        self.kind_menu = QMenu(self.kind_button)
        group = QActionGroup(self)
        self._kind_actions: dict[str, QAction] = {}
        for kind in ItemKind:
            action = self.kind_menu.addAction(item_kind_text(kind))
            action.setCheckable(True)
            action.setData(str(kind))
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, chosen=str(kind): self.set_kind(chosen))
            self._kind_actions[str(kind)] = action
        self.kind_button.setMenu(self.kind_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(2)
        layout.addWidget(self.title_edit, 1)
        layout.addWidget(self.kind_button)
        self.kind = str(DEFAULT_KIND)
        self.set_kind(self.kind)

    def start(self) -> None:
        self.title_edit.clear()
        self.set_kind(str(DEFAULT_KIND))
        self.show()
        self.raise_()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._kind_actions[kind].setChecked(True)
        self.kind_button.setText(item_kind_text(kind))

    def _accept(self) -> None:
        self.sig_accepted.emit(self.title_edit.text(), self.kind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.title_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.sig_cancelled.emit()
            return True
        return super().eventFilter(watched, event)
