"""`--smoke`: open the window, report the milliseconds to its first paint, and quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from .startup import elapsed_ms

SMOKE_TIMEOUT_MS = 60_000


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


def run_smoke(app: QApplication, window: QWidget, started: float) -> int:
    """Show `window`, print `first paint: N ms` on stdout and return 0; 1 if it never paints."""
    probe = FirstPaintProbe(window, started)

    def painted(ms: int) -> None:
        print(f"first paint: {ms} ms", flush=True)
        app.exit(0)

    def timed_out() -> None:
        print(f"--smoke: the window did not paint within {SMOKE_TIMEOUT_MS // 1000} s", file=sys.stderr)
        app.exit(1)

    probe.sig_painted.connect(painted)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, timed_out)
    window.show()
    return app.exec()
