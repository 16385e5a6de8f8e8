"""The one way a file the user names is opened for reading.

What is not a regular, readable file (a folder, a FIFO, a device, a socket, a link to one of
those) is refused before a byte is read, with a one-line `InputError` naming the file. The file
is opened without blocking, so a FIFO swapped in at the last moment cannot hang the program, and
no more than a limit is ever read.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .domain.limits import MAX_INPUT_BYTES
from .errors import InputError

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1024 * 1024
# The English reason, and its code for a front end that words it itself (the window).
_REASONS: dict[int | None, tuple[str, str]] = {
    errno.ENOENT: ("no such file", "no_such_file"),
    errno.ENOTDIR: ("no such file (a part of the path is not a folder)", "no_such_file"),
    errno.EACCES: ("cannot be read (permission denied)", "permission_denied"),
    errno.EPERM: ("cannot be read (permission denied)", "permission_denied"),
    errno.ELOOP: ("is a symbolic link that leads in a circle", "link_loop"),
    errno.EISDIR: ("is a folder, not a file", "is_folder"),
    errno.ENXIO: ("is not a regular file", "not_a_file"),
    errno.ENAMETOOLONG: ("the name is too long", "name_too_long"),
}


def check_input(path: Path | str) -> None:
    """Refuse `path` unless it is a regular file this user may read; nothing is read."""
    with open_input(path, limit=None):
        pass


def read_input(path: Path | str, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file `path`, refused when it holds more than `limit`."""
    with open_input(path, limit=limit) as handle:
        return read_all(handle, limit, str(path))


def read_all(handle: BinaryIO, limit: int, source: str) -> bytes:
    """The rest of `handle`, refused past `limit` bytes.

    Read by chunks rather than trusting the size the file reports: some (in /proc) say 0.
    """
    chunks, size = [], 0
    while size <= limit and (chunk := handle.read(min(_CHUNK, limit + 1 - size))):
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise _too_large(limit, source)
    return b"".join(chunks)


@contextlib.contextmanager
def open_input(path: Path | str, *, limit: int | None = MAX_INPUT_BYTES) -> Iterator[io.BufferedReader]:
    """The regular file `path` open for reading, refused when it is larger than `limit` bytes."""
    source = str(path)
    _refuse_unless_regular(_stat(path, os.stat, source), source)  # a device is never even opened
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _refusal(error, source) from None
    try:
        status = _stat(descriptor, os.fstat, source)
        _refuse_unless_regular(status, source)
        if limit is not None and status.st_size > limit:
            raise _too_large(limit, source)
        _block_again(descriptor)
        handle = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with handle:
        try:
            yield handle
        except OSError as error:
            raise _refusal(error, source) from None


def describe_size(size: int) -> str:
    """A byte count as people say it: 900 bytes, 12 KB, 64 MB."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            amount = size / factor
            return f"{amount:.0f} {unit}" if amount >= 10 or amount.is_integer() else f"{amount:.1f} {unit}"
    return f"{size} byte{'s' if size != 1 else ''}"


def _stat(target, how, source: str) -> os.stat_result:
    try:
        return how(target)
    except OSError as error:
        raise _refusal(error, source) from None
    except ValueError:  # a NUL character in the name
        raise InputError("no such file", source=repr(source), code="no_such_file") from None


def _refuse_unless_regular(status: os.stat_result, source: str) -> None:
    mode = status.st_mode
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        reason = "is a folder, not a file", "is_folder"
    elif stat.S_ISFIFO(mode):
        reason = "is a pipe (FIFO), not a file", "not_a_file"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        reason = "is a device, not a file", "not_a_file"
    elif stat.S_ISSOCK(mode):
        reason = "is a socket, not a file", "not_a_file"
    else:
        reason = "is not a regular file", "not_a_file"
    raise InputError(reason[0], source=source, code=reason[1])


def _too_large(limit: int, source: str) -> InputError:
    return InputError(
        f"is larger than the {describe_size(limit)} this program reads",
        source=source,
        code="file_too_large",
        params={"limit": describe_size(limit)},
    )


def _refusal(error: OSError, source: str) -> InputError:
    known = _REASONS.get(error.errno)
    if known is None:  # the system's own words, shown as they are
        text = error.strerror or str(error)
        return InputError(text, source=source, code="cannot_read", params={"reason": text})
    return InputError(known[0], source=source, code=known[1])


def _block_again(descriptor: int) -> None:
    """Reads of a regular file never wait anyway; clearing the flag keeps later reads ordinary."""
    try:
        import fcntl
    except ImportError:  # Windows: opened without O_NONBLOCK in the first place
        return
    flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
    fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
