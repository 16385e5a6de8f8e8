"""Run the real command line on one hostile case and say everything it did wrong.

A case is a folder of its own holding a copy of the demo database, a sentinel file and the
hostile inputs, and one or more steps (command lines). Each step runs `python -m mission_planner`
in a child process (through child.py: memory capped, root's file powers dropped) with a time
limit; the harness measures the child's peak memory with wait4 and compares the folder before and
after. What it asserts is the command line contract: exit 0 or 2, no traceback, a few short lines
on stderr, no raw control characters echoed, and on a refusal the database's bytes and every
other file exactly as they were; on success only the target (and the database) may change.
"""

from __future__ import annotations

import hashlib
import json
import os
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mission_planner.domain.limits import MAX_PROBLEMS_SHOWN

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child.py")
ZYGOTE = Path(__file__).with_name("zygote.py")
TIME_LIMIT = 20.0  # seconds; a step still running then is a hang
MEMORY_LIMIT = 500 * 1024 * 1024  # bytes of peak resident memory
LONGEST_LINE = 2_000  # characters in one line of stderr
MAX_STDERR_LINES = MAX_PROBLEMS_SHOWN + 1  # one line a problem shown, plus "and N more"
HASHED_BYTES = 64 * 1024 * 1024  # files up to this size are compared by content too
OUTPUT_READ = 4 * 1024 * 1024  # characters of stdout and stderr kept

# Commands whose exit 1 is a documented answer, not a failure: `check` (a conflict is an error)
# and `budget` (the total is incomplete).
REPORTS_WITH_EXIT_1 = ("check", "budget")

# What a terminal would act on: C0 and C1 controls (bar newline and tab), and the bidi controls
# that reorder a line (a title can make the rest of the line read backwards).
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class Step:
    """One command line. `args` follow `--db DB`; `db` replaces the case's database."""

    args: tuple[str, ...]
    refuse: bool = False  # the contract demands exit 2
    succeed: bool = False  # the contract demands exit 0 (a control, or the longest allowed values)
    names: str | None = None  # text a refusal's message must contain (the file it names)
    targets: tuple[Path, ...] = ()  # what a successful step may write
    shows: str | None = None  # text a success must print on stdout
    secret: str | None = None  # text that must never be shown (a password, a file's contents)
    db: str | Path | None = None
    after_success: bool = False  # run only if the first step exited 0 (what a lax import let in)


@dataclass
class Outcome:
    argv: list[str]
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    peak_rss: int  # bytes
    hung: bool
    cpu: float = 0.0  # seconds of user and system time


@dataclass
class CaseResult:
    case_id: str
    problems: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    def report(self) -> str:
        lines = [f"{self.case_id}:"]
        lines += [f"  - {problem}" for problem in self.problems]
        for outcome in self.outcomes:
            lines.append(
                f"  $ {' '.join(map(repr, outcome.argv))}\n    exit {outcome.returncode}, "
                f"{outcome.seconds:.1f} s ({outcome.cpu:.1f} s CPU), {outcome.peak_rss // 2**20} MB"
            )
            tail = outcome.stderr.strip().splitlines()[-3:]
            lines += [f"    stderr: {line[:300]}" for line in tail]
        return "\n".join(lines)


@dataclass(frozen=True)
class Case:
    """A hostile input and the command lines that read it. `build` writes the inputs into the
    case's folder (which already holds `demo.db`) and returns the steps."""

    id: str
    build: Callable[[Path, Template], list[Step]]


@dataclass(frozen=True)
class Template:
    """What every case starts from, made once a session with the real command line."""

    folder: Path
    db: Path  # the demo missions
    mission: Path  # export-mission of the small in-person demo mission
    archive: Path  # archive of the same mission
    rule_set: Path  # rules export of the same mission
    person_uid: str  # someone in that mission


