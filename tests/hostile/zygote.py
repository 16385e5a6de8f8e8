"""A fork server for the command line: the program imported once, a forked copy per command.

Starting Python and importing the program costs most of a second of CPU; a corpus of a few
hundred commands would spend minutes on it. The zygote imports the command line once; for each
request (a JSON line on stdin: argv, env, and the files for stdout and stderr) it forks a child
that becomes a new session, bounds itself as child.py does, and runs `mission_planner` as
`__main__` exactly as `python -m mission_planner` does, then exits through the interpreter's
normal shutdown (atexit, finalizers). The zygote answers with the child's pid, then its exit
status, CPU time and peak memory from wait4. One request at a time: the harness keeps a zygote
per worker thread.
"""

import json
import os
import runpy
import sys
from pathlib import Path

import child  # beside this file, which is sys.path[0] until the next lines

REPO = Path(__file__).resolve().parents[2]
sys.path[0] = str(REPO)  # as `python -m` run from the repository: the worktree's own package

# What every command imports, and the libraries most of them load on their way.
import jsonschema  # noqa: E402, F401
import openpyxl  # noqa: E402, F401

import mission_planner.cli  # noqa: E402
import mission_planner.services  # noqa: E402, F401


def serve() -> None:
    requests = sys.stdin.buffer
    answers = sys.stdout
    while line := requests.readline():
        request = json.loads(line)
        answers.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            become(request)
            return  # only reached by the child: the interpreter then shuts down as usual
        print(json.dumps({"pid": pid}), file=answers, flush=True)
        _, status, usage = os.wait4(pid, 0)
        done = {"status": status, "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss * 1024}
        print(json.dumps(done), file=answers, flush=True)


def become(request: dict) -> None:
    os.setsid()
    os.chdir(REPO)
    for fd, path, flags in (
        (0, os.devnull, os.O_RDONLY),
        (1, request["out"], os.O_WRONLY | os.O_TRUNC),
        (2, request["err"], os.O_WRONLY | os.O_TRUNC),
    ):
        opened = os.open(path, flags)
        os.dup2(opened, fd)
        os.close(opened)
    # A fresh reader on the new stdin: the zygote's holds requests it had buffered.
    sys.stdin = sys.__stdin__ = open(0, encoding=sys.stdin.encoding, errors=sys.stdin.errors, closefd=False)  # noqa: SIM115
    os.environ.clear()
    os.environ.update(request["env"])
    child.bound()
    sys.argv = ["mission_planner", *request["argv"]]
    runpy.run_module("mission_planner", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    serve()
