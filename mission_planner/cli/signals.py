"""SIGTERM, SIGHUP and SIGINT during a command become an exception, so the temporary files of a
write in progress are removed on the way out (the `with` blocks of `atomic` do it), the
database transaction is rolled back, and the exit status is 128 + the signal's number."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class Stopped(KeyboardInterrupt):
    """The command was asked to stop by a signal."""

    def __init__(self, number: int) -> None:
        super().__init__(f"stopped by signal {number}")
        self.number = number


def exit_status(interrupt: KeyboardInterrupt) -> int:
    return 128 + getattr(interrupt, "number", signal.SIGINT)


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Within this block, the first stopping signal raises `Stopped`; any further one is ignored
    so that the clean-up it starts is not cut short. The previous handlers come back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    raised = False

    def stop(number: int, _frame) -> None:
        nonlocal raised
        if raised:
            return
        raised = True
        raise Stopped(number)

    previous = {number: signal.signal(number, stop) for number in STOPPING}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
