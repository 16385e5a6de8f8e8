"""`python -m tests.cli.measured REPORT COMMAND...`: run COMMAND and write its exit status and peak
memory to REPORT (JSON).

Linux counts in a child's peak resident size what its parent held when it forked: measured from
the test process itself, hundreds of MB of pytest would be the command's. This launcher is small,
so what it reports is the command's own."""

import json
import os
import sys


def main() -> int:
    report, command = sys.argv[1], sys.argv[2:]
    pid = os.posix_spawn(command[0], command, os.environ)
    _, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    with open(report, "w", encoding="utf-8") as out:
        json.dump({"returncode": code, "peak_mb": usage.ru_maxrss / 1024}, out)  # kilobytes on Linux
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main())
