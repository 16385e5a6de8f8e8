"""The collector policy: long-lived objects frozen out of full passes, the work's cycles freed."""

import gc
import weakref

import pytest

from mission_planner.collector import settle, short_collections


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


@pytest.fixture(autouse=True)
def _unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_collects_the_garbage_and_freezes_what_is_alive():
    garbage = weakref.ref(Node())
    kept = Node()
    settle()
    assert garbage() is None
    assert gc.get_freeze_count() > 0
    frozen = weakref.ref(kept)
    del kept
    gc.collect()
    assert frozen() is not None  # frozen: full passes no longer look at it


def test_long_work_keeps_its_loaded_objects_out_of_passes_and_frees_its_cycles_at_the_end():
    with short_collections() as loaded_now:
        font = Node()  # loaded by the work and kept for its whole length
        loaded_now()
        font_ref = weakref.ref(font)
        del font
        page_ref = weakref.ref(Node())  # a page's objects, garbage once written
        gc.collect()
        assert font_ref() is not None  # frozen while the work runs
        assert page_ref() is None  # not frozen: collected as usual
    assert gc.get_freeze_count() == 0  # the work is over: nothing stays frozen by it
    gc.collect()
    assert font_ref() is None  # so its cycles are freed by the next full pass
