"""`mission-planner`: the desktop application's entry point.

The window's frame paints first; the database layer is imported and the database opened on a
thread meanwhile (`opening.py`), and the window shows it once open. Nothing imported up to the
first paint reaches SQLAlchemy, SQLModel or pydantic (tests/gui/test_start_imports.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..errors import MissionPlannerError
from ..paths import APP_AUTHOR, APP_NAME, resource
from ..tuning import settle
from .errors import install_crash_handlers
from .i18n import LANGUAGES, install_translators
from .main_window import MainWindow
from .opening import WorkspaceOpener
from .opening import open_start_workspace as open_start_workspace
from .settings import DesktopSettings
from .smoke import FirstPaintProbe, run_smoke
from .startup import process_start_time

if TYPE_CHECKING:
    from ..domain.record import MissionRecord
    from ..services import Workspace
    from .models.mission_list import MissionSummaryLike

EXIT_EXPECTED_ERROR = 2
OPEN_ANYWAY_MS = 500


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mission-planner", description="Plan APO study missions.")
    parser.add_argument(
        "--db",
        metavar="DB",
        help="database file or SQLAlchemy URL (default: $MISSION_PLANNER_DB, then the database in your data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface (default: the system's)")
    parser.add_argument(
        "--smoke", action="store_true", help="open the window, print the milliseconds to its first paint, and exit"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    started = process_start_time()
    args = build_parser().parse_args(argv)
    app = _application()
    settings = DesktopSettings.for_user()
    install_translators(app, args.lang or settings.language)
    install_crash_handlers(interactive=not args.smoke)
    window = MainWindow(None, documents_root=settings.documents_folder, desktop_settings=settings)
    opener = WorkspaceOpener(args.db)

    def opened(workspace: Workspace) -> None:
        if opener.first_due is not None:  # read on the thread too
            window.this_week.preset(*opener.first_due)
        window.attach(workspace, in_steps=True)
        if opener.first_record is not None:  # read on the thread: shown without reading again
            window.details.overview.prefill(opener.first_record)
        # Once the window is up, what is alive lives as long as the program (tuning.py).
        QTimer.singleShot(0, settle)

    def failed(error: MissionPlannerError) -> None:
        from .refusal_text import error_text

        _report_open_error(error_text(error), smoke=args.smoke, parent=window)
        app.exit(EXIT_EXPECTED_ERROR)

    def crashed(error: BaseException) -> None:
        raise error  # a bug while opening: the crash handler reports it

    def listed(missions: list[MissionSummaryLike], first: MissionRecord | None) -> None:
        from ..services import early_overview  # sqlite3 alone, as the list

        window.list_early(missions)
        window.show_early(lambda code: early_overview(args.db, code), first)
        if window.early_pane is None:
            opener.early_shown()
        else:  # the opening thread goes on once the Overview is painted
            FirstPaintProbe(window.early_pane, started).sig_painted.connect(opener.early_shown)

    opener.sig_listed.connect(listed)
    opener.sig_opened.connect(opened)
    opener.sig_failed.connect(failed)
    opener.sig_crashed.connect(crashed)
    try:
        if args.smoke:
            return run_smoke(app, window, started, opener.start_once)
        # The database layer is imported once the frame is on the screen, not while it paints;
        # a window that is never painted (started minimised) opens it a moment later anyway.
        FirstPaintProbe(window, started).sig_painted.connect(lambda _ms: opener.start_once())
        QTimer.singleShot(OPEN_ANYWAY_MS, opener.start_once)
        window.show()
        return app.exec()
    finally:
        opener.wait()
        if opener.workspace is not None:
            opener.workspace.close()
        from .item_clipboard import keep_only_text

        keep_only_text()


def _application() -> QApplication:
    QApplication.setOrganizationName(APP_AUTHOR)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationDisplayName("Mission Planner")
    add_shipped_fonts()
    return app  # type: ignore[return-value]  # instance() is typed QCoreApplication; here it is ours


def add_shipped_fonts() -> None:
    """Make the fonts shipped for the documents available to the window too, so Hangul, Thai or
    Persian names show as letters on a computer that has no font for them (about 20 ms)."""
    for path in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def _report_open_error(message: str, *, smoke: bool, parent: QWidget | None = None) -> None:
    if smoke:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(parent, QApplication.translate("App", "Mission Planner"), message)
