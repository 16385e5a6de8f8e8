"""Background tasks: results on the GUI thread, a progress dialog only for slow work, and Cancel."""

import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

from mission_planner.errors import InputError
from mission_planner.gui.tasks import SHOW_AFTER_MS, BackgroundTasks
from mission_planner.services.export import Cancelled
from mission_planner.tuning import QUICK_SWITCH_INTERVAL_S


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def tasks(window):
    runner = BackgroundTasks(window)
    yield runner
    assert runner.cancel_all_and_wait(10_000)


class Outcome:
    """Records which callback was called, with what, and on which thread."""

    def __init__(self):
        self.calls = []

    def succeeded(self, result):
        self.calls.append(("succeeded", result, threading.current_thread()))

    def failed(self, error):
        self.calls.append(("failed", error, threading.current_thread()))

    def cancelled(self):
        self.calls.append(("cancelled", None, threading.current_thread()))

    def callbacks(self):
        return {"on_succeeded": self.succeeded, "on_failed": self.failed, "on_cancelled": self.cancelled}


def dialogs(window):
    """The progress dialogs a coordinator can see."""
    return [dialog for dialog in window.findChildren(QProgressDialog) if dialog.isVisible()]


def test_quick_work_returns_on_the_gui_thread_without_a_dialog(qtbot, window, tasks):
    outcome = Outcome()
    worker_threads = []

    def work(progress):
        worker_threads.append(threading.current_thread())
        progress.step(1, 1, "done")
        return 42

    tasks.run(work, title="Quick", label="Quick work", **outcome.callbacks())
    qtbot.waitUntil(lambda: bool(outcome.calls))
    assert outcome.calls == [("succeeded", 42, threading.main_thread())]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    qtbot.wait(SHOW_AFTER_MS + 200)  # long past the moment a dialog would have shown
    assert dialogs(window) == []
    assert tasks.running == []


def test_slow_work_shows_the_dialog_after_half_a_second_with_its_progress(qtbot, window, tasks):
    outcome = Outcome()

    def work(progress):
        for step in range(10):
            progress.step(step, 10, f"page {step + 1}")
            time.sleep(0.1)
        return "written"

    started = time.monotonic()
    tasks.run(work, title="Export", label="Writing the documents", **outcome.callbacks())
    assert dialogs(window) == []
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialogs(window)), timeout=3000)
    assert time.monotonic() - started >= SHOW_AFTER_MS / 1000 - 0.05
    dialog = dialogs(window)[0]
    assert dialog.windowTitle() == "Export"
    assert dialog.labelText().startswith("Writing the documents\npage ")
    assert 0 < dialog.value() <= dialog.maximum()
    qtbot.waitUntil(lambda: bool(outcome.calls), timeout=5000)
    assert outcome.calls == [("succeeded", "written", threading.main_thread())]
    qtbot.waitUntil(lambda: dialogs(window) == [])  # hidden at once, deleted from the event loop


def test_cancel_makes_the_work_raise_cancelled_and_is_reported_quietly(qtbot, window, tasks):
    outcome = Outcome()
    raised = []

    def work(progress):
        try:
            for step in range(1000):
                progress.step(step, 1000, "")
                time.sleep(0.01)
        except Cancelled:
            raised.append(True)
            raise
        return "finished anyway"

    task = tasks.run(work, title="Export", label="Writing", **outcome.callbacks())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialogs(window)), timeout=3000)
    cancel = dialogs(window)[0].findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert task.cancel_requested
    qtbot.waitUntil(lambda: bool(outcome.calls), timeout=3000)
    assert raised == [True]
    assert outcome.calls == [("cancelled", None, threading.main_thread())]
    qtbot.waitUntil(lambda: dialogs(window) == [])


def test_errors_arrive_on_the_gui_thread(qtbot, window, tasks):
    outcome = Outcome()

    def refuse(progress):
        raise InputError("the folder does not exist", source="/nowhere")

    def crash(progress):
        raise ZeroDivisionError("a bug")

    tasks.run(refuse, title="t", label="l", **outcome.callbacks())
    tasks.run(crash, title="t", label="l", **outcome.callbacks())
    qtbot.waitUntil(lambda: len(outcome.calls) == 2)
    kinds = sorted((name, type(error).__name__) for name, error, _thread in outcome.calls)
    assert kinds == [("failed", "InputError"), ("failed", "ZeroDivisionError")]
    assert all(thread is threading.main_thread() for *_rest, thread in outcome.calls)


def test_closing_cancels_and_waits_for_running_work(qtbot, window):
    tasks = BackgroundTasks(window)
    stopped = []

    def endless(progress):
        while True:
            try:
                progress.step(0, 1, "")
            except Cancelled:
                stopped.append(True)
                raise
            time.sleep(0.01)

    tasks.run(endless, title="t", label="l", on_succeeded=print, on_failed=print)
    started = time.monotonic()
    assert tasks.cancel_all_and_wait(5000)
    assert stopped == [True]
    assert time.monotonic() - started < 2


def test_threads_take_quick_turns_only_while_work_runs(qtbot, window, tasks):
    before = sys.getswitchinterval()
    outcome, seen = Outcome(), []

    def work(progress):
        seen.append(sys.getswitchinterval())
        return "done"

    def crash(progress):
        seen.append(sys.getswitchinterval())
        raise ZeroDivisionError("a bug")

    tasks.run(work, title="t", label="l", **outcome.callbacks())
    tasks.run(crash, title="t", label="l", **outcome.callbacks())
    qtbot.waitUntil(lambda: len(outcome.calls) == 2 and not tasks.running)
    assert seen == [pytest.approx(QUICK_SWITCH_INTERVAL_S)] * 2
    assert sys.getswitchinterval() == before
