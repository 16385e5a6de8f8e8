"""Opening the database while the window is already on screen.

Importing the database layer (SQLAlchemy, SQLModel, the table classes, the services) takes most
of a start; the window's frame paints first and this thread imports it and opens the workspace
meanwhile, so the window answers from the start. The thread only imports and reads: every
widget is made on the GUI thread, when `sig_opened` arrives there.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from ..errors import MissionPlannerError
from ..tuning import no_collections_while_opening, quick_switches
from .errors import LOG_FILE_NAME, append_to_log, log_folder

if TYPE_CHECKING:
    from ..domain.record import MissionRecord
    from ..services import MissionTask, Workspace


# How long the thread waits, at most, while the window shows what the quick read gave.
EARLY_SHOWING_WAIT_S = 0.3


class WorkspaceOpener(QThread):
    """Imports the database layer and opens the workspace `db` names, off the GUI thread.

    Emits `sig_listed(missions, first)` first when a quick read of the list could be made (before
    any import of the database layer; `first`: the first mission's Overview, or None), then
    `sig_opened(workspace)`, or `sig_failed(error)` for a MissionPlannerError (the database
    cannot be opened); anything else is a bug and reaches the crash handler as `sig_crashed`.

    After `sig_listed` the thread waits until the window has painted what it brought
    (`early_shown`, or `EARLY_SHOWING_WAIT_S`): the imports that follow hold the interpreter for
    long stretches, and the window would wait for them between every two steps of its showing."""

    sig_listed = Signal(object, object)  # the missions and the first's Overview (or None): quick reads
    sig_opened = Signal(object)
    sig_failed = Signal(object)
    sig_crashed = Signal(object)

    def __init__(self, db: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._started = False
        self._early_shown = threading.Event()
        self.first_record: MissionRecord | None = None  # the first mission, read by `warm_up`
        self.first_due: tuple[date, list[MissionTask]] | None = None  # This week's tasks, by `warm_up`
        self.workspace: Workspace | None = None  # once open: closed by whoever started the thread

    def start_once(self) -> None:
        """Start the thread, unless it was started before (it opens one workspace, once)."""
        if not self._started:
            self._started = True
            self.start()

    def early_shown(self, *_ignored: object) -> None:
        """The window has shown what `sig_listed` brought: the thread goes on."""
        self._early_shown.set()

    def run(self) -> None:
        from ..services import early_missions, early_overview  # sqlite3 alone: before the layer loads

        try:
            # Turns every 0.2 ms, so the window answers while this thread works (tuning.py).
            with quick_switches(), no_collections_while_opening():
                listed = early_missions(self.db)
                if listed:
                    first = early_overview(self.db, listed[0].code)
                    from .views import early_pane  # noqa: F401  # classes only: the GUI thread builds it

                    self.sig_listed.emit(listed, first)
                    self._early_shown.wait(EARLY_SHOWING_WAIT_S)
                workspace = open_start_workspace(self.db)
                self.workspace = workspace
                self.first_record = warm_up(workspace)
                self.first_due = read_this_week(workspace)
                preload_window_modules()
        except MissionPlannerError as error:
            self.sig_failed.emit(error)
        except BaseException as error:  # a bug: handed to the GUI thread, which raises it
            self.sig_crashed.emit(error)
        else:
            self.sig_opened.emit(workspace)


def open_start_workspace(db: str | None) -> Workspace:
    """The workspace to show; a first start on the default database brings the demo missions."""
    from ..services import open_workspace

    workspace = open_workspace(db)
    for notice in workspace.notices:  # a database made private again: the log says so
        append_to_log(log_folder() / LOG_FILE_NAME, notice)
    try:
        if workspace.is_default and workspace.missions.is_empty():
            workspace.missions.load_demo()
    except BaseException:
        workspace.close()
        raise
    return workspace


def warm_up(workspace: Workspace) -> MissionRecord | None:
    """Read once what the window reads first (the mission list, the first mission), so that
    SQLAlchemy's first-use work (configuring the mappers, compiling the statements: ~0.2 s)
    is done here rather than on the GUI thread between two events; the first mission's record,
    which the window's Overview then shows without reading it again."""
    missions = workspace.missions.list_missions()
    return workspace.missions.load_record(missions[0].code) if missions else None


def read_this_week(workspace: Workspace) -> tuple[date, list[MissionTask]]:
    """This week's tasks (`views/this_week.py`), read here: across every open mission, they take
    about 0.1 s on ten years of missions, which the GUI thread would otherwise spend at the start."""
    from .views.this_week import WEEK

    today = date.today()
    return today, workspace.tasks.due(today, WEEK)


def preload_window_modules() -> None:
    """Import what `MainWindow.attach` builds from (the mission's tabs, the window's commands), so
    the GUI thread finds them loaded instead of importing them between two events. Importing
    defines classes only: no widget is made here."""
    from . import refusal_text  # noqa: F401
    from .change_signal import ChangeSignal  # noqa: F401
    from .commands import base, missions  # noqa: F401
    from .printing import DocumentPrinter  # noqa: F401
    from .views.mission_pane import MissionPane  # noqa: F401
