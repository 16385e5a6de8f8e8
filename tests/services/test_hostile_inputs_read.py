"""Every file a user names is read through one gate and within the limits: what is not a regular
file, spreadsheets that lie or overflow, workbooks with hostile XML, zips that are bombs or
damaged, archives that repeat themselves. Each is refused with one line naming the file (and the
row and column where there is one); nothing hangs, nothing fills the memory."""

import errno
import json
import os
import socket
import struct
import zipfile

import openpyxl
import pytest
from defusedxml import DefusedXmlException

from mission_planner.domain.limits import MAX_CELL_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS
from mission_planner.errors import InputError
from mission_planner.inputs import check_input, read_input
from mission_planner.services import open_workspace, zips
from mission_planner.services.archive import read_archive
from mission_planner.services.imports import sheets
from mission_planner.services.imports.cells import CellError, parse_date, parse_datetime
from mission_planner.services.imports.sheets import read_sheet
from mission_planner.services.interchange.files import read_mission_file
from mission_planner.services.rule_sets import read_rule_set_file
from tests import hostile_files as hostile
from tests.databases import copy_sqlite_template
from tests.factories import full_record


def refusal(call, *args, **kwargs) -> str:
    with pytest.raises(InputError) as raised:
        call(*args, **kwargs)
    message = str(raised.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def written(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- the gate ---------------------------------------------------------------------------------


@pytest.mark.timeout(30)  # a read that waited on the FIFO would fail here instead of hanging
def test_what_is_not_a_regular_file_is_refused_before_a_byte_is_read(tmp_path):
    fifo = tmp_path / "nominations.csv"
    os.mkfifo(fifo)  # nobody writes: opening it to read the usual way would wait for ever
    (tmp_path / "to-zero.csv").symlink_to("/dev/zero")
    (tmp_path / "loop.csv").symlink_to(tmp_path / "loop.csv")
    (tmp_path / "to-fifo.csv").symlink_to(fifo)
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "socket.csv"))
        cases = {
            fifo: "is a pipe (FIFO), not a file",
            tmp_path / "to-fifo.csv": "is a pipe (FIFO), not a file",
            tmp_path / "to-zero.csv": "is a device, not a file",
            tmp_path / "socket.csv": "is a socket, not a file",
            tmp_path: "is a folder, not a file",
            tmp_path / "loop.csv": "is a symbolic link that leads in a circle",
            tmp_path / "absent.csv": "no such file",
            tmp_path / "absent" / "x.csv": "no such file",
        }
        for path, reason in cases.items():
            for reader in (read_input, check_input, read_sheet, read_mission_file, read_archive):
                assert refusal(reader, path) == f"{path}: {reason}"
    assert refusal(read_rule_set_file, fifo) == f"{fifo}: is a pipe (FIFO), not a file"


def test_a_file_without_read_permission_is_refused(tmp_path, monkeypatch):
    private = written(tmp_path, "private.csv", b"a,b\n")
    private.chmod(0)
    if os.geteuid() == 0:  # root reads whatever the mode: the refusal the kernel gives others, given here
        real_open = os.open

        def refusing_open(path, *args, **kwargs):
            if str(path) == str(private):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    assert refusal(read_sheet, private) == f"{private}: cannot be read (permission denied)"


def test_a_file_larger_than_the_limit_is_refused_naming_the_limit(tmp_path):
    path = written(tmp_path, "big.json", b"x" * 3000)
    assert refusal(read_input, path, limit=1024) == f"{path}: is larger than the 1 KB this program reads"


def test_a_file_that_says_it_is_empty_is_still_read_only_up_to_the_limit():
    # /proc files report a size of 0 whatever they hold.
    assert refusal(read_input, "/proc/self/status", limit=16).endswith("is larger than the 16 bytes this program reads")


# --- CSV ----------------------------------------------------------------------------------------

CSV_HEADER = ",".join(hostile.HEADER)


def test_utf32_text_is_read_with_or_without_its_bom(tmp_path):
    text = f"{CSV_HEADER}\r\nÖztürk,Ayşe,TR,TÜBİTAK,ayse@example.org\r\n"
    for encoding in ("utf-32", "utf-32-le", "utf-32-be"):
        sheet = read_sheet(written(tmp_path, f"{encoding}.csv", text.encode(encoding)))
        assert sheet.header == hostile.HEADER and sheet.rows == [
            (2, ["Öztürk", "Ayşe", "TR", "TÜBİTAK", "ayse@example.org"])
        ]


