"""The Budget tab: the lines with their split between payers, the exchange rates, the rule set,
the budget and actual per payer as a chart, and the report's warnings.

Every change (a line added, edited or deleted, a rate, a preset used) is an undo command on the
window's stack. The tab reads the budget again when a change touches it (its lines, rates and
rules, or the people and items its lines count), whoever made it; only while it is shown, else
when it comes into view, so choosing missions in the list stays quick (`views/tab.py`).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.budget import BudgetLine, RuleSet
from ...domain.budgeting import BudgetReport
from ...domain.enums import RuleStatus
from ...domain.mission import Mission
from ...domain.record import MissionRecord
from ...errors import MissionPlannerError
from ...services import Changed, Topic, presets
from ..commands.base import CommandContext, ServiceCommand, push
from ..commands.budget import (
    AddBudgetLineCommand,
    DeleteBudgetLineCommand,
    EditBudgetLineCommand,
    SetExchangeRateCommand,
    UseRuleSetCommand,
)
from ..dialogs.rule_set_editor import RuleSetEditor
from ..models.budget import (
    BudgetModel,
    Column,
    ExchangeRatesModel,
    RateRow,
    budget_rows,
    parse_decimal,
    payer_text,
    rule_text,
    warning_sentence,
)
from ..refusal_text import error_text
from ..rule_fit_text import no_rules_text
from ..widgets.payer_chart import PayerBar, PayerChart
from ..widgets.table_tools import FilterBox, TableActions, sortable
from ..widgets.wrapping_scroll import WrappingScrollArea
from .budget_line_dialog import BudgetLineDialog
from .tab import Tab

VERIFIED_COLOR = "#1e7b34"
UNVERIFIED_COLOR = "#a15c00"


class BudgetTable(QTableView):
    """A table whose description column takes the room the others leave, but never too little."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_description()

    def fit_description(self) -> None:
        header = self.horizontalHeader()
        if header.count() <= Column.DESCRIPTION:
            return
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != Column.DESCRIPTION)
        least = self.fontMetrics().averageCharWidth() * 24
        header.resizeSection(Column.DESCRIPTION, max(least, self.viewport().width() - others))


