"""Text a spreadsheet would run as a formula, and how every writer of ours keeps it text.

Excel, LibreOffice and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` as a
formula, and some also one that starts with a tab or a carriage return: a delegate's name typed
as `=HYPERLINK("http://…")` must never become a live link or command. The XLSX writers store such
text as a text cell with Excel's quote prefix (shown as typed, and kept text when edited); CSV has
no cell types, so a leading apostrophe is added, as a user would type it. A plain number such as
`-12.50` is left as it is: it is a number, not a formula.
"""

from __future__ import annotations

import csv
import re
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text)


def csv_cell(value: object) -> str:
    """`value` as a CSV cell that no spreadsheet runs."""
    text = "" if value is None else str(value)
    return "'" + text if looks_like_formula(text) else text


class SafeCsvWriter:
    """`csv.writer` whose every cell goes through `csv_cell`; use it for any CSV we write."""

    def __init__(self, stream: TextIO) -> None:
        self._writer = csv.writer(stream, lineterminator="\n")

    def writerow(self, row: list[Any]) -> None:
        self._writer.writerow([csv_cell(value) for value in row])


def csv_writer(stream: TextIO) -> SafeCsvWriter:
    return SafeCsvWriter(stream)
