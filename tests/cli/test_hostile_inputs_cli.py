"""Hostile files handed to every command that reads one, as a user would: the real command line
in a separate process, with a time limit. Each refusal is exit 2 and one line naming the file, no
traceback, the database file byte for byte as it was, and the memory the process used measured
(its peak resident size, from the kernel, by a small launcher: tests/cli/measured.py) and bounded.

The processes of a test run side by side, so the whole file takes seconds, not minutes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from mission_planner.domain.limits import MAX_INPUT_BYTES, MAX_PROBLEMS_SHOWN
from mission_planner.services import open_workspace
from tests import hostile_files as hostile

CODE = "23-IP-12-GE-OSM-A"
TIME_LIMIT = 60  # seconds; a hang would run for ever, a refusal takes about one
MEMORY_LIMIT_MB = 200  # each of these runs peaks near 60 MB
PARALLEL = 6


@dataclass
class Run:
    args: list[str]
    db: Path
    db_bytes: bytes
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0


def run_side_by_side(runs: list[Run], folder: Path) -> None:
    """Run each command in its own process, PARALLEL at a time; fill in what each did."""
    pending = list(enumerate(runs))
    while pending:
        batch, pending = pending[:PARALLEL], pending[PARALLEL:]
        started = []
        for index, run in batch:
            out, err, report = (folder / f"{index}.{kind}" for kind in ("out", "err", "json"))
            command = [sys.executable, "-m", "mission_planner", "--db", str(run.db), *run.args]
            with out.open("wb") as stdout, err.open("wb") as stderr:
                process = subprocess.Popen(
                    [sys.executable, "-m", "tests.cli.measured", str(report), *command],
                    stdout=stdout,
                    stderr=stderr,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,  # a hung command is killed with its launcher
                )
            started.append((run, process, out, err, report, time.monotonic()))
        for run, process, out, err, report, began in started:
            try:
                process.wait(timeout=max(1.0, TIME_LIMIT - (time.monotonic() - began)))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                raise AssertionError(f"{run.args} did not finish in {TIME_LIMIT} s") from None
            run.seconds = time.monotonic() - began
            measured = json.loads(report.read_text())
            run.returncode, run.peak_mb = measured["returncode"], measured["peak_mb"]
            run.stdout, run.stderr = out.read_text(), err.read_text()


@pytest.fixture
def make_run(demo_db, tmp_path):
    """Runs that each get their own copy of the demo database."""
    made = []

    def make(*args: object) -> Run:
        db = tmp_path / f"db-{len(made)}.db"
        shutil.copy(demo_db, db)
        run = Run([str(arg) for arg in args], db, db.read_bytes())
        made.append(run)
        return run

    return make


def assert_refused(run: Run, path: Path, reason: str) -> None:
    assert run.returncode == 2, (run.args, run.returncode, run.stderr)
    assert run.stderr == f"mission-planner-cli: {path}: {reason}\n" or (
        run.stderr.startswith(f"mission-planner-cli: {path}: ") and reason in run.stderr and run.stderr.count("\n") == 1
    ), (run.args, run.stderr)
    assert "Traceback" not in run.stderr and run.stdout == ""
    assert run.db.read_bytes() == run.db_bytes, run.args
    assert run.peak_mb < MEMORY_LIMIT_MB, (run.args, run.peak_mb)


def written(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture
def odd_files(tmp_path):
    """Paths that are not regular files: a FIFO nobody writes to, a link to /dev/zero, a folder,
    and a sparse file one byte over the limit."""
    folder = tmp_path / "odd"
    folder.mkdir()
    os.mkfifo(folder / "fifo")
    (folder / "zero").symlink_to("/dev/zero")
    (folder / "folder").mkdir()
    with (folder / "huge").open("wb") as huge:
        huge.truncate(MAX_INPUT_BYTES + 1)
    return folder


def test_no_command_that_reads_a_file_waits_on_a_fifo_or_reads_a_device(make_run, odd_files, tmp_path):
    fifo, zero, folder, huge = (odd_files / name for name in ("fifo", "zero", "folder", "huge"))
    cases = [
        (make_run("import-delegates", CODE, fifo), fifo, "is a pipe (FIFO), not a file"),
        (make_run("import-attendance", CODE, zero), zero, "is a device, not a file"),
        (make_run("import-mission", fifo), fifo, "is a pipe (FIFO), not a file"),
        (make_run("import-mission", huge), huge, "is larger than the 64 MB this program reads"),
        (make_run("unarchive", fifo), fifo, "is a pipe (FIFO), not a file"),
        (make_run("rules", "use", CODE, folder), folder, "is a folder, not a file"),
        (make_run("restore", fifo), fifo, "is a pipe (FIFO), not a file"),
    ]
    run_side_by_side([run for run, _, _ in cases], tmp_path)
    for run, path, reason in cases:
        assert_refused(run, path, reason)
        assert run.seconds < TIME_LIMIT
    assert not (tmp_path / "backups").exists()


def test_hostile_spreadsheets_are_refused_in_one_line(make_run, tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    header = ",".join(hostile.HEADER)
    cases = {
        "quote.csv": (f'{header}\nKim,"Minji,KR\n'.encode(), "row 2: a quote opened in this row is never closed"),
        "laughs.xlsx": (hostile.with_sheet(hostile.prolog(hostile.LAUGHS, b"&lol9;")), "holds a DOCTYPE declaration"),
        "far.xlsx": (
            hostile.with_sheet(
                lambda xml: xml.replace(
                    b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
                )
            ),
            "a value in cell XFD1048576",
        ),
        "bomb.xlsx": (
            hostile.with_sheet(lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 8_000_000)),
            "would swell from",
        ),
    }
    runs = []
    for name, (data, reason) in cases.items():
        path = written(files, name, data)
        runs.append((make_run("import-delegates", CODE, path), path, reason))
    report = written(files, "report.xlsx", hostile.with_sheet(hostile.prolog(hostile.EXTERNAL_ENTITY, b"&xxe;")))
    runs.append((make_run("import-attendance", CODE, report), report, "holds a DOCTYPE declaration"))
    run_side_by_side([run for run, _, _ in runs], tmp_path)
    for run, path, reason in runs:
        assert_refused(run, path, reason)


def test_a_sheet_claiming_sixteen_billion_cells_imports_what_it_holds(make_run, tmp_path):
    claim = hostile.with_sheet(lambda xml: xml.replace(b'<dimension ref="A1:E2"', b'<dimension ref="A1:XFD1048576"'))
    path = written(tmp_path, "claim.xlsx", claim)
    utf32 = written(tmp_path, "utf32.csv", f"{','.join(hostile.HEADER)}\n{','.join(hostile.ROW)}\n".encode("utf-32-le"))
    runs = [
        make_run("import-delegates", CODE, path, "--dry-run"),
        make_run("import-delegates", CODE, utf32, "--dry-run"),
    ]
    run_side_by_side(runs, tmp_path)
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "Would add 1, would update 0" in run.stdout and run.peak_mb < MEMORY_LIMIT_MB
        assert run.db.read_bytes() == run.db_bytes


def test_a_file_with_thousands_of_problems_prints_the_first_and_a_count(make_run, tmp_path):
    rows = "".join(f"Kim{n},Minji,Atlantis,KIST,not-an-email-{n}\n" for n in range(1500))
    path = written(tmp_path, "bad.csv", (",".join(hostile.HEADER) + "\n" + rows).encode())
    run = make_run("import-delegates", CODE, path)
    run_side_by_side([run], tmp_path)
    lines = run.stderr.splitlines()
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert lines[0] == f"mission-planner-cli: {path}: 3,000 problems; nothing was imported:"
    assert lines[1] == f"{path}: row 2, country (column C): 'Atlantis' is not a known country"
    assert len(lines) == 1 + MAX_PROBLEMS_SHOWN + 1 and lines[-1] == f"and {3000 - MAX_PROBLEMS_SHOWN:,} more problems"
    assert run.db.read_bytes() == run.db_bytes


@pytest.fixture
def archive_bytes(demo_db, tmp_path):
    copy = tmp_path / "archiving.db"
    shutil.copy(demo_db, copy)
    workspace = open_workspace(str(copy))
    try:
        workspace.missions.archive_mission(CODE, tmp_path / "good.mission")
    finally:
        workspace.close()
    return (tmp_path / "good.mission").read_bytes()


def test_hostile_mission_archives_are_refused_in_one_line(make_run, archive_bytes, tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    mission = hostile.member(archive_bytes, "mission.json")
    cases = {
        "twice.mission": (hostile.rezip(archive_bytes, add={"mission.json": mission}), "holds two files named"),
        "claims.mission": (
            hostile.patch_headers(archive_bytes, "mission.json", size=0xFFFFFFF0),
            "mission.json would unpack to 4.0 GB",
        ),
        "bomb.mission": (
            hostile.rezip(archive_bytes, add={f"attachments/{n}.png": bytes(30_000_000) for n in range(2)}),
            "would swell from",
        ),
    }
    runs = []
    for name, (data, reason) in cases.items():
        path = written(files, name, data)
        runs.append((make_run("unarchive", path), path, reason))
    run_side_by_side([run for run, _, _ in runs], tmp_path)
    for run, path, reason in runs:
        assert_refused(run, path, reason)
