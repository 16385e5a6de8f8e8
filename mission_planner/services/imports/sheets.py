"""Spreadsheet files as rows of text: CSV in the encodings and separators Excel writes, XLSX.

Rows keep the numbers the spreadsheet shows (the header is usually row 1); blank rows are
skipped; cells are trimmed and otherwise kept exactly as written. A file is read within the
limits of domain/limits.py: rows, columns, cells and characters in a cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...domain.limits import MAX_CELL_CHARS, MAX_INPUT_BYTES, MAX_SHEET_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS
from ...domain.problems import column_letter
from ...errors import InputError
from ...inputs import open_input, read_all
from .csv_text import csv_rows

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) format


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    header: list[str]
    header_row: int
    rows: list[tuple[int, list[object]]]  # (row number as the spreadsheet shows it, cells)


def read_sheet(path: Path, *, header_with: str | None = None) -> Sheet:
    """The rows of a CSV or XLSX file. The header is the first row that is not blank, or with
    `header_with`, the first row having a cell of that name (reports put a preamble first)."""
    source = str(path)
    with open_input(path) as handle:
        magic = handle.peek(len(ZIP_MAGIC))[: len(ZIP_MAGIC)]
        if magic == ZIP_MAGIC or Path(path).suffix.lower() in (".xlsx", ".xlsm"):
            from .xlsx_rows import xlsx_rows

            rows = bounded_rows(xlsx_rows(handle, source), source)
        elif magic == OLE_MAGIC:
            raise InputError(
                "an old Excel .xls workbook; save it as .xlsx or as CSV UTF-8", source=source, code="old_xls_workbook"
            )
        else:
            rows = bounded_rows(csv_rows(read_all(handle, MAX_INPUT_BYTES, source), source), source)
    return _sheet(source, rows, header_with)


def bounded_rows(raw_rows: Iterable[tuple[int, Sequence[object]]], source: str) -> list[tuple[int, list[object]]]:
    """The rows that are not blank, trimmed; refused past the rows, columns, cells and characters read."""
    rows, cells_read = [], 0
    for number, raw in raw_rows:
        cells = [_trim(cell) for cell in raw]
        while cells and cells[-1] in ("", None):
            cells.pop()
        if not cells:
            continue
        if number > MAX_SHEET_ROWS:
            raise InputError(
                f"more than {MAX_SHEET_ROWS:,} rows, the most read",
                source=source,
                location=f"row {number}",
                code="too_many_rows",
                params={"limit": MAX_SHEET_ROWS},
            )
        if len(cells) > MAX_SHEET_COLUMNS:
            where = f"row {number}, column {column_letter(len(cells) - 1)}"
            raise InputError(
                f"more than {MAX_SHEET_COLUMNS:,} columns, the most read",
                source=source,
                location=where,
                code="too_many_columns",
                params={"limit": MAX_SHEET_COLUMNS},
            )
        for index, cell in enumerate(cells):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise InputError(
                    f"a cell of {len(cell):,} characters; a cell holds at most {MAX_CELL_CHARS:,}",
                    source=source,
                    location=f"row {number}, column {column_letter(index)}",
                    code="cell_too_long",
                    params={
                        "length": len(cell),
                        "limit": MAX_CELL_CHARS,
                        "row": number,
                        "column": column_letter(index),
                    },
                )
        cells_read += len(cells)
        if cells_read > MAX_SHEET_CELLS:
            raise InputError(
                f"more than {MAX_SHEET_CELLS:,} cells, the most read",
                source=source,
                location=f"row {number}",
                code="too_many_cells",
                params={"limit": MAX_SHEET_CELLS},
            )
        rows.append((number, cells))
    return rows


def _sheet(name: str, rows: list[tuple[int, list[object]]], header_with: str | None) -> Sheet:
    start = 0
    if header_with is not None:
        wanted = _plain(header_with)
        start = next((i for i, (_, cells) in enumerate(rows) if any(_plain(str(c)) == wanted for c in cells)), -1)
        if start < 0:
            raise InputError(
                f"no header row with a column {header_with!r}",
                source=name,
                code="no_header_row",
                params={"column": header_with},
            )
    if start >= len(rows):
        raise InputError("the file has no rows", source=name, code="no_rows")
    header_row, header = rows[start]
    return Sheet(name, [str(cell or "") for cell in header], header_row, rows[start + 1 :])


def _plain(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _trim(cell: object) -> object:
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, int) and not isinstance(cell, bool):
        return str(cell)
    return "" if cell is None else cell
