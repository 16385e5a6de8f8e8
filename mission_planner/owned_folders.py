"""Folders of documents the program makes (delegate packs): never over a folder of the user's.

`-o DIR` for packs means:

- DIR does not exist: DIR is created as the packs folder.
- DIR is an earlier packs folder of the same mission (it holds our marker file
  `.mission-planner-packs` naming the mission): its own files are replaced, anything the user
  added to it is left alone.
- DIR is any other folder: the packs go into a folder of their own inside it, `DIR/<code> packs`,
  under the same two rules; if that name is taken by something else, nothing is written.
- DIR is a file, a device or anything else: refused.

The new files are built in a temporary folder of ours beside the packs folder, so a failure, a
Cancel or a signal leaves the earlier packs as they were. The marker lists the files we wrote,
which are the only ones a later export replaces or removes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from .atomic import (
    TEMPORARY,
    check_folder,
    is_private,
    place,
    sync_folder_entries,
    temporary_folder,
    what_it_is,
    write_bytes_atomically,
)
from .errors import WriteError

MARKER = ".mission-planner-packs"
FORMAT = "mission-planner/packs"
MAX_MARKER_BYTES = 4 * 1024 * 1024
UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
CONTROL_OR_SEPARATOR = re.compile(r"[/\\\x00-\x1f\x7f]")


def packs_folder_name(code: str) -> str:
    return f"{UNSAFE_IN_NAME.sub('_', code).strip(' .') or 'mission'} packs"


def _mode(path: Path) -> int | None:
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        raise WriteError(f"Cannot write the packs to {path}: {error.strerror or error}.") from None


def packs_folder(target: Path | str, code: str) -> Path:
    """The folder the packs of mission `code` go in for `-o target` (see the module's rules)."""
    target = Path(target)
    check_folder(target.parent, target)
    mode = _mode(target)
    if mode is None or (stat.S_ISDIR(mode) and own_files(target, code) is not None):
        return target
    if not stat.S_ISDIR(mode):
        raise WriteError(
            f"Cannot write the packs to {target}: it is {_kind(mode)}; packs are a folder (give a folder's name)."
        )
    inner = target / packs_folder_name(code)
    mode = _mode(inner)
    if mode is None or (stat.S_ISDIR(mode) and own_files(inner, code) is not None):
        return inner
    raise WriteError(
        f"Cannot write the packs to {inner}: it exists and is not a packs folder of {code} written by "
        f"Mission Planner (no {MARKER} in it); move it away or choose another folder. Nothing was written."
    )


def _kind(mode: int) -> str:
    return "a file" if stat.S_ISREG(mode) else what_it_is(mode)


def own_files(folder: Path, code: str) -> list[str] | None:
    """The files an earlier export of `code` wrote into `folder`, or None if it is not ours."""
    marker = folder / MARKER
    try:
        if not stat.S_ISREG(os.lstat(marker).st_mode) or marker.stat().st_size > MAX_MARKER_BYTES:
            return None
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("mission") != code:
        return None
    files = data.get("files")
    if not isinstance(files, list):
        return None
    return [name for name in files if is_plain_name(name)]


def is_plain_name(name: object) -> bool:
    """A file name of ours: no folder part, not hidden, nothing a marker could be forged to reach."""
    return (
        isinstance(name, str)
        and 0 < len(name) <= 255
        and not name.startswith(".")
        and not CONTROL_OR_SEPARATOR.search(name)
    )


def _marker(code: str, names: list[str]) -> bytes:
    data = {"format": FORMAT, "mission": code, "files": sorted(names)}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@contextlib.contextmanager
def owned_folder(folder: Path, code: str, *, private: bool | None = None) -> Iterator[Path]:
    """A temporary folder to write the packs in; they replace the earlier ones in `folder` (from
    `packs_folder`) only when the block ends without error."""
    private = is_private(private)
    with temporary_folder(folder, private=private) as building:
        try:
            yield building
        except WriteError as error:  # named by the packs folder, not by our hidden temporary one
            raise WriteError(f"Cannot write the packs to {folder}: {error.reason}.", reason=error.reason) from None
        names = sorted(entry.name for entry in os.scandir(building) if _is_document(entry))
        write_bytes_atomically(building / MARKER, _marker(code, names), private=private)
        if _mode(folder) is None:
            _place_new(building, folder)
        else:
            _replace_own_files(building, folder, code, names, private)


def _is_document(entry: os.DirEntry[str]) -> bool:
    return entry.is_file(follow_symlinks=False) and not TEMPORARY.fullmatch(entry.name) and entry.name != MARKER


def _place_new(building: Path, folder: Path) -> None:
    if _mode(folder) is not None:
        raise WriteError(f"Cannot write the packs to {folder}: something else was put there meanwhile.")
    os.rename(building, folder)
    sync_folder_entries(folder.parent)


def _replace_own_files(building: Path, folder: Path, code: str, names: list[str], private: bool) -> None:
    earlier = own_files(folder, code)
    if earlier is None:
        raise WriteError(f"Cannot write the packs to {folder}: it is no longer a packs folder of {code}.")
    for name in names:
        mode = _lstat_mode(folder / name)
        if mode is not None and not stat.S_ISREG(mode):
            raise WriteError(f"Cannot write the packs to {folder}: {name} there is {what_it_is(mode)}.")
    # Listed first, so that an interruption from here on leaves every file of ours listed.
    write_bytes_atomically(folder / MARKER, _marker(code, sorted({*earlier, *names})), private=private)
    for name in names:
        place(building / name, folder / name, folder / name, sync_folder=False)
    for name in set(earlier) - set(names):
        path = folder / name
        mode = _lstat_mode(path)
        if mode is not None and stat.S_ISREG(mode):
            path.unlink()
    place(building / MARKER, folder / MARKER, folder / MARKER)


def _lstat_mode(path: Path) -> int | None:
    try:
        return os.lstat(path).st_mode
    except FileNotFoundError:
        return None