# The environment commands get, taken once at import on the main thread: pytest changes
# os.environ (PYTEST_CURRENT_TEST) while worker threads would be copying it. Without the
# default database the tests' own conftest points into a test's folder.
USER_ENV = {key: value for key, value in os.environ.items() if key not in ("MISSION_PLANNER_DB", "PYTEST_CURRENT_TEST")}

# --- running one command line ---------------------------------------------------------------


def child_env(home: Path) -> dict[str, str]:
    """The user's environment with no default database and data folders of the case's own."""
    env = dict(USER_ENV)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_cli(argv: list[str], env: dict[str, str], *, time_limit: float = TIME_LIMIT) -> Outcome:
    """The command line with ARGV in a process of its own, killed at the time limit: forked from
    this thread's zygote, or with HOSTILE_FRESH=1 a fresh `python -m mission_planner` each time
    (slower, for when the fork server itself is in doubt)."""
    if os.environ.get("HOSTILE_FRESH"):
        return run_fresh(argv, env, time_limit=time_limit)
    if not hasattr(_threads, "zygote") or not _threads.zygote.alive():
        _threads.zygote = Zygote()
        with _zygotes_lock:
            _zygotes.append(_threads.zygote)
    return _threads.zygote.run(argv, env, time_limit)


def stop_zygotes() -> None:
    with _zygotes_lock:
        for zygote in _zygotes:
            zygote.stop()
        _zygotes.clear()


_threads = threading.local()
_zygotes: list[Zygote] = []
_zygotes_lock = threading.Lock()


