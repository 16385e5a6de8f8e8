"""Each figure's child process: its environment, its timing line by line, its own peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Child:
    stdout: str
    first_line_s: float  # from spawning to the first line on stdout
    peak_mb: float
    line_s: list[float] = field(default_factory=list)  # from spawning to each line on stdout
    stderr: str = ""
    total_s: float = 0.0  # from spawning to the child's exit


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # The user's own settings and data stay out of it.
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("MISSION_PLANNER_DB", None)
    return env


def run_child(args: list[str], env: dict[str, str], *, python: list[str] | None = None) -> Child:
    """`python [python...] -m benchmarks.peak ARGS`: timed line by line, with its own peak memory."""
    # stderr to a file: `-X importtime` writes more than a pipe holds while stdout is read.
    with tempfile.NamedTemporaryFile("r", suffix=".peak") as peak, tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, *(python or []), "-m", "benchmarks.peak", *args],
            cwd=ROOT,
            env={**env, "BENCH_PEAK_FILE": peak.name},
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        lines, times = [], []
        for line in process.stdout:
            times.append(time.perf_counter() - started)
            lines.append(line)
        process.wait()
        total = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(args[:3])} failed with exit status {process.returncode}:\n{''.join(lines)}")
        kib = peak.read().strip()
        errors.seek(0)
        stderr = errors.read()
    return Child("".join(lines), times[0] if times else 0.0, int(kib) / 1024 if kib else 0.0, times, stderr, total)
