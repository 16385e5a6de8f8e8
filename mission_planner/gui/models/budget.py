"""The budget as tables over plain values: the lines with a totals row, and the exchange rates.

`budget_rows(report)` turns a `BudgetReport` into `BudgetRow`s (uids, Decimals and sentences);
the models never hold the report. Amounts are `Decimal` under `AMOUNT_ROLE`, text for display.
The words for bases, payers, rules and warnings live here too, translated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.budget import Rule
from ...domain.budgeting import BudgetReport, BudgetWarning, LineResult
from ...domain.enums import Payer, QuantityBasis, SplitKind
from ...domain.headcount import QuantitySource
from ..labels import category_text
from .rows import SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
AMOUNT_ROLE = Qt.ItemDataRole.UserRole  # the Decimal behind a number cell, None when blank
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


# --- words ---------------------------------------------------------------------------------------


def basis_text(basis: str) -> str:
    words: dict[str, str] = {
        QuantityBasis.TYPED: QCoreApplication.translate("QuantityBasis", "as typed"),
        QuantityBasis.FIXED: QCoreApplication.translate("QuantityBasis", "fixed"),
        QuantityBasis.PER_OVERSEAS_PARTICIPANT: QCoreApplication.translate("QuantityBasis", "per overseas participant"),
        QuantityBasis.PER_LOCAL_PARTICIPANT: QCoreApplication.translate("QuantityBasis", "per local participant"),
        QuantityBasis.PER_PERSON_NIGHT: QCoreApplication.translate("QuantityBasis", "per person-night"),
        QuantityBasis.PER_LOCAL_RP: QCoreApplication.translate("QuantityBasis", "per local resource person"),
        QuantityBasis.PER_OVERSEAS_RP: QCoreApplication.translate("QuantityBasis", "per overseas resource person"),
        QuantityBasis.PER_DAY: QCoreApplication.translate("QuantityBasis", "per day"),
        QuantityBasis.PER_SITE_VISIT: QCoreApplication.translate("QuantityBasis", "per site visit"),
    }
    return words.get(basis, str(basis))


def payer_text(payer: Payer | str | None) -> str:
    words: dict[str | None, str] = {
        Payer.APO: QCoreApplication.translate("Payer", "APO"),
        Payer.HOST: QCoreApplication.translate("Payer", "Host"),
        Payer.PARTICIPATING: QCoreApplication.translate("Payer", "Participating country"),
        Payer.PARTICIPANT: QCoreApplication.translate("Payer", "Participant"),
        Payer.SPONSOR: QCoreApplication.translate("Payer", "Sponsor"),
    }
    return words.get(payer, str(payer or ""))


def payer_heading(payer: Payer) -> str:
    """A payer in the few letters a column heading has room for."""
    if payer == Payer.PARTICIPATING:
        return QCoreApplication.translate("Payer", "Countries")
    return payer_text(payer)


def money_text(amount: Decimal | None) -> str:
    """`1,020.00`; blank for None. The amount keeps its own decimals (KRW has none)."""
    return "" if amount is None else format(amount, ",f")


def rule_text(rule: Rule) -> str:
    """`honorarium: the first 2 units APO, the rest host`."""
    split = rule.split
    match split.kind:
        case SplitKind.PAYER:
            text = QCoreApplication.translate("Rules", "{payer} pays").format(payer=payer_text(split.payer))
        case SplitKind.SHARES:
            text = ", ".join(
                QCoreApplication.translate("Rules", "{payer} {share}%").format(payer=payer_text(p), share=s)
                for p, s in split.shares.items()
            )
        case SplitKind.FIRST_UNITS:
            text = QCoreApplication.translate("Rules", "the first {units} units {payer}, the rest {rest}").format(
                units=split.units, payer=payer_text(split.payer), rest=payer_text(split.rest_payer)
            )
        case _:
            text = QCoreApplication.translate("Rules", "{payer} up to {cap} {currency}, the rest {rest}").format(
                payer=payer_text(split.payer),
                cap=money_text(split.cap_amount),
                currency=split.cap_currency,
                rest=payer_text(split.rest_payer),
            )
    return QCoreApplication.translate("Rules", "{category}: {split}").format(
        category=category_text(rule.category), split=text
    )


def warning_sentence(warning: BudgetWarning, currency: str = "") -> str:
    p = warning.params
    match warning.code:
        case "unverified_rules":
            return QCoreApplication.translate("BudgetWarning", "The rule set “{name}” is not verified.").format(
                name=p.get("name", "")
            )
        case "no_rule_set":
            return QCoreApplication.translate(
                "BudgetWarning", "The mission has no rule set; every line is counted for the host."
            )
        case "uncovered_line":
            text = QCoreApplication.translate(
                "BudgetWarning", "No rule covers this line; it is counted for the default payer ({payer})."
            )
            return text.format(payer=payer_text(p.get("payer")))
        case "cap_exceeded":
            return QCoreApplication.translate(
                "BudgetWarning", "The cap of {cap} {currency} is exceeded by {over} {currency}."
            ).format(
                cap=money_text(_quantized(p.get("cap"))),
                over=money_text(p.get("over")),
                currency=currency,
            )
        case "missing_rate":
            return QCoreApplication.translate(
                "BudgetWarning", "No exchange rate for {currency}; the line is left out of the totals."
            ).format(currency=p.get("currency", ""))
        case "missing_quantity":
            return QCoreApplication.translate(
                "BudgetWarning", "The quantity is missing; the line is left out of the totals."
            )
        case "incomplete_total":
            return incomplete_sentence(p.get("currencies", ()))
    return warning.code


def incomplete_sentence(currencies: Sequence[str]) -> str:
    """The banner over an incomplete budget, naming the currencies without a rate."""
    if not currencies:
        return QCoreApplication.translate(
            "BudgetWarning", "The total is incomplete: some lines have no quantity and are left out."
        )
    return QCoreApplication.translate(
        "BudgetWarning",
        "The total is incomplete: no exchange rate for {currencies}. Those lines are left out until"
        " the rate is set under Exchange rates.",
    ).format(currencies=", ".join(currencies))


def quantity_basis_text(source: QuantitySource) -> str:
    """The basis of a quantity counted from people, short: "12, the quota", "10 accepted"."""
    p = source.params
    match source.code:
        case "quota":
            return QCoreApplication.translate("QuantitySource", "{quota}, the quota").format(quota=p["quota"])
        case "accepted":
            return QCoreApplication.translate("QuantitySource", "{accepted} accepted").format(accepted=p["accepted"])
        case "quota_cap":
            return QCoreApplication.translate("QuantitySource", "{quota}, the quota ({accepted} accepted)").format(
                quota=p["quota"], accepted=p["accepted"]
            )
        case "nominated":
            return QCoreApplication.translate("QuantitySource", "{nominated} nominated (no quota)").format(
                nominated=p["nominated"]
            )
        case "person_nights":
            return QCoreApplication.translate("QuantitySource", "overseas participants: {who}").format(
                who=quantity_basis_text(p["overseas"])
            )
    return ""


def quantity_basis_tip(source: QuantitySource) -> str:
    """Why the quantity is what it is, for the tooltip."""
    match source.code:
        case "quota":
            return QCoreApplication.translate(
                "QuantitySource",
                "No one is accepted yet: the Project Notification's quota counts ({nominated} nominated).",
            ).format(nominated=source.params["nominated"])
        case "quota_cap":
            return QCoreApplication.translate(
                "QuantitySource",
                "More people are accepted than the quota; the quota counts."
                " Type the quantity on the line to count more.",
            )
        case "person_nights":
            return quantity_basis_tip(source.params["overseas"])
    return ""


def _quantized(value: Any) -> Decimal | None:
    return value.quantize(Decimal("0.01")) if isinstance(value, Decimal) else None


# --- rows ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetRow:
    uid: str  # "" for the totals row
    category: str
    description: str
    basis: str
    quantity: Decimal | None
    unit_cost: Decimal | None
    currency: str
    amount: Decimal | None
    shares: dict[Payer, Decimal] = field(default_factory=dict)
    actual: Decimal | None = None
    warnings: tuple[str, ...] = ()
    detail: str = ""  # the rule that split the line, and its notes, for the tooltip
    quantity_basis: str = ""  # "12, the quota", "10 accepted": for quantities counted from people
    quantity_tip: str = ""

    @property
    def is_total(self) -> bool:
        return not self.uid


def budget_rows(report: BudgetReport) -> tuple[list[BudgetRow], list[Payer]]:
    """One row per line and a totals row last, and the payers that appear, in `Payer` order."""
    rows = [_line_row(result, report.currency) for result in report.lines]
    present = {payer for result in report.lines for payer in (*result.shares, *result.actual_shares)}
    payers = [payer for payer in Payer if payer in present]
    total = BudgetRow(
        uid="",
        category=QCoreApplication.translate("Budget", "Total (incomplete)")
        if report.incomplete
        else QCoreApplication.translate("Budget", "Total"),
        description="",
        basis="",
        quantity=None,
        unit_cost=None,
        currency=report.currency,
        amount=report.total,
        shares=dict(report.by_payer),
        actual=report.actual_total,
    )
    return [*rows, total], payers


def _line_row(result: LineResult, currency: str) -> BudgetRow:
    line = result.line
    detail = []
    if result.rule is not None:
        detail.append(QCoreApplication.translate("Budget", "Rule: {rule}").format(rule=rule_text(result.rule)))
    if line.notes:
        detail.append(line.notes)
    return BudgetRow(
        uid=line.uid,
        category=line.category,
        description=line.description,
        basis=str(line.basis),
        quantity=result.quantity,
        unit_cost=line.unit_cost,
        currency=line.currency,
        amount=result.amount,
        shares=dict(result.shares),
        actual=result.actual,
        warnings=tuple(warning_sentence(w, currency) for w in result.warnings),
        detail="\n".join(detail),
        quantity_basis=quantity_basis_text(result.source),
        quantity_tip=quantity_basis_tip(result.source),
    )


# --- the lines table -----------------------------------------------------------------------------


class Column(IntEnum):
    """The fixed columns; the payers' columns come after AMOUNT, then ACTUAL and WARNING."""

    CATEGORY = 0
    DESCRIPTION = 1
    BASIS = 2
    QUANTITY = 3
    UNIT_COST = 4
    AMOUNT = 5


