"""The Budget tab over the demo database: the lines and their split, adding, editing and deleting
lines, exchange rates and presets, each with undo and redo checked against the database."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mission_planner.domain.budget import BudgetLine
from mission_planner.domain.budgeting import compute_budget
from mission_planner.domain.enums import Payer, QuantityBasis
from mission_planner.gui.models.budget import (
    AMOUNT_ROLE,
    BudgetModel,
    Column,
    ExchangeRatesModel,
    RateRow,
    budget_rows,
    rule_text,
)
from mission_planner.gui.views.budget_line_dialog import BudgetLineDialog
from mission_planner.gui.widgets.payer_chart import PayerBar, PayerChart

DIGITAL = "21-IP-06-GE-OSM-B"


@pytest.fixture
def tab(demo_window, demo_workspace):
    mission = next(m for m in demo_workspace.missions.list_missions() if m.code == DIGITAL)
    demo_window.select_row(demo_window.model.row_of(mission.id))
    demo_window.details.tabs.setCurrentWidget(demo_window.details.budget)
    tab = demo_window.details.budget
    assert tab.code == DIGITAL and tab.report is not None
    return tab


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def row_described(tab, text) -> int:
    model = tab.model
    return next(r for r in range(model.rowCount()) if model.index(r, Column.DESCRIPTION).data() == text)


def saved_lines(workspace):
    return {line.description: line for line in workspace.missions.load_record(DIGITAL).budget_lines}


def test_the_models_pass_the_model_tester(qtmodeltester, demo_workspace):
    report = demo_workspace.budget.report(DIGITAL)
    model = BudgetModel()
    rows, payers = budget_rows(report)
    model.set_rows(rows, payers, report.currency)
    qtmodeltester.check(model)
    model.set_rows([], [], "")
    qtmodeltester.check(model)
    rates = ExchangeRatesModel()
    rates.set_rows([RateRow("KRW", Decimal("0.00085")), RateRow("EUR", None)], "USD")
    qtmodeltester.check(rates)


def test_the_tab_shows_the_honorarium_split_and_the_totals(tab, demo_workspace):
    model, report = tab.model, demo_workspace.budget.report(DIGITAL)
    assert model.payers == [Payer.APO, Payer.HOST]
    row = row_described(tab, "Honorarium for local resource persons")
    apo, host = model.payer_column(Payer.APO), model.payer_column(Payer.HOST)
    assert model.index(row, apo).data(AMOUNT_ROLE) == Decimal("1020.00")
    assert model.index(row, host).data(AMOUNT_ROLE) == Decimal("510.00")
    assert model.index(row, apo).data() == "1,020.00"
    assert "first 2 units" in model.index(row, Column.DESCRIPTION).data(Qt.ItemDataRole.ToolTipRole)
    total = model.rowCount() - 1
    assert model.index(total, Column.CATEGORY).data() == "Total"
    assert model.index(total, Column.AMOUNT).data(AMOUNT_ROLE) == report.total == Decimal("7910.00")
    assert model.index(total, apo).data(AMOUNT_ROLE) == report.by_payer[Payer.APO]
    assert model.index(total, host).data(AMOUNT_ROLE) == report.by_payer[Payer.HOST]
    assert model.index(total, model.actual_column).data(AMOUNT_ROLE) == report.actual_total
    # A line no rule covers carries the warning as its tooltip.
    uncovered = row_described(tab, "Zoom webinar licence with breakout rooms, two days")
    assert "No rule covers this line" in model.index(uncovered, model.warning_column).data(Qt.ItemDataRole.ToolTipRole)
    assert [bar.budget for bar in tab.chart.bars] == [Decimal("3020.00"), Decimal("4890.00")]
    assert tab.rule_status.text() == "Verified"
    assert "honorarium: the first 2 units APO, the rest Host" in tab.rule_list.text()
    assert tab.rates.index(0, 1).data(AMOUNT_ROLE) == Decimal("0.00085")


def test_adding_a_line_then_undo_and_redo(tab, demo_window, demo_workspace, monkeypatch):
    new = BudgetLine("", "interpretation", "Interpretation into Korean", Decimal("500"), "USD", quantity=Decimal(2))
    monkeypatch.setattr(BudgetLineDialog, "ask", classmethod(lambda cls, parent, line: new))
    tab.add_button.click()
    saved = saved_lines(demo_workspace)["Interpretation into Korean"]
    assert (saved.quantity, saved.unit_cost) == (Decimal(2), Decimal(500))
    assert demo_workspace.budget.report(DIGITAL).total == Decimal("8910.00")
    assert tab.model.index(tab.model.rowCount() - 1, Column.AMOUNT).data(AMOUNT_ROLE) == Decimal("8910.00")
    assert tab.selected_line().uid == saved.uid
    assert demo_window.undo_action.text() == "&Undo Add “Interpretation into Korean”"

    demo_window.undo_action.trigger()
    assert "Interpretation into Korean" not in saved_lines(demo_workspace)
    assert tab.model.index(tab.model.rowCount() - 1, Column.AMOUNT).data(AMOUNT_ROLE) == Decimal("7910.00")

    demo_window.redo_action.trigger()
    assert saved_lines(demo_workspace)["Interpretation into Korean"].unit_cost == Decimal(500)
    assert demo_window.details.tabs.currentWidget() is tab


def test_editing_then_deleting_a_line_and_undoing_both(tab, demo_window, demo_workspace, monkeypatch):
    name = "Electronic handouts and e-certificates"
    tab.select_line(saved_lines(demo_workspace)[name].uid)
    monkeypatch.setattr(
        BudgetLineDialog, "ask", classmethod(lambda cls, parent, line: BudgetLine(**{**_fields(line), "notes": "x"}))
    )
    tab.edit_button.click()
    assert saved_lines(demo_workspace)[name].notes == "x"
    tab.delete_button.click()
    assert name not in saved_lines(demo_workspace)

    demo_window.undo_action.trigger()  # the delete: the line is back, with the new notes
    assert saved_lines(demo_workspace)[name].notes == "x"
    demo_window.undo_action.trigger()  # the edit: on the line that came back
    assert saved_lines(demo_workspace)[name].notes == ""
    demo_window.redo_action.trigger()
    demo_window.redo_action.trigger()
    assert name not in saved_lines(demo_workspace)


def _fields(line):
    return {name: getattr(line, name) for name in BudgetLine.__slots__}


def test_a_refused_line_is_not_pushed(tab, demo_window, demo_workspace, monkeypatch, warnings):
    bad = BudgetLine("", "other", "Bad", Decimal(1), "QQQ", basis=QuantityBasis.FIXED)
    monkeypatch.setattr(BudgetLineDialog, "ask", classmethod(lambda cls, parent, line: bad))
    tab.add_button.click()
    assert len(warnings) == 1 and "ISO 4217" in warnings[0]
    assert demo_window.undo_stack.count() == 0


def test_setting_an_exchange_rate_then_undo(tab, demo_window, demo_workspace):
    def rate():
        return {r.currency: r.rate for r in demo_workspace.missions.load_record(DIGITAL).exchange_rates}.get("KRW")

    index = tab.rates.index(0, 1)
    assert tab.rates.setData(index, "0.001")
    assert rate() == Decimal("0.001")
    assert demo_workspace.budget.report(DIGITAL).total == tab.report.total != Decimal("7910.00")
    demo_window.undo_action.trigger()
    assert rate() == Decimal("0.00085")
    assert tab.report.total == Decimal("7910.00")

    tab.rate_currency.setText("eur")
    tab.rate_value.setText("1.1")
    tab.rate_button.click()
    assert {r.currency: r.rate for r in demo_workspace.missions.load_record(DIGITAL).exchange_rates}["EUR"] == Decimal(
        "1.1"
    )


def test_using_a_preset_then_undo_restores_the_rules(tab, demo_window, demo_workspace):
    before = demo_workspace.missions.load_record(DIGITAL).rule_set
    index = tab.preset_box.findData("host-funded")
    tab.preset_box.activated.emit(index)
    after = demo_workspace.missions.load_record(DIGITAL).rule_set
    assert after.name == "Host-funded mission (template)" and after.uid != before.uid
    assert tab.rule_status.text().startswith("Unverified")
    assert tab.preset_box.currentIndex() == 0
    demo_window.undo_action.trigger()
    restored = demo_workspace.missions.load_record(DIGITAL).rule_set
    assert (restored.name, restored.status, restored.rules) == (before.name, before.status, before.rules)
    assert tab.rule_status.text() == "Verified"
    demo_window.redo_action.trigger()
    assert demo_workspace.missions.load_record(DIGITAL).rule_set.name == "Host-funded mission (template)"


def test_undoing_a_delete_brings_the_line_back_with_its_uid_in_its_place(tab, demo_window, demo_workspace):
    before = demo_workspace.missions.load_record(DIGITAL).budget_lines
    middle = before[1]
    tab.select_line(middle.uid)
    tab.delete_button.click()
    assert middle.uid not in {line.uid for line in demo_workspace.missions.load_record(DIGITAL).budget_lines}

    demo_window.undo_action.trigger()
    assert demo_workspace.missions.load_record(DIGITAL).budget_lines == before
    assert tab.model.index(1, Column.DESCRIPTION).data() == middle.description
    demo_window.redo_action.trigger()
    demo_window.undo_action.trigger()  # a second round trip keeps the uid too
    assert [line.uid for line in demo_workspace.missions.load_record(DIGITAL).budget_lines] == [
        line.uid for line in before
    ]


def test_an_added_line_keeps_its_uid_through_undo_and_redo(tab, demo_window, demo_workspace, monkeypatch):
    new = BudgetLine("", "interpretation", "Interpretation", Decimal("500"), "USD", quantity=Decimal(2))
    monkeypatch.setattr(BudgetLineDialog, "ask", classmethod(lambda cls, parent, line: new))
    tab.add_button.click()
    uid = saved_lines(demo_workspace)["Interpretation"].uid
    demo_window.undo_action.trigger()
    demo_window.redo_action.trigger()
    assert saved_lines(demo_workspace)["Interpretation"].uid == uid


def test_rule_text_and_the_line_dialog(qtbot, demo_workspace):
    rule_set = demo_workspace.missions.load_record(DIGITAL).rule_set
    assert rule_text(rule_set.rules[0]) == "resource person assignment costs: APO pays"
    line = demo_workspace.missions.load_record(DIGITAL).budget_lines[1]
    dialog = BudgetLineDialog(line)
    qtbot.addWidget(dialog)
    assert dialog.edited_line() == line
    dialog.description.clear()
    assert dialog.edited_line() is None and dialog.problem.text()


def test_the_chart_paints(qtbot):
    chart = PayerChart()
    qtbot.addWidget(chart)
    chart.resize(320, 120)
    chart.set_bars([PayerBar("APO", Decimal("3020.00"), Decimal("3020.00")), PayerBar("Host", Decimal(1), None)], "USD")
    assert not chart.grab().isNull()
    chart.set_bars([], "")
    assert not chart.grab().isNull()


def test_the_tab_reads_the_budget_only_when_shown(demo_window, demo_workspace):
    budget = demo_window.details.budget
    demo_window.details.tabs.setCurrentWidget(demo_window.details.programme)
    mission = next(m for m in demo_workspace.missions.list_missions() if m.code == DIGITAL)
    demo_window.select_row(demo_window.model.row_of(mission.id))
    assert budget.code == DIGITAL and budget.report is None  # never shown yet
    demo_window.details.tabs.setCurrentWidget(budget)
    assert budget.report == compute_budget(demo_workspace.missions.load_record(DIGITAL))


def test_the_rule_editor_changes_a_split_and_undo_restores_it(qtbot, tab, demo_window, demo_workspace, monkeypatch):
    from mission_planner.domain.enums import SplitKind
    from mission_planner.gui.dialogs.rule_set_editor import RuleSetEditor

    before = demo_workspace.missions.load_record(DIGITAL).rule_set
    apo_before = compute_budget(demo_workspace.missions.load_record(DIGITAL)).by_payer[Payer.APO]
    honorarium = next(n for n, rule in enumerate(before.rules) if rule.category == "honorarium")

    def edit(cls, rule_set, parent=None):
        dialog = cls(rule_set, parent)
        qtbot.addWidget(dialog)
        assert dialog.result_rule_set() == rule_set  # opening changes nothing
        dialog.rules.setCurrentRow(honorarium)
        assert dialog.split_editor.kind.currentData() == SplitKind.FIRST_UNITS.value
        dialog.split_editor.units.setValue(1)
        assert dialog.rules.item(honorarium).text() == "honorarium: the first 1 units APO, the rest Host"
        dialog.split_editor.kind.setCurrentIndex(dialog.split_editor.kind.findData(SplitKind.SHARES.value))
        dialog.split_editor.shares[Payer.APO].setValue(60)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled() and "60%, not 100%" in dialog.problem.text()
        dialog.split_editor.kind.setCurrentIndex(dialog.split_editor.kind.findData(SplitKind.FIRST_UNITS.value))
        assert ok.isEnabled(), dialog.problem.text()
        return dialog.result_rule_set()

    monkeypatch.setattr(RuleSetEditor, "ask", classmethod(edit))
    tab.edit_rules_button.click()
    saved = demo_workspace.missions.load_record(DIGITAL).rule_set
    assert saved.rules[honorarium].split.units == 1
    assert "honorarium: the first 1 units APO, the rest Host" in tab.rule_list.text()
    apo_after = compute_budget(demo_workspace.missions.load_record(DIGITAL)).by_payer[Payer.APO]
    assert apo_after < apo_before  # one honorarium fewer on the APO

    demo_window.undo_action.trigger()
    assert demo_workspace.missions.load_record(DIGITAL).rule_set.rules == before.rules


def test_a_currency_without_a_rate_puts_a_banner_over_the_budget_naming_it(demo_window):
    turkiye = next(m for m in demo_window.workspace.missions.list_missions() if m.code == "23-IP-12-GE-OSM-A")
    demo_window.select_row(demo_window.model.row_of(turkiye.id))
    demo_window.details.tabs.setCurrentWidget(demo_window.details.budget)
    tab = demo_window.details.budget
    assert not tab.incomplete.isVisibleTo(tab)
    assert tab.set_rate("KRW", None)
    assert tab.incomplete.isVisibleTo(tab)
    assert "no exchange rate for KRW" in tab.incomplete.text()
    total = tab.model.rowCount() - 1
    assert tab.model.index(total, Column.CATEGORY).data() == "Total (incomplete)"
    assert "incomplete" not in tab.warnings.text()  # said once, in the banner
    tab.stack.undo()
    assert not tab.incomplete.isVisibleTo(tab)
    assert tab.model.index(tab.model.rowCount() - 1, Column.CATEGORY).data() == "Total"


def test_head_counts_show_their_basis_in_the_quantity_column(demo_window):
    turkiye = next(m for m in demo_window.workspace.missions.list_missions() if m.code == "23-IP-12-GE-OSM-A")
    demo_window.select_row(demo_window.model.row_of(turkiye.id))
    demo_window.details.tabs.setCurrentWidget(demo_window.details.budget)
    tab = demo_window.details.budget
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.index(r, Column.CATEGORY).data() == "international airfare"
    )
    cell = tab.model.index(row, Column.QUANTITY)
    assert cell.data() == "6  (6 accepted)"  # six confirmed for six seats
    assert cell.data(AMOUNT_ROLE) == 6
