"""Unexpected errors are logged with their details and can be copied; expected ones are not logged."""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from mission_planner import __version__
from mission_planner.errors import NotFoundError
from mission_planner.gui.errors import CrashHandler, ErrorDialog, append_to_log, format_details


def raised(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def test_unexpected_error_is_logged_with_versions_and_traceback(tmp_path, capsys, monkeypatch):
    # The real exit would leave the test session's application quitting: every later
    # QEventLoop.exec (qtbot.waitSignal) would return at once.
    exits = []
    monkeypatch.setattr(QCoreApplication, "exit", exits.append)
    log = tmp_path / "logs" / "mission-planner.log"
    handler = CrashHandler(log, interactive=False)
    handler(*raised(ZeroDivisionError("division by zero")))
    assert exits == [1]
    text = log.read_text(encoding="utf-8")
    assert f"Mission Planner {__version__}" in text
    assert "ZeroDivisionError: division by zero" in text
    assert "Traceback" in text
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_expected_error_shows_its_message_and_is_not_logged(tmp_path, capsys):
    log = tmp_path / "mission-planner.log"
    CrashHandler(log, interactive=False)(*raised(NotFoundError("No mission with the code X.")))
    assert capsys.readouterr().err.strip() == "No mission with the code X."
    assert not log.exists()


def test_log_is_kept_small(tmp_path):
    log = tmp_path / "mission-planner.log"
    log.write_text("x" * 1_100_000, encoding="utf-8")
    assert append_to_log(log, "new entry")
    assert (tmp_path / "mission-planner.log.1").exists()
    assert "new entry" in log.read_text(encoding="utf-8")
    assert log.stat().st_size < 1000


def test_unwritable_log_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert not append_to_log(blocker / "logs" / "mission-planner.log", "details")


def test_error_dialog_copies_its_details(qtbot, tmp_path):
    details = format_details(*raised(RuntimeError("boom")))
    dialog = ErrorDialog(details, tmp_path / "mission-planner.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "RuntimeError: boom" in dialog.details_view.toPlainText()
    assert str(tmp_path) in dialog.findChild(QLabel).text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert dialog.isVisible()  # copying does not close it
