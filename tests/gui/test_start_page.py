"""The first start on an empty database: the start page and its three ways to begin, each done
as a user would (the real dialog, the demo loaded in the background, files the command line wrote)."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from mission_planner.gui.dialogs.new_mission import NewMissionDialog
from mission_planner.gui.main_window import MainWindow
from mission_planner.services import open_workspace
from mission_planner.services.demo_missions import demo_files
from tests.cli.runner import cli

CODE = "24-IP-40-GE-OSM-A"
TURKIYE = "23-IP-12-GE-OSM-A"
NEXT_YEAR = "24-IP-12-GE-OSM-A"


@pytest.fixture
def empty_workspace(database):
    workspace = open_workspace(database)
    yield workspace
    workspace.close()


@pytest.fixture
def fresh_window(qtbot, empty_workspace, tmp_path):
    window = MainWindow(empty_workspace, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def demo_copy(demo_db_template, tmp_path) -> Path:
    """A database file of its own with the demo missions, for the command line to write files from."""
    path = tmp_path / "source.db"
    for suffix in ("", "-wal", "-shm"):
        source = demo_db_template.with_name(demo_db_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, path.with_name(path.name + suffix))
    return path


def on_start_page(window: MainWindow) -> bool:
    return window.pages.currentWidget() is window.start_page


def choose_file(monkeypatch, path: Path) -> None:
    """The file the user picks in the (native, modal) open dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args, **_kw: (str(path), "")))


def test_a_fresh_database_shows_the_start_page_with_three_ways_to_begin(fresh_window):
    window = fresh_window
    assert on_start_page(window)
    page = window.start_page
    assert [b.text() for b in (page.new_button, page.demo_button, page.open_button)] == [
        "New Mission…",
        "Load the Demo Missions",
        "Open Mission File…",
    ]
    file_menu = window.menuBar().actions()[0].menu()
    assert {window.new_mission_action, window.open_mission_action, window.load_demo_action} <= set(file_menu.actions())


def test_new_mission_on_the_start_page_opens_the_dialog_and_undo_brings_the_page_back(qtbot, fresh_window):
    window = fresh_window
    typed = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewMissionDialog)
        QTest.keyClicks(dialog.code, CODE)
        QTest.keyClicks(dialog.title_edit, "Smart Manufacturing Study Mission")
        typed.append(dialog.mission())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_in)
    QTest.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert typed and typed[0].timezone == "Asia/Seoul"
    assert not on_start_page(window)
    assert window.selected_mission().code == CODE
    window.undo_stack.undo()  # deletes the only mission
    assert window.workspace.missions.is_empty()
    assert on_start_page(window)
    window.undo_stack.redo()
    assert not on_start_page(window) and window.selected_mission().code == CODE


def test_the_demo_loads_in_the_background_from_the_start_page(qtbot, fresh_window):
    window = fresh_window
    QTest.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    assert not window.start_page.demo_button.isEnabled()  # one load at a time
    qtbot.waitUntil(lambda: not on_start_page(window), timeout=30_000)
    assert sorted(m.code for m in window.workspace.missions.list_missions()) == sorted(p.stem for p in demo_files())
    qtbot.waitUntil(lambda: window.load_demo_action.isEnabled(), timeout=10_000)
    assert window.selected_mission() is not None
    assert window.details.code == window.selected_mission().code


def test_loading_the_demo_again_says_it_is_here_already(qtbot, fresh_window):
    window = fresh_window
    window.load_demo_action.trigger()
    qtbot.waitUntil(lambda: window.load_demo_action.isEnabled(), timeout=30_000)
    count = len(window.workspace.missions.list_missions())
    window.load_demo_action.trigger()  # from the File menu
    qtbot.waitUntil(lambda: window.load_demo_action.isEnabled(), timeout=30_000)
    assert len(window.workspace.missions.list_missions()) == count
    assert window.statusBar().currentMessage() == "The demo missions are here already."


@pytest.mark.parametrize(("command", "suffix"), [("export-mission", ".json"), ("archive", ".mission")])
def test_a_mission_file_written_by_the_command_line_opens_from_the_start_page(
    qtbot, fresh_window, demo_copy, tmp_path, monkeypatch, command, suffix
):
    code = demo_files()[0].stem
    path = tmp_path / f"shared{suffix}"
    result = cli("--db", str(demo_copy), command, code, str(path))
    assert result.returncode == 0, result.stderr
    window = fresh_window
    choose_file(monkeypatch, path)
    QTest.mouseClick(window.start_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not on_start_page(window), timeout=30_000)
    qtbot.waitUntil(lambda: window.open_mission_action.isEnabled(), timeout=10_000)
    assert [m.code for m in window.workspace.missions.list_missions()] == [code]
    assert window.selected_mission().code == code
    assert window.workspace.missions.load_record(code).days  # the whole mission, programme and all
    assert window.undo_stack.undoText() == f"Open shared{suffix}"
    window.undo_stack.undo()
    assert on_start_page(window)


def test_a_mission_file_of_a_mission_already_here_is_refused_in_the_windows_words(
    qtbot, fresh_window, demo_copy, tmp_path, monkeypatch
):
    code = demo_files()[0].stem
    path = tmp_path / "again.json"
    assert cli("--db", str(demo_copy), "export-mission", code, str(path)).returncode == 0
    window = fresh_window
    window.workspace.missions.import_mission(path)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, title, text: warnings.append(text)))
    choose_file(monkeypatch, path)
    window.open_mission_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert warnings == ["This database already has the mission again.json holds; nothing was added."]
    assert window.open_mission_action.isEnabled()
    assert window.undo_stack.count() == 0


def test_a_file_that_is_no_mission_is_refused_and_nothing_is_added(qtbot, fresh_window, tmp_path, monkeypatch):
    path = tmp_path / "notes.json"
    path.write_text('{"shopping": ["rice", "kimchi"]}', encoding="utf-8")
    window = fresh_window
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, title, text: warnings.append(text)))
    choose_file(monkeypatch, path)
    window.open_mission_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "notes.json" in warnings[0]
    assert window.workspace.missions.is_empty() and on_start_page(window)


def test_a_mission_file_replacing_identity_data_asks_first(qtbot, demo_window, tmp_path, monkeypatch):
    """A colleague's copy of the Türkiye mission for next year, with one passport number changed."""
    import json

    window = demo_window
    source = tmp_path / "demo.db"  # the demo window's own database
    exported = tmp_path / "turkiye.json"
    done = cli("--db", str(source), "export-mission", TURKIYE, str(exported), "--with-personal-data")
    assert done.returncode == 0, done.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["mission"]["code"] = NEXT_YEAR
    person = next(p for p in data["people"] if p.get("identity"))
    person["identity"]["passport_number"] = "U11111111"
    colleague = tmp_path / "colleague.json"
    colleague.write_text(json.dumps(data), encoding="utf-8")
    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda _parent, _title, text: asked.append(text) or answer[0])
    )
    choose_file(monkeypatch, colleague)

    window.open_mission_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    name = f"{person['given_name']} {person['family_name']}"
    assert f"{name} (passport number; also in {TURKIYE})" in asked[0]
    assert NEXT_YEAR not in [m.code for m in window.workspace.missions.list_missions()]
    assert window.undo_stack.count() == 0

    answer[0] = QMessageBox.StandardButton.Yes
    window.open_mission_action.trigger()
    qtbot.waitUntil(lambda: window.selected_mission().code == NEXT_YEAR, timeout=30_000)
    assert len(asked) == 2
    record = window.workspace.missions.load_record(TURKIYE, with_identity=True)
    assert record.person(person["uid"]).identity.passport_number == "U11111111"
