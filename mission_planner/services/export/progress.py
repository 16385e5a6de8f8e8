"""Progress and cancel for long exports, without Qt: plain callables the front ends supply."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...errors import MissionPlannerError


class Cancelled(MissionPlannerError):
    """The user cancelled; whatever was being written was not left behind."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was written.")


@dataclass(slots=True)
class Progress:
    """`report(done, total, what)` after each step; `cancelled()` asked between steps."""

    report: Callable[[int, int, str], None] = lambda done, total, what: None
    cancelled: Callable[[], bool] = lambda: False

    def step(self, done: int, total: int, what: str = "") -> None:
        if self.cancelled():
            raise Cancelled()
        self.report(done, total, what)
