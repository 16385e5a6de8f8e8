"""Generated spreadsheets and archives: whatever the bytes, reading them gives rows or one clear InputError,
never another exception."""

import contextlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mission_planner.errors import InputError
from mission_planner.services import open_workspace
from mission_planner.services.archive import read_archive
from mission_planner.services.imports.cells import (
    CellError,
    parse_date,
    parse_datetime,
    parse_email,
    parse_gender,
    parse_role,
)
from mission_planner.services.imports.participant_report import parse_report_time
from mission_planner.services.imports.sheets import read_sheet
from tests import hostile_files as hostile
from tests.factories import full_record

WORKBOOK = hostile.workbook()
FOLDER = Path(tempfile.mkdtemp(prefix="hostile-fuzz-"))


def read_or_refuse(name: str, data: bytes) -> None:
    path = FOLDER / name
    path.write_bytes(data)
    try:
        read_sheet(path)
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith(str(path))


cells = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
text_sheets = st.lists(st.lists(cells, max_size=6), max_size=8).map(
    lambda rows: "\n".join(",".join(row) for row in rows)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_sheets, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1"]))
def test_any_text_in_any_encoding_reads_or_is_refused_in_one_line(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    read_or_refuse("text.csv", data)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=600))
def test_any_bytes_read_or_are_refused_in_one_line(data):
    read_or_refuse("bytes.csv", data)


@settings(max_examples=150, deadline=None)
@given(changes=st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8))
@example(changes=[(7, 8), (30, 128)])  # a part's name flagged UTF-8 but not: UnicodeDecodeError once
def test_a_workbook_with_bytes_changed_reads_or_is_refused_in_one_line(changes):
    data = bytearray(WORKBOOK)
    for position, value in changes:
        data[position] = value
    read_or_refuse("changed.xlsx", bytes(data))


def test_a_workbook_claiming_a_zip_version_python_does_not_read_is_refused_as_damaged():
    data = bytearray(WORKBOOK)
    entry = data.index(b"PK\x01\x02")  # the first entry of the central directory
    data[entry + 6 : entry + 8] = (64).to_bytes(2, "little")  # "version needed to extract": 6.4
    path = FOLDER / "version.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="damaged"):
        read_sheet(path)


@settings(max_examples=100, deadline=None)
@given(xml=st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_any_sheet_xml_reads_or_is_refused_in_one_line(xml):
    read_or_refuse("sheet.xlsx", hostile.rezip(WORKBOOK, {hostile.SHEET: xml}))


def an_archive() -> bytes:
    workspace = open_workspace(str(FOLDER / "source.db"))
    try:
        workspace.missions.add_record(full_record())
        workspace.missions.archive_mission("23-IP-99-GE-OSM-A", FOLDER / "good.mission")
    finally:
        workspace.close()
    return (FOLDER / "good.mission").read_bytes()


ARCHIVE = an_archive()


@settings(max_examples=100, deadline=None)
@given(changes=st.lists(st.tuples(st.integers(0, len(ARCHIVE) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_an_archive_with_bytes_changed_reads_or_is_refused_in_one_line(changes):
    data = bytearray(ARCHIVE)
    for position, value in changes:
        data[position] = value
    path = FOLDER / "changed.mission"
    path.write_bytes(bytes(data))
    try:
        read_archive(path)
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith(str(path))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=40)
    | st.from_regex(r"[0-9]{1,6}[-/. ][0-9A-Za-z]{1,9}[-/. ][0-9]{1,6}( [0-9]{1,3}:[0-9]{1,3})?")
)
def test_any_cell_text_parses_or_is_a_problem(text):
    for parse in (parse_date, parse_datetime, parse_report_time, parse_email, parse_gender, parse_role):
        with contextlib.suppress(CellError):  # a problem named in its row; anything else fails here
            parse(text)
