"""The dialog that makes next year's mission from this year's: a new code and a first day."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from .fields import date_edit, python_date


class DuplicateMissionDialog(QDialog):
    def __init__(self, code: str, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate Mission"))
        next_year = start.replace(year=start.year + 1) if not (start.month == 2 and start.day == 29) else start
        self.code = QLineEdit(_next_code(code))
        self.start = date_edit(next_year)
        explanation = QLabel(
            self.tr(
                "The programme, places and budget of {code} are copied; every date moves with the first day. "
                "Participants, attendance and certificates are not copied."
            ).format(code=code),
            wordWrap=True,
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        )
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("New project code"), self.code)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.buttons)

    def choice(self) -> tuple[str, date]:
        return self.code.text().strip(), python_date(self.start.date())

    @classmethod
    def ask(cls, code: str, start: date, parent: QWidget | None = None) -> tuple[str, date] | None:
        dialog = cls(code, start, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _next_code(code: str) -> str:
    """`23-IP-12-GE-OSM-A` becomes `24-IP-12-GE-OSM-A`; other codes are left for the user."""
    year, _, rest = code.partition("-")
    return f"{int(year) + 1:02d}-{rest}" if year.isdigit() and len(year) == 2 and rest else code
