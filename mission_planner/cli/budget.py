"""`budget CODE [--format table|csv|json]`: every line split between payers, with totals.

Exit 1 while the total is incomplete (a line whose currency has no exchange rate, or without a
quantity), like `check` with an error: a script must not take a short total for the whole."""

from __future__ import annotations

import argparse
import json
import sys

from .terminal import shown
from .workspace import workspace_for

PAYERS = ("apo", "host", "participating", "participant", "sponsor")
EXIT_INCOMPLETE = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser("budget", help="the budget split between payers")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..services import budget_data

    workspace = workspace_for(args)
    code = workspace.missions.mission_code(args.code)
    data = budget_data(code, workspace.budget.report(code))
    {"json": _json, "csv": _csv, "table": _table}[args.format](data)
    return EXIT_INCOMPLETE if data["incomplete"] else 0


def _json(data: dict) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _payers(data: dict) -> list[str]:
    return [payer for payer in PAYERS if payer in data["by_payer"]]


def _csv(data: dict) -> None:
    from ..services import csv_writer

    payers = _payers(data)
    writer = csv_writer(sys.stdout)
    writer.writerow(
        [
            "category",
            "description",
            "quantity",
            "quantity basis",
            "unit cost",
            "currency",
            f"amount ({data['currency']})",
            *payers,
            "actual",
            "rule",
            "warnings",
        ]
    )
    for line in data["lines"]:
        writer.writerow(
            [
                line["category"],
                line["description"],
                line["quantity"],
                line["quantity_basis"]["text"],
                line["unit_cost"],
                line["currency"],
                line["amount"],
                *(line["shares"].get(p, "") for p in payers),
                line["actual"] or "",
                line["rule"],
                " ".join(line["warnings"]),
            ]
        )
    label = "total (incomplete)" if data["incomplete"] else "total"
    writer.writerow(
        [label, "", "", "", "", "", data["total"], *(data["by_payer"][p] for p in payers), data["actual_total"], "", ""]
    )


def _table(data: dict) -> None:
    payers = _payers(data)
    print(f"Budget of {shown(data['mission'])} in {shown(data['currency'])}")
    header = f"{'category':<34}{'amount':>12}" + "".join(f"{p:>15}" for p in payers) + f"{'actual':>12}"
    print(header)
    print("-" * len(header))
    for line in data["lines"]:
        flag = " *" if line["warnings"] else ""
        amount = line["amount"] or "?"
        shares = "".join(f"{line['shares'].get(p, ''):>15}" for p in payers)
        label = _cut(shown(line["category"] + ": " + line["description"]), 34)
        print(f"{label:<34}{amount:>12}{shares}{line['actual'] or '':>12}{flag}")
        if line["quantity_basis"]["code"] != "fixed":
            print(f"    quantity {line['quantity'] or '?'}: {line['quantity_basis']['text']}")
    print("-" * len(header))
    totals = "".join(f"{data['by_payer'][p]:>15}" for p in payers)
    total = "total (incomplete)" if data["incomplete"] else "total"
    print(f"{total:<34}{data['total']:>12}{totals}{data['actual_total']:>12}")
    for warning in data["warnings"]:
        print(f"warning: {shown(warning)}")
    flagged = [line for line in data["lines"] if line["warnings"]]
    for line in flagged:
        for warning in line["warnings"]:
            print(f"* {shown(line['category'])}: {shown(warning)}")


def _cut(text: str, width: int) -> str:
    return text if len(text) < width - 1 else text[: width - 2] + "…"