def test_csv_that_cannot_be_read_is_refused_naming_the_place(tmp_path):
    long_cell = "x" * (MAX_CELL_CHARS + 1)
    cases = {
        b"family_name\r\nM\xfcller\r\n": "latin.csv: line 2, byte 14: not readable as UTF-8 text",
        f"{CSV_HEADER}\nKim,Minji\x00,KR\n".encode(): "nul.csv: line 2: holds a NUL character",
        f'{CSV_HEADER}\nKim,"Minji,KR\nLee,Ji,KR\n'.encode(): "quote.csv: row 2: a quote opened in this row is never",
        f'{CSV_HEADER}\nKim,"{long_cell}"\n'.encode(): (
            f"long.csv: row 2, column B: a cell of {MAX_CELL_CHARS + 1:,} characters; a cell holds at most"
        ),
        f"{CSV_HEADER},{'y' * 1_000_000}\n".encode(): "megabyte.csv: row 1, column F: a cell of 1,000,000 characters",
        f"{CSV_HEADER}\n{','.join(['x'] * (MAX_SHEET_COLUMNS + 1))}\n".encode(): (
            f"wide.csv: row 2, column SG: more than {MAX_SHEET_COLUMNS} columns"
        ),
        (CSV_HEADER + "\n" + "a\n" * MAX_SHEET_ROWS).encode(): f"tall.csv: row {MAX_SHEET_ROWS + 1}: more than",
        (CSV_HEADER + "\n" * 30_000_000).encode(): f"blank.csv: row {2 * MAX_SHEET_ROWS + 1}: more than",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500): "old.xls: an old Excel .xls workbook",
    }
    for data, expected in cases.items():
        name = expected.split(":")[0]
        path = written(tmp_path, name, data)
        assert refusal(read_sheet, path).startswith(f"{tmp_path}/{expected}")


def test_a_sheet_with_more_cells_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_SHEET_CELLS", 12)
    path = written(tmp_path, "cells.csv", (CSV_HEADER + "\n" + ",".join(hostile.ROW) + "\n" * 2 + "a,b,c\n").encode())
    assert refusal(read_sheet, path) == f"{path}: row 4: more than 12 cells, the most read"


def test_a_csv_cell_with_a_closing_quote_followed_by_text_keeps_the_old_tolerance(tmp_path):
    path = written(tmp_path, "loose.csv", f'{CSV_HEADER}\n"Kim" Jr,Minji\n'.encode())
    assert read_sheet(path).rows == [(2, ["Kim Jr", "Minji"])]


# --- XLSX -----------------------------------------------------------------------------------------


def test_a_sheet_claiming_a_million_by_sixteen_thousand_cells_is_read_by_what_it_holds(tmp_path):
    claim = hostile.with_sheet(lambda xml: xml.replace(b'<dimension ref="A1:E2"', b'<dimension ref="A1:XFD1048576"'))
    assert len(claim) < 10_000
    sheet = read_sheet(written(tmp_path, "claim.xlsx", claim))
    assert sheet.header == hostile.HEADER and sheet.rows == [(2, hostile.ROW)]


def far_cell(xml: bytes) -> bytes:
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>'
    return xml.replace(b"</sheetData>", far + b"</sheetData>")


def many_rows(xml: bytes) -> bytes:
    rows = b"".join(b'<row r="%d"/>' % n for n in range(3, MAX_SHEET_ROWS + 4))
    return xml.replace(b"</sheetData>", rows + b"</sheetData>")


