"""Runs command lines through the real CLI entry point under one fault, in a process of its own.

    python -m tests.cli.write_worker FAULT '[["--db", "x.db", "archive", ...], ...]'

FAULT is `none`, or `full-disk`: once the command has opened its database, no file of the
process may grow past a few bytes (RLIMIT_FSIZE, SIGXFSZ ignored: writes fail with EFBIG as on a
full disk); a backup, which opens no workspace, gets a limit the database's own files fit in.
Prints one JSON line per command: its exit status, stdout and stderr (a traceback shows there).
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import signal
import sys
import traceback

from mission_planner import services
from mission_planner.cli import main

SMALL = 1024
BACKUP_LIMIT = 64 * 1024  # above SQLite's 32 KiB shared-memory file, below any database copy


def fill_disk_after_opening(limit: int) -> None:
    opened = services.open_workspace  # the CLI imports it from there when a command runs

    def opening(db, **options):
        workspace = opened(db, **options)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        return workspace

    services.open_workspace = opening


def run(argv: list[str], fault: str) -> dict:
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if fault == "full-disk" and "backup" in argv:
        resource.setrlimit(resource.RLIMIT_FSIZE, (BACKUP_LIMIT, hard))
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(argv)
    except BaseException:
        status = "crashed"
        err.write(traceback.format_exc())
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    return {"argv": argv, "status": status, "stdout": out.getvalue(), "stderr": err.getvalue()}


if __name__ == "__main__":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    fault, commands = sys.argv[1], json.loads(sys.argv[2])
    if fault == "full-disk":
        fill_disk_after_opening(SMALL)
    for argv in commands:
        print(json.dumps(run(argv, fault)), flush=True)