class BudgetModel(QAbstractTableModel):
    """Rows of `BudgetRow`, the last one the totals; a column per payer present."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BudgetRow] = []
        self._payers: list[Payer] = []
        self.currency = ""

    # our API

    def set_rows(self, rows: Sequence[BudgetRow], payers: Sequence[Payer], currency: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._payers = list(payers)
        self.currency = currency
        self.endResetModel()

    def row_at(self, number: int) -> BudgetRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if uid and row.uid == uid), None)

    @property
    def payers(self) -> list[Payer]:
        return list(self._payers)

    def payer_column(self, payer: Payer) -> int:
        return len(Column) + self._payers.index(payer)

    @property
    def actual_column(self) -> int:
        return len(Column) + len(self._payers)

    @property
    def warning_column(self) -> int:
        return self.actual_column + 1

    # Qt's API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column) + len(self._payers) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self._is_number(section) else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and section >= Column.AMOUNT and section != self.warning_column:
            if len(Column) <= section < self.actual_column:
                return self.tr("Paid by {payer}, in {currency}").format(
                    payer=payer_text(self._payers[section - len(Column)]), currency=self.currency
                )
            return self.tr("In {currency}").format(currency=self.currency)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < self.columnCount():
            return None
        column = index.column()
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(row, column)
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(row, column)
            case Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if self._is_number(column) else LEFT
            case Qt.ItemDataRole.FontRole if row.is_total:
                font = QFont(QApplication.font())
                font.setBold(True)
                return font
            case Qt.ItemDataRole.DecorationRole if column == self.warning_column and row.warnings:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            case _ if role in (AMOUNT_ROLE, SORT_ROLE):
                return self._amount(row, column)
        return None

    # helpers

    def _is_number(self, column: int) -> bool:
        return Column.QUANTITY <= column <= self.actual_column

    def _amount(self, row: BudgetRow, column: int) -> Decimal | None:
        if column == Column.QUANTITY:
            return row.quantity
        if column == Column.UNIT_COST:
            return row.unit_cost
        if column == Column.AMOUNT:
            return row.amount
        if column == self.actual_column:
            return row.actual
        if len(Column) <= column < self.actual_column:
            return row.shares.get(self._payers[column - len(Column)])
        return None

    def _display(self, row: BudgetRow, column: int) -> str:
        match column:
            case Column.CATEGORY:
                return category_text(row.category)
            case Column.DESCRIPTION:
                return row.description
            case Column.BASIS:
                return basis_text(row.basis) if row.basis else ""
            case Column.QUANTITY:
                if row.quantity_basis and row.quantity is not None:
                    return f"{format(row.quantity, 'f')}  ({row.quantity_basis})"
                return "" if row.quantity is None else format(row.quantity, "f")
            case Column.UNIT_COST:
                return "" if row.unit_cost is None else f"{money_text(row.unit_cost)} {row.currency}"
        if column == self.warning_column:
            return ""
        return money_text(self._amount(row, column))

    def _tooltip(self, row: BudgetRow, column: int) -> str | None:
        if column == self.warning_column:
            return "\n".join(row.warnings) or None
        if column == Column.DESCRIPTION:
            return "\n".join(part for part in (row.description, row.detail) if part) or None
        if column == Column.QUANTITY:
            return "\n".join(part for part in (row.quantity_basis, row.quantity_tip) if part) or None
        return None

    def _header_text(self, section: int) -> str:
        fixed = {
            Column.CATEGORY: self.tr("Category"),
            Column.DESCRIPTION: self.tr("Description"),
            Column.BASIS: self.tr("Basis"),
            Column.QUANTITY: self.tr("Quantity"),
            Column.UNIT_COST: self.tr("Unit cost"),
            Column.AMOUNT: self.tr("Amount ({currency})").format(currency=self.currency),
        }
        if section in fixed:
            return fixed[Column(section)]
        if section == self.actual_column:
            return self.tr("Actual")
        if section == self.warning_column:
            return ""
        return payer_heading(self._payers[section - len(Column)])


# --- exchange rates ------------------------------------------------------------------------------

# The rate editor's handler: (currency, new rate or None to remove) -> whether it was changed.
RateHandler = Callable[[str, Decimal | None], bool]


@dataclass(frozen=True, slots=True)
class RateRow:
    currency: str
    rate: Decimal | None  # None: a line uses the currency but no rate is set


class ExchangeRatesModel(QAbstractTableModel):
    """Currency and rate; the rate is editable through a handler (blank removes it)."""

    CURRENCY, RATE = 0, 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RateRow] = []
        self.reporting_currency = ""
        self.edit_handler: RateHandler | None = None

    def set_rows(self, rows: Sequence[RateRow], reporting_currency: str) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.currency)
        self.reporting_currency = reporting_currency
        self.endResetModel()

    def row_at(self, number: int) -> RateRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.RATE and self.edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.CURRENCY:
            return self.tr("Currency")
        if section == self.RATE:
            return self.tr("In {currency}").format(currency=self.reporting_currency)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or index.column() not in (self.CURRENCY, self.RATE):
            return None
        is_rate = index.column() == self.RATE
        match role:
            case Qt.ItemDataRole.DisplayRole:
                if not is_rate:
                    return row.currency
                return self.tr("missing") if row.rate is None else format(row.rate, "f")
            case Qt.ItemDataRole.EditRole:
                return ("" if row.rate is None else format(row.rate, "f")) if is_rate else row.currency
            case Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if is_rate else LEFT
            case Qt.ItemDataRole.ToolTipRole if is_rate:
                return self.tr("1 {currency} = {rate} {reporting}").format(
                    currency=row.currency, rate=self.data(index), reporting=self.reporting_currency
                )
            case _ if role == AMOUNT_ROLE and is_rate:
                return row.rate
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or index.column() != self.RATE or role != Qt.ItemDataRole.EditRole:
            return False
        rate = parse_decimal(str(value)) if str(value).strip() else None
        if self.edit_handler is None or (str(value).strip() and rate is None) or rate == row.rate:
            return False
        return self.edit_handler(row.currency, rate)


def parse_decimal(text: str) -> Decimal | None:
    """`1,234.5` as a Decimal; None when it is not a number."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except ArithmeticError:
        return None
    return value if value.is_finite() else None
