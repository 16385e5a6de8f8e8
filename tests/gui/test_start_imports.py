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


# The window paints, and then fills itself, without the GUI thread ever importing the database
# layer: the opening thread imports it (gui/opening.py). An audit hook sees every first import
# of a module and the thread that makes it.
DATABASE_LAYER = ("sqlalchemy", "sqlmodel", "pydantic")

GUI_THREAD_CHILD = """
import sys
import threading

seen = set()

def hook(event, args):
    if event == "import" and args[0].partition(".")[0] in {layer!r}:
        if threading.current_thread() is threading.main_thread():
            seen.add(args[0].partition(".")[0])

sys.addaudithook(hook)
{before}
from mission_planner.gui.app import main
status = main(["--db", sys.argv[1], "--smoke"])
print("gui thread imported:" + ",".join(sorted(seen)))
sys.exit(status)
"""


def run_gui_thread_child(db_path, child_env, before: str = "") -> str:
    result = subprocess.run(
        [sys.executable, "-c", GUI_THREAD_CHILD.format(layer=DATABASE_LAYER, before=before), str(db_path)],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "list filled:" in result.stdout  # the database was opened and shown
    return result.stdout.strip().splitlines()[-1]


def test_the_gui_thread_never_imports_the_database_layer(db_path, child_env):
    assert run_gui_thread_child(db_path, child_env) == "gui thread imported:"


def test_the_child_would_see_the_gui_thread_import_the_database_layer(db_path, child_env):
    """The check above can fail: an import of SQLAlchemy on the GUI thread is named."""
    line = run_gui_thread_child(db_path, child_env, before="import sqlalchemy")
    assert line == "gui thread imported:sqlalchemy"
