"""`mission-planner`: the desktop application's entry point."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..errors import MissionPlannerError
from ..paths import APP_AUTHOR, APP_NAME, resource
from ..services import Workspace, open_workspace
from ..tuning import settle
from .errors import LOG_FILE_NAME, append_to_log, install_crash_handlers, log_folder
from .i18n import LANGUAGES, install_translators
from .main_window import MainWindow
from .refusal_text import error_text
from .settings import DesktopSettings
from .smoke import run_smoke
from .startup import process_start_time

EXIT_EXPECTED_ERROR = 2


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
    try:
        workspace = open_start_workspace(args.db)
    except MissionPlannerError as error:
        _report_open_error(error_text(error), smoke=args.smoke)
        return EXIT_EXPECTED_ERROR
    try:
        window = MainWindow(workspace, documents_root=settings.documents_folder, desktop_settings=settings)
        if args.smoke:
            return run_smoke(app, window, started)
        window.show()
        # Once the window is up, what is alive lives as long as the program (tuning.py).
        QTimer.singleShot(0, settle)
        return app.exec()
    finally:
        workspace.close()


def open_start_workspace(db: str | None) -> Workspace:
    """The workspace to show; a first start on the default database brings the demo missions."""
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


def _report_open_error(message: str, *, smoke: bool) -> None:
    if smoke:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(None, QApplication.translate("App", "Mission Planner"), message)
