"""`--smoke`: open the window, report the milliseconds to its first paint, and quit.

After `first paint: N ms` it waits for the database: `list filled: N ms` (the mission list holds
the missions), `mission shown: N ms` (the first mission's Overview shows, read before the
database layer where the list was), `mission opened: N ms` (the first mission shown in its tabs,
every one of them usable) and `longest block:
N ms` (the longest the event loop went without turning after the first paint: how long a click
would have waited at worst), all counted from the process's start but the last.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from .startup import elapsed_ms

if TYPE_CHECKING:
    from .main_window import MainWindow

SMOKE_TIMEOUT_MS = 60_000
TICK_MS = 10  # the event loop's pulse while the database opens


class FirstPaintProbe(QObject):
    """Watches a window and emits `sig_painted(ms)` once, after its first paint event."""

    sig_painted = Signal(int)

    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self.started = started
        self.elapsed: int | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.elapsed is None:
            self.elapsed = elapsed_ms(self.started)
            # Emit after the paint has finished, from the event loop.
            QTimer.singleShot(0, lambda: self.sig_painted.emit(self.elapsed))
        return False


class BlockWatch(QObject):
    """Ticks every TICK_MS on the event loop and keeps the longest time between two ticks."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def run_smoke(app: QApplication, window: MainWindow, started: float, open_database: Callable[[], None]) -> int:
    """Show `window`, print `first paint: N ms` on stdout, call `open_database`, print when the
    missions are listed and the first is opened, and return 0; 1 if it never gets there."""
    probe = FirstPaintProbe(window, started)
    watch = BlockWatch(window)

    said: set[str] = set()

    def say(what: str, ms: int) -> None:
        if what not in said:  # the first time only: a later reload is not the start
            said.add(what)
            print(f"{what}: {ms} ms", flush=True)

    def painted(ms: int) -> None:
        say("first paint", ms)
        watch.start()
        open_database()

    def listed() -> None:
        if window.model.rowCount():
            say("list filled", elapsed_ms(started))

    def shown(code: str) -> None:
        if code:
            say("mission shown", elapsed_ms(started))

    def opened(code: str) -> None:
        if code:
            shown(code)  # where the list came with the workspace, the mission shows with its tabs
            say("mission opened", elapsed_ms(started))

    def attaching() -> None:
        say("workspace arrived", elapsed_ms(started))

    def attached() -> None:
        # One more turn of the event loop, so the watch sees how long `attach` held it.
        QTimer.singleShot(TICK_MS, finish)

    def finish() -> None:
        say("longest block", round(watch.longest * 1000))
        app.exit(0)

    def timed_out() -> None:
        print(f"--smoke: the window did not paint within {SMOKE_TIMEOUT_MS // 1000} s", file=sys.stderr)
        app.exit(1)

    probe.sig_painted.connect(painted)
    window.model.modelReset.connect(listed)
    window.sig_mission_previewed.connect(shown)
    window.sig_mission_selected.connect(opened)
    window.sig_attaching.connect(attaching)
    window.sig_attached.connect(attached)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, timed_out)
    window.show()
    return app.exec()
