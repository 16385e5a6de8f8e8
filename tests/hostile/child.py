"""The bounds every command run by the harness gets, and the fresh-process way to run one.

Run as a script (`python child.py ARGS...`), it bounds itself and execs `python -m
mission_planner ARGS` in the same process, so the harness's wait4 measures the command itself.
zygote.py applies the same bounds to the processes it forks.
"""

import ctypes
import os
import resource
import sys

ADDRESS_SPACE = 3 * 1024**3
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def bound() -> None:
    """Cap the address space, so a runaway input fails fast instead of taking the machine's
    memory; as root, give up the power to read any file, so a file of mode 000 is unreadable
    here as it is for a user (the capabilities leave the bounding set: an exec cannot regain them)."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
            libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0)


if __name__ == "__main__":
    bound()
    os.execv(sys.executable, [sys.executable, "-m", "mission_planner", *sys.argv[1:]])
