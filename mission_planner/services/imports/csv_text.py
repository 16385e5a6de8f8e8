"""CSV files as Excel and other programs write them: UTF-8 with or without BOM, UTF-16 and UTF-32
(with or without BOM), separated by commas, semicolons or tabs.

Rows come numbered as a spreadsheet shows them. What cannot be read as text is refused with one
line naming the file and the line: bytes that are not the encoding, NUL characters, a quote that
is never closed, a cell longer than a spreadsheet allows.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator

from ...domain.limits import MAX_CELL_CHARS, MAX_INPUT_BYTES, MAX_SHEET_ROWS
from ...errors import InputError

SEPARATORS = (",", ";", "\t")
BOMS = (  # UTF-32's BOMs first: UTF-32-LE's begins with UTF-16-LE's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BLANK_ROWS_READ = 2 * MAX_SHEET_ROWS  # rows counted blank or not, past which reading stops
SAMPLE = 400  # bytes looked at to guess an encoding written without a BOM
SENTINEL = "\x00"  # never in the text: NUL characters are refused first
ADVICE = 'save it from Excel as "CSV UTF-8" or as an .xlsx workbook'


def csv_rows(data: bytes, source: str) -> Iterator[tuple[int, list[str]]]:
    """The records of the CSV `data`, numbered from 1."""
    text = decode(data, source)
    del data
    _refuse_nul(text, source)
    # The csv module's own cap (128 KB a cell) would stop a long cell without saying where;
    # the file is bounded already, and bounded_rows names the row and column of a long cell.
    if csv.field_size_limit() < MAX_INPUT_BYTES + 2:
        csv.field_size_limit(MAX_INPUT_BYTES + 2)  # never fewer characters than bytes
    # The sentinel, on a line of its own, is a record of its own unless a quote is left open.
    reader = csv.reader(io.StringIO(text + "\n" + SENTINEL, newline=""), delimiter=separator(text))
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _csv_refusal(error, number + 1, reader.line_num, source) from None
        number += 1
        if cells == [SENTINEL]:
            return
        if number > BLANK_ROWS_READ:  # blank rows are skipped, but not millions of them
            raise InputError(
                f"more than {MAX_SHEET_ROWS:,} rows, the most read", source=source, location=f"row {number}"
            )
        if cells and cells[-1].endswith(SENTINEL):
            raise InputError("a quote opened in this row is never closed", source=source, location=f"row {number}")
        yield number, cells


def decode(data: bytes, source: str) -> str:
    encoding = _encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        where = f"byte {error.start}"
        if encoding.startswith("utf-8"):  # a line is easy to count only where a newline is one byte
            line = data.count(b"\n", 0, error.start) + 1
            where = f"line {line}, {where}"
        name = encoding.upper().replace("-SIG", "")
        raise InputError(
            f"not readable as {name} text; {ADVICE}",
            source=source,
            location=where,
            code="not_readable_text",
            params={"encoding": name},
        ) from None


def _encoding(data: bytes) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[: SAMPLE - SAMPLE % 4]
    if len(sample) >= 4 and len(data) % 4 == 0:
        if not any(sample[2::4]) and not any(sample[3::4]):
            return "utf-32-le"
        if not any(sample[0::4]) and not any(sample[1::4]):
            return "utf-32-be"
    sample = data[:200]
    if sample.count(b"\x00") > len(sample) // 4:
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    return "utf-8"


def _refuse_nul(text: str, source: str) -> None:
    found = text.find("\x00")
    if found >= 0:
        line = text.count("\n", 0, found) + 1
        raise InputError(
            "holds a NUL character, which no text file has; is it a spreadsheet saved in another format?",
            source=source,
            location=f"line {line}",
            code="nul_in_text",
        )


def separator(text: str) -> str:
    """The separator the header line uses most: comma, semicolon or tab."""
    first = ""
    for line in itertools.islice(io.StringIO(text, newline=None), 1000):
        if line.strip():
            first = line
            break
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


def _csv_refusal(error: csv.Error, row: int, line: int, source: str) -> InputError:
    reason = str(error)
    where = f"row {row} (line {line})"
    if "field larger than field limit" in reason:
        return InputError(
            f"a cell longer than {csv.field_size_limit():,} characters (a cell holds at most {MAX_CELL_CHARS:,}); "
            "is a quote left open?",
            source=source,
            location=where,
        )
    return InputError(f"not readable as CSV ({reason})", source=source, location=where)
