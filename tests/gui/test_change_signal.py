"""One change signal: every tab agrees with the database after a change, whoever made it.

Issue 15 found the Programme tab still reporting an exceeded quota after the People tab had
withdrawn everyone accepted, while `check` reported nothing. Here each kind of change is made as
a user makes it (a command in one tab, an undo, the import wizard, the command line in another
process) and each tab is then compared with what `check` and `load_record` say. A tab is
looked at as a user looks at it: by bringing it into view.
"""

import dataclasses
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QProgressDialog

from mission_planner.domain.conflicts import Code, Severity
from mission_planner.domain.enums import Role, Status
from mission_planner.domain.people import Participation, Person
from mission_planner.gui.change_signal import ChangeSignal
from mission_planner.gui.conflict_text import describe_conflict
from mission_planner.gui.dialogs.import_wizard import ImportWizard
from mission_planner.gui.main_window import MainWindow
from mission_planner.gui.models.attendance import attendance_grid
from mission_planner.gui.models.budget import budget_rows
from mission_planner.gui.models.people import people_rows
from mission_planner.gui.models.programme import programme_rows
from mission_planner.services import open_workspace
from mission_planner.services.feed import Topic
from tests.cli.runner import cli
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
NOMINATIONS = (
    "Surname,First name,Nationality,Organisation,E-mail\n"
    "Arslan,Zeynep,Türkiye,KOSGEB,zeynep@example.org\n"
    "Nguyễn,Thị Hương,Viet Nam,VNPI,huong@example.org\n"  # Viet Nam is not invited: a conflict
)


def crowded_record():
    """The test mission with three accepted participants from Türkiye and room for one."""
    record = full_record(CODE)
    extra = [
        Person("t-p-ayse", "Demir", "Ayşe", "TR", email="ayse@example.org"),
        Person("t-p-emre", "Kaya", "Emre", "TR", email="emre@example.org"),
    ]
    return dataclasses.replace(
        record,
        mission=dataclasses.replace(record.mission, overseas_quota=1),
        people=[*record.people, *extra],
        participations=[*record.participations, *(Participation(p.uid, status=Status.ACCEPTED) for p in extra)],
    )


@pytest.fixture
def path(tmp_path):
    return tmp_path / "missions.db"


@pytest.fixture
def ws(path):
    workspace = open_workspace(str(path))
    workspace.missions.add_record(crowded_record())
    yield workspace
    workspace.close()


