"""The dialog for one budget line: category, description, basis, quantity, unit cost, currency,
actual amount and notes. `BudgetLineDialog.ask(parent, line)` returns the edited line or None."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.budget import BudgetLine
from ...domain.enums import QuantityBasis
from ...domain.rules import CATEGORIES
from ..dialogs.fields import length_problem, limit_text
from ..labels import category_text
from ..models.budget import basis_text, parse_decimal

_NUMBER = QRegularExpression(r"^\s*[0-9][0-9,]*(\.[0-9]*)?\s*$")


class BudgetLineDialog(QDialog):
    def __init__(self, line: BudgetLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.setWindowTitle(self.tr("Budget Line") if line.uid else self.tr("New Budget Line"))
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(category_text(category), category)
        self.category.setCurrentIndex(max(0, self.category.findData(line.category)))
        self.description = QLineEdit(line.description)
        self.basis = QComboBox()
        for basis in QuantityBasis:
            self.basis.addItem(basis_text(basis), basis)
        self.basis.setCurrentIndex(max(0, self.basis.findData(line.basis)))
        self.quantity = self._number(line.quantity)
        self.unit_cost = self._number(line.unit_cost)
        self.currency = QLineEdit(line.currency)
        self.currency.setMaxLength(3)
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency))
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.actual = self._number(line.actual_amount)
        self.actual.setPlaceholderText(self.tr("not known yet"))
        self.notes = QPlainTextEdit(line.notes)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)
        limit_text(self.description, "description")
        limit_text(self.notes, "notes")
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Basis"), self.basis)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Unit cost"), self.unit_cost)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Actual amount"), self.actual)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.basis.currentIndexChanged.connect(self._update_quantity)
        self._update_quantity()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _number(self, value: Decimal | None) -> QLineEdit:
        edit = QLineEdit("" if value is None else format(value, "f"))
        edit.setValidator(QRegularExpressionValidator(_NUMBER, edit))
        return edit

    def _update_quantity(self) -> None:
        typed = self.basis.currentData() == QuantityBasis.TYPED
        self.quantity.setEnabled(typed)
        self.quantity.setPlaceholderText("" if typed else self.tr("counted from the mission"))

    def edited_line(self) -> BudgetLine | None:
        """The line as the fields say, or None (with the problem shown) when one is not valid."""
        basis = QuantityBasis(self.basis.currentData())
        quantity = parse_decimal(self.quantity.text()) if self.quantity.text().strip() else None
        unit_cost = parse_decimal(self.unit_cost.text())
        actual = parse_decimal(self.actual.text()) if self.actual.text().strip() else None
        problem = ""
        if not self.description.text().strip():
            problem = self.tr("Describe the line.")
        elif basis == QuantityBasis.TYPED and quantity is None:
            problem = self.tr("Type the quantity.")
        elif unit_cost is None:
            problem = self.tr("Type the unit cost.")
        elif len(self.currency.text()) != 3:
            problem = self.tr("The currency is a three-letter code, such as USD.")
        else:
            problem = length_problem([self.description, self.notes])
        self.problem.setText(problem)
        if problem or unit_cost is None:  # a missing unit cost is one of the problems above
            return None
        return BudgetLine(
            uid=self.line.uid,
            category=self.category.currentData(),
            description=self.description.text().strip(),
            unit_cost=unit_cost,
            currency=self.currency.text().upper(),
            basis=basis,
            quantity=quantity if basis == QuantityBasis.TYPED else None,
            actual_amount=actual,
            notes=self.notes.toPlainText().strip(),
        )

    def accept(self) -> None:
        if self.edited_line() is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, line: BudgetLine) -> BudgetLine | None:
        dialog = cls(line, parent)
        try:
            return dialog.edited_line() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
