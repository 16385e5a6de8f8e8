"""GUI tests run offscreen, against a real SQLite database in tmp_path, in pytest-qt's qapp."""

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from pathlib import Path

import pytest

from mission_planner.services import open_workspace
from tests.databases import copy_sqlite_template

from .sample_missions import RECORDS

ROOT = Path(__file__).resolve().parents[2]
# The day the GUI tests' demo is loaded: the mission in planning then runs 11 to 13 January 2027.
DEMO_LOADED = date(2026, 12, 10)


@pytest.fixture(scope="session", autouse=True)
def clipboard_text_at_the_end():
    """Items copied in a test stay on the clipboard until the session ends; the program leaves
    only their text there when it ends (Qt's offscreen platform crashes otherwise), and so do we."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from mission_planner.gui.item_clipboard import keep_only_text

        keep_only_text()


@pytest.fixture(scope="session", autouse=True)
def user_settings_elsewhere(tmp_path_factory):
    """A window or wizard made without a settings store of its own (the import wizard remembers
    column mappings) writes its user settings in a temporary folder, never the user's."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("user-settings"))
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, folder)
    return folder


@pytest.fixture
def korean(qapp):
    """Qt's and our Korean translators, installed app-wide for the test only (earlier tests'
    widgets are gone by then: `_settle_after_each_test`)."""
    from PySide6.QtCore import QCoreApplication

    from mission_planner.gui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "ko")
    assert len(translators) == 2, "mission_planner_ko.qm and Qt's qtbase_ko.qm should both load"
    yield translators
    remove_translators(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.fixture
def database(sqlite_template, tmp_path) -> str:
    """GUI tests run on SQLite (a copy of the session's migrated file); tests/gui/test_team_mode.py
    is the one on PostgreSQL."""
    return copy_sqlite_template(sqlite_template, tmp_path / "test.db")


@pytest.fixture(scope="session")
def missions_template(tmp_path_factory) -> Path:
    """The three test missions in a database built once per session (closed again)."""
    path = tmp_path_factory.mktemp("missions") / "t.db"
    workspace = open_workspace(str(path))
    try:
        for record in RECORDS:
            workspace.missions.add_record(record)
    finally:
        workspace.close()
    return path


@pytest.fixture
def db_path(missions_template, tmp_path) -> Path:
    """A database file of its own holding the three test missions."""
    path = tmp_path / "t.db"
    copy_sqlite_template(missions_template, path)
    return path


@pytest.fixture
def missions_workspace(db_path):
    workspace = open_workspace(str(db_path))
    yield workspace
    workspace.close()


@pytest.fixture
def main_window(qtbot, missions_workspace, tmp_path):
    from mission_planner.gui.main_window import MainWindow

    window = MainWindow(missions_workspace, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """The demo missions in a database built once per session; tests work on copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    workspace = open_workspace(str(path))
    try:
        workspace.missions.load_demo(today=DEMO_LOADED)
    finally:
        workspace.close()
    return path


@pytest.fixture
def demo_workspace(demo_db_template, tmp_path):
    """A workspace on a fresh copy of the demo database."""
    path = tmp_path / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        source = demo_db_template.with_name(demo_db_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, path.with_name(path.name + suffix))
    workspace = open_workspace(str(path))
    yield workspace
    workspace.close()


@pytest.fixture
def demo_window(qtbot, demo_workspace, tmp_path):
    """The main window on the demo missions, the Türkiye mission selected; exports go to tmp_path."""
    from mission_planner.gui.main_window import MainWindow

    window = MainWindow(demo_workspace, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    row = window.model.row_of(demo_workspace.missions.mission_id("23-IP-12-GE-OSM-A"))
    window.select_row(row)
    return window


@pytest.fixture
def child_env(tmp_path) -> dict[str, str]:
    """The environment for a child Python: offscreen, our package importable, logs in tmp_path.

    Run the child with `cwd=ROOT`.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")  # the crash log's folder, on Linux
    return env


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """A message box no test asked for would wait for a click forever: fail at once instead.
    Tests that expect one patch it themselves."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(_parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture(scope="module", autouse=True)
def _collect_garbage_between_tests_only():
    """The collector runs between tests, never in the middle of a repaint.

    A test's closed widgets are deleted later and their Python wrappers can sit in reference
    cycles. Collected at a random moment, such a cycle frees a model while a view that is
    being torn down still paints it, and Qt crashes. So automatic collection is off for the GUI
    tests and `_settle_after_each_test` collects at a quiet moment."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _settle_after_each_test(qapp):
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
