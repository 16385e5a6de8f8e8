"""Every file the program writes goes through here: whole or not at all, never over what is not ours.

A file is written to a temporary file beside the target (`.NAME.mp-PID-XXXXXXXX.part`), flushed
to disk, and renamed into place with `os.replace`; on any error or interruption the temporary
file is removed and the target is left as it was. Nothing else is ever moved or deleted:

- The target must be a regular file or not exist yet; a folder, a named pipe, a device
  (`/dev/null`, `/dev/full`), a socket or a link to nothing is refused before anything is
  written, and checked again just before the rename. A link to a regular file is followed: the
  file it points to is replaced and the link kept.
- The folder the target goes in must exist.
- Temporaries of ours left by a killed process (its PID is in the name) are swept on the next
  write to the same folder: those whose process is gone, or older than an hour.

Modes: a file holding personal data (passport numbers, dates of birth) is written 0600, like its
temporary while it is built; every other file gets 0666 less the umask, as any program's would.
Callers say `private=True`, or wrap an export in `holding_personal_data()`.

An operating-system error (a full disk, a folder not writable) becomes a `WriteError` that names
the target and the reason; the command line turns it into one line and exit status 2.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import BinaryIO

from .errors import WriteError

PRIVATE_FILE = 0o600
SHARED_FILE = 0o666  # less the umask
PRIVATE_FOLDER = 0o700
SHARED_FOLDER = 0o777  # less the umask
STALE_AFTER = 3600  # seconds after which a temporary of ours is stale whoever made it
_NAME_KEPT = 80  # of the target's name in a temporary's name, so it stays under 255 bytes
TEMPORARY = re.compile(
    r"\.(?P<name>.{1,80})\.mp-(?P<pid>\d{1,10})-(?P<tag>[a-z0-9]{8})\.part(?:-journal|-wal|-shm)?", re.DOTALL
)

_personal_data: ContextVar[bool] = ContextVar("personal_data", default=False)
_in_use: set[Path] = set()  # the open databases and their companions: never a target


def protect_database(database: Path) -> None:
    """Refuse from now on every write whose target is this database file or one of SQLite's
    companions of it (`-wal`, `-shm`, `-journal`): `export … -o mission.db` must not replace it."""
    resolved = Path(os.path.realpath(database))
    _in_use.update(resolved.with_name(resolved.name + suffix) for suffix in ("", "-wal", "-shm", "-journal"))


def release_database(database: Path) -> None:
    resolved = Path(os.path.realpath(database))
    _in_use.difference_update(resolved.with_name(resolved.name + suffix) for suffix in ("", "-wal", "-shm", "-journal"))


@contextlib.contextmanager
def holding_personal_data(personal: bool = True) -> Iterator[None]:
    """Within this block (and this thread), files are written private unless said otherwise."""
    token = _personal_data.set(personal)
    try:
        yield
    finally:
        _personal_data.reset(token)


def is_private(private: bool | None = None, mode: int | None = None) -> bool:
    """Whether to write private: as said, else as an old-style `mode` says (0o600 is private),
    else as the export in progress says (`holding_personal_data`)."""
    if private is None and mode is not None:
        private = not mode & 0o077
    return _personal_data.get() if private is None else private


def write_error(target: Path, error: OSError) -> WriteError:
    reason = error.strerror or str(error)
    kept = "; the previous file is left as it was" if _is_regular(target) else ""
    code = _WRITE_CODES.get(error.errno, "write_failed") if error.errno is not None else "write_failed"
    params: dict[str, object] = {"file": str(target), "reason": reason}
    return WriteError(f"Cannot write {target}: {reason}{kept}.", reason=reason, code=code, params=params)


# A write refused for a reason the window words itself; any other is `write_failed` with the
# system's own words.
_WRITE_CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EACCES: "write_denied",
    errno.EPERM: "write_denied",
    errno.EROFS: "write_denied",
}


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


# --- what may be written -------------------------------------------------------------------------


def what_it_is(mode: int) -> str:
    """The kind of a non-regular file, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_folder(folder: Path, target: Path) -> None:
    """`folder` (where `target` goes) exists and is a folder, or a WriteError saying it is not."""
    try:
        mode = os.stat(folder).st_mode
    except FileNotFoundError:
        reason = f"the folder {folder} does not exist"
        raise WriteError(f"Cannot write {target}: {reason}.", reason=reason) from None
    except OSError as error:
        raise write_error(target, error) from None
    if not stat.S_ISDIR(mode):
        reason = f"{folder} is not a folder"
        raise WriteError(f"Cannot write {target}: {reason}.", reason=reason)


def check_target(target: Path | str) -> Path:
    """The file to replace when writing `target`: `target` itself, or the regular file a link at
    `target` points to. Refuses (WriteError) anything else, before a byte is written."""
    target = Path(target)
    if not target.name or target.name in (".", ".."):
        raise WriteError(f"Cannot write {target}: give a file name, not a folder.")
    check_folder(target.parent, target)
    if _in_use and Path(os.path.realpath(target)) in _in_use:
        raise WriteError(f"Cannot write {target}: it is the database in use; nothing was written.")
    try:
        link = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError as error:
        raise write_error(target, error) from None
    if stat.S_ISREG(link.st_mode):
        return target
    if stat.S_ISLNK(link.st_mode):
        try:
            pointed = os.stat(target)
        except OSError:
            raise WriteError(f"Cannot write {target}: it is a link to a file that does not exist.") from None
        if stat.S_ISREG(pointed.st_mode):
            return Path(os.path.realpath(target))
        return _refuse(target, pointed.st_mode)
    return _refuse(target, link.st_mode)


