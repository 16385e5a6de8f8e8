"""Spreadsheets read back with openpyxl: text stays text whatever it looks like, values exact,
personal data only when asked."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from mission_planner.domain.enums import Payer
from mission_planner.services.export import DocumentSettings
from mission_planner.services.export.formulas import looks_like_formula
from mission_planner.services.export.xlsx import PAYER_NAMES, VALUES_NOTE
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
FORMULA_LOOKING = {
    "family_name": '=HYPERLINK("http://evil.example","click")',
    "given_name": "@SUM(A1:A9)",
    "organization": "+1 (555) 010-0000",
    "position": "-2+3",
    "phone": "=1+1",
    "dietary": "Q&A <b>bold</b> \"quoted\" 'single' \t tab",
}


@pytest.fixture
def mission(workspace):
    record = full_record(CODE)
    sule = record.person("t-p-sule")
    for field, value in FORMULA_LOOKING.items():
        setattr(sule, field, value)
    workspace.missions.add_record(record)
    return workspace


def read(path, sheet: str):
    workbook = load_workbook(path)
    return workbook[sheet]


def rows_by_header(sheet) -> tuple[list[str], list[dict[str, object]]]:
    header = [cell.value for cell in sheet[1]]
    rows = []
    for row in sheet.iter_rows(min_row=2):
        rows.append({title: cell for title, cell in zip(header, row, strict=True)})
    return header, rows


def assert_no_formulas(path) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


def test_formula_looking_text_stays_text(mission, tmp_path):
    target = tmp_path / "people.xlsx"
    mission.documents.export(CODE, "participants-xlsx", target)
    assert_no_formulas(target)
    sheet = read(target, "Participants")
    _header, rows = rows_by_header(sheet)
    sule = next(row for row in rows if row["Email"].value == "sule.yilmaz@example.org")
    columns = {
        "family_name": "Family name",
        "given_name": "Given name",
        "organization": "Organization",
        "position": "Position",
        "phone": "Phone",
        "dietary": "Dietary needs",
    }
    for field, title in columns.items():
        cell = sule[title]
        assert cell.value == FORMULA_LOOKING[field]
        assert cell.data_type == "s"
        # Shown as typed, and kept text if someone edits the cell (as a typed apostrophe does).
        assert cell.quotePrefix == looks_like_formula(cell.value)
    assert sule["Family name"].quotePrefix and not sule["Country"].quotePrefix
    assert sule["Country"].value == "Türkiye"
    kim = next(row for row in rows if row["Email"].value == "mj.kim@example.org")
    assert kim["Full name"].value == "김민준"


def test_header_is_bold_and_frozen_and_personal_data_left_out(mission, tmp_path):
    target = tmp_path / "people.xlsx"
    mission.documents.export(CODE, "participants-xlsx", target)
    sheet = read(target, "Participants")
    header, rows = rows_by_header(sheet)
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["B"].width > 8
    assert not {"Passport number", "Date of birth", "Passport expiry"} & set(header)
    sule = next(row for row in rows if row["Email"].value == "sule.yilmaz@example.org")
    assert sule["Arrival flight"].value == "TK090 ICN T2"
    assert sule["Arrival (local time)"].value.strftime("%Y-%m-%d %H:%M") == "2023-10-23 17:40"
    assert sule["Check-in"].value.date().isoformat() == "2023-10-23"
    assert sule["Nights"].value == 3
    with zipfile.ZipFile(target) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"U12345678" not in everything


def test_personal_data_only_when_asked(mission, tmp_path):
    target = tmp_path / "people.xlsx"
    mission.documents.export(CODE, "participants-xlsx", target, settings=DocumentSettings(include_personal_data=True))
    _header, rows = rows_by_header(read(target, "Participants"))
    sule = next(row for row in rows if row["Email"].value == "sule.yilmaz@example.org")
    assert sule["Passport number"].value == "U12345678"
    assert sule["Passport number"].data_type == "s"
    assert sule["Date of birth"].value.date().isoformat() == "1984-02-29"


def test_budget_values_are_exact_numbers(mission, tmp_path):
    target = tmp_path / "budget.xlsx"
    mission.documents.export(CODE, "budget-xlsx", target)
    assert_no_formulas(target)
    report = mission.budget.report(CODE)
    sheet = read(target, "Budget")
    _header, rows = rows_by_header(sheet)
    amount_title = f"Amount ({report.currency})"
    lines = [row for row in rows if row["Category"].value not in ("Total", VALUES_NOTE, None)]
    assert [row["Description"].value for row in lines] == [r.line.description for r in report.lines]
    for row, result in zip(lines, report.lines, strict=True):
        assert Decimal(str(row[amount_title].value)) == result.amount
        assert row[amount_title].data_type == "n"
        assert row[amount_title].number_format == "#,##0.00"
        assert Decimal(str(row["Unit cost"].value)) == result.line.unit_cost
        for payer, share in result.shares.items():
            assert Decimal(str(row[f"{PAYER_NAMES[payer]} ({report.currency})"].value)) == share
    total = next(row for row in rows if row["Category"].value == "Total")
    assert Decimal(str(total[amount_title].value)) == report.total
    hotel = next(row for row in lines if row["Currency"].value == "KRW")
    assert hotel["Unit cost"].number_format == "#,##0"
    summary = read(target, "Summary")
    labels = {row[0].value: row[1].value for row in summary.iter_rows() if row[0].value}
    assert Decimal(str(labels["Total"])) == report.total
    assert Decimal(str(labels["APO"])) == report.by_payer[Payer.APO]
    assert Decimal(str(labels["KRW"])) == Decimal("0.00075")


def test_budget_warnings_are_the_sentences_the_command_line_prints(mission, tmp_path):
    from mission_planner.services.budget import warning_text

    mission.budget.clear_rule_set(CODE)  # the budget then warns that the mission has no rule set
    target = tmp_path / "budget.xlsx"
    mission.documents.export(CODE, "budget-xlsx", target)
    report = mission.budget.report(CODE)
    assert report.warnings
    summary = [row[1].value for row in read(target, "Summary").iter_rows() if row[1].value]
    assert [warning_text(w, report.currency) for w in report.warnings] == summary[-len(report.warnings) :]
    _header, rows = rows_by_header(read(target, "Budget"))
    expected = "; ".join(warning_text(w, report.currency) for w in report.lines[0].warnings)
    assert expected and rows[0]["Warnings"].value == expected and "_" not in expected


def test_budget_speaks_in_words_prints_landscape_and_says_totals_are_values(mission, tmp_path):
    target = tmp_path / "budget.xlsx"
    mission.documents.export(CODE, "budget-xlsx", target, settings=DocumentSettings(paper="Letter"))
    report = mission.budget.report(CODE)
    sheet = read(target, "Budget")
    _header, rows = rows_by_header(sheet)
    lines = rows[: len(report.lines)]
    for row, result in zip(lines, report.lines, strict=True):
        category = row["Category"].value
        assert category == result.line.category[:1].upper() + result.line.category[1:]
        assert "_" not in row["Quantity from"].value and " rp" not in row["Quantity from"].value
    assert any(row["Category"].value == VALUES_NOTE for row in rows)  # under the total row
    assert "not formulas" in VALUES_NOTE
    assert sheet.print_title_rows == "$1:$1"  # the header row repeats on every printed page
    for printed in (sheet, read(target, "Summary")):
        assert printed.page_setup.orientation == "landscape"
        assert printed.page_setup.paperSize == 1  # Letter, as the settings say
        assert printed.sheet_properties.pageSetUpPr.fitToPage
        assert printed.page_setup.fitToWidth == 1
    summary = [row[1].value for row in read(target, "Summary").iter_rows()]
    assert VALUES_NOTE in summary
