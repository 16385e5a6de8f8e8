"""XLSX workbooks as rows of values: the first sheet, read lazily within the limits.

The zip is judged before anything is inflated (services/zips.py), every XML part is streamed
once through a census (xml_census.py), and only then does openpyxl read the sheet, its XML
parsed by defusedxml. The size the sheet claims for itself is never used: a 5 KB file may claim
a million rows by sixteen thousand columns.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime, time
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO

from ...domain.limits import MAX_ARCHIVE_BYTES, MAX_ARCHIVE_MEMBERS, MAX_INPUT_BYTES
from ...errors import InputError, MissionPlannerError
from ..zips import ZipLimits, open_zip
from .xml_census import check_xml_parts

if TYPE_CHECKING:  # openpyxl is imported when a workbook is first read, not at start
    from openpyxl import Workbook

WORKBOOK_LIMITS = ZipLimits(members=MAX_ARCHIVE_MEMBERS, member_bytes=MAX_INPUT_BYTES, total_bytes=MAX_ARCHIVE_BYTES)
KIND = "an XLSX workbook"


def xlsx_rows(handle: BinaryIO, source: str) -> Iterator[tuple[int, list[object]]]:
    """The rows of the first sheet, numbered as the spreadsheet shows them."""
    with open_zip(handle, source, WORKBOOK_LIMITS, kind=KIND) as archive:
        check_xml_parts(archive, source)
    workbook = _load(handle, source)
    try:
        yield from _rows(workbook, source)
    finally:
        workbook.close()


def _load(handle: BinaryIO, source: str) -> Workbook:
    openpyxl = _defused_openpyxl()
    try:
        workbook: Workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        return workbook
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise _refusal(error, source) from None


def _rows(workbook: Workbook, source: str) -> Iterator[tuple[int, list[object]]]:
    if not workbook.worksheets:
        raise InputError(f"not {KIND} (it holds no sheet)", source=source, code="not_a_workbook")
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()  # the size it claims may be a lie; the census has counted
    rows = iter(sheet.iter_rows(values_only=True))
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except MissionPlannerError:
            raise
        except Exception as error:
            raise _refusal(error, source) from None
        number += 1
        yield number, [_value(value) for value in values]


def _value(value: object) -> object:
    # Excel keeps every date as a datetime; one at midnight is a plain date in the sheet.
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    return value


def _defused_openpyxl() -> ModuleType:
    """openpyxl, parsing with defusedxml; refused if it would not (OPENPYXL_DEFUSEDXML=False)."""
    import defusedxml  # noqa: F401  (a dependency: openpyxl uses it only when it can import it)
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise MissionPlannerError("XLSX files cannot be read safely here: openpyxl is not using defusedxml.")
    return openpyxl


def _refusal(error: Exception, source: str) -> InputError:
    from defusedxml import DefusedXmlException

    if isinstance(error, DefusedXmlException) or isinstance(error.__cause__, DefusedXmlException):
        return InputError(
            "holds XML entity declarations, which this program refuses", source=source, code="not_a_workbook"
        )
    if isinstance(error, zipfile.BadZipFile | zlib.error | EOFError):
        return InputError(f"not {KIND} (damaged: {error.__class__.__name__})", source=source, code="not_a_workbook")
    return InputError(
        f"not a readable XLSX workbook ({error.__class__.__name__})", source=source, code="not_a_workbook"
    )
