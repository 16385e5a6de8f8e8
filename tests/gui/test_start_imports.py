"""The window starts without the document libraries: they load only when a document is made."""

import subprocess
import sys

from .conftest import ROOT

HEAVY = ("reportlab", "icalendar", "openpyxl")

CHILD = """
import sys
from mission_planner.gui.app import main
status = main(["--db", sys.argv[1], "--smoke"])
print("loaded:" + ",".join(name for name in {heavy!r} if name in sys.modules))
sys.exit(status)
"""


def test_starting_the_window_imports_no_document_library(db_path, child_env):
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(heavy=HEAVY), str(db_path)],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "first paint:" in result.stdout
    assert result.stdout.strip().endswith("loaded:"), result.stdout


def test_the_child_would_see_a_library_that_was_imported(db_path, child_env):
    """The check above can fail: the same child, after a document library import, names it."""
    child = CHILD.replace("status = main", "import icalendar\nstatus = main")
    result = subprocess.run(
        [sys.executable, "-c", child.format(heavy=HEAVY), str(db_path)],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded:icalendar"), result.stdout
