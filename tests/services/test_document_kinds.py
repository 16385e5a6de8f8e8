"""The table of document kinds: each kind names its writer and its file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mission_planner.errors import InputError
from mission_planner.services.export import KINDS, kind_named
from mission_planner.services.export.ics import write as write_calendar
from mission_planner.services.export.xlsx import write_participants

ROOT = Path(__file__).resolve().parents[2]


def test_every_kind_holds_the_function_that_writes_it():
    assert KINDS["ics"].writer is write_calendar
    assert KINDS["participants-xlsx"].writer is write_participants
    for kind in KINDS.values():
        assert callable(kind.writer) and kind.writer.__module__.startswith("mission_planner.services.export."), kind


def test_no_two_kinds_write_the_same_file_name():
    names = [f"{kind.stem}{kind.suffix}" for kind in KINDS.values()]
    assert len(set(names)) == len(names) == len(KINDS)


def test_an_unknown_kind_is_refused_with_the_known_ones():
    assert kind_named("ics") is KINDS["ics"]
    with pytest.raises(InputError, match=r"'itinerary' is not a kind of document \(itinerary-pdf, daily-pdf, "):
        kind_named("itinerary")


def test_the_table_of_kinds_loads_no_writer():
    """`export --help` lists the kinds: the writers (reportlab, openpyxl) load only when one is asked for."""
    heavy = ("reportlab", "openpyxl", "mission_planner.services.export.pdf", "mission_planner.services.export.xlsx")
    probe = (
        "import sys; from mission_planner.services.export import KINDS; "
        f"print(sorted(m for m in sys.modules if m.startswith({heavy!r}))); "
        "KINDS['budget-xlsx'].writer; print('openpyxl' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert shown.split("\n")[:2] == ["[]", "True"]