class BudgetTab(Tab, QWidget):
    """The budget of the mission shown; edits become commands on `stack`."""

    sig_reveal = Signal()  # a command changed this tab's mission: show the tab
    topics = frozenset({Topic.MISSIONS, Topic.PROGRAMME, Topic.PEOPLE, Topic.BUDGET, Topic.SITES})

    def __init__(self, context: CommandContext, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outer = context
        self.context = CommandContext(context.workspace, self._on_changed, context.failed)
        self.stack = stack
        self.code: str | None = None
        self.record: MissionRecord | None = None
        self.report: BudgetReport | None = None
        self.model = BudgetModel(self)
        self.rates = ExchangeRatesModel(self)
        self.rates.edit_handler = self.set_rate
        self._build()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = self._build_table()
        self.add_button = QPushButton(self.tr("Add Line…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.delete_button.clicked.connect(self.delete_line)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.filter_box)
        self.warnings = QLabel(wordWrap=True)
        self.warnings.setStyleSheet(f"color: {UNVERIFIED_COLOR}")
        self.incomplete = QLabel(wordWrap=True)  # the banner over a total that leaves lines out
        self.incomplete.setStyleSheet(
            f"color: white; background: {UNVERIFIED_COLOR}; font-weight: bold; padding: 6px; border-radius: 3px"
        )
        self.incomplete.setVisible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.incomplete)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.warnings)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self._build_rules(), 5)
        bottom_layout.addWidget(self._build_rates(), 3)
        bottom_layout.addWidget(self._build_chart(), 5)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._update_buttons()

    def _build_table(self) -> BudgetTable:
        table = BudgetTable()
        self.proxy = sortable(table, self.model)
        self.proxy.pinned = lambda row: bool((line := self.model.row_at(row)) and line.is_total)
        self.filter_box = FilterBox(self.proxy)
        self.table_actions = TableActions(
            table, name=lambda: f"{self.code}-budget" if self.code else "", failed=self.context.failed
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.model.modelReset.connect(self._size_columns)
        table.doubleClicked.connect(lambda _index: self.edit_line())
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._on_reset)
        return table

    def _size_columns(self) -> None:
        """Numbers as wide as they need, the words in set widths, the description the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = metrics.averageCharWidth() + 10
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, sample in ((Column.CATEGORY, "site-visit transport"), (Column.BASIS, "per site visit")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        header.setSectionResizeMode(Column.DESCRIPTION, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(metrics.horizontalAdvance("000") + padding)
        for index in range(Column.QUANTITY, self.model.columnCount()):
            header.resizeSection(index, max(header.sectionSizeHint(index), self.table.sizeHintForColumn(index)))
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
        self.table.fit_description()

    def _build_rules(self) -> QGroupBox:
        self.rule_name = QLabel(wordWrap=True)
        font = self.rule_name.font()
        font.setBold(True)
        self.rule_name.setFont(font)
        self.rule_status = QLabel(wordWrap=True)
        self.rule_source = QLabel(wordWrap=True)
        self.rule_source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.rule_list = QLabel(wordWrap=True)
        self.rule_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preset_box = QComboBox()
        self.preset_box.addItem(self.tr("Use preset…"), None)
        for name, rule_set in presets().items():
            self.preset_box.addItem(rule_set.name, name)
        self.preset_box.activated.connect(self._on_preset_chosen)
        # Long preset names must not widen the whole window: the list drops down at full width.
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_box.setMinimumContentsLength(12)
        self.preset_box.view().setMinimumWidth(self.preset_box.view().sizeHintForColumn(0) + 24)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for label in (self.rule_name, self.rule_status, self.rule_source, self.rule_list):
            inner.addWidget(label)
        inner.addStretch(1)
        scroll = WrappingScrollArea(content)
        box = QGroupBox(self.tr("Rules"))
        layout = QVBoxLayout(box)
        layout.addWidget(scroll, 1)
        self.edit_rules_button = QPushButton(self.tr("Edit Rules…"))
        self.edit_rules_button.clicked.connect(self.edit_rules)
        rule_buttons = QHBoxLayout()
        rule_buttons.addWidget(self.edit_rules_button)
        rule_buttons.addWidget(self.preset_box, 1)
        layout.addLayout(rule_buttons)
        return box

    def _build_rates(self) -> QGroupBox:
        self.rates_table = QTableView()
        self.rates_table.setModel(self.rates)
        self.rates_table.verticalHeader().hide()
        self.rates_table.setShowGrid(False)
        self.rates_table.horizontalHeader().setStretchLastSection(True)
        self.rates_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rates_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rates_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.rate_currency = QLineEdit(placeholderText=self.tr("KRW"), maxLength=3)
        self.rate_currency.setFixedWidth(self.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.rate_value = QLineEdit(placeholderText=self.tr("rate"))
        self.rate_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.000000") + 16)
        self.rate_button = QPushButton(self.tr("Set"))
        self.rate_button.clicked.connect(self._on_set_rate_clicked)
        self.rate_value.returnPressed.connect(self._on_set_rate_clicked)
        row = QHBoxLayout()
        row.addWidget(self.rate_currency)
        row.addWidget(self.rate_value, 1)
        row.addWidget(self.rate_button)
        box = QGroupBox(self.tr("Exchange rates"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.rates_table, 1)
        layout.addLayout(row)
        return box

    def _build_chart(self) -> QGroupBox:
        self.chart = PayerChart()
        box = QGroupBox(self.tr("By payer"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        return box

    # --- showing -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.code = None
        self.record = self.report = None
        self.model.set_rows([], [], "")
        self.rates.set_rows([], "")
        self.chart.set_bars([], "")
        self._show_rule_set(None)
        self.warnings.clear()
        self.incomplete.setVisible(False)
        self._update_buttons()

    def refresh(self) -> None:
        """Read the mission's budget again and show it."""
        if self.code is None:
            return
        keep = self._selected_uid()
        scroll = self.table.verticalScrollBar().value()
        try:
            self.record = self.context.workspace.missions.load_record(self.code)
            self.report = self.context.workspace.budget.report(self.code)
        except MissionPlannerError as error:
            self.warnings.setText(error_text(error))
            return
        self._show(self.record, self.report)
        if keep and self.model.row_of(keep) is not None:
            self.select_line(keep)
            self.table.verticalScrollBar().setValue(scroll)  # a refresh does not move the table

    def _show(self, record: MissionRecord, report: BudgetReport) -> None:
        rows, payers = budget_rows(report)
        self.model.set_rows(rows, payers, report.currency)
        used = {line.currency for line in record.budget_lines} - {report.currency}
        rates = {rate.currency: rate.rate for rate in record.exchange_rates}
        self.rates.set_rows([RateRow(currency, rates.get(currency)) for currency in used | set(rates)], report.currency)
        zero = Decimal(0)
        bars = [PayerBar(payer_text(p), report.by_payer.get(p, zero), report.actual_by_payer.get(p)) for p in payers]
        self.chart.set_bars(bars, report.currency)
        self._show_rule_set(record.rule_set, record.mission)
        banner = [w for w in report.warnings if w.code == "incomplete_total"]
        others = [w for w in report.warnings if w.code != "incomplete_total"]
        self.incomplete.setText("".join("⚠ " + warning_sentence(w, report.currency) for w in banner))
        self.incomplete.setVisible(bool(banner))
        self.warnings.setText("\n".join("⚠ " + warning_sentence(w, report.currency) for w in others))
        self.warnings.setVisible(bool(others))
        self._update_buttons()

    def _show_rule_set(self, rule_set: RuleSet | None, mission: Mission | None = None) -> None:
        if rule_set is None:
            self.rule_name.setText(self.tr("No rule set") if self.code else "")
            self.rule_status.setText(no_rules_text(mission) if mission is not None else "")
            self.rule_status.setStyleSheet(f"color: {UNVERIFIED_COLOR}")
            self.rule_source.clear()
            self.rule_list.clear()
            return
        self.rule_name.setText(rule_set.name)
        if rule_set.status == RuleStatus.VERIFIED:
            self.rule_status.setText(self.tr("Verified"))
            self.rule_status.setStyleSheet(f"color: {VERIFIED_COLOR}")
        else:
            text = self.tr("Unverified")
            if rule_set.to_verify:
                text = self.tr("Unverified: {what}").format(what=rule_set.to_verify)
            self.rule_status.setText(text)
            self.rule_status.setStyleSheet(f"color: {UNVERIFIED_COLOR}")
        self.rule_source.setText(self.tr("Source: {source}").format(source=rule_set.source) if rule_set.source else "")
        lines = [f"•  {rule_text(rule)}" for rule in rule_set.rules]
        if rule_set.default_payer is not None:
            lines.append(self.tr("•  anything else: {payer}").format(payer=payer_text(rule_set.default_payer)))
        self.rule_list.setText("\n".join(lines))

    # --- selection -----------------------------------------------------------------------------

    def _selected_uid(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(self.proxy.source_row(rows[0])) if rows else None
        return row.uid if row is not None else ""

    def selected_line(self) -> BudgetLine | None:
        uid = self._selected_uid()
        if not uid or self.record is None:
            return None
        return next((line for line in self.record.budget_lines if line.uid == uid), None)

    def select_line(self, uid: str) -> None:
        row = self.proxy.view_row(self.model.row_of(uid))
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, Column.DESCRIPTION))

    def _on_reset(self) -> None:
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        shown = self.code is not None and self.record is not None
        chosen = self.selected_line() is not None
        self.add_button.setEnabled(shown)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.preset_box.setEnabled(shown)
        self.edit_rules_button.setEnabled(shown)
        self.rate_button.setEnabled(shown)

    # --- editing -------------------------------------------------------------------------------

    def add_line(self) -> None:
        if self.code is None or self.record is None:
            return
        blank = BudgetLine("", "other", "", Decimal(0), self.record.mission.reporting_currency)
        line = BudgetLineDialog.ask(self, blank)
        if line is not None:
            command = AddBudgetLineCommand(self.context, self.code, line)
            if self._push(command):
                self.select_line(command.uid)

    def edit_line(self) -> None:
        old = self.selected_line()
        if self.code is None or old is None:
            return
        new = BudgetLineDialog.ask(self, old)
        if new is not None and new != old:
            self._push(EditBudgetLineCommand(self.context, self.code, old, new))

    def delete_line(self) -> None:
        line = self.selected_line()
        if self.code is not None and line is not None:
            self._push(DeleteBudgetLineCommand(self.context, self.code, line))

    def set_rate(self, currency: str, rate: Decimal | None) -> bool:
        """Set (None: remove) the exchange rate of `currency`, as a command."""
        if self.code is None or self.record is None:
            return False
        old = next((r.rate for r in self.record.exchange_rates if r.currency == currency), None)
        if old == rate:
            return False
        return self._push(SetExchangeRateCommand(self.context, self.code, currency, old, rate))

    def use_preset(self, name: str) -> bool:
        """Give the mission a copy of the shipped preset `name`, as a command."""
        if self.code is None or self.record is None:
            return False
        preset = presets()[name]
        return self._push(UseRuleSetCommand(self.context, self.code, self.record.rule_set, preset))

    def edit_rules(self) -> bool:
        """Edit the mission's rule set (a new one when it has none) in the rule set editor."""
        if self.code is None or self.record is None:
            return False
        current = self.record.rule_set or RuleSet("", self.tr("Rules of {code}").format(code=self.code))
        edited = RuleSetEditor.ask(current, self)
        if edited is None or edited == self.record.rule_set:
            return False
        return self._push(UseRuleSetCommand(self.context, self.code, self.record.rule_set, edited))

    def _on_preset_chosen(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        self.preset_box.setCurrentIndex(0)
        if name:
            self.use_preset(name)

    def _on_set_rate_clicked(self) -> None:
        currency = self.rate_currency.text().strip().upper()
        rate = parse_decimal(self.rate_value.text()) if self.rate_value.text().strip() else None
        if len(currency) != 3 or (self.rate_value.text().strip() and rate is None):
            self.rate_value.setFocus()
            return
        if self.set_rate(currency, rate):
            self.rate_currency.clear()
            self.rate_value.clear()

    def _push(self, command: ServiceCommand) -> bool:
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)
            return False
        return True

    def _on_changed(self, code: str, changed: Changed) -> None:
        """One of this tab's commands changed mission `code` (the change signal has the tab read
        it again): show that mission at this tab."""
        if code != self.code:
            self.outer.changed(code, changed)  # the window selects that mission
        if code == self.code:
            self.sig_reveal.emit()
