"""SIGTERM, SIGHUP and SIGINT during a command become a KeyboardInterrupt, so the temporary files
of a write in progress are removed on the way out (the `with` blocks of `atomic` do it), the
database transaction is rolled back, and the exit status is 128 + the signal's number.

A plain KeyboardInterrupt, not a class of ours: some libraries (reportlab's paragraph parser)
catch an exception and raise a new one of the same class with a longer message, which only a
class that takes a message survives. The signal's number is kept here instead.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
_received: list[int] = []


def stop_requested() -> bool:
    """Whether a stopping signal came: long work asks between steps, in case a library swallowed
    the KeyboardInterrupt (reportlab has bare `except:` clauses)."""
    return bool(_received)


def exit_status() -> int:
    """128 + the number of the signal that stopped the command (SIGINT's, for Ctrl+C)."""
    return 128 + (_received[0] if _received else signal.SIGINT)


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Within this block, a stopping signal raises KeyboardInterrupt; the previous handlers come back
    after. A second signal may cut the clean-up short (a library may swallow the first, and a
    command that cannot be stopped is worse): what it leaves is swept by the next write there."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _received.clear()

    def stop(number: int, _frame) -> None:
        _received.append(number)
        raise KeyboardInterrupt(f"stopped by signal {number}")

    previous = {number: signal.signal(number, stop) for number in STOPPING}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
