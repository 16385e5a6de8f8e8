"""Inputs that are not regular files, or not readable: each is refused before anything is read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

NULL_DEVICE = (1, 3)
FULL_DEVICE = (1, 7)


def folder(path: Path) -> Path:
    path.mkdir()
    (path / "inside.txt").write_text("a file in the folder\n")
    return path


def fifo(path: Path) -> Path:
    """A named pipe nobody writes to: opening it to read would wait for ever."""
    os.mkfifo(path)
    return path


def zero_link(path: Path) -> Path:
    """A symlink to /dev/zero: endless bytes, every one a NUL."""
    path.symlink_to("/dev/zero")
    return path


def null_link(path: Path) -> Path:
    path.symlink_to("/dev/null")
    return path


def unreadable(path: Path, content: bytes) -> Path:
    """A file of mode 000 holding `content` (a valid input, so reading it anyway shows)."""
    path.write_bytes(content)
    path.chmod(0)
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def dangling(path: Path) -> Path:
    path.symlink_to(path.with_name("nowhere-" + path.name))
    return path


def device(path: Path, numbers: tuple[int, int]) -> Path:
    """A character device of the case's own (a copy of /dev/null or /dev/full), so a writer that
    replaces it harms nothing outside the case; a symlink to the system's where mknod is denied."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(*numbers))
    except PermissionError:
        path.symlink_to("/dev/null" if numbers == NULL_DEVICE else "/dev/full")
    return path


def read_only_folder(path: Path) -> Path:
    path.mkdir()
    path.chmod(0o555)
    return path


def sparse(path: Path, size: int) -> Path:
    """A file of `size` NUL bytes that takes no room on disk."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path
