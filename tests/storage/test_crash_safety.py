"""Crash safety, proven by killing: SIGKILL at random moments during imports, edits and exports,
two writers at once, and a full disk. Afterwards the database passes SQLite's integrity check,
every import is all or nothing, every edit whole, and no half-written document sits at a target.

The kills are random but seeded: the seed is printed, and named in every failure; set
CRASH_SEED to replay a run and CRASH_KILLS to kill more often.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from mission_planner.services import open_workspace
from mission_planner.services.interchange.files import read_mission_file
from tests.factories import full_record
from tests.storage.crash_worker import (
    EDIT_CODE,
    EDIT_DAY,
    EDIT_OTHER_DAY,
    IMPORT_PREFIX,
    NOMINEES,
    nominations_csv,
)

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))
KILLS = int(os.environ.get("CRASH_KILLS") or 12)
ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "mission_planner"]
WHY = f"(seed {SEED}; replay with CRASH_SEED={SEED})"


@pytest.fixture
def rng():
    print(f"crash-safety seed {SEED}")
    return random.Random(SEED)


@pytest.fixture
def template(tmp_path) -> Path:
    """A database holding one mission (two people), closed cleanly."""
    path = tmp_path / "template.db"
    workspace = open_workspace(str(path))
    workspace.missions.add_record(full_record(EDIT_CODE))
    workspace.close()
    return path


def integrity(path: Path) -> str:
    """SQLite's verdict on the file ("ok"), and no row pointing at one that is not there."""
    with closing(sqlite3.connect(path)) as connection:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
    return verdict if not dangling else f"rows refer to missing rows: {dangling[:3]}"


def nominees_in(path: Path, code: str = EDIT_CODE) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT count(*) FROM participation JOIN person ON person.id = participation.person_id "
            "JOIN mission ON mission.id = participation.mission_id "
            "WHERE mission.code = ? AND person.email LIKE '%@nominee.example'",
            (code,),
        ).fetchone()[0]


def fresh_copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    target.chmod(0o600)  # as the program makes them: a copy readable by others is tightened, with a notice
    return target