def test_hostile_workbooks_are_refused_in_one_line(tmp_path):
    honest = hostile.workbook()
    cases = {
        "laughs.xlsx": (hostile.with_sheet(hostile.prolog(hostile.LAUGHS, b"&lol9;")), "holds a DOCTYPE declaration"),
        "entity.xlsx": (hostile.with_sheet(hostile.prolog(hostile.EXTERNAL_ENTITY, b"&xxe;")), "holds a DOCTYPE"),
        "charref.xlsx": (
            hostile.with_sheet(lambda xml: xml.replace(b"<t>Kim</t>", b"<t>&#0;</t>")),
            "malformed XML (reference to invalid character number)",
        ),
        "cut-xml.xlsx": (hostile.with_sheet(lambda xml: xml[: len(xml) // 2]), "malformed XML"),
        "far.xlsx": (hostile.with_sheet(far_cell), "a value in cell XFD1048576, beyond the 100,000 rows"),
        "rows.xlsx": (hostile.with_sheet(many_rows), f"holds more than {MAX_SHEET_ROWS:,} rows"),
        "bomb.xlsx": (
            hostile.with_sheet(lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 8_000_000)),
            f"{hostile.SHEET} would swell from",
        ),
        "claims-10-gb.xlsx": (hostile.patch_headers(honest, hostile.SHEET, size=0xFFFFFFF0), "would unpack to 4.0 GB"),
        "encrypted.xlsx": (hostile.patch_headers(honest, hostile.SHEET, flag=0x1), f"{hostile.SHEET} is encrypted"),
        "method.xlsx": (hostile.patch_headers(honest, hostile.SHEET, method=99), "compressed with method 99"),
        "deflate.xlsx": (hostile.spoil_stream(honest, hostile.SHEET), "damaged compressed data"),
        "cut.xlsx": (honest[: len(honest) // 2], "not an XLSX workbook (not a zip file)"),
        "twice.xlsx": (hostile.rezip(honest, add={hostile.SHEET: b"<worksheet/>"}), "holds two files named"),
        "not-a-workbook.xlsx": (hostile.zip_of({"hello.txt": b"hello"}), "not a readable XLSX workbook"),
    }
    for name, (data, expected) in cases.items():
        path = written(tmp_path, name, data)
        message = refusal(read_sheet, path)
        assert message.startswith(f"{path}: ") and expected in message, message


def test_openpyxl_itself_parses_with_defusedxml(tmp_path):
    """Beyond our own census of the XML: openpyxl as installed refuses entities on its own."""
    assert openpyxl.DEFUSEDXML is True
    assert openpyxl.xml.functions.iterparse.__module__.startswith("defusedxml")
    laughs_sheet = hostile.with_sheet(hostile.prolog(hostile.LAUGHS, b"&lol9;"))
    workbook_xml = hostile.member(laughs_sheet, "xl/workbook.xml")
    laughs_book = hostile.rezip(laughs_sheet, {"xl/workbook.xml": hostile.prolog(hostile.LAUGHS, b"")(workbook_xml)})
    entity_sheet = hostile.with_sheet(hostile.prolog(hostile.EXTERNAL_ENTITY, b"&xxe;"))
    for data in (laughs_sheet, laughs_book, entity_sheet):
        path = written(tmp_path, "direct.xlsx", data)
        with pytest.raises(ValueError) as raised:  # openpyxl wraps what the parser raised
            book = openpyxl.load_workbook(path, read_only=True)
            list(book.worksheets[0].iter_rows(values_only=True))
        assert isinstance(raised.value, DefusedXmlException) or isinstance(raised.value.__cause__, DefusedXmlException)


def test_styled_empty_cells_far_out_in_every_row_are_refused_before_openpyxl_widens_the_rows(tmp_path):
    def far_styles(xml: bytes) -> bytes:
        rows = b"".join(b'<row r="%d"><c r="XFD%d" s="0"/></row>' % (n, n) for n in range(3, 300))
        return xml.replace(b"</sheetData>", rows + b"</sheetData>")

    path = written(tmp_path, "styles.xlsx", hostile.with_sheet(far_styles))
    assert "its rows reach out to 4,000,000 cells together" in refusal(read_sheet, path)


def test_a_value_at_the_edge_of_the_limits_is_read(tmp_path):
    edge = hostile.with_sheet(
        lambda xml: xml.replace(
            b"</sheetData>", b'<row r="100000"><c r="SF100000" t="inlineStr"><is><t>edge</t></is></c></row></sheetData>'
        )
    )
    sheet = read_sheet(written(tmp_path, "edge.xlsx", edge))
    number, cells = sheet.rows[-1]
    assert number == MAX_SHEET_ROWS and len(cells) == MAX_SHEET_COLUMNS and cells[-1] == "edge"


# --- zips and mission archives -------------------------------------------------------------------


def test_a_zip_is_judged_by_its_table_of_contents_before_anything_is_inflated(tmp_path):
    limits = zips.ZipLimits(members=3, member_bytes=1000, total_bytes=1500)
    cases = {
        "many": ({f"{n}.txt": b"x" for n in range(4)}, "holds 4 files; the most read is 3"),
        "member": ({"big.txt": os.urandom(1001)}, "big.txt would unpack to 1001 bytes; the most read is 1000 bytes"),
        "total": (
            {"a.txt": os.urandom(800), "b.txt": os.urandom(800)},
            "would unpack to more than 1.5 KB, the most read",
        ),
    }
    for name, (members, expected) in cases.items():
        path = written(tmp_path, f"{name}.zip", hostile.zip_of(members))
        with path.open("rb") as handle:
            assert refusal(zips.open_zip, handle, str(path), limits, kind="a test zip") == f"{path}: {expected}"


def test_a_table_of_contents_too_long_is_refused_before_zipfile_reads_it(tmp_path):
    data = bytearray(hostile.zip_of({"a.txt": b"a", "b.txt": b"b"}))
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 60_000, 60_000)  # members on this disk, members in all
    many = written(tmp_path, "many.zip", bytes(data))
    struct.pack_into("<HHL", data, end + 8, 2, 2, 50_000_000)  # the directory's size
    long = written(tmp_path, "long.zip", bytes(data))
    limits = zips.ZipLimits(members=10, member_bytes=1000, total_bytes=1000)
    for path, expected in ((many, "holds 60,000 files; the most read is 10"), (long, "its table of contents is 48 MB")):
        with path.open("rb") as handle:
            assert expected in refusal(zips.open_zip, handle, str(path), limits, kind="a test zip")


def test_read_member_trusts_no_declared_size(tmp_path):
    data = hostile.zip_of({"a.txt": b"hello world, hello world"})
    small = hostile.patch_headers(data, "a.txt", size=5)
    with zipfile.ZipFile(written(tmp_path, "liar.zip", small)) as archive:
        message = refusal(zips.read_member, archive, archive.getinfo("a.txt"), "liar.zip", 1000)
    assert message.startswith("liar.zip: a.txt is") and "damaged" in message


@pytest.fixture
def archive_bytes(sqlite_template, tmp_path):
    workspace = open_workspace(copy_sqlite_template(sqlite_template, tmp_path / "source.db"))
    try:
        workspace.missions.add_record(full_record())
        target = tmp_path / "good.mission"
        workspace.missions.archive_mission("23-IP-99-GE-OSM-A", target)
    finally:
        workspace.close()
    return target.read_bytes()


def test_hostile_mission_archives_are_refused_in_one_line(archive_bytes, tmp_path):
    manifest = json.loads(hostile.member(archive_bytes, "manifest.json"))
    manifest["files"].append(manifest["files"][0])
    cases = {
        "twice.mission": (
            hostile.rezip(archive_bytes, add={"mission.json": hostile.member(archive_bytes, "mission.json")}),
            "holds two files named 'mission.json'",
        ),
        "listed-twice.mission": (
            hostile.rezip(archive_bytes, {"manifest.json": json.dumps(manifest).encode()}),
            "the manifest lists 'mission.json' twice",
        ),
        "bomb.mission": (
            hostile.rezip(archive_bytes, add={f"attachments/{n}.png": bytes(20_000_000) for n in range(3)}),
            "would swell from",
        ),
        "encrypted.mission": (
            hostile.patch_headers(archive_bytes, "mission.json", flag=0x1),
            "mission.json is encrypted",
        ),
        "method.mission": (hostile.patch_headers(archive_bytes, "mission.json", method=14), "with method 14"),
        "deflate.mission": (hostile.spoil_stream(archive_bytes, "mission.json"), "mission.json is damaged"),
        "cut.mission": (archive_bytes[:-100], "not a Mission Planner mission archive"),
    }
    for name, (data, expected) in cases.items():
        path = written(tmp_path, name, data)
        message = refusal(read_archive, path)
        assert message.startswith(f"{path}: ") and expected in message, message


def test_a_date_cell_of_thousands_of_digits_is_a_problem_not_a_crash():
    for parse, text in ((parse_date, "Jan 1 " + "9" * 5000), (parse_datetime, "1 Jan " + "9" * 5000 + " 10:00")):
        with pytest.raises(CellError, match="is not a date"):
            parse(text)
