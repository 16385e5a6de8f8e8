"""A first pass over each XML part of an XLSX workbook, before openpyxl reads any of it.

openpyxl parses most parts whole, keeps each element of a sheet it has read until the sheet is
done (while looking for the sheet's size it reads every sheet of the workbook that way), and only
counts rows once it hands them over. A hostile part of millions of tiny elements, or a value at
XFD1048576, would fill the memory first. This pass streams each part through expat keeping
nothing but counts, and refuses: a DOCTYPE (entity expansion and external entities need one),
malformed XML (invalid character references among it), more elements than a workbook in the
limits has, and in a sheet, more rows or cells than are read or a value beyond the last row or
column read.
"""

from __future__ import annotations

import xml.parsers.expat
import zipfile
import zlib
from typing import Any

from ...domain.limits import MAX_SHEET_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS
from ...errors import InputError

PART_ELEMENTS = 500_000  # workbook, styles, relationships...: real ones hold a few thousand
SHEET_ELEMENTS = 3_000_000  # a sheet or the shared strings: openpyxl may hold them all, ~90 bytes each
ROW_CELLS = 16_384  # Excel's own number of columns
# openpyxl hands over each row as wide as its last cell, value or not: a styled empty cell at
# XFD in every row would have it build 16,384 slots a row.
SHEET_SLOTS = 2 * MAX_SHEET_CELLS
DIGITS = "0123456789"
_CHUNK = 1024 * 1024


class _Refusal(Exception):
    pass


def check_xml_parts(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse the workbook when any XML part is hostile or beyond the limits (see the module)."""
    for member in archive.infolist():
        # Legacy .vml drawings are seldom well-formed, and openpyxl reads none of them here.
        if member.filename.lower().endswith((".xml", ".rels")):
            _check_part(archive, member, source)


def _check_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, source: str) -> None:
    census = _Census()
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = census.doctype
    parser.EntityDeclHandler = census.doctype
    parser.StartElementHandler = census.start
    where = member.filename
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Refusal as refusal:
        raise InputError(str(refusal), source=source, code="damaged_file", location=where) from None
    except xml.parsers.expat.ExpatError as error:
        reason = xml.parsers.expat.ErrorString(error.code)
        raise InputError(
            f"malformed XML ({reason}) at line {error.lineno}, column {error.offset + 1}",
            source=source,
            code="damaged_file",
            location=where,
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise InputError(
            f"damaged compressed data ({error.__class__.__name__})", source=source, code="damaged_file", location=where
        ) from None
    except NotImplementedError:
        raise InputError(
            "compressed in a way this program does not read", source=source, code="damaged_file", location=where
        ) from None
    except UnicodeDecodeError:  # the part's own header names it in bytes that are not UTF-8
        raise InputError(
            "damaged: a part's name is not readable", source=source, code="damaged_file", location=where
        ) from None


class _Census:
    """Counts kept while expat streams one part; the sheet rules apply under a <worksheet> root."""

    def __init__(self) -> None:
        self.elements = 0
        self.sheet = False
        self.budget = PART_ELEMENTS
        self.rows = 0
        self.cells = 0
        self.row_cells = 0
        self.row_width = 0
        self.slots = 0
        self.row = 0
        self.column = 0
        self.cell_checked = True
        self.local_names: dict[str, str] = {}
        self.column_numbers: dict[str, int] = {}

    def doctype(self, *_args: object) -> None:
        raise _Refusal("holds a DOCTYPE declaration (entities), which no spreadsheet needs and this program refuses")

    def start(self, name: str, attributes: dict[str, Any]) -> None:
        self.elements += 1
        local = self.local_names.get(name)
        if local is None:  # "namespace local-name", seen a million times over
            local = self.local_names[name] = name.rpartition(" ")[2]
        if self.elements == 1:
            self.sheet = local == "worksheet"
            self.budget = SHEET_ELEMENTS if local in ("worksheet", "sst") else PART_ELEMENTS
        if self.elements > self.budget:
            raise _Refusal("holds far more XML elements than any workbook within the limits read")
        if not self.sheet:
            return
        if local == "row":
            self._row(attributes.get("r"))
        elif local == "c":
            self._cell(attributes.get("r"))
        elif local in ("v", "is", "f") and not self.cell_checked:  # a value of the last cell opened
            self._value_position()

    def _row(self, number: str | None) -> None:
        self.rows += 1
        if self.rows > MAX_SHEET_ROWS:
            raise _Refusal(f"holds more than {MAX_SHEET_ROWS:,} rows, the most read")
        self.row = _number(number, "row number") if number is not None else self.row + 1
        self.column, self.row_cells, self.row_width = 0, 0, 0

    def _cell(self, reference: str | None) -> None:
        self.cells += 1
        self.row_cells += 1
        if self.cells > MAX_SHEET_CELLS or self.row_cells > ROW_CELLS:
            raise _Refusal(f"holds more than {MAX_SHEET_CELLS:,} cells, the most read")
        if reference is None:
            self.column += 1
        else:
            letters = reference.rstrip(DIGITS)
            column = self.column_numbers.get(letters)
            if column is None:
                column = self.column_numbers[letters] = _column_number(letters, reference)
            self.column = column
            self.row = _number(reference[len(letters) :], "cell reference")
        if self.column > self.row_width:
            self.slots += self.column - self.row_width
            self.row_width = self.column
            if self.slots > SHEET_SLOTS:
                raise _Refusal(f"its rows reach out to {SHEET_SLOTS:,} cells together, more than are read")
        self.cell_checked = False

    def _value_position(self) -> None:
        self.cell_checked = True
        if self.row > MAX_SHEET_ROWS or self.column > MAX_SHEET_COLUMNS:
            raise _Refusal(
                f"a value in cell {_column_letters(self.column)}{self.row}, beyond the "
                f"{MAX_SHEET_ROWS:,} rows and {MAX_SHEET_COLUMNS:,} columns read"
            )


def _number(text: str, what: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 7:
        raise _Refusal(f"{text[:20]!r} is not a {what}")
    return int(text)


def _column_number(letters: str, reference: str) -> int:
    if not (letters.isascii() and letters.isalpha() and letters.isupper()) or len(letters) > 3:
        raise _Refusal(f"{reference[:20]!r} is not a cell reference")
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
