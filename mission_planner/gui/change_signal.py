"""The window's one Qt signal of committed changes: the services' change feed, on the GUI thread.

`ChangeSignal` subscribes once to a workspace's feed (`services/feed.py`) and emits every
`Change` as `sig_changed(change, direct)`. A commit made on the GUI thread (a command, an undo,
the watch noticing another program) is emitted at once, before the workspace call returns
(`direct` is True), so the tabs agree with the database as soon as a command is done. A commit
made on a worker thread (an import run by `gui/tasks.py`) is queued to the GUI thread, where
the slots may touch widgets (`direct` is False).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

from ..services import Change, ChangeFeed


class ChangeSignal(QObject):
    """Emits `sig_changed(change, direct)` on the GUI thread for every change published on `feed`."""

    sig_changed = Signal(object, bool)  # a services.feed.Change; committed on this (the GUI) thread

    # Emitted on a worker thread; connected to a slot of this object, which lives on the GUI
    # thread, so Qt queues the call there.
    _sig_published = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sig_published.connect(self._deliver)
        self._unsubscribe = feed.subscribe(self._publish)
        self.destroyed.connect(self._unsubscribe)

    def stop(self) -> None:
        """Hear nothing more from the feed (the window is closing)."""
        self._unsubscribe()

    def _publish(self, change: Change) -> None:
        """The feed's subscriber, called on the committing thread: never raises into the commit."""
        if not isValid(self):  # deleted with the window while a worker still commits
            return
        if QThread.currentThread() == self.thread():
            self.sig_changed.emit(change, True)
        else:
            self._sig_published.emit(change)

    @Slot(object)
    def _deliver(self, change: Change) -> None:
        self.sig_changed.emit(change, False)