@pytest.fixture
def window(qtbot, ws, tmp_path):
    window = MainWindow(ws, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.watch_timer.stop()  # the tests call the watch themselves
    assert window.selected_mission().code == CODE
    return window


@pytest.fixture
def nominations(tmp_path):
    path = tmp_path / "nominations.csv"
    path.write_text(NOMINATIONS, encoding="utf-8")
    return path


# --- what each tab shows, and what the services say it should -------------------------------


def shown_conflicts(window) -> list[str]:
    panel = window.details.programme.conflicts.list
    return [panel.item(row).text() for row in range(panel.count())]


def checked_conflicts(ws) -> list[str]:
    report = ws.missions.check(CODE, tasks=False)
    ordered = sorted(report.conflicts, key=lambda c: c.severity != Severity.ERROR)
    return [describe_conflict(conflict, report.record) for conflict in ordered]


def quota_exceeded(ws) -> bool:
    return any(conflict.code == Code.QUOTA_EXCEEDED for conflict in ws.missions.check(CODE, tasks=False).conflicts)


def shown_items(window) -> list:
    model = window.details.programme.model
    return [model.row_at(row) for row in range(model.rowCount())]


def shown_people(window) -> list:
    model = window.details.people.model
    return [model.row_at(row) for row in range(model.rowCount())]


def shown_register(window) -> list:
    model = window.details.attendance.model
    return [model.person_at(row) for row in range(model.rowCount())]


def shown_budget(window) -> list:
    model = window.details.budget.model
    return [model.row_at(row) for row in range(model.rowCount())]


def look_at(window, tab) -> None:
    """Bring `tab` into view, as a click on its title does."""
    window.details.tabs.setCurrentWidget(tab)
    assert tab.isVisible()


def assert_every_tab_agrees(window, ws) -> None:
    """Each tab, brought into view in turn, shows what a fresh read of the database says."""
    pane = window.details
    record = ws.missions.load_record(CODE)
    look_at(window, pane.overview)
    assert pane.overview.record.mission == record.mission
    assert pane.overview.fields["people"].text() == pane.overview._people_text(record)
    look_at(window, pane.programme)
    assert shown_conflicts(window) == checked_conflicts(ws)
    assert shown_items(window) == programme_rows(record)
    look_at(window, pane.people)
    assert shown_people(window) == people_rows(record)
    look_at(window, pane.attendance)
    assert shown_register(window) == attendance_grid(*ws.attendance.eligibility(CODE)).people
    look_at(window, pane.budget)
    assert shown_budget(window) == budget_rows(ws.budget.report(CODE))[0]
    listed = next(m for m in window._missions if m.code == CODE)
    assert listed.people == len(record.participations)


def withdraw(window, uid: str) -> None:
    """Choose Withdrawn for the person `uid` in the People tab's details, as a user does."""
    tab = window.details.people
    tab.select_person(uid)
    combo = tab.details.status_combo
    index = combo.findData(str(Status.WITHDRAWN))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


# --- the stale quota -----------------------------------------------------------------


def test_withdrawing_everyone_accepted_clears_the_quota_warning_at_once(window, ws):
    pane = window.details
    look_at(window, pane.programme)
    assert quota_exceeded(ws)
    assert shown_conflicts(window) == checked_conflicts(ws)

    look_at(window, pane.people)
    accepted = [
        part.person_uid
        for part in ws.missions.load_record(CODE).participations
        if part.role == Role.PARTICIPANT and part.status in (Status.ACCEPTED, Status.CONFIRMED)
    ]
    assert len(accepted) == 3
    for uid in accepted:
        withdraw(window, uid)
        assert shown_people(window) == people_rows(ws.missions.load_record(CODE)), "the tab on screen reads at once"
    assert not quota_exceeded(ws)
    assert pane.programme.stale, "out of view, it reads when it comes into view"

    look_at(window, pane.programme)
    assert shown_conflicts(window) == checked_conflicts(ws)
    assert not any("quota" in text for text in shown_conflicts(window))
    assert not window.refresh_if_changed_elsewhere()  # the watch: nobody else wrote
    assert shown_conflicts(window) == checked_conflicts(ws)
    assert_every_tab_agrees(window, ws)


def test_undoing_withdrawals_on_the_programme_tab_shows_the_quota_again_at_once(window, ws):
    pane = window.details
    look_at(window, pane.people)
    for uid in ("t-p-sule", "t-p-ayse", "t-p-emre"):
        withdraw(window, uid)
    look_at(window, pane.programme)
    assert not quota_exceeded(ws)

    window.undo_action.trigger()
    window.undo_action.trigger()  # two accepted again, for a quota of one
    assert quota_exceeded(ws)
    assert pane.tabs.currentWidget() is pane.programme
    assert shown_conflicts(window) == checked_conflicts(ws), "the tab on screen reads without being shown again"
    assert_every_tab_agrees(window, ws)


# --- an import in one tab --------------------------------------------------------------------


def test_an_import_through_the_wizard_reaches_every_tab(qtbot, monkeypatch, window, ws, nominations):
    def drive(parent, workspace, code, tasks):
        wizard = ImportWizard(workspace, code, tasks, parent)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.set_path(nominations)
        wizard.next()
        with qtbot.waitSignal(wizard.sig_imported, timeout=20_000):
            wizard.import_button().click()  # the import runs on a worker thread
        return wizard.imported

    monkeypatch.setattr(ImportWizard, "ask", drive)
    pane = window.details
    look_at(window, pane.people)
    pane.people.import_button.click()

    assert len(ws.missions.load_record(CODE).people) == 6
    assert shown_people(window) == people_rows(ws.missions.load_record(CODE))
    assert_every_tab_agrees(window, ws)
    assert {c.code for c in ws.missions.check(CODE, tasks=False).conflicts} == {Code.QUOTA_EXCEEDED, Code.NOT_INVITED}
    assert len(shown_conflicts(window)) == 2


def test_an_import_by_the_workspace_on_a_worker_thread_reaches_the_tab_on_screen(qtbot, window, ws, nominations):
    pane = window.details
    look_at(window, pane.programme)
    worker = threading.Thread(target=lambda: ws.people.import_delegates(CODE, nominations))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: shown_conflicts(window) == checked_conflicts(ws))
    assert {c.code for c in ws.missions.check(CODE, tasks=False).conflicts} == {Code.QUOTA_EXCEEDED, Code.NOT_INVITED}
    assert len(shown_conflicts(window)) == 2
    assert_every_tab_agrees(window, ws)


