"""Errors nobody expected: written to a log in the user's data folder and shown with details.

`install_crash_handlers` replaces `sys.excepthook` (PySide6 routes exceptions raised in slots and
event handlers through it) and enables `faulthandler` for hard crashes. A `MissionPlannerError`
that escapes a handler is an expected error: its message is shown as it is, without a log.
"""

from __future__ import annotations

import faulthandler
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..errors import MissionPlannerError
from ..paths import make_private_dir, user_data_dir

LOG_FILE_NAME = "mission-planner.log"
CRASH_FILE_NAME = "crash.log"
_MAX_LOG_BYTES = 1_000_000

_fault_stream: TextIO | None = None  # faulthandler writes to it when the process dies


def log_folder() -> Path:
    return user_data_dir() / "logs"


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a developer needs: versions, platform and the traceback."""
    versions = (
        f"Mission Planner {__version__}; Python {platform.python_version()}; "
        f"Qt {qVersion()}; PySide6 {PySide6.__version__}; {platform.platform()}"
    )
    return versions + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def append_to_log(path: Path, details: str) -> bool:
    """Add `details` to the log at `path` (keeping one older log); False if it cannot be written."""
    try:
        make_private_dir(path.parent)
        if path.exists() and path.stat().st_size > _MAX_LOG_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().astimezone().isoformat(timespec='seconds')}\n{details}\n")
    except OSError:
        return False
    return True


class ErrorDialog(QDialog):
    """Says that something went wrong, where the details were saved, and lets them be copied."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Mission Planner: unexpected error"))
        self.resize(640, 420)
        message = self.tr("Something went wrong that Mission Planner did not expect. Your saved work is safe.")
        if log_path is not None:
            message += "\n" + self.tr("The details below were also saved to {path}.").format(path=log_path)
        text = QLabel(message, wordWrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(details, readOnly=True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class CrashHandler:
    """`sys.excepthook` for the application; `interactive=False` (for --smoke) never opens a dialog."""

    def __init__(self, log_path: Path, *, interactive: bool) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self._showing = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, MissionPlannerError):
            from .refusal_text import error_text  # the services, loaded once there is an error to word

            self._report_expected(error_text(exc))
            return
        details = format_details(exc_type, exc, tb)
        logged = append_to_log(self.log_path, details)
        if sys.stderr is not None:
            print(details, file=sys.stderr)
        if not self.interactive:
            QCoreApplication.exit(1)
            return
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            ErrorDialog(details, self.log_path if logged else None, QApplication.activeWindow()).exec()
        finally:
            self._showing = False

    def _report_expected(self, message: str) -> None:
        if self.interactive and QApplication.instance() is not None:
            title = QCoreApplication.translate("Errors", "Mission Planner")
            QMessageBox.critical(QApplication.activeWindow(), title, message)
        elif sys.stderr is not None:
            print(message, file=sys.stderr)


def install_crash_handlers(*, interactive: bool, folder: Path | None = None) -> CrashHandler:
    """Log and show unexpected errors; write hard crashes (segfaults) to `crash.log`."""
    folder = folder or log_folder()
    handler = CrashHandler(folder / LOG_FILE_NAME, interactive=interactive)
    sys.excepthook = handler
    _enable_faulthandler(folder / CRASH_FILE_NAME)
    return handler


def _enable_faulthandler(path: Path) -> None:
    global _fault_stream
    try:
        make_private_dir(path.parent)
        _fault_stream = path.open("a", encoding="utf-8")
    except OSError:
        if sys.stderr is not None:  # a GUI process on Windows has no stderr
            faulthandler.enable()
        return
    faulthandler.enable(file=_fault_stream)
