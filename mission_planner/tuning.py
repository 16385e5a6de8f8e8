"""Process-wide tuning: every setting the program changes for the whole interpreter, why, and
where it is put back.

These settings are shared by every thread and every library in the process, so each one is
changed only here, for as long as the work that needs it runs (a `with` block that restores
it, even when the work raises), except where a comment says why it stays.

- The garbage collector: `settle`, `short_collections` and `no_collections_while_opening`.
- The interpreter's switch interval: `quick_switches`.
- reportlab: `patched` (its shaping, for as long as a PDF is laid out or written; see
  `services/export/pdf/shaping.py`) and `reportlab_default_font`.

Imports nothing of ours (a leaf module, like `errors.py`); reportlab only when it is asked for.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

# --- the garbage collector -------------------------------------------------------------------
#
# A full collection scans every object the program holds. With the modules, the window and the
# mission list of a large database alive, one such pass held the interpreter, and so the window,
# for 60-70 ms, at unpredictable moments (while a mission was being opened, say). Objects that
# live as long as the program are therefore frozen out of the scans once it has started
# (`settle`). They are still freed as usual when nothing refers to them; only cycles among them
# would wait.


def settle() -> None:
    """Everything alive now lives as long as the program: leave it out of collections.

    Not undone: it is meant for the rest of the program's life. `short_collections` unfreezes
    everything when its work ends, and the window settles again after its background work
    (gui/tasks.py)."""
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def no_collections_while_opening() -> Iterator[None]:
    """No collection while the start imports the database layer and opens the database (on a
    thread, the window already painted): the imports make hundreds of thousands of objects, and
    each full pass over them held the window for tens of ms. At the end what was loaded is frozen
    out of later passes without a pass of its own (the window's `settle` then scans only what
    came after)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def short_collections() -> Iterator[Callable[[], None]]:
    """Keep collections short during long work; call the function given once the work's own
    long-lived objects (fonts, caches) are loaded, to leave them out as well.

    Long work that loads big long-lived tables (fonts for the delegate packs) freezes them while
    it runs and unfreezes everything when it ends. The collector cannot unfreeze only what this
    froze, so what was frozen before comes back into the scans too; freezing it again would need
    the full pass this avoids (on a worker thread that pass would hold the window)."""
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


# --- the interpreter's switch interval -------------------------------------------------------

# With work running in the background, the window needs the interpreter for each small step of a
# repaint (every cell its models draw); at 5 ms a turn, showing the progress dialog over the window
# kept it waiting for 280 ms, at 0.2 ms for 70 ms at most, and the work took no longer.
QUICK_SWITCH_INTERVAL_S = 0.0002


@contextlib.contextmanager
def quick_switches() -> Iterator[None]:
    """Let threads take turns every 0.2 ms while background work runs; the interval there was
    before comes back at the end (shorter turns cost a little when nothing needs them)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(QUICK_SWITCH_INTERVAL_S)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


# --- reportlab ---------------------------------------------------------------------------------

_patch_lock = threading.Lock()
# (id of the object, attribute) -> [the original value, how many callers are inside]
_patches: dict[tuple[int, str], list[Any]] = {}


@contextlib.contextmanager
def patched(owner: Any, name: str, replacement: Any) -> Iterator[None]:
    """`owner.name` is `replacement` while any caller (of any thread) is inside, and its own
    value again once the last one has left.

    Counted rather than set and reset by each caller: two documents written at once on two
    threads must not take the replacement away from each other."""
    key = (id(owner), name)
    with _patch_lock:
        entry = _patches.get(key)
        if entry is None:
            entry = _patches[key] = [getattr(owner, name), 0]
            setattr(owner, name, replacement)
        entry[1] += 1
    try:
        yield
    finally:
        with _patch_lock:
            entry[1] -= 1
            if entry[1] == 0:
                setattr(owner, name, entry[0])
                del _patches[key]


def reportlab_default_font(name: str) -> None:
    """Make reportlab fall back on the font `name` instead of Helvetica, which is never embedded
    (idempotent).

    A canvas starts in `canvas_basefontname` (and puts it in every page's resources), a Table
    cell without a FONT command uses `CellStyle.fontname`, a ParagraphStyle without a fontName
    the class defaults: all Helvetica out of the box. Not undone: styles copy these defaults when
    they are made and the documents keep their styles in caches, so putting Helvetica back after
    each document would only make a style's font depend on when it was made; and nothing in this
    program wants Helvetica.
    """
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.tables import CellStyle

    rl_config.canvas_basefontname = name
    rl_config.defaultGraphicsFontName = name
    CellStyle.fontname = name
    ParagraphStyle.defaults["fontName"] = name
    ParagraphStyle.defaults["bulletFontName"] = name