class Zygote:
    """zygote.py in a process of its own, and the requests and answers exchanged with it."""

    def __init__(self):
        self.process = subprocess.Popen(
            [sys.executable, str(ZYGOTE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=REPO, env=USER_ENV
        )
        self.pending = b""

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def run(self, argv: list[str], env: dict[str, str], time_limit: float) -> Outcome:
        with tempfile.NamedTemporaryFile() as out, tempfile.NamedTemporaryFile() as err:
            started = time.monotonic()
            request = {"argv": argv, "env": env, "out": out.name, "err": err.name}
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
            self.process.stdin.flush()
            pid = self._answer(None)["pid"]
            done = self._answer(started + time_limit)
            hung = done is None
            if hung:
                with _suppress_missing():
                    os.killpg(pid, signal.SIGKILL)
                done = self._answer(None)
            code = None if hung else os.waitstatus_to_exitcode(done["status"])
            seconds = time.monotonic() - started
            return Outcome(argv, code, _read(out), _read(err), seconds, done["maxrss"], hung, done["cpu"])

    def _answer(self, deadline: float | None) -> dict | None:
        """The zygote's next line, or None if the deadline passes first."""
        fd = self.process.stdout.fileno()
        while b"\n" not in self.pending:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not select.select([fd], [], [], wait)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("the zygote stopped")
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return json.loads(line)


def run_fresh(argv: list[str], env: dict[str, str], *, time_limit: float = TIME_LIMIT) -> Outcome:
    """`python -m mission_planner ARGV` as its own process group; killed at the time limit."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, str(CHILD), *argv],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=REPO,
            env=env,
            start_new_session=True,
        )
        status, usage, hung = _wait(process, started + time_limit)
        process.returncode = None if hung else os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        cpu = usage.ru_utime + usage.ru_stime
        return Outcome(argv, process.returncode, _read(out), _read(err), seconds, usage.ru_maxrss * 1024, hung, cpu)


def _wait(process: subprocess.Popen, deadline: float):
    pause = 0.005
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            return status, usage, False
        if time.monotonic() > deadline:
            with _suppress_missing():
                os.killpg(process.pid, signal.SIGKILL)
            _, status, usage = os.wait4(process.pid, 0)
            return status, usage, True
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


class _suppress_missing:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        return kind is ProcessLookupError


def _read(handle) -> str:
    handle.seek(0)
    return handle.read(OUTPUT_READ).decode("utf-8", errors="backslashreplace")


# --- what a step may change -----------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    kind: str
    mode: int
    size: int = 0
    mtime: int = 0
    digest: str | None = None
    detail: str = ""  # a symlink's target, a device's numbers


def snapshot(folder: Path) -> dict[str, Entry]:
    """Every name under `folder` (symlinks not followed) with its type, mode, size, mtime and
    content hash; folders by type and mode only (adding a file changes a folder's mtime)."""
    entries: dict[str, Entry] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            entries[str(path.relative_to(folder))] = _entry(path)
    return entries


def _entry(path: Path) -> Entry:
    info = path.lstat()
    mode = stat.S_IMODE(info.st_mode)
    if stat.S_ISDIR(info.st_mode):
        return Entry("folder", mode)
    if stat.S_ISLNK(info.st_mode):
        return Entry("symlink", mode, detail=os.readlink(path))
    if stat.S_ISREG(info.st_mode):
        return Entry("file", mode, info.st_size, info.st_mtime_ns, _digest(path, info.st_size))
    kind = "fifo" if stat.S_ISFIFO(info.st_mode) else "device" if stat.S_ISCHR(info.st_mode) else "other"
    return Entry(kind, mode, detail=f"{os.major(info.st_rdev)}:{os.minor(info.st_rdev)}")


def _digest(path: Path, size: int) -> str | None:
    if size > HASHED_BYTES:
        return None
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def file_changes(
    before: dict[str, Entry],
    after: dict[str, Entry],
    *,
    succeeded: bool,
    targets: Iterable[str],
    database: str | None,
) -> list[str]:
    """What changed that may not have. A refusal may change nothing; the database's bytes must
    be equal (an empty -wal equals none). A success may write its targets (a regular file may be
    replaced by a regular file, a folder may gain new entries) and the database; whatever was in
    a target folder before stays as it was."""
    targets = list(targets)
    db_files = {}
    if database is not None:
        db_files = {f"{database}": "db", f"{database}-wal": "wal", f"{database}-shm": "shm"}
        db_files[f"{database}-journal"] = "journal"
    problems = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        role = db_files.get(name)
        if role == "shm":
            continue
        if role in ("db", "wal", "journal") and not succeeded:
            if _same_data(old, new, role):
                continue
            problems.append(f"the database file {name} changed on a refusal")
            continue
        if role is not None and succeeded:
            continue
        if succeeded and _may_write(name, old, new, targets):
            continue
        problems.append(_describe(name, old, new))
    return problems


def _same_data(old: Entry | None, new: Entry | None, role: str) -> bool:
    if role in ("wal", "journal"):
        return (old is None or old.size == 0) and (new is None or new.size == 0)
    return old is not None and new is not None and old.digest == new.digest and old.digest is not None


def _may_write(name: str, old: Entry | None, new: Entry | None, targets: list[str]) -> bool:
    for target in targets:
        if name == target:
            if old is None:
                return True
            return new is not None and old.kind == new.kind and old.kind in ("file", "folder")
        if name.startswith(target + os.sep):
            return old is None  # new entries in a target folder; the user's own stay untouched
    return False


def _describe(name: str, old: Entry | None, new: Entry | None) -> str:
    if old is None:
        return f"{name} was created ({new.kind})"
    if new is None:
        return f"{name} was removed ({old.kind})"
    if old.kind != new.kind:
        return f"{name} was replaced: a {old.kind} became a {new.kind}"
    return f"{name} was changed"


# --- checking one outcome -------------------------------------------------------------------


def output_problems(step: Step, outcome: Outcome) -> list[str]:
    problems = []
    code = outcome.returncode
    if outcome.hung:
        problems.append(f"hang: still running after {TIME_LIMIT:.0f} s (killed)")
        if outcome.peak_rss > MEMORY_LIMIT:
            problems.append(f"peak memory {outcome.peak_rss // 2**20} MB (limit {MEMORY_LIMIT // 2**20} MB)")
        return problems
    if "Traceback (most recent call last)" in outcome.stderr:
        last = outcome.stderr.strip().splitlines()[-1]
        problems.append(f"traceback: {last[:200]}")
    if code not in (0, 2) and not (code == 1 and step.args and step.args[0] in REPORTS_WITH_EXIT_1):
        problems.append(f"exit {code}" + (f" (signal {-code})" if code < 0 else ""))
    if step.refuse and code == 0:
        problems.append("accepted (exit 0); the contract refuses it (exit 2)")
    if step.succeed and code == 2:
        problems.append(f"refused a valid input: {outcome.stderr.strip()[:200]}")
    if code == 2:
        problems += _refusal_message_problems(step, outcome.stderr)
    if outcome.peak_rss > MEMORY_LIMIT:
        problems.append(f"peak memory {outcome.peak_rss // 2**20} MB (limit {MEMORY_LIMIT // 2**20} MB)")
    for stream, text in (("stdout", outcome.stdout), ("stderr", outcome.stderr)):
        raw = _raw_control(text)
        if raw:
            problems.append(f"raw control character {raw} on {stream}")
        if step.secret and step.secret in text:
            problems.append(f"{stream} shows what must stay hidden ({step.secret[:20]!r})")
    return problems


def _refusal_message_problems(step: Step, stderr: str) -> list[str]:
    lines = [line for line in stderr.splitlines() if line.strip()]
    if "Traceback (most recent call last)" in stderr:
        return []  # said above
    if not lines:
        return ["exit 2 without a message"]
    problems = []
    if len(lines) > MAX_STDERR_LINES:
        problems.append(f"{len(lines)} lines on stderr (at most {MAX_STDERR_LINES})")
    longest = max(len(line) for line in lines)
    if longest > LONGEST_LINE:
        problems.append(f"a line of {longest} characters on stderr")
    if step.names is not None and step.names not in stderr:
        problems.append(f"the message does not name {step.names!r}: {lines[0][:200]}")
    return problems


def _raw_control(text: str) -> str | None:
    for char in text:
        if char in "\n\t":
            continue
        if char in BIDI or unicodedata.category(char) == "Cc":
            return f"U+{ord(char):04X}"
    return None


# --- one case -------------------------------------------------------------------------------

SENTINEL = "sentinel.txt"


def run_case(case: Case, template: Template, root: Path) -> CaseResult:
    folder = root / case.id
    home = root / f"{case.id}.home"
    folder.mkdir()
    home.mkdir()
    shutil.copy2(template.db, folder / "demo.db")
    (folder / SENTINEL).write_text("the user's own file, beside every target\n")
    steps = case.build(folder, template)
    result = CaseResult(case.id)
    env = child_env(home)
    for number, step in enumerate(steps, start=1):
        if step.after_success and result.outcomes and result.outcomes[0].returncode != 0:
            continue
        db = str(step.db) if step.db is not None else str(folder / "demo.db")
        argv = ["--db", db, *step.args]
        before = snapshot(folder)
        outcome = run_cli(argv, env)
        result.outcomes.append(outcome)
        after = snapshot(folder)
        prefix = f"step {number} ({step.args[0] if step.args else 'missions'}): " if len(steps) > 1 else ""
        found = output_problems(step, outcome)
        database = str(Path(db).relative_to(folder)) if _inside(Path(db), folder) else None
        succeeded = outcome.returncode == 0
        targets = [str(Path(t).relative_to(folder)) for t in step.targets if _inside(Path(t), folder)]
        found += file_changes(before, after, succeeded=succeeded, targets=targets, database=database)
        if succeeded and step.shows is not None and step.shows not in outcome.stdout:
            found.append(f"exit 0 without showing {step.shows!r}: {outcome.stdout.strip()[:200]!r}")
        result.problems += [prefix + problem for problem in found]
        if outcome.hung:
            break
    return result


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).relative_to(folder)
    except ValueError:
        return False
    return True
