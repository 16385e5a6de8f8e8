"""The process the crash-safety tests kill: a small fork server and the work it forks.

Run as `python -m tests.storage.crash_worker DB FOLDER`. It imports everything once, then for each
line "SEED" on stdin forks a worker that imports, edits and exports on DB without end, prints
the worker's pid, waits for it to die (the test kills it with SIGKILL) and prints "reaped". Forking
keeps each kill cheap: a new process without paying for Python's imports every time.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from datetime import date
from pathlib import Path

from mission_planner.domain.mission import Mission
from mission_planner.services import open_workspace
from mission_planner.services.interchange.files import read_mission_file  # noqa: F401  (loaded before forking)

EDIT_CODE = "23-IP-99-GE-OSM-A"
EDIT_DAY, EDIT_OTHER_DAY = date(2023, 10, 24), date(2023, 11, 30)
IMPORT_PREFIX = "CRASH-"
NOMINEES = 60


def nominations_csv(path: Path, count: int = NOMINEES, *, tag: str = "") -> Path:
    """A nomination file of `count` people, all with addresses at nominee.example."""
    lines = ["Surname,First name,Nationality,Organisation,Designation,E-mail"]
    for n in range(count):
        lines.append(f"Nominee{tag}{n:02d},Şule {n},Türkiye,Agency {n % 7},Expert,nominee{tag}{n:02d}@nominee.example")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def work(db: str, folder: Path, seed: int) -> None:
    """Imports, edits and exports, chosen at random, until killed."""
    rng = random.Random(seed)
    nominations = folder / "nominations.csv"
    workspace = open_workspace(db)
    for n in range(10**9):
        action = rng.choice(("import", "edit", "export"))
        if action == "import":
            code = f"{IMPORT_PREFIX}{seed}-{n}"
            workspace.missions.create_mission(Mission("", code, "Killed at random", date(2024, 1, 8), date(2024, 1, 9)))
            workspace.people.import_delegates(code, nominations)
        elif action == "edit":
            # Every item of the day moves, and each one's sequence rises, in one transaction.
            on_first = EDIT_DAY in {day.date for day in workspace.missions.load_record(EDIT_CODE).days}
            day, to = (EDIT_DAY, EDIT_OTHER_DAY) if on_first else (EDIT_OTHER_DAY, EDIT_DAY)
            workspace.programme.shift_day(EDIT_CODE, day, to)
        else:
            workspace.missions.export_mission(EDIT_CODE, folder / "mission.json")
            workspace.documents.export(EDIT_CODE, "participants-xlsx", folder / "participants.xlsx")


def serve(db: str, folder: Path) -> None:
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                work(db, folder, int(line))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"reaped {os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1}", flush=True)


if __name__ == "__main__":
    serve(sys.argv[1], Path(sys.argv[2]))
