"""The bounds every command run by the harness gets, and the fresh-process way to run one.

Run as a script (`python child.py ARGS...`), it bounds itself and execs `python -m
mission_planner ARGS` in the same process, so the harness's wait4 measures the command itself.
zygote.py applies the same bounds to the processes it forks.
"""

import ctypes
import os
import resource
import sys

ADDRESS_SPACE = 1024**3  # room for the largest export (packs of 60 people) with a margin
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
CAPABILITY_VERSION_3 = 0x20080522


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Sets(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def bound() -> None:
    """Cap the address space, so a runaway input fails fast instead of taking the machine's
    memory; as root, give up the power to read and write any file, so a file of mode 000 or a
    read-only folder stops this process as it stops a user."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    if os.geteuid() == 0:
        drop_file_powers()


def drop_file_powers() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0)  # not regained by an exec
    header, sets = _Header(CAPABILITY_VERSION_3, 0), (_Sets * 2)()
    if libc.capget(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    keep = ~((1 << CAP_DAC_OVERRIDE) | (1 << CAP_DAC_READ_SEARCH)) & 0xFFFFFFFF
    for field in ("effective", "permitted", "inheritable"):
        setattr(sets[0], field, getattr(sets[0], field) & keep)
    if libc.capset(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capset")


if __name__ == "__main__":
    bound()
    os.execv(sys.executable, [sys.executable, "-m", "mission_planner", *sys.argv[1:]])