def _refuse(target: Path, mode: int) -> Path:
    if stat.S_ISDIR(mode):
        raise WriteError(f"Cannot write {target}: it is a folder; give the name of a file to write.")
    raise WriteError(f"Cannot write {target}: it is {what_it_is(mode)}, not a regular file; nothing was written.")


def _still_replaceable(final: Path, target: Path) -> None:
    """Just before the rename: what is at `final` now must still be a regular file, or nothing."""
    try:
        mode = os.lstat(final).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        _refuse(target, mode)


# --- temporaries ---------------------------------------------------------------------------------


def temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name[:_NAME_KEPT]}.mp-{os.getpid()}-{secrets.token_hex(4)}.part")


def is_stale(path: Path, *, now: float | None = None) -> bool:
    """Whether `path` is a temporary of ours that nobody is writing any more."""
    found = TEMPORARY.fullmatch(path.name)
    if found is None:
        return False
    try:
        age = (now or time.time()) - os.lstat(path).st_mtime
    except OSError:
        return False
    if age > STALE_AFTER:
        return True
    pid = int(found["pid"])
    return pid != os.getpid() and not _process_alive(pid)


def _process_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill there terminates the process: only the age tells
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or a number we cannot ask about: leave it
    return True


def sweep_stale(folder: Path) -> list[Path]:
    """Remove the stale temporaries of ours in `folder` (files and folders); returns them."""
    swept: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return swept
    for entry in entries:
        path = Path(entry.path)
        if not is_stale(path):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        swept.append(path)
    return swept


def _create_temporary(target: Path, private: bool) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    temp = temporary_name(target)
    descriptor = os.open(temp, flags, PRIVATE_FILE if private else SHARED_FILE)
    if private and hasattr(os, "fchmod"):
        os.fchmod(descriptor, PRIVATE_FILE)  # whatever the umask, the owner can read it back
    return descriptor, temp


def _fsync_path(path: Path, *, folder: bool = False) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0))
    except OSError:
        if folder:
            return  # not every system can open a folder; the rename is still atomic
        raise
    try:
        os.fsync(descriptor)
    except OSError:
        if not folder:
            raise
    finally:
        os.close(descriptor)


def place(temp: Path, final: Path, target: Path, *, sync_folder: bool = True) -> None:
    """Rename the finished `temp` over `final`, if that is still a regular file or nothing."""
    _still_replaceable(final, target)
    os.replace(temp, final)
    # Inside a temporary folder of ours only the folder's own placing needs to reach the disk.
    if sync_folder and not TEMPORARY.fullmatch(final.parent.name):
        sync_folder_entries(final.parent)


def sync_folder_entries(folder: Path) -> None:
    """Make the names just placed in `folder` survive a power cut (where the system can)."""
    _fsync_path(folder, folder=True)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


# --- writing -------------------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_writer(target: Path | str, *, private: bool | None = None, mode: int | None = None) -> Iterator[BinaryIO]:
    """A handle to write `target`'s new content to; in place only when the block ends without error."""
    target = Path(target)
    final = check_target(target)
    sweep_stale(final.parent)
    try:
        descriptor, temp = _create_temporary(final, is_private(private, mode))
    except OSError as error:
        raise write_error(target, error) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        place(temp, final, target)
    except OSError as error:
        _discard(temp)
        raise write_error(target, error) from error
    except BaseException:
        _discard(temp)
        raise


@contextlib.contextmanager
def atomic_path(target: Path | str, *, private: bool | None = None) -> Iterator[Path]:
    """The path of an empty temporary file for a library that writes by name (SQLite's backup);
    it replaces `target` when the block ends without error."""
    target = Path(target)
    final = check_target(target)
    sweep_stale(final.parent)
    try:
        descriptor, temp = _create_temporary(final, is_private(private))
        os.close(descriptor)
    except OSError as error:
        raise write_error(target, error) from error
    try:
        yield temp
        _fsync_path(temp)
        place(temp, final, target)
    except OSError as error:
        _discard(temp)
        raise write_error(target, error) from error
    except BaseException:
        _discard(temp)
        raise


def write_bytes_atomically(
    target: Path | str, data: bytes, *, private: bool | None = None, mode: int | None = None
) -> None:
    with atomic_writer(target, private=private, mode=mode) as handle:
        handle.write(data)


@contextlib.contextmanager
def temporary_folder(target: Path, *, private: bool | None = None) -> Iterator[Path]:
    """A new, empty folder of ours beside `target` to build in; removed at the end whatever
    happens (the caller moves out what it keeps). OSErrors become a WriteError naming `target`."""
    check_folder(target.parent, target)
    sweep_stale(target.parent)
    temp = temporary_name(target)
    try:
        os.mkdir(temp, PRIVATE_FOLDER if is_private(private) else SHARED_FOLDER)
    except OSError as error:
        raise write_error(target, error) from error
    try:
        yield temp
    except OSError as error:
        raise write_error(target, error) from error
    finally:
        _discard(temp)
