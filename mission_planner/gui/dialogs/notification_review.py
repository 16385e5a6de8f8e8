"""The review of a Project Notification read from a file: every field the reader found beside
the words it came from, what is missing or doubtful marked, each field editable. OK hands the
corrected reading to `submit` (the window makes it an undo command) while the dialog is open:
a refusal shows at its foot and nothing typed is lost. Nothing is stored before OK."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import MissionPlannerError
from ...services import NotificationField, NotificationReading
from ..notification_text import doubt_words, field_label
from ..refusal_text import error_text
from .fields import PROBLEM_COLOR

DOUBT_COLOR = "#8a5a00"
MISSING_BACKGROUND = "#fde2e4"
DOUBT_BACKGROUND = "#fff4d6"
MULTILINE = ("objectives", "background", "scope", "financial", "implementation", "signatory", "qualifications")
REQUIRED = ("code", "title", "timing")
_SOURCE_CHARS = 400


class NotificationReviewDialog(QDialog):
    def __init__(
        self,
        reading: NotificationReading,
        parent: QWidget | None = None,
        *,
        used_codes: Iterable[str] = (),
        submit: Callable[[NotificationReading], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.reading = reading
        self.used_codes = {code.casefold() for code in used_codes}
        self.submit = submit
        self.setWindowTitle(self.tr("New Mission from Notification"))
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        intro = QLabel(
            self.tr(
                "Read from {file}. Check each field against the words it came from; correct what is marked. "
                "Nothing is stored until you press OK."
            ).format(file=Path(reading.source).name),
            wordWrap=True,
        )
        self.outcome = QLabel(wordWrap=True)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOR}")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.to_check = QLabel(wordWrap=True)
        self.to_check.setStyleSheet(f"color: {DOUBT_COLOR}")
        self.fields_area = self._grid()
        layout.addWidget(intro)
        layout.addWidget(self.to_check)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 150, self.fontMetrics().height() * 45)
        self._show()

    @classmethod
    def ask(cls, reading: NotificationReading, parent: QWidget | None = None, **options) -> bool:
        return cls(reading, parent, **options).exec() == QDialog.DialogCode.Accepted

    def _grid(self) -> QScrollArea:
        inner = QWidget()
        grid = QGridLayout(inner)
        headings = (self.tr("Field"), self.tr("Value (edit to correct)"), self.tr("Found in the file as"))
        for column, heading in enumerate(headings):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        for row, found in enumerate(self.reading.fields, start=1):
            grid.addWidget(QLabel(field_label(found.key), wordWrap=True), 2 * row - 1, 0, Qt.AlignmentFlag.AlignTop)
            editor = self._editor(found)
            self.editors[found.key] = editor
            grid.addWidget(editor, 2 * row - 1, 1, Qt.AlignmentFlag.AlignTop)
            whole = "" if found.derived else found.source  # a derived field's words are its parent's
            source = whole[:_SOURCE_CHARS] + ("…" if len(whole) > _SOURCE_CHARS else "")
            shown = QLabel(source, wordWrap=True)
            shown.setStyleSheet("color: palette(dark)")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, 2 * row - 1, 2, Qt.AlignmentFlag.AlignTop)
            note = QLabel(wordWrap=True)
            self.notes[found.key] = note
            grid.addWidget(note, 2 * row, 1, 1, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        return scroll

    def _editor(self, found: NotificationField) -> QLineEdit | QPlainTextEdit | QLabel:
        if found.derived:
            derived = QLabel(wordWrap=True)
            derived.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return derived
        if found.key in MULTILINE:
            editor = QPlainTextEdit(found.text)
            lines = 3 if found.key in ("signatory", "qualifications") else 6
            editor.setFixedHeight(editor.fontMetrics().height() * lines + 12)
            editor.textChanged.connect(lambda key=found.key, e=editor: self._edited(key, e.toPlainText()))
            return editor
        line = QLineEdit(found.text)
        line.setCursorPosition(0)  # a long title shows its beginning
        line.textChanged.connect(lambda text, key=found.key: self._edited(key, text))
        return line

    def _edited(self, key: str, text: str) -> None:
        self.reading = self.reading.with_text(key, text)
        self._show()

    def _show(self) -> None:
        """Each field's mark and note, the derived fields' values, what OK will do."""
        for found in self.reading.fields:
            editor = self.editors[found.key]
            if isinstance(editor, QLabel):
                editor.setText(found.text or "—")
            required = found.key in REQUIRED
            words = doubt_words(found.doubt, found.detail, required=required)
            note = self.notes[found.key]
            note.setText(words)
            note.setVisible(bool(words))
            blocking = required and found.doubt in ("missing", "bad_timing")
            note.setStyleSheet(f"color: {PROBLEM_COLOR if blocking else DOUBT_COLOR}")
            background = MISSING_BACKGROUND if blocking else DOUBT_BACKGROUND if found.doubt else ""
            editor.setStyleSheet(f"background: {background}" if background else "")
        missing = self.reading.missing_required
        code = self.reading.texts.get("code", "")
        if missing:
            names = ", ".join(field_label(key) for key in missing)
            self.outcome.setText(self.tr("Still needed before a mission can be made: {names}.").format(names=names))
        elif code.casefold() in self.used_codes:
            self.outcome.setText(
                self.tr("Mission {code} exists: OK stores this as a new revision of its notification.").format(
                    code=code
                )
            )
        else:
            self.outcome.setText(
                self.tr("OK creates mission {code} with its days and the indicative topics as draft items.").format(
                    code=code
                )
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        flagged = [field_label(key) for key in self.doubtful()]
        self.to_check.setText(self.tr("To check: {fields}.").format(fields=", ".join(flagged)) if flagged else "")
        self.to_check.setVisible(bool(flagged))

    def showEvent(self, event) -> None:
        """Open on the first field marked, so what needs a look is in view."""
        super().showEvent(event)
        first = next(iter(self.doubtful()), None)
        if first is not None and first in self.editors:
            self.fields_area.ensureWidgetVisible(self.editors[first], 0, 80)

    def doubtful(self) -> list[str]:
        return [found.key for found in self.reading.fields if found.doubt]

    def accept(self) -> None:
        if self.submit is not None:
            try:
                self.submit(self.reading)
            except MissionPlannerError as error:
                self.problem.setText(error_text(error))
                return
        super().accept()
