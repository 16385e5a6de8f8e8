"""Hostile files, made on the spot: spreadsheets, workbooks and zips a careless or malicious
hand could give the program. Each builder returns bytes; tests write them where they need."""

from __future__ import annotations

import io
import struct
import warnings
import zipfile

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
HEADER = ["family_name", "given_name", "country", "organization", "email"]
ROW = ["Kim", "Minji", "KR", "KIST", "minji.kim@example.org"]

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">'
        % (n, b"".join(b"&lol%s;" % (b"" if n == 1 else str(n - 1).encode()) for _ in range(10)))
        for n in range(1, 10)
    )
    + b"]>\n"
)
EXTERNAL_ENTITY = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def workbook(rows: list[list[object]] | None = None) -> bytes:
    """A small, honest XLSX workbook, as openpyxl writes it."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows if rows is not None else [HEADER, ROW]:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def member(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


def rezip(data: bytes, changes: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """The zip `data` with some members' bytes replaced and others added (deflated)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        warnings.simplefilter("ignore")  # a name added twice is the point of some cases
        for info in source.infolist():
            target.writestr(info.filename, (changes or {}).get(info.filename, source.read(info)))
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return buffer.getvalue()


def with_sheet(xml_change, data: bytes | None = None) -> bytes:
    """A workbook whose first sheet's XML is `xml_change(xml)`."""
    data = data or workbook()
    return rezip(data, {SHEET: xml_change(member(data, SHEET))})


def prolog(declaration: bytes, reference: bytes):
    """A change putting a DOCTYPE before a sheet and `reference` in its first cell's text."""

    def change(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return declaration + body.replace(b"<t>family_name</t>", b"<t>" + reference + b"</t>", 1)

    return change


def patch_headers(
    data: bytes, name: str, *, flag: int | None = None, method: int | None = None, size: int | None = None
):
    """The zip with the local and central headers of `name` changed: flag bits OR-ed in, the
    compression method, or the uncompressed size declared in the central directory."""
    raw = bytearray(data)
    encoded = name.encode()
    for signature, flag_at, method_at, size_at, name_length_at, name_at in (
        (b"PK\x03\x04", 6, 8, None, 26, 30),
        (b"PK\x01\x02", 8, 10, 24, 28, 46),
    ):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            length = struct.unpack_from("<H", raw, start + name_length_at)[0]
            if bytes(raw[start + name_at : start + name_at + length]) == encoded:
                if flag is not None:
                    struct.pack_into(
                        "<H", raw, start + flag_at, struct.unpack_from("<H", raw, start + flag_at)[0] | flag
                    )
                if method is not None:
                    struct.pack_into("<H", raw, start + method_at, method)
                if size is not None and size_at is not None:
                    struct.pack_into("<L", raw, start + size_at, size)
            start += 4
    return bytes(raw)


def spoil_stream(data: bytes, name: str) -> bytes:
    """The zip with the compressed bytes of `name` overwritten: not a deflate stream any more."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    raw = bytearray(data)
    name_length, extra_length = struct.unpack_from("<HH", raw, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    raw[start : start + info.compress_size] = b"\xff" * info.compress_size
    return bytes(raw)


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as target:
        for name, content in members.items():
            target.writestr(name, content)
    return buffer.getvalue()
