"""What every tab of the mission pane shares: the show, refresh and clear cycle, fed by changes.

A tab names the topics it shows (`topics`: of the mission shown; `shared_topics`: of any
mission, such as the bookings of people in other missions, or the site catalogue) and
implements `refresh()` (read what it shows and show it) and `clear()` (show nothing).
`show_mission(code)` and `follow(change)` then decide when to read: at once while the tab is on
the screen, else when it next comes into view. A tab out of view never reads, so choosing
missions in the list stays quick however many tabs there are.

`Tab` is a mixin: put it before the Qt widget class (`class BudgetTab(Tab, QWidget)`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtGui import QShowEvent

from ...errors import MissionPlannerError
from ...services import Change, Topic

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Widget = QWidget
else:
    _Widget = object


class Tab(_Widget):
    """A tab that reads what it shows when shown, and again when a change touches it."""

    topics: ClassVar[frozenset[Topic]] = frozenset()  # of the mission shown
    shared_topics: ClassVar[frozenset[Topic]] = frozenset()  # of every mission
    per_mission: ClassVar[bool] = True  # False: shows the same whichever mission is selected

    code: str | None = None  # the mission shown
    stale = False  # changed since it was last read: read when next shown
    on_failure: Callable[[str], None] | None = None  # where a failed read is told (the pane's message)

    def refresh(self) -> None:
        """Read what the tab shows of mission `code` and show it; may raise `MissionPlannerError`."""
        raise NotImplementedError

    def clear(self) -> None:
        """Show nothing (no mission)."""
        raise NotImplementedError

    def show_mission(self, code: str | None) -> None:
        """Show mission `code` (None: no mission): read now if the tab is on screen, else when shown."""
        if self.per_mission and (code is None or code != self.code):
            self.clear()  # nothing of another mission stays in the tab, on screen or not
        self.code = code
        self.stale = False
        if code is not None or not self.per_mission:
            self._read_when_seen()

    def touched_by(self, change: Change) -> bool:
        if self.per_mission and self.code is None:
            return False
        return change.touches(self.code, *self.topics) or change.touches(None, *self.shared_topics)

    def follow(self, change: Change) -> None:
        """A change was committed: read again if it touches what the tab shows."""
        if self.touched_by(change):
            self._read_when_seen()

    def read_now(self) -> None:
        """Read and show now, whether on screen or not (a command is about to reveal the tab)."""
        self.stale = False
        try:
            self.refresh()
        except MissionPlannerError as error:
            if self.on_failure is None:
                raise
            from ..refusal_text import error_text  # reaches the services: not while the start's Overview shows

            self.on_failure(error_text(error))

    def read_if_stale(self) -> None:
        if self.stale:
            self.read_now()

    def _read_when_seen(self) -> None:
        if self.isVisible():
            self.read_now()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.read_if_stale()
