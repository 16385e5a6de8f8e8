"""A table as the window shows it, written to a spreadsheet: "Export visible rows to XLSX…".

The window hands the column titles and the rows it shows (text as shown, numbers and dates as
themselves); every cell goes through `xlsx.put`, so text that looks like a formula stays text,
and the file is written to a temporary file and renamed into place like every other.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .xlsx import HEADER_FILL, put, save

MAX_SHEET_TITLE = 31  # Excel's limit
WIDEST_COLUMN = 60


def write_rows_xlsx(
    target: Path | str, headers: Sequence[str], rows: Sequence[Sequence[object]], title: str = ""
) -> None:
    """One sheet: a bold frozen header row, then `rows` in the order given."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has its one sheet
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in title).strip()
    if cleaned:
        sheet.title = cleaned[:MAX_SHEET_TITLE]
    widths = [len(text) for text in headers]
    for column, text in enumerate(headers, start=1):
        cell = put(sheet, 1, column, text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            put(sheet, number, column, value)
            if column <= len(widths):
                widths[column - 1] = max(widths[column - 1], len(str(value)) if value is not None else 0)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(WIDEST_COLUMN, width + 2)
    sheet.freeze_panes = "A2"
    save(workbook, Path(target))
