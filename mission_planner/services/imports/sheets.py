"""Spreadsheet files as rows of text: CSV in the encodings and separators Excel writes, XLSX.

Rows keep the numbers the spreadsheet shows (the header is usually row 1); blank rows are
skipped; cells are trimmed and otherwise kept exactly as written.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from ...errors import InputError

SEPARATORS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    header: list[str]
    header_row: int
    rows: list[tuple[int, list[object]]]  # (row number as the spreadsheet shows it, cells)


def column_letter(index: int) -> str:
    """A, B, ..., Z, AA, AB, ... for a zero-based column index."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def read_sheet(path: Path, *, header_with: str | None = None) -> Sheet:
    """The rows of a CSV or XLSX file. The header is the first row that is not blank, or with
    `header_with`, the first row having a cell of that name (reports put a preamble first)."""
    if not path.exists():
        raise InputError("no such file", source=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raw_rows = _xlsx_rows(path)
    else:
        text = _decode(path)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
        raw_rows = list(enumerate(reader, start=1))
    return _sheet(str(path), raw_rows, header_with)


def _sheet(name: str, raw_rows: list[tuple[int, list[object]]], header_with: str | None) -> Sheet:
    rows = [(number, [_trim(cell) for cell in cells]) for number, cells in raw_rows]
    rows = [(number, cells) for number, cells in rows if any(cell not in ("", None) for cell in cells)]
    start = 0
    if header_with is not None:
        wanted = _plain(header_with)
        start = next((i for i, (_, cells) in enumerate(rows) if any(_plain(str(c)) == wanted for c in cells)), -1)
        if start < 0:
            raise InputError(f"no header row with a column {header_with!r}", source=name)
    if start >= len(rows):
        raise InputError("the file has no rows", source=name)
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


def _decode(path: Path) -> str:
    data = path.read_bytes()
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _as_text(data, encoding, path)
    if data[:200].count(b"\x00") > len(data[:200]) // 4:
        return _as_text(data, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", path)
    return _as_text(data, "utf-8", path)


def _as_text(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"not readable as {encoding.upper().replace('-SIG', '')} text (byte {error.start}); "
            'save it from Excel as "CSV UTF-8" or as an .xlsx workbook',
            source=str(path),
        ) from None


def _separator(text: str) -> str:
    """The separator the header line uses most: comma, semicolon or tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {separator: _count_outside_quotes(first, separator) for separator in SEPARATORS}
    return max(SEPARATORS, key=lambda s: counts[s])


def _count_outside_quotes(line: str, separator: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            count += 1
    return count


def _xlsx_rows(path: Path) -> list[tuple[int, list[object]]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise InputError(f"not a readable XLSX workbook ({error.__class__.__name__})", source=str(path)) from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, [_xlsx_value(value) for value in values]))
        return rows
    finally:
        workbook.close()


def _xlsx_value(value: object) -> object:
    # Excel keeps every date as a datetime; one at midnight is a plain date in the sheet.
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    return value
