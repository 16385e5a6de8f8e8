"""The one write path (mission_planner.atomic, owned_folders, formulas) on real files."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import resource
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mission_planner import atomic
from mission_planner.atomic import (
    TEMPORARY,
    atomic_path,
    atomic_writer,
    check_target,
    holding_personal_data,
    sweep_stale,
    temporary_name,
    write_bytes_atomically,
)
from mission_planner.errors import WriteError
from mission_planner.owned_folders import MARKER, is_plain_name, own_files, owned_folder, packs_folder
from mission_planner.services.export.formulas import csv_cell, looks_like_formula

CODE = "23-IP-12-GE-OSM-A"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@contextlib.contextmanager
def umask(value: int):
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


# --- files ---------------------------------------------------------------------------------------


def test_a_file_is_replaced_whole_and_nothing_is_left_beside_it(tmp_path):
    target = tmp_path / "list.pdf"
    target.write_bytes(b"old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert names(tmp_path) == ["list.pdf"]


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "list.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("the exporter failed")
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["list.pdf"]


def test_a_full_disk_is_a_write_error_that_keeps_the_old_file(tmp_path):
    target = tmp_path / "list.pdf"
    target.write_bytes(b"old")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))  # Python ignores SIGXFSZ: writes get EFBIG
    try:
        with pytest.raises(WriteError, match="File too large; the previous file is left as it was"):
            write_bytes_atomically(target, b"x" * 100_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["list.pdf"]


def test_no_space_at_the_rename_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "list.pdf"
    target.write_bytes(b"old")

    def no_space(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(WriteError, match="No space left on device"):
        write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"old" and names(tmp_path) == ["list.pdf"]


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: path.mkdir(), "it is a folder"),
        (lambda path: os.mkfifo(path), r"a named pipe \(FIFO\)"),
        (lambda path: path.symlink_to(os.devnull), "a device"),
        (lambda path: path.symlink_to(path.parent / "nothing"), "a link to a file that does not exist"),
    ],
    ids=["folder", "fifo", "link to /dev/null", "dangling link"],
)
def test_what_is_not_a_regular_file_is_refused_untouched(tmp_path, make, says):
    target = tmp_path / "target"
    make(target)
    before = os.lstat(target)
    with pytest.raises(WriteError, match=says):
        write_bytes_atomically(target, b"new")
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert names(tmp_path) == ["target"]


def test_a_socket_and_a_device_are_refused(tmp_path):
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "sock"))
        with pytest.raises(WriteError, match="a socket"):
            check_target(tmp_path / "sock")
    for device in (os.devnull, "/dev/full"):
        if os.path.exists(device):
            with pytest.raises(WriteError, match="a device"):
                write_bytes_atomically(device, b"x")
            assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_link_to_a_regular_file_is_followed_and_kept(tmp_path):
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    (tmp_path / "link.ics").symlink_to(real)
    write_bytes_atomically(tmp_path / "link.ics", b"new")
    assert (tmp_path / "link.ics").is_symlink() and real.read_bytes() == b"new"


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(WriteError, match=f"the folder {tmp_path / 'nope'} does not exist"):
        write_bytes_atomically(tmp_path / "nope" / "a.pdf", b"x")
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(WriteError, match="is not a folder"):
        write_bytes_atomically(tmp_path / "file" / "a.pdf", b"x")


def test_the_target_is_checked_again_just_before_the_rename(tmp_path):
    target = tmp_path / "list.pdf"
    with pytest.raises(WriteError, match="named pipe"), atomic_writer(target) as handle:
        handle.write(b"new")
        os.mkfifo(target)  # something else put a pipe there meanwhile
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert names(tmp_path) == ["list.pdf"]


def test_a_long_name_still_has_a_temporary_the_file_system_takes(tmp_path):
    target = tmp_path / ("n" * 250)
    write_bytes_atomically(target, b"x")
    assert target.read_bytes() == b"x"
    assert len(temporary_name(target).name.encode()) < 255


def test_a_library_writing_by_name_goes_through_the_same_path(tmp_path):
    target = tmp_path / "copy.db"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(target, private=True) as temp:
        assert mode(temp) == 0o600 and TEMPORARY.fullmatch(temp.name)
        temp.write_bytes(b"half")
        raise RuntimeError
    assert target.read_bytes() == b"old" and names(tmp_path) == ["copy.db"]


# --- modes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_documents_follow_the_umask_and_personal_data_is_600(tmp_path, mask):
    with umask(mask):
        write_bytes_atomically(tmp_path / "shared.pdf", b"x")
        write_bytes_atomically(tmp_path / "private.json", b"x", private=True)
        write_bytes_atomically(tmp_path / "old-style.json", b"x", mode=0o600)
        with holding_personal_data():
            write_bytes_atomically(tmp_path / "list.xlsx", b"x")
        with holding_personal_data(), atomic_writer(tmp_path / "while.pdf") as handle:
            handle.write(b"x")
            (temp,) = [path for path in tmp_path.iterdir() if TEMPORARY.fullmatch(path.name)]
            assert mode(temp) == 0o600  # private while it is built, too
    assert mode(tmp_path / "shared.pdf") == 0o666 & ~mask
    assert mode(tmp_path / "private.json") == mode(tmp_path / "old-style.json") == 0o600
    assert mode(tmp_path / "list.xlsx") == 0o600
    assert mode(tmp_path / "while.pdf") == 0o600


# --- stale temporaries ---------------------------------------------------------------------------


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_stale_temporaries_of_ours_are_swept_and_nothing_else(tmp_path):
    dead = dead_pid()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale_file = tmp_path / f".list.pdf.mp-{dead}-0a1b2c3d.part"
        stale_file.write_bytes(b"half")
        stale_folder = tmp_path / f".packs.mp-{dead}-deadbeef.part"
        stale_folder.mkdir()
        (stale_folder / "a.pdf").write_bytes(b"x")
        journal = tmp_path / f".copy.db.mp-{dead}-01234567.part-journal"
        journal.write_bytes(b"j")
        busy = tmp_path / f".other.pdf.mp-{alive.pid}-01234567.part"
        busy.write_bytes(b"being written")
        old_busy = tmp_path / f".old.pdf.mp-{alive.pid}-76543210.part"
        old_busy.write_bytes(b"forgotten")
        two_hours_ago = time.time() - 7200
        os.utime(old_busy, (two_hours_ago, two_hours_ago))
        users = [".list.pdf.part", "list.pdf.mp-1-0a1b2c3d.part", ".x.mp-1-0A1B2C3D.part", ".bashrc", "notes.txt"]
        for name in users:
            (tmp_path / name).write_bytes(b"mine")

        write_bytes_atomically(tmp_path / "list.pdf", b"new")

        assert names(tmp_path) == sorted([*users, busy.name, "list.pdf"])
    finally:
        alive.kill()
        alive.wait()


def test_sweeping_an_unreadable_folder_is_quiet(tmp_path):
    assert sweep_stale(tmp_path / "missing") == []


# --- the packs folder ----------------------------------------------------------------------------


def write_packs(target: Path, files: dict[str, bytes], code: str = CODE) -> Path:
    folder = packs_folder(target, code)
    with owned_folder(folder, code) as building:
        for name, data in files.items():
            write_bytes_atomically(building / name, data)
    return folder


def test_packs_go_into_a_new_folder_inside_a_folder_of_the_users(tmp_path):
    (tmp_path / "thesis.docx").write_bytes(b"mine")
    folder = write_packs(tmp_path, {"a.pdf": b"a", "a.ics": b"a"})
    assert folder == tmp_path / f"{CODE} packs"
    assert names(tmp_path) == [f"{CODE} packs", "thesis.docx"]
    assert (tmp_path / "thesis.docx").read_bytes() == b"mine"
    assert own_files(folder, CODE) == ["a.ics", "a.pdf"]
    assert json.loads((folder / MARKER).read_text())["mission"] == CODE


def test_an_earlier_packs_folder_has_only_its_own_files_replaced(tmp_path):
    folder = write_packs(tmp_path / "packs", {"a.pdf": b"a1", "b.pdf": b"b1"})
    assert folder == tmp_path / "packs"
    (folder / "notes.txt").write_bytes(b"the user's")
    assert write_packs(tmp_path / "packs", {"a.pdf": b"a2", "c.pdf": b"c2"}) == folder
    assert names(folder) == [MARKER, "a.pdf", "c.pdf", "notes.txt"]
    assert (folder / "a.pdf").read_bytes() == b"a2" and (folder / "notes.txt").read_bytes() == b"the user's"
    assert names(tmp_path) == ["packs"]


def test_a_failure_while_building_leaves_the_earlier_packs(tmp_path):
    folder = write_packs(tmp_path / "packs", {"a.pdf": b"a1"})
    with pytest.raises(RuntimeError), owned_folder(folder, CODE) as building:
        write_bytes_atomically(building / "a.pdf", b"a2")
        raise RuntimeError
    assert (folder / "a.pdf").read_bytes() == b"a1"
    assert names(tmp_path) == ["packs"]


def test_a_folder_that_is_not_ours_under_the_packs_name_is_refused(tmp_path):
    taken = tmp_path / f"{CODE} packs"
    taken.mkdir()
    (taken / "x.pdf").write_bytes(b"mine")
    with pytest.raises(WriteError, match="is not a packs folder"):
        packs_folder(tmp_path, CODE)
    (taken / MARKER).write_text(json.dumps({"format": "mission-planner/packs", "mission": "OTHER", "files": []}))
    with pytest.raises(WriteError, match="is not a packs folder"):
        packs_folder(tmp_path, CODE)
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(WriteError, match="it is a file; packs are a folder"):
        packs_folder(tmp_path / "file", CODE)


def test_a_forged_marker_cannot_reach_outside_its_folder(tmp_path):
    (tmp_path / "precious").write_bytes(b"mine")
    folder = tmp_path / "packs"
    folder.mkdir()
    forged = ["../precious", "/etc/passwd", ".hidden", "sub/x", "", 7, "ok.pdf"]
    (folder / MARKER).write_text(json.dumps({"format": "mission-planner/packs", "mission": CODE, "files": forged}))
    (folder / "ok.pdf").write_bytes(b"old")
    write_packs(folder, {"new.pdf": b"n"})
    assert (tmp_path / "precious").read_bytes() == b"mine"
    assert names(folder) == [MARKER, "new.pdf"]
    assert [name for name in forged if is_plain_name(name)] == ["ok.pdf"]


def test_codes_that_are_not_file_names_still_make_one_folder(tmp_path):
    folder = write_packs(tmp_path, {"a.pdf": b"a"}, code="A/B:C")
    assert folder.parent == tmp_path and folder.name == "A_B_C packs"


# --- formulas ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("x")'])
def test_formula_like_text_gets_an_apostrophe(text):
    assert looks_like_formula(text) and csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "", "12.50", "-12.50", "+3", "1-2", "a=b", None, 7])
def test_numbers_and_plain_text_are_left_as_they_are(value):
    assert csv_cell(value) == ("" if value is None else str(value))