# --- a budget line deleted, and the delete undone ---------------------------------------------


def test_a_deleted_budget_line_and_its_undo_agree_with_the_data(window, ws):
    pane = window.details
    look_at(window, pane.budget)
    bus = next(line for line in ws.missions.load_record(CODE).budget_lines if line.description == "Bus")
    pane.budget.select_line(bus.uid)
    pane.budget.delete_button.click()
    assert bus.uid not in [line.uid for line in ws.missions.load_record(CODE).budget_lines]
    assert shown_budget(window) == budget_rows(ws.budget.report(CODE))[0]

    look_at(window, pane.overview)
    window.undo_action.trigger()
    assert bus.uid in [line.uid for line in ws.missions.load_record(CODE).budget_lines]
    assert pane.tabs.currentWidget() is pane.budget, "the undo shows where it took effect"
    assert shown_budget(window) == budget_rows(ws.budget.report(CODE))[0]
    assert_every_tab_agrees(window, ws)


# --- another program -------------------------------------------------------------------------


def test_the_command_line_in_another_process_is_seen_by_every_tab_after_one_watch_tick(window, ws, path, nominations):
    pane = window.details
    look_at(window, pane.programme)
    before = shown_conflicts(window)

    done = cli("--db", str(path), "import-delegates", CODE, str(nominations))
    assert done.returncode == 0, done.stderr
    assert shown_conflicts(window) == before, "nothing is read until the watch looks"

    assert window.refresh_if_changed_elsewhere()
    assert shown_conflicts(window) == checked_conflicts(ws) != before
    assert window.statusBar().currentMessage() == "Updated with changes made elsewhere."
    assert_every_tab_agrees(window, ws)
    assert not window.refresh_if_changed_elsewhere()


