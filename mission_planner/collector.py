"""When Python's cyclic garbage collector may scan what.

A full collection scans every object the program holds. With the modules, the window and the
mission list of a large database alive, one such pass held the interpreter, and so the window,
for 60-70 ms, at unpredictable moments (while a mission was being opened, say). Objects that live
as long as the program are therefore frozen out of the scans once it has started (`settle`).
They are still freed as usual when nothing refers to them; only cycles among them would wait.

Long work that loads big long-lived tables (fonts for the delegate packs) freezes them too while
it runs (`short_collections`) and unfreezes everything when it ends, without a full pass of its
own (on a worker thread that pass would hold the window); the window settles again once its
background work is over (gui/tasks.py).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator


def settle() -> None:
    """Everything alive now lives as long as the program: leave it out of collections."""
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def short_collections() -> Iterator[Callable[[], None]]:
    """Keep collections short during long work; call the function given once the work's own
    long-lived objects (fonts, caches) are loaded, to leave them out as well."""
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()
