"""One writer of the load test (`test_concurrent_load.py`), run in a process of its own.

Every writer adds items to the same day, which is empty when they start, records the same
attendance mark, sets the same exchange rate, and raises the quantity of one shared budget line
by one at a time: read it as the window shows it, save it one higher, and on a stale edit read
it again and retry, as a user told "reload" would.
"""

from __future__ import annotations

import time as clock
from dataclasses import dataclass, field, replace
from datetime import date, time
from decimal import Decimal
from typing import Any

CODE = "23-IP-99-GE-OSM-A"
DAY = date(2023, 10, 26)  # a day of the mission with nothing in it yet
LINE = "t-b-bus"


@dataclass
class Outcome:
    worker: int
    committed: int = 0  # writing transactions that committed
    increments: int = 0  # of the shared budget line
    stale: int = 0  # stale edits refused (then retried)
    titles: list[str] = field(default_factory=list)  # items added
    unexpected: list[str] = field(default_factory=list)  # any other error: there must be none
    seconds: float = 0.0


def write(database: str, worker: int, rounds: int, start: Any, results: Any) -> None:
    """Open the database, wait for every writer at `start`, write `rounds` rounds, and put the
    `Outcome` on `results`."""
    from mission_planner.domain.enums import AttendanceStatus, ItemKind
    from mission_planner.domain.people import Attendance
    from mission_planner.domain.programme import Item
    from mission_planner.errors import StaleEditError
    from mission_planner.services import open_workspace

    outcome = Outcome(worker)
    workspace = open_workspace(database)
    start.wait()
    began = clock.perf_counter()

    def attempt(action) -> bool:
        try:
            action()
        except StaleEditError:
            outcome.stale += 1
            return False
        except Exception as error:
            outcome.unexpected.append(f"{type(error).__name__}: {error}")
            return False
        outcome.committed += 1
        return True

    try:
        mark = Attendance("t-i-online", "t-p-kim", AttendanceStatus.PRESENT, minutes=60 + worker)
        attempt(lambda: workspace.attendance.set_attendance(mark))
        attempt(lambda: workspace.budget.set_exchange_rate(CODE, "EUR", Decimal(1 + worker) / 1000))
        for n in range(rounds):
            title = f"w{worker}-{n}"
            minute = (worker * rounds + n) % 60
            item = Item("", ItemKind.PRESENTATION, title, time(9, minute), time(10, minute))
            if attempt(lambda item=item: workspace.programme.add_item(CODE, DAY, item)):
                outcome.titles.append(title)
            while not outcome.unexpected:
                line = next(line for line in workspace.missions.load_record(CODE).budget_lines if line.uid == LINE)
                raised = replace(line, quantity=(line.quantity or Decimal(0)) + 1)
                if attempt(lambda raised=raised: workspace.budget.save_budget_line(CODE, raised)):
                    outcome.increments += 1
                    break
    finally:
        outcome.seconds = clock.perf_counter() - began
        workspace.close()
        results.put(outcome)
