"""Write a file so that the target holds either the old content or the new, never a part.

The content goes to a temporary file beside the target, is flushed to disk, and is renamed
into place; on any error the temporary file is removed and the target is left as it was. An
operating-system error (a full disk, a folder not writable) becomes a `WriteError` that names
the target and the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import WriteError


def write_error(target: Path, error: OSError) -> WriteError:
    reason = error.strerror or str(error)
    kept = "; the previous file is left as it was" if target.exists() else ""
    return WriteError(f"Cannot write {target}: {reason}{kept}.")


@contextlib.contextmanager
def atomic_writer(target: Path | str, *, mode: int = 0o644) -> Iterator[BinaryIO]:
    target = Path(target)
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise write_error(target, error) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise write_error(target, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes_atomically(target: Path | str, data: bytes, *, mode: int = 0o644) -> None:
    with atomic_writer(target, mode=mode) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_folder(target: Path | str) -> Iterator[Path]:
    """Build a folder beside `target` and put it in place only when complete.

    An existing folder at `target` is replaced; on any error it is left exactly as it was.
    """
    target = Path(target)
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as error:
        raise write_error(target, error) from error
    try:
        yield building
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.replace(target, old)
            os.replace(building, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(building, target)
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise write_error(target, error) from error
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
