"""Two people on one database: the window follows the other's changes and refuses stale edits.

The window and "the other" (a second workspace, as a colleague's application or the command line
would open) share a SQLite file, and a PostgreSQL schema when a server is given.
"""

import pytest
from PySide6.QtWidgets import QMessageBox

from mission_planner.gui.main_window import MainWindow
from mission_planner.gui.models.programme import Column
from mission_planner.services import open_workspace
from tests.factories import full_record, online_record

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_database(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return request.getfixturevalue("postgres_schema").fresh()


@pytest.fixture
def ours(shared_database):
    workspace = open_workspace(shared_database)
    workspace.missions.add_record(full_record())
    yield workspace
    workspace.close()


@pytest.fixture
def theirs(shared_database, ours):
    workspace = open_workspace(shared_database)
    yield workspace
    workspace.close()


@pytest.fixture
def window(qtbot, ours, tmp_path):
    window = MainWindow(ours, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.details.tabs.setCurrentWidget(window.details.programme)
    return window


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def titles(window) -> list[str]:
    model = window.details.programme.model
    return [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]


def test_the_window_shows_what_the_other_saved_keeping_the_mission_selected(qtbot, window, theirs):
    assert window.selected_mission().code == CODE
    assert "Visit to KIST (labs)" not in titles(window)

    theirs.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    theirs.missions.add_record(online_record())

    # The window's own timer notices within a couple of seconds.
    qtbot.waitUntil(lambda: "Visit to KIST (labs)" in titles(window), timeout=8000)
    assert [mission.code for mission in window._missions] == ["23-IP-99-GE-OSM-A", "21-IP-90-GE-OSM-B"]
    assert window.selected_mission().code == CODE
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere."


def test_our_own_edits_do_not_make_the_window_reload(window):
    window.watch_timer.stop()
    window.workspace.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")
    assert not window.refresh_if_changed_elsewhere()


def test_a_stale_edit_shows_the_message_and_the_others_change(qtbot, window, theirs, warnings):
    window.watch_timer.stop()  # the user is quicker than the next look at the database
    tab = window.details.programme
    row = titles(window).index("Visit to KIST")
    theirs.programme.edit_item("t-i-kist", title="Visit to KIST (labs)")

    tab.model.setData(tab.model.index(row, Column.TITLE), "Visit to KIST and lunch")

    assert warnings == [
        "«Visit to KIST (labs)» was changed by someone else since you opened it; reload to see their change."
    ]
    assert "Visit to KIST (labs)" in titles(window)
    assert "Visit to KIST and lunch" not in titles(window)
    [item] = [i for i in theirs.missions.load_record(CODE).items() if i.uid == "t-i-kist"]
    assert item.title == "Visit to KIST (labs)"
    assert window.undo_stack.count() == 0
    # After the reload the same edit goes through.
    row = titles(window).index("Visit to KIST (labs)")
    tab.model.setData(tab.model.index(row, Column.TITLE), "Visit to KIST and lunch")
    assert "Visit to KIST and lunch" in titles(window)