def kill_when(process: subprocess.Popen, ready, *, then: float, deadline: float) -> bool:
    """SIGKILL `process` `then` seconds after `ready()` holds; False if it finished first."""
    while not ready():
        if process.poll() is not None:
            return False
        if time.monotonic() > deadline:
            break
        time.sleep(0.0002)
    time.sleep(then)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def test_killing_the_cli_in_an_import_of_60_people_leaves_none_or_all(tmp_path, template, rng):
    nominations = nominations_csv(tmp_path / "nominations.csv")
    command = ["import-delegates", EDIT_CODE, str(nominations)]
    calibration = fresh_copy(template, tmp_path / "calibration.db")
    started = time.monotonic()
    done = subprocess.run([*CLI, "--db", str(calibration), *command], capture_output=True)
    full_run = time.monotonic() - started
    assert done.returncode == 0 and nominees_in(calibration) == NOMINEES
    # Half the kills come at a random moment of the run; half aim at the commit, a few
    # milliseconds at most after the write-ahead log starts to grow.
    plans = [
        ("wal", rng.uniform(0, 0.01)) if kill % 2 else ("clock", rng.uniform(0.3, 1.05) * full_run)
        for kill in range(KILLS)
    ]

    def run_and_kill(kill: int) -> tuple[Path, bool]:
        db = fresh_copy(template, tmp_path / f"kill-{kill}.db")
        wal = Path(f"{db}-wal")
        process = subprocess.Popen(
            [*CLI, "--db", str(db), *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        aim, delay = plans[kill]
        if aim == "wal":
            ready = lambda: wal.exists() and wal.stat().st_size > 0  # noqa: E731
            return db, kill_when(process, ready, then=delay, deadline=time.monotonic() + 4 * full_run)
        return db, kill_when(process, lambda: True, then=delay, deadline=0)

    outcomes = {"none": 0, "all": 0, "finished before the kill": 0}
    # Two at a time: the machine that runs CI has two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        for kill, (db, killed) in enumerate(pool.map(run_and_kill, range(KILLS))):
            assert integrity(db) == "ok", f"kill {kill}: the database is damaged {WHY}"
            count = nominees_in(db)
            assert count in (0, NOMINEES), f"kill {kill}: {count} of {NOMINEES} people imported {WHY}"
            outcomes["all" if count else "none"] += killed
            outcomes["finished before the kill"] += not killed
            reopened = open_workspace(str(db))
            assert len(reopened.missions.load_record(EDIT_CODE).people) == 2 + count, WHY
            reopened.close()
    print(f"{KILLS} kills of import-delegates (a whole run takes {full_run:.2f} s): {outcomes}")
    assert outcomes["finished before the kill"] <= KILLS // 2, f"too few runs were killed at all {WHY}"


def test_killing_imports_edits_and_exports_at_random_moments(tmp_path, template, rng):
    db = fresh_copy(template, tmp_path / "work.db")
    nominations_csv(tmp_path / "nominations.csv")
    first_day = {item.uid: item.sequence for day in full_record().days if day.date == EDIT_DAY for item in day.items}
    assert len(first_day) >= 2
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_worker", str(db), str(tmp_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        for kill in range(KILLS * 2):
            server.stdin.write(f"{rng.randrange(10**6)}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            time.sleep(rng.uniform(0.05, 0.8))
            os.kill(pid, signal.SIGKILL)
            assert server.stdout.readline().split() == ["reaped", str(int(signal.SIGKILL))], (
                f"kill {kill}: the worker stopped before it was killed (see its traceback) {WHY}"
            )
            check_after_kill(db, tmp_path, first_day, f"kill {kill} {WHY}")
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    with closing(sqlite3.connect(db)) as connection:
        imports = connection.execute(
            "SELECT count(*) FROM mission WHERE code LIKE ?", (f"{IMPORT_PREFIX}%",)
        ).fetchone()
        shifts = connection.execute("SELECT max(sequence) FROM item").fetchone()
    print(f"{KILLS * 2} kills; work done in all: {imports[0]} imports started, {shifts[0]} shifts of a day")


def check_after_kill(db: Path, folder: Path, first_day: dict[str, int], context: str) -> None:
    assert integrity(db) == "ok", f"{context}: the database is damaged"
    with closing(sqlite3.connect(db)) as connection:
        for code, count in connection.execute(
            "SELECT mission.code, count(participation.id) FROM mission "
            "LEFT JOIN participation ON participation.mission_id = mission.id "
            "WHERE mission.code LIKE ? GROUP BY mission.code",
            (f"{IMPORT_PREFIX}%",),
        ):
            assert count in (0, NOMINEES), f"{context}: {code} holds {count} of {NOMINEES} people"
        placeholders = ",".join("?" * len(first_day))
        moved = connection.execute(
            f"SELECT item.uid, item.sequence, day.date FROM item JOIN day ON day.id = item.day_id "
            f"WHERE item.uid IN ({placeholders})",
            list(first_day),
        ).fetchall()
    shifts = {sequence - first_day[uid] for uid, sequence, _ in moved}
    assert len(moved) == len(first_day) and len(shifts) == 1, f"{context}: a shifted day is half moved: {moved}"
    expected = EDIT_DAY if shifts.pop() % 2 == 0 else EDIT_OTHER_DAY
    assert {day for _, _, day in moved} == {expected.isoformat()}, f"{context}: items and day disagree: {moved}"
    if (folder / "mission.json").exists():
        assert read_mission_file(folder / "mission.json").mission.code == EDIT_CODE, context
    if (folder / "participants.xlsx").exists():
        openpyxl.load_workbook(folder / "participants.xlsx", read_only=True).close()


def nominees_tagged(path: Path, tag: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT count(*) FROM person WHERE email LIKE ?", (f"nominee{tag}__@nominee.example",)
        ).fetchone()[0]


def test_two_processes_importing_at_once_both_succeed_or_one_is_told_busy(tmp_path, template):
    db = fresh_copy(template, tmp_path / "shared.db")
    files = {tag: nominations_csv(tmp_path / f"{tag}.csv", tag=tag) for tag in ("a", "b")}
    processes = {
        tag: subprocess.Popen(
            [*CLI, "--db", str(db), "import-delegates", EDIT_CODE, str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag, path in files.items()
    }
    results = {tag: (process.wait(timeout=60), process.stderr.read()) for tag, process in processes.items()}

    assert integrity(db) == "ok"
    for tag, (status, stderr) in results.items():
        if status == 0:
            assert nominees_tagged(db, tag) == NOMINEES
        else:
            assert status == 2 and "busy" in stderr and len(stderr.strip().splitlines()) == 1, stderr
            assert nominees_tagged(db, tag) == 0
    assert sum(status == 0 for status, _ in results.values()) >= 1


def test_a_writer_held_up_by_another_is_told_the_database_is_busy_and_changes_nothing(tmp_path, template):
    db = fresh_copy(template, tmp_path / "held.db")
    nominations = nominations_csv(tmp_path / "nominations.csv")
    with closing(sqlite3.connect(db, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
        done = subprocess.run(
            [*CLI, "--db", str(db), "import-delegates", EDIT_CODE, str(nominations)], capture_output=True, text=True
        )
        holder.execute("ROLLBACK")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"mission-planner-cli: The database {db} is busy: another program is writing to it. Try again."
    ]
    assert integrity(db) == "ok" and nominees_in(db) == 0


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    workspace = open_workspace(str(path))
    workspace.missions.load_demo()
    workspace.close()
    return path


FULL_DISK_BYTES = 48 * 1024  # SQLite's shared-memory index alone takes 32 KiB


def limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_DISK_BYTES, FULL_DISK_BYTES))


@pytest.mark.parametrize(
    "command",
    [
        ["export", "21-IP-06-GE-OSM-B", "badges-pdf", "-o"],
        ["export-mission", "21-IP-06-GE-OSM-B"],
    ],
)
def test_a_full_disk_during_an_export_leaves_the_previous_file_and_says_why(tmp_path, demo_db, command):
    target = tmp_path / "document"
    first = subprocess.run([*CLI, "--db", str(demo_db), *command, str(target)], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    before = target.read_bytes()
    assert len(before) > FULL_DISK_BYTES  # so the same document cannot fit once the disk is "full"

    # The operating system refuses to let any file of the child grow past the limit: the same
    # error a full disk gives a program, short of its errno (EFBIG rather than ENOSPC).
    done = subprocess.run(
        [*CLI, "--db", str(demo_db), *command, str(target)], capture_output=True, text=True, preexec_fn=limit_file_size
    )

    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"mission-planner-cli: Cannot write {target}: File too large; the previous file is left as it was."
    ]
    assert target.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["document"]  # no temporary file left behind
    assert integrity(demo_db) == "ok"
