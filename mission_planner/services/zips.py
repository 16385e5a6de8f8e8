"""Zip files from an untrusted hand: XLSX workbooks and mission archives.

Everything that can be judged from the zip's table of contents is judged before a byte is
inflated: how many members, the size of each and of all together, how far each would swell
(a zip bomb inflates a thousandfold), members named twice, encrypted members and compression
methods other than stored and deflate. Members are then read with a cap, trusting no declared
size alone.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..errors import InputError
from ..inputs import describe_size

END_RECORD = struct.Struct("<4s4H2LH")  # the end of central directory record
END_SIGNATURE = b"PK\x05\x06"
ZIP64_LOCATOR = struct.Struct("<4sLQL")
ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
ZIP64_END_RECORD = struct.Struct("<4sQ2H2L4Q")
ZIP64_END_SIGNATURE = b"PK\x06\x06"
MAX_COMMENT = 0xFFFF
DIRECTORY_BYTES_PER_MEMBER = 4096  # room for a long name and extra fields; real entries use < 200
RATIO_GRACE = 1024 * 1024  # members smaller than this may compress as well as they like
READABLE_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ZipLimits:
    members: int  # how many members at most
    member_bytes: int  # how large one member may be, unpacked
    total_bytes: int  # how large all members may be together, unpacked
    ratio: int = 200  # how many times larger than packed a member may be (deflate tops out near 1030)


def open_zip(handle: BinaryIO, source: str, limits: ZipLimits, *, kind: str) -> zipfile.ZipFile:
    """The zip in `handle`, its table of contents checked against `limits`; nothing is inflated.

    `kind` names what the file should be, for the message when it is not a zip at all.
    """
    _check_directory_size(handle, source, limits)
    try:
        archive = zipfile.ZipFile(handle)
    except zipfile.BadZipFile as error:
        raise InputError(f"not {kind} ({zip_reason(error)})", source=source, code="damaged_file") from None
    except (EOFError, ValueError, OSError, struct.error) as error:
        raise InputError(f"not {kind} (damaged: {_first_line(error)})", source=source, code="damaged_file") from None
    except NotImplementedError as error:  # a member claims a zip version Python does not read
        raise InputError(f"not {kind} (damaged: {_first_line(error)})", source=source, code="damaged_file") from None
    try:
        check_members(archive.infolist(), source, limits)
    except BaseException:
        archive.close()
        raise
    return archive


def zip_reason(error: zipfile.BadZipFile) -> str:
    text = str(error)
    if "not a zip file" in text.lower():
        return "not a zip file"
    return f"damaged or incomplete: {text}"


def check_members(members: list[zipfile.ZipInfo], source: str, limits: ZipLimits) -> None:
    if len(members) > limits.members:
        raise InputError(
            f"holds {len(members):,} files; the most read is {limits.members:,}", source=source, code="damaged_file"
        )
    twice = next((name for name, count in Counter(m.filename for m in members).items() if count > 1), None)
    if twice is not None:
        raise InputError(
            f"holds two files named {twice!r}; the file is damaged or forged", source=source, code="damaged_file"
        )
    total = 0
    for member in members:
        _check_member(member, source, limits)
        total += member.file_size
        if total > limits.total_bytes:
            raise InputError(
                f"would unpack to more than {describe_size(limits.total_bytes)}, the most read",
                source=source,
                code="damaged_file",
            )


def _check_member(member: zipfile.ZipInfo, source: str, limits: ZipLimits) -> None:
    name = member.filename
    if member.flag_bits & 0x1:
        raise InputError(
            f"{name} is encrypted; save the file again without a password", source=source, code="damaged_file"
        )
    if member.compress_type not in READABLE_METHODS:
        raise InputError(
            f"{name} is compressed with method {member.compress_type}, which this program does not read "
            "(only stored and deflate)",
            source=source,
            code="damaged_file",
        )
    if member.file_size > limits.member_bytes:
        raise InputError(
            f"{name} would unpack to {describe_size(member.file_size)}; "
            f"the most read is {describe_size(limits.member_bytes)}",
            source=source,
            code="damaged_file",
        )
    if member.file_size > RATIO_GRACE and member.file_size > limits.ratio * max(member.compress_size, 1):
        raise InputError(
            f"{name} would swell from {describe_size(member.compress_size)} to {describe_size(member.file_size)}, "
            "as only a zip bomb does",
            source=source,
            code="damaged_file",
        )


def read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, source: str, limit: int) -> bytes:
    """The bytes of `member`, read by chunks and refused past `limit` or when not the size declared."""
    chunks, size = [], 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit or size > member.file_size:
                    raise InputError(
                        f"{member.filename} is larger than it says; the file is damaged",
                        source=source,
                        code="damaged_file",
                    )
                chunks.append(chunk)
    except zipfile.BadZipFile as error:
        raise InputError(f"{member.filename} is {zip_reason(error)}", source=source, code="damaged_file") from None
    except (zlib.error, EOFError, OSError) as error:
        raise InputError(
            f"{member.filename} is damaged ({_first_line(error)})", source=source, code="damaged_file"
        ) from None
    except NotImplementedError:
        raise InputError(
            f"{member.filename} uses a compression this program does not read", source=source, code="damaged_file"
        ) from None
    if size != member.file_size:
        raise InputError(
            f"{member.filename} is smaller than it says; the file is damaged", source=source, code="damaged_file"
        )
    return b"".join(chunks)


def _first_line(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else ""
    return text or error.__class__.__name__


def _check_directory_size(handle: BinaryIO, source: str, limits: ZipLimits) -> None:
    """Refuse a table of contents too long before zipfile reads it all into memory.

    The end record is found the way zipfile finds it, and a ZIP64 record, when there is one,
    is what zipfile believes, so both are checked.
    """
    end = _end_record(handle)
    if end is None:
        return  # zipfile says "not a zip file"
    offset, (_, _, _, _, members, directory_size, _, _) = end
    zip64 = _zip64_end_record(handle, offset)
    if zip64 is not None:
        members, directory_size = zip64
    if members > limits.members:
        raise InputError(
            f"holds {members:,} files; the most read is {limits.members:,}", source=source, code="damaged_file"
        )
    if directory_size > limits.members * DIRECTORY_BYTES_PER_MEMBER:
        raise InputError(
            f"its table of contents is {describe_size(directory_size)}, far too large",
            source=source,
            code="damaged_file",
        )


def _end_record(handle: BinaryIO) -> tuple[int, tuple[Any, ...]] | None:
    size = handle.seek(0, 2)
    if size < END_RECORD.size:
        return None
    handle.seek(size - END_RECORD.size)
    data = handle.read(END_RECORD.size)
    if data[:4] == END_SIGNATURE and data[-2:] == b"\0\0":
        return size - END_RECORD.size, END_RECORD.unpack(data)
    start = max(size - MAX_COMMENT - END_RECORD.size, 0)
    handle.seek(start)
    tail = handle.read()
    found = tail.rfind(END_SIGNATURE)
    if found < 0 or len(tail) - found < END_RECORD.size:
        return None
    return start + found, END_RECORD.unpack(tail[found : found + END_RECORD.size])


def _zip64_end_record(handle: BinaryIO, end_offset: int) -> tuple[int, int] | None:
    if end_offset < ZIP64_LOCATOR.size:
        return None
    handle.seek(end_offset - ZIP64_LOCATOR.size)
    locator = handle.read(ZIP64_LOCATOR.size)
    if len(locator) != ZIP64_LOCATOR.size or locator[:4] != ZIP64_LOCATOR_SIGNATURE:
        return None
    # zipfile looks for the ZIP64 end record just before the locator, whatever the offset says.
    handle.seek(end_offset - ZIP64_LOCATOR.size - ZIP64_END_RECORD.size)
    data = handle.read(ZIP64_END_RECORD.size)
    if len(data) != ZIP64_END_RECORD.size or data[:4] != ZIP64_END_SIGNATURE:
        return None
    fields = ZIP64_END_RECORD.unpack(data)
    return fields[7], fields[8]
