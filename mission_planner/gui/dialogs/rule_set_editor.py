"""The dialog that edits a mission's rule set: its name and status, and each rule's split.

The rules are listed on the left in words; the chosen rule's fields are on the right. The rule
set is checked as it is edited (the same checks a rule set file passes); OK only when it passes.
`RuleSetEditor.ask(parent, rule_set)` returns the edited copy, or None; it saves nothing.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.budget import Rule, RuleSet, Split
from ...domain.enums import Modality, Payer, Role, RuleStatus, SplitKind
from ...domain.rules import CATEGORIES, rule_set_problems
from ..formatting import modality_text
from ..labels import category_text, mission_role_text
from ..models.budget import parse_decimal, payer_text, rule_text
from ..rule_set_problem_text import rule_set_problem_text
from .fields import length_problem, limit_text, ok_cancel, problem_label, show_problem


def _payer_combo(*, allow_none: bool = False) -> QComboBox:
    combo = QComboBox()
    if allow_none:
        combo.addItem("—", None)
    for payer in Payer:
        combo.addItem(payer_text(payer), payer.value)
    return combo


def _choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class SplitEditor(QWidget):
    """The fields of one kind of split, shown one kind at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind, text in (
            (SplitKind.PAYER, self.tr("One payer")),
            (SplitKind.SHARES, self.tr("Shares in percent")),
            (SplitKind.FIRST_UNITS, self.tr("The first units to one payer")),
            (SplitKind.CAP, self.tr("Up to an amount to one payer")),
        ):
            self.kind.addItem(text, kind.value)
        self.payer = _payer_combo()
        self.first_payer, self.first_rest = _payer_combo(), _payer_combo()
        self.cap_payer, self.cap_rest = _payer_combo(), _payer_combo()
        self.shares = {payer: QSpinBox(maximum=100, suffix=" %") for payer in Payer}
        self.units = QSpinBox(maximum=9999)
        self.cap_amount = QLineEdit(placeholderText="500")
        self.cap_currency = QLineEdit(placeholderText="USD", maxLength=3)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form((self.tr("Payer"), self.payer)))
        shares = QWidget()
        grid = QGridLayout(shares)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (payer, box) in enumerate(self.shares.items()):
            grid.addWidget(QLabel(payer_text(payer)), row, 0)
            grid.addWidget(box, row, 1)
        self.pages.addWidget(shares)
        self.pages.addWidget(
            self._form(
                (self.tr("Payer"), self.first_payer),
                (self.tr("Units"), self.units),
                (self.tr("The rest"), self.first_rest),
            )
        )
        self.pages.addWidget(
            self._form(
                (self.tr("Payer"), self.cap_payer),
                (self.tr("Up to"), self.cap_amount),
                (self.tr("Currency"), self.cap_currency),
                (self.tr("The rest"), self.cap_rest),
            )
        )
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.pages)

    @staticmethod
    def _form(*rows: tuple[str, QWidget]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, widget in rows:
            form.addRow(caption, widget)
        return page

    def set_split(self, split: Split) -> None:
        _choose(self.kind, split.kind.value)
        payer = split.payer.value if split.payer else Payer.APO.value
        for combo in (self.payer, self.first_payer, self.cap_payer):
            _choose(combo, payer)
        for combo in (self.first_rest, self.cap_rest):
            _choose(combo, split.rest_payer.value if split.rest_payer else Payer.HOST.value)
        for payer_key, box in self.shares.items():
            box.setValue(int(split.shares.get(payer_key, Decimal(0))))
        self.units.setValue(split.units or 0)
        self.cap_amount.setText("" if split.cap_amount is None else str(split.cap_amount))
        self.cap_currency.setText(split.cap_currency)

    def split(self) -> Split:
        kind = SplitKind(self.kind.currentData())
        match kind:
            case SplitKind.PAYER:
                return Split(kind, payer=Payer(self.payer.currentData()))
            case SplitKind.SHARES:
                shares = {payer: Decimal(box.value()) for payer, box in self.shares.items() if box.value()}
                return Split(kind, shares=shares)
            case SplitKind.FIRST_UNITS:
                return Split(
                    kind,
                    payer=Payer(self.first_payer.currentData()),
                    units=self.units.value(),
                    rest_payer=Payer(self.first_rest.currentData()),
                )
            case _:
                return Split(
                    kind,
                    payer=Payer(self.cap_payer.currentData()),
                    cap_amount=parse_decimal(self.cap_amount.text()),
                    cap_currency=self.cap_currency.text().strip().upper(),
                    rest_payer=Payer(self.cap_rest.currentData()),
                )


class RuleSetEditor(QDialog):
    def __init__(self, rule_set: RuleSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Rules"))
        self.rule_set = copy.deepcopy(rule_set)
        self._loading = False
        self.name = QLineEdit(rule_set.name)
        self.status = QComboBox()
        self.status.addItem(self.tr("Verified"), RuleStatus.VERIFIED.value)
        self.status.addItem(self.tr("Unverified"), RuleStatus.UNVERIFIED.value)
        _choose(self.status, rule_set.status.value)
        self.to_verify = QLineEdit(rule_set.to_verify)
        self.source = QLineEdit(rule_set.source)
        for edit in (self.name, self.to_verify, self.source):
            edit.setCursorPosition(0)  # long texts show their beginning
        self.default_payer = _payer_combo(allow_none=True)
        _choose(self.default_payer, rule_set.default_payer.value if rule_set.default_payer else None)
        self.rules = QListWidget()
        self.rules.currentRowChanged.connect(self._show_rule)
        add = QPushButton(self.tr("Add Rule"))
        add.clicked.connect(self.add_rule)
        remove = QPushButton(self.tr("Remove Rule"))
        remove.clicked.connect(self.remove_rule)
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(category_text(category), category)
        self.split_editor = SplitEditor()
        self.modalities = {modality: QCheckBox(modality_text(modality.value)) for modality in Modality}
        self.roles = {role: QCheckBox(mission_role_text(role.value)) for role in Role}
        self.note = QLineEdit()
        self.limited = [
            (self.name, "name"),
            (self.to_verify, "to_verify"),
            (self.source, "source"),
            (self.note, "note"),
        ]
        for edit, field in self.limited:
            limit_text(edit, field)
        self.rule_box = self._rule_box()
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        self._lay_out(add, remove)
        self._connect_edits()
        self._fill_list()
        self.rules.setCurrentRow(0)
        self._check()

    def _rule_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rule"))
        form = QFormLayout(box)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Split"), self.split_editor)
        modality_row = QHBoxLayout()
        for check in self.modalities.values():
            modality_row.addWidget(check)
        modality_row.addStretch(1)
        form.addRow(self.tr("Only for (none: all)"), modality_row)
        role_grid = QGridLayout()
        for n, check in enumerate(self.roles.values()):
            role_grid.addWidget(check, n // 2, n % 2)
        form.addRow(self.tr("Only for roles"), role_grid)
        form.addRow(self.tr("Note"), self.note)
        return box

    def _lay_out(self, add: QPushButton, remove: QPushButton) -> None:
        top = QFormLayout()
        top.addRow(self.tr("Name"), self.name)
        top.addRow(self.tr("Status"), self.status)
        top.addRow(self.tr("To verify"), self.to_verify)
        top.addRow(self.tr("Source"), self.source)
        top.addRow(self.tr("Lines no rule covers go to"), self.default_payer)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(add)
        list_buttons.addWidget(remove)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.rules, 1)
        left.addLayout(list_buttons)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(self.rule_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

    def _connect_edits(self) -> None:
        for edit in (self.name, self.to_verify, self.source, self.note, self.split_editor.cap_amount):
            edit.textChanged.connect(self._on_edited)
        self.split_editor.cap_currency.textChanged.connect(self._on_edited)
        for combo in (
            self.status,
            self.default_payer,
            self.category,
            self.split_editor.kind,
            self.split_editor.payer,
            self.split_editor.first_payer,
            self.split_editor.cap_payer,
            self.split_editor.first_rest,
            self.split_editor.cap_rest,
        ):
            combo.currentIndexChanged.connect(self._on_edited)
        for box in (*self.split_editor.shares.values(), self.split_editor.units):
            box.valueChanged.connect(self._on_edited)
        for check in (*self.modalities.values(), *self.roles.values()):
            check.toggled.connect(self._on_edited)

    # --- the list of rules ---------------------------------------------------------------------

    def add_rule(self) -> None:
        self.rule_set.rules.append(Rule(CATEGORIES[-1], Split(SplitKind.PAYER, payer=Payer.HOST)))
        self._fill_list()
        self.rules.setCurrentRow(len(self.rule_set.rules) - 1)
        self._check()

    def remove_rule(self) -> None:
        row = self.rules.currentRow()
        if 0 <= row < len(self.rule_set.rules):
            del self.rule_set.rules[row]
            self._fill_list()
            self.rules.setCurrentRow(min(row, len(self.rule_set.rules) - 1))
            self._check()

    def _fill_list(self) -> None:
        row = self.rules.currentRow()
        self.rules.blockSignals(True)
        self.rules.clear()
        for rule in self.rule_set.rules:
            self.rules.addItem(rule_text(rule))
        self.rules.setCurrentRow(row)
        self.rules.blockSignals(False)
        self.rule_box.setEnabled(bool(self.rule_set.rules))

    def _show_rule(self, row: int) -> None:
        if not 0 <= row < len(self.rule_set.rules):
            return
        rule = self.rule_set.rules[row]
        self._loading = True
        try:
            if (index := self.category.findData(rule.category)) >= 0:
                self.category.setCurrentIndex(index)
            self.split_editor.set_split(rule.split)
            for modality, check in self.modalities.items():
                check.setChecked(modality in rule.modalities)
            for role, check in self.roles.items():
                check.setChecked(role in rule.roles)
            self.note.setText(rule.note)
        finally:
            self._loading = False

    # --- editing -------------------------------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        row = self.rules.currentRow()
        if 0 <= row < len(self.rule_set.rules):
            self.rule_set.rules[row] = Rule(
                category=self.category.currentData(),
                split=self.split_editor.split(),
                modalities=[m for m, check in self.modalities.items() if check.isChecked()],
                roles=[r for r, check in self.roles.items() if check.isChecked()],
                note=self.note.text().strip(),
            )
            self.rules.item(row).setText(rule_text(self.rule_set.rules[row]))
        self._check()

    def result_rule_set(self) -> RuleSet:
        edited = copy.deepcopy(self.rule_set)
        edited.name = self.name.text().strip()
        edited.status = RuleStatus(self.status.currentData())
        edited.to_verify = self.to_verify.text().strip()
        edited.source = self.source.text().strip()
        payer = self.default_payer.currentData()
        edited.default_payer = Payer(payer) if payer else None
        return edited

    def problems(self) -> list[str]:
        too_long = length_problem(edit for edit, _field in self.limited)
        problems = [too_long] if too_long else []
        problems += [rule_set_problem_text(p) for p in rule_set_problems(self.result_rule_set())]
        amount = self.split_editor.cap_amount.text().strip()
        capped = self.split_editor.kind.currentData() == SplitKind.CAP.value and self.rules.currentRow() >= 0
        if capped and amount and parse_decimal(amount) is None:
            problems.insert(0, self.tr("The amount is not a number."))
        return problems

    def _check(self) -> None:
        show_problem(self.buttons, self.problem, "\n".join(self.problems()[:3]))

    @classmethod
    def ask(cls, rule_set: RuleSet, parent: QWidget | None = None) -> RuleSet | None:
        dialog = cls(rule_set, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_rule_set()