def test_another_programs_change_keeps_the_selection_and_the_scroll(qtbot, demo_window, demo_workspace):
    tab = demo_window.details.programme
    look_at(demo_window, tab)
    demo_window.resize(1000, 480)  # the programme no longer fits: the table scrolls
    scroll = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    rows = shown_items(demo_window)
    chosen, other = rows[len(rows) // 2], rows[-1]
    tab.select_items([chosen.uid], focus=False)
    scroll.setValue(scroll.maximum())  # the user scrolls away from the selection
    kept = scroll.value()

    theirs = open_workspace(demo_workspace.location)
    try:
        theirs.programme.edit_item(other.uid, title="Farewell dinner (moved)")
    finally:
        theirs.close()
    assert demo_window.refresh_if_changed_elsewhere()

    assert "Farewell dinner (moved)" in [row.title for row in shown_items(demo_window)]
    assert tab.selected_uids() == [chosen.uid]
    assert scroll.value() == kept


def test_another_programs_change_keeps_the_person_selected_and_the_scroll(qtbot, demo_window, demo_workspace):
    multicountry = next(m for m in demo_workspace.missions.list_missions() if m.code == "21-IP-06-GE-OSM-B")
    demo_window.select_row(demo_window.model.row_of(multicountry.id))
    tab = demo_window.details.people
    look_at(demo_window, tab)
    scroll = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    rows = shown_people(demo_window)
    chosen, other = rows[len(rows) // 4], rows[-1]
    tab.select_person(chosen.uid)
    scroll.setValue(scroll.maximum())  # the user scrolls away from the selection
    kept = scroll.value()

    theirs = open_workspace(demo_workspace.location)
    try:
        theirs.people.set_status(multicountry.code, other.uid, Status.WITHDRAWN)
    finally:
        theirs.close()
    assert demo_window.refresh_if_changed_elsewhere()

    assert shown_people(demo_window) == people_rows(demo_workspace.missions.load_record(multicountry.code))
    assert tab.selected_uid() == chosen.uid
    assert scroll.value() == kept


# --- never under the user's hands -------------------------------------------------------------


def test_a_change_waits_while_a_cell_is_being_edited(qtbot, window, ws, path):
    tab = window.details.programme
    look_at(window, tab)
    tab.edit_title("t-i-kist")
    assert tab.table.state() == QAbstractItemView.State.EditingState
    theirs = open_workspace(str(path))
    try:
        theirs.programme.edit_item("t-i-online", title="Online briefing (moved)")
    finally:
        theirs.close()

    assert window.refresh_if_changed_elsewhere()
    assert tab.table.state() == QAbstractItemView.State.EditingState, "the editor stays open"
    assert "Online briefing (moved)" not in [row.title for row in shown_items(window)]

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the editor closes without a change
    qtbot.waitUntil(lambda: "Online briefing (moved)" in [row.title for row in shown_items(window)])
    assert shown_conflicts(window) == checked_conflicts(ws)


def test_a_change_waits_while_a_dialog_is_open(qtbot, window, ws, path):
    tab = window.details.programme
    look_at(window, tab)
    dialog = QDialog(window)
    dialog.open()  # window-modal, without a nested event loop
    assert QApplication.activeModalWidget() is dialog
    theirs = open_workspace(str(path))
    try:
        theirs.programme.edit_item("t-i-online", title="Online briefing (moved)")
    finally:
        theirs.close()
    assert window.refresh_if_changed_elsewhere()
    qtbot.wait(200)
    assert "Online briefing (moved)" not in [row.title for row in shown_items(window)]

    dialog.reject()
    qtbot.waitUntil(lambda: "Online briefing (moved)" in [row.title for row in shown_items(window)])
    assert shown_items(window) == programme_rows(ws.missions.load_record(CODE))


def test_the_progress_of_background_work_holds_no_change_back(window, ws, path):
    tab = window.details.programme
    look_at(window, tab)
    progress = QProgressDialog("Writing…", "Cancel", 0, 0, window)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.show()
    assert QApplication.activeModalWidget() is progress
    theirs = open_workspace(str(path))
    try:
        theirs.programme.edit_item("t-i-online", title="Online briefing (moved)")
    finally:
        theirs.close()
    assert window.refresh_if_changed_elsewhere()
    assert shown_items(window) == programme_rows(ws.missions.load_record(CODE))
    progress.close()


# --- the signal itself -----------------------------------------------------------------------


def test_a_commit_on_a_worker_thread_is_delivered_on_the_gui_thread(qtbot, ws):
    signal = ChangeSignal(ws.feed)
    heard: list[tuple] = []
    signal.sig_changed.connect(lambda change, direct: heard.append((change, direct, threading.current_thread())))
    worker = threading.Thread(target=lambda: ws.programme.edit_item("t-i-kist", title="Visit to KIST (labs)"))
    worker.start()
    worker.join()
    assert heard == [], "queued: nothing runs on the worker's thread"
    qtbot.waitUntil(lambda: bool(heard))
    [(change, direct, thread)] = heard
    assert thread is threading.main_thread() and not direct
    assert change.touches(CODE, Topic.PROGRAMME) and not change.elsewhere

    ws.programme.edit_item("t-i-kist", title="Visit to KIST")  # on the GUI thread: at once
    assert len(heard) == 2 and heard[-1][1]
    signal.stop()
    ws.programme.edit_item("t-i-kist", title="Visit to KIST (again)")
    assert len(heard) == 2
