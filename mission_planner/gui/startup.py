"""When the process started, for `--smoke`'s "milliseconds to first paint".

Import this module before anything heavy: if the operating system cannot tell when the process
started, the time of this import stands in for it.
"""

from __future__ import annotations

import os
import sys
import time

IMPORTED_AT = time.perf_counter()

# A process older than this is not one that is still starting: the reading must be wrong.
_PLAUSIBLE_AGE_SECONDS = 600.0


def process_start_time() -> float:
    """The `time.perf_counter()` value at which this process started, as well as can be told.

    Linux and Windows report the process creation time, which includes interpreter start-up;
    elsewhere (or if the reading is implausible) the import of this module is used instead.
    """
    now = time.perf_counter()
    try:
        age = _process_age_seconds()
    except (OSError, ValueError, IndexError, AttributeError):
        age = None
    if age is None or not (now - IMPORTED_AT <= age < _PLAUSIBLE_AGE_SECONDS):
        return IMPORTED_AT
    return now - age


def elapsed_ms(since: float) -> int:
    return round((time.perf_counter() - since) * 1000)


def _process_age_seconds() -> float | None:
    if sys.platform.startswith("linux"):
        return _linux_process_age()
    if sys.platform == "win32":
        return _windows_process_age()
    return None


def _linux_process_age() -> float:
    with open("/proc/self/stat", "rb") as stat:
        data = stat.read()
    # Fields after the command name (which may hold spaces and parentheses); starttime is field 22.
    fields = data[data.rindex(b")") + 2 :].split()
    started_ticks = int(fields[19])
    since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
    return since_boot - started_ticks / os.sysconf("SC_CLK_TCK")


def _windows_process_age() -> float | None:
    import ctypes
    from ctypes import wintypes

    times = [wintypes.FILETIME() for _ in range(4)]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only; mypy checks as Linux
    if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), *(ctypes.byref(t) for t in times)):
        return None
    created = times[0]
    hundreds_of_ns = (created.dwHighDateTime << 32) | created.dwLowDateTime
    created_unix = hundreds_of_ns / 10_000_000 - 11_644_473_600  # FILETIME counts from 1601
    return time.time() - created_unix
