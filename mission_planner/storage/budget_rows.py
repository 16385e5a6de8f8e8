"""Row-level writes of budget lines, exchange rates and a mission's rule set."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from ..domain.budget import BudgetLine, RuleSet
from ..errors import NotFoundError
from . import mapping, tables, upserts


def replace_rule_set(session: Session, mission_id: int, rule_set: RuleSet | None) -> None:
    for old in session.exec(select(tables.RuleSetRow).where(tables.RuleSetRow.mission_id == mission_id)):
        session.delete(old)
    session.flush()
    if rule_set is not None:
        session.add(tables.RuleSetRow(mission_id=mission_id, **mapping.rule_set_values(rule_set)))
        session.flush()


def find_line(session: Session, uid: str) -> tables.BudgetLineRow | None:
    return session.exec(select(tables.BudgetLineRow).where(tables.BudgetLineRow.uid == uid)).first()


def line_row(session: Session, uid: str) -> tables.BudgetLineRow:
    row = find_line(session, uid)
    if row is None:
        raise NotFoundError(f"No budget line {uid}.", code="not_found", params={"what": "budget_line", "key": uid})
    return row


def insert_line(session: Session, mission_id: int, line: BudgetLine) -> None:
    last = session.exec(
        select(func.max(tables.BudgetLineRow.position)).where(tables.BudgetLineRow.mission_id == mission_id)
    ).one()
    session.add(
        tables.BudgetLineRow(mission_id=mission_id, position=(last or 0) + 1, **mapping.budget_line_values(line))
    )
    session.flush()


def insert_line_at(session: Session, mission_id: int, line: BudgetLine, position: int) -> None:
    """Insert `line` at `position`, moving the lines from there on one place down."""
    later = session.exec(
        select(tables.BudgetLineRow).where(
            tables.BudgetLineRow.mission_id == mission_id, tables.BudgetLineRow.position >= position
        )
    ).all()
    for row in later:
        row.position += 1
        session.add(row)
    session.add(tables.BudgetLineRow(mission_id=mission_id, position=position, **mapping.budget_line_values(line)))
    session.flush()


def write_line(session: Session, row: tables.BudgetLineRow, line: BudgetLine) -> None:
    for name, value in mapping.budget_line_values(line).items():
        setattr(row, name, value)
    session.add(row)
    session.flush()


def set_rate(session: Session, mission_id: int, currency: str, rate: Decimal | None) -> None:
    """Set (insert or update: the last writer wins) or, with None, remove a rate."""
    session.flush()
    if rate is None:
        session.execute(
            delete(tables.ExchangeRateRow).where(
                col(tables.ExchangeRateRow.mission_id) == mission_id, col(tables.ExchangeRateRow.currency) == currency
            )
        )
    else:
        values = {"mission_id": mission_id, "currency": currency, "rate": rate}
        upserts.insert_or_update(session, tables.ExchangeRateRow, ("mission_id", "currency"), values)
