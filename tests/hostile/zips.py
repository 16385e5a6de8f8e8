"""Zip files as a hostile user makes them: members twice, lying headers, broken streams."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import warnings
import zipfile

LOCAL, CENTRAL = b"PK\x03\x04", b"PK\x01\x02"


def build(members: list[tuple[str, bytes]], *, compression: int = zipfile.ZIP_DEFLATED, level: int = 1) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of some cases
        with zipfile.ZipFile(buffer, "w", compression, compresslevel=level) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return buffer.getvalue()


def entry(path: str, data: bytes, **extra) -> dict:
    return {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), **extra}


def members_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def mission_archive(manifest: dict, members: list[tuple[str, bytes]], files: list[dict] | None = None) -> bytes:
    """A .mission archive: the manifest (its "files" listing `members` unless given) first."""
    listed = [entry(name, data) for name, data in members] if files is None else files
    head = json.dumps({**manifest, "files": listed}).encode()
    return build([("manifest.json", head), *members])


def patch_member(data: bytes, name: str, *, flags: int | None = None, method: int | None = None) -> bytes:
    """Set the general-purpose flags or the compression method of member `name`, in its local
    header and in the central directory alike (as a tool that wrote it so would)."""
    patched = bytearray(data)
    encoded = name.encode()
    for offset in _headers(patched, LOCAL, 26, 30, encoded):
        _set(patched, offset + 6, flags, offset + 8, method)
    for offset in _headers(patched, CENTRAL, 28, 46, encoded):
        _set(patched, offset + 8, flags, offset + 10, method)
    return bytes(patched)


def damage_stream(data: bytes, name: str) -> bytes:
    """Overwrite the middle of member `name`'s compressed bytes: a bad deflate stream."""
    patched = bytearray(data)
    [offset] = list(_headers(patched, LOCAL, 26, 30, name.encode()))
    name_length, extra_length = struct.unpack_from("<HH", patched, offset + 26)
    compressed = struct.unpack_from("<I", patched, offset + 18)[0]
    start = offset + 30 + name_length + extra_length
    middle = start + compressed // 3
    patched[middle : middle + max(8, compressed // 3)] = b"\xff" * max(8, compressed // 3)
    return bytes(patched)


def _headers(data: bytearray, signature: bytes, length_at: int, name_at: int, name: bytes):
    start = 0
    while (offset := data.find(signature, start)) >= 0:
        (length,) = struct.unpack_from("<H", data, offset + length_at)
        if data[offset + name_at : offset + name_at + length] == name:
            yield offset
        start = offset + 4


def _set(data: bytearray, flags_at: int, flags: int | None, method_at: int, method: int | None) -> None:
    if flags is not None:
        struct.pack_into("<H", data, flags_at, struct.unpack_from("<H", data, flags_at)[0] | flags)
    if method is not None:
        struct.pack_into("<H", data, method_at, method)
