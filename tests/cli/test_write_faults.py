"""Every writer of the command line under real faults: a full disk, a folder it may not write in,
a target that is a folder, a named pipe or /dev/null. Each must exit 2 with one line, leave what
was there as it was, and leave no temporary file behind.

The commands run through the real CLI entry point in a separate process (tests/cli/write_worker.py
runs a batch of them, so that the matrix stays quick): the faults are the kernel's own.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mission_planner.atomic import TEMPORARY
from mission_planner.services.export import KINDS

CODE = "23-IP-12-GE-OSM-A"
WRITERS = {
    **{f"export {kind}": ["export", CODE, kind, "-o"] for kind in KINDS},
    "export letters": ["export", CODE, "letters", "--letter", "visa-support", "-o"],  # and its DOCX copy
    "archive": ["archive", CODE],
    "export-mission": ["export-mission", CODE],
    "rules export": ["rules", "export", CODE],
    "backup": ["backup"],
}
FILE_WRITERS = [name for name in WRITERS if name != "export packs"]
OLD = b"the user's own earlier file\n"
ROOT = Path(__file__).resolve().parents[2]


def run_batch(fault: str, commands: list[list[str]], *, prefix: tuple[str, ...] = (), umask: int = 0o022) -> list[dict]:
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "tests.cli.write_worker", fault, json.dumps(commands)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        umask=umask,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def argv(db: str, writer: str, target: Path) -> list[str]:
    return ["--db", db, *WRITERS[writer], str(target)]


def temporaries(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if TEMPORARY.fullmatch(path.name)]


def assert_refused(outcome: dict, *words: str) -> None:
    lines = outcome["stderr"].splitlines()
    assert outcome["status"] == 2, outcome
    assert len(lines) == 1 and lines[0].startswith("mission-planner-cli: "), outcome
    assert "Traceback" not in outcome["stderr"]
    for word in words:
        assert word in lines[0], outcome


def test_a_full_disk_leaves_every_earlier_file_as_it_was(demo_db, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    targets = {}
    for number, writer in enumerate(WRITERS):
        targets[writer] = folder / f"{number}-{writer.replace(' ', '-')}"
        if writer != "export packs":
            targets[writer].write_bytes(OLD)
    outcomes = run_batch("full-disk", [argv(demo_db, writer, targets[writer]) for writer in WRITERS])

    for writer, outcome in zip(WRITERS, outcomes, strict=True):
        # SQLite words a failed write its own way.
        assert_refused(outcome, "disk I/O error" if writer == "backup" else "File too large")
        if writer == "export packs":
            assert not targets[writer].exists()
        else:
            assert targets[writer].read_bytes() == OLD, writer
            assert "the previous file is left as it was" in outcome["stderr"], writer
    assert temporaries(folder) == []
    assert len(list(folder.iterdir())) == len(FILE_WRITERS)


def test_a_folder_a_pipe_or_a_device_is_refused_before_anything_is_written(demo_db, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a folder").mkdir()
    (folder / "a folder" / "mine.txt").write_bytes(OLD)
    os.mkfifo(folder / "a pipe")
    targets = {"folder": folder / "a folder", "pipe": folder / "a pipe", "device": Path(os.devnull)}
    cases = [(writer, kind) for writer in FILE_WRITERS for kind in targets]
    cases += [("export packs", "pipe"), ("export packs", "device")]
    if os.path.exists("/dev/full"):  # the "archive onto a full disk" that exited 0
        targets["full"] = Path("/dev/full")
        cases += [(writer, "full") for writer in ("archive", "export-mission", "backup")]
    outcomes = run_batch("none", [argv(demo_db, writer, targets[kind]) for writer, kind in cases])

    expected = {"folder": "it is a folder", "pipe": "named pipe (FIFO)", "device": "a device", "full": "a device"}
    for (writer, kind), outcome in zip(cases, outcomes, strict=True):
        if (writer, kind) == ("backup", "folder"):  # a folder is where a dated backup goes
            assert outcome["status"] == 0 and outcome["stderr"] == "", outcome
            continue
        assert_refused(outcome, expected[kind])
    assert sorted(path.name for path in folder.iterdir()) == ["a folder", "a pipe"]
    assert stat.S_ISFIFO((folder / "a pipe").lstat().st_mode)
    inside = sorted(path.name for path in (folder / "a folder").iterdir())
    assert inside[0].startswith("demo-") and inside[1:] == ["mine.txt"]
    assert (folder / "a folder" / "mine.txt").read_bytes() == OLD
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert "full" not in targets or stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_folder_that_does_not_exist_is_named_in_one_line(demo_db, tmp_path):
    missing = tmp_path / "no such folder"
    outcomes = run_batch("none", [argv(demo_db, writer, missing / "file") for writer in WRITERS])
    for outcome in outcomes:
        assert_refused(outcome, f"the folder {missing} does not exist")
    assert not missing.exists()


def _without_permission_override() -> tuple[str, ...]:
    """Root writes anywhere: the worker then runs without the capability that lets it."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and setpriv is not there to drop the right to write anywhere")
    return (setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--")


def test_a_folder_without_write_permission_leaves_the_earlier_files(demo_db, tmp_path):
    prefix = _without_permission_override()
    folder = tmp_path / "read-only"
    folder.mkdir()
    targets = {writer: folder / f"{number}" for number, writer in enumerate(WRITERS)}
    for writer in FILE_WRITERS:
        targets[writer].write_bytes(OLD)
    folder.chmod(0o555)
    try:
        outcomes = run_batch("none", [argv(demo_db, writer, targets[writer]) for writer in WRITERS], prefix=prefix)
    finally:
        folder.chmod(0o755)
    for writer, outcome in zip(WRITERS, outcomes, strict=True):
        assert_refused(outcome, "Permission denied")
        if writer in FILE_WRITERS:
            assert targets[writer].read_bytes() == OLD
    assert sorted(path.name for path in folder.iterdir()) == sorted(targets[w].name for w in FILE_WRITERS)
