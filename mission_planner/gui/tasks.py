"""Work off the GUI thread, its result back on it, and a progress dialog that never flashes.

`Task` runs a function `work(progress)` in a thread pool. The function knows nothing of Qt: it
reports through a `mission_planner.services.export.Progress` and stops (raising `Cancelled`) when
asked. Everything the task emits is emitted on the GUI thread, so slots may touch widgets.

`ProgressWindow` shows a `QProgressDialog` for a task only once the task has run for
`SHOW_AFTER_MS`; quick work finishes without any dialog. Its Cancel asks the task to stop, and a
task that stops that way reports `sig_cancelled`, not an error.

`BackgroundTasks` owns the pool of a window: it starts tasks with their progress window and,
when the window closes, cancels what still runs and waits for it.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from ..services import Progress
from ..tuning import quick_switches, settle

SHOW_AFTER_MS = 500  # a dialog for work shorter than this would only flash
_REPORT_EVERY_S = 0.05  # progress from the worker is passed on at most 20 times a second
_STEPS = 1000  # the dialog's bar counts in thousandths of the work
_NEVER = 2**31 - 1  # milliseconds: Qt never shows the dialog on its own
# How long a thread may hold the interpreter before another gets a turn (Python's default is 5 ms).

Work = Callable[["Progress"], Any]


class Task(QObject):
    """One call of `work(progress)` in a thread pool; its outcome is emitted on the GUI thread.

    Exactly one of `sig_succeeded(result)`, `sig_failed(exception)` or `sig_cancelled()` is
    emitted, then `sig_finished()`.
    """

    sig_progress = Signal(int, int, str)  # done, total, what is being done
    sig_succeeded = Signal(object)
    sig_failed = Signal(object)
    sig_cancelled = Signal()
    sig_finished = Signal()

    # Emitted from the worker thread; connected to slots of this object, which lives on the GUI
    # thread, so Qt queues them there.
    _sig_reported = Signal(int, int, str)
    _sig_ended = Signal(str, object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.running = False
        self.finished = False
        self._cancel_requested = threading.Event()
        self._last_report = 0.0
        self.progress_window: ProgressWindow | None = None
        self._sig_reported.connect(self._on_reported)
        self._sig_ended.connect(self._on_ended)

    def start(self, pool: QThreadPool | None = None) -> None:
        if self.running or self.finished:
            raise RuntimeError("a task runs once")
        self.running = True
        (pool or QThreadPool.globalInstance()).start(self._run)

    def cancel(self) -> None:
        """Ask the work to stop at its next step; thread-safe."""
        self._cancel_requested.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested.is_set()

    # --- on the worker thread ---------------------------------------------------------------

    def _run(self) -> None:
        # Here, not above: the documents' package is not needed before the first paint.
        from ..services import Cancelled, Progress

        progress = Progress(report=self._report, cancelled=self._cancel_requested.is_set)
        try:
            outcome = ("succeeded", self.work(progress))
        except Cancelled:
            outcome = ("cancelled", None)
        except BaseException as error:  # handed to the GUI thread, which decides what it means
            outcome = ("failed", error)
        with contextlib.suppress(RuntimeError):  # the window and its tasks are gone: nobody is left to tell
            self._sig_ended.emit(*outcome)

    def _report(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self._last_report < _REPORT_EVERY_S and done < total:
            return
        self._last_report = now
        with contextlib.suppress(RuntimeError):
            self._sig_reported.emit(done, total, what)

    # --- on the GUI thread ----------------------------------------------------------------------

    @Slot(int, int, str)
    def _on_reported(self, done: int, total: int, what: str) -> None:
        if self.running:
            self.sig_progress.emit(done, total, what)

    @Slot(str, object)
    def _on_ended(self, outcome: str, value: object) -> None:
        self.running = False
        self.finished = True
        if outcome == "succeeded":
            self.sig_succeeded.emit(value)
        elif outcome == "cancelled":
            self.sig_cancelled.emit()
        else:
            self.sig_failed.emit(value)
        self.sig_finished.emit()


class ProgressWindow(QObject):
    """A progress dialog for `task`, shown only if the task still runs after `show_after_ms`."""

    def __init__(
        self, task: Task, parent: QWidget, title: str, label: str, *, show_after_ms: int = SHOW_AFTER_MS
    ) -> None:
        super().__init__(task)
        self.task = task
        self.parent_widget = parent
        self.title = title
        self.label = label
        # Made now, before the work starts: made later, while the worker holds the interpreter,
        # it kept the window waiting for a quarter of a second. Shown only by `_show`.
        self.dialog: QProgressDialog | None = self._build_dialog()
        self._latest = (0, 0, "")
        self._timer = QTimer(self, singleShot=True, interval=show_after_ms)
        self._timer.timeout.connect(self._show)
        task.sig_progress.connect(self._on_progress)
        task.sig_finished.connect(self._close)
        self._timer.start()

    def _build_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.label, self.tr("Cancel"), 0, _STEPS, self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # We decide when it shows and hides, not Qt's own estimate.
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(_NEVER)
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60)
        dialog.canceled.connect(self.task.cancel)
        dialog.hide()
        return dialog

    def _show(self) -> None:
        if self.dialog is None or not self.task.running or self.task.cancel_requested:
            return
        self.dialog.show()
        self._apply(*self._latest)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self._latest = (done, total, what)
        if self.dialog is not None and self.dialog.isVisible():
            self._apply(done, total, what)

    def _apply(self, done: int, total: int, what: str) -> None:
        dialog = self.dialog
        assert dialog is not None
        dialog.setLabelText(f"{self.label}\n{what}" if what else self.label)
        if total <= 0:
            dialog.setRange(0, 0)  # a busy bar until the work says how much there is
            return
        dialog.setRange(0, _STEPS)
        # Last: a modal dialog's setValue runs the event loop, where the task may end and close it.
        dialog.setValue(min(_STEPS, round(_STEPS * done / total)))

    def _close(self) -> None:
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.task.cancel)  # hiding is not cancelling
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


class BackgroundTasks(QObject):
    """The tasks of one window: started with a progress window, cancelled when it closes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self._running: set[Task] = set()
        self._tuning = contextlib.ExitStack()  # quick switches while any task runs (tuning.py)

    def run(
        self,
        work: Work,
        *,
        title: str,
        label: str,
        on_succeeded: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] = lambda: None,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> Task:
        """Start `work(progress)`; one of the callbacks is called on the GUI thread when it ends."""
        task = Task(work, self)
        task.progress_window = ProgressWindow(task, self.window, title, label, show_after_ms=show_after_ms)
        task.sig_succeeded.connect(on_succeeded)
        task.sig_failed.connect(on_failed)
        task.sig_cancelled.connect(on_cancelled)
        task.sig_finished.connect(lambda: self._forget(task))
        if not self._running:
            self._tuning.enter_context(quick_switches())
        self._running.add(task)
        task.start(self.pool)
        return task

    @property
    def running(self) -> list[Task]:
        return list(self._running)

    def cancel_all_and_wait(self, timeout_ms: int = 30_000) -> bool:
        """Ask every task to stop and wait for the pool; False if some work is still running."""
        for task in self._running:
            task.cancel()
        return self.pool.waitForDone(timeout_ms)

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        task.deleteLater()
        if not self._running:
            self._tuning.close()  # the interpreter's own switch interval again
            # The work unfroze everything (tuning.py): collect its leftovers, freeze the rest.
            QTimer.singleShot(0, settle)
