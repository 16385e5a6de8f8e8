"""A problem found in a value before it is stored, named by its path inside the value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from .limits import MAX_PROBLEMS_SHOWN

Shown = TypeVar("Shown")


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def shown_and_hidden(
    problems: list[Shown], total: int | None = None, shown: int | None = None
) -> tuple[list[Shown], int]:
    """The problems to print and how many more there are (`total` when counting went on past the list).

    Front ends print the first `shown` (MAX_PROBLEMS_SHOWN) and then "and N more".
    """
    shown = MAX_PROBLEMS_SHOWN if shown is None else shown
    total = len(problems) if total is None else total
    return problems[:shown], max(0, total - min(shown, len(problems)))
