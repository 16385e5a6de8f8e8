"""Run a child's code, then write its own peak resident set to the file `$BENCH_PEAK_FILE`.

    python -m benchmarks.peak -c CODE [ARG...]
    python -m benchmarks.peak -m MODULE [ARG...]

The parent cannot take a child's peak from `wait4`: on Linux a process's maximum resident set
starts, at `exec`, from its parent's at the fork, so every child of a large benchmark process
showed the parent's figure. `VmHWM` in /proc/self/status is the high-water mark of the child's
own memory, read here just before it exits.
"""

from __future__ import annotations

import atexit
import os
import runpy
import sys


def _peak_kib() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _write_peak() -> None:
    target = os.environ.get("BENCH_PEAK_FILE")
    peak = _peak_kib()
    if target and peak is not None:
        with open(target, "w", encoding="ascii") as file:
            file.write(str(peak))


def main() -> None:
    atexit.register(_write_peak)
    how, what, *rest = sys.argv[1:]
    if how == "-c":
        sys.argv = ["-c", *rest]
        exec(compile(what, "<string>", "exec"), {"__name__": "__main__"})
    elif how == "-m":
        sys.argv = [what, *rest]
        runpy.run_module(what, run_name="__main__", alter_sys=True)
    else:
        raise SystemExit(f"usage: python -m benchmarks.peak -c CODE | -m MODULE [ARG...], not {how}")


if __name__ == "__main__":
    main()
