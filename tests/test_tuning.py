"""Process-wide tuning (mission_planner/tuning.py): each setting is in force while its work runs
and back as it was afterwards, also when the work raises."""

import gc
import sys
import threading
import weakref

import pytest

from mission_planner import tuning
from mission_planner.tuning import patched, quick_switches, settle, short_collections


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


def test_long_work_that_raises_leaves_nothing_frozen():
    with pytest.raises(ZeroDivisionError), short_collections():
        assert gc.get_freeze_count() > 0
        raise ZeroDivisionError("the work failed")
    assert gc.get_freeze_count() == 0


def test_the_switch_interval_is_quick_only_while_the_work_runs():
    before = sys.getswitchinterval()
    with quick_switches():
        assert sys.getswitchinterval() == pytest.approx(tuning.QUICK_SWITCH_INTERVAL_S)
    assert sys.getswitchinterval() == before
    with pytest.raises(ZeroDivisionError), quick_switches():
        raise ZeroDivisionError("the work failed")
    assert sys.getswitchinterval() == before


class Owner:
    value = "original"


def test_a_patch_holds_while_any_caller_is_inside_and_is_undone_by_the_last():
    with patched(Owner, "value", "ours"):
        assert Owner.value == "ours"
        with patched(Owner, "value", "ours"):
            assert Owner.value == "ours"
        assert Owner.value == "ours"  # the outer caller is still inside
    assert Owner.value == "original"
    with pytest.raises(ZeroDivisionError), patched(Owner, "value", "ours"):
        raise ZeroDivisionError("the work failed")
    assert Owner.value == "original"


def test_a_patch_is_not_taken_from_one_thread_by_another_leaving():
    inside, leave, seen = threading.Event(), threading.Event(), []

    def other():
        with patched(Owner, "value", "ours"):
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with patched(Owner, "value", "ours"):
        leave.set()
        thread.join(10)
        seen.append(Owner.value)  # the other thread left; this one is still inside
    assert seen == ["ours"]
    assert Owner.value == "original"
