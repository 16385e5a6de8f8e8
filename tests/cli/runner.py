"""Running the command line as a user does: a separate process on a real database file."""

import os
import subprocess
import sys


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mission_planner", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
