"""The coordinator's walk-through of issue 16 in the People and Attendance tabs, by hand in the
real window on a real SQLite database: add a speaker and two staff, accept twelve at once and
withdraw one, give eight a hotel in one step, undo each bulk action in one step, remove a person
and undo. Dialogs run for real (filled in and OK clicked from a timer); each test counts the
steps a coordinator takes (a click, a key, a typed field) and holds the count."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mission_planner.domain.enums import AttendanceStatus, Role, Status
from mission_planner.gui.dialogs.bulk_people import StatusDateDialog, StayDialog
from mission_planner.gui.dialogs.person_editor import PersonEditor
from mission_planner.gui.models.people import UID_ROLE, Column

TURKIYE = "23-IP-12-GE-OSM-A"  # nine people


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.people)
    return demo_window.details.people


class Steps:
    """What the coordinator did, counted."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, n: int = 1) -> None:
        self.count += n


def answer(kind, fill, steps: Steps) -> None:
    """When the next dialog of `kind` opens, let `fill` type into it, then click OK (one step)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, act)
            return
        fill(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), getattr(dialog, "problem", None) and dialog.problem.text()
        steps()
        ok.click()

    QTimer.singleShot(0, act)


def type_into(edit, text: str, steps: Steps) -> None:
    edit.setFocus()
    QTest.keyClicks(edit, text)
    steps()  # one field typed


def people(workspace) -> dict[str, tuple]:
    record = workspace.missions.load_record(TURKIYE)
    parts = {p.person_uid: p for p in record.participations}
    return {p.full_name: (p, parts[p.uid]) for p in record.people}


def row_of(tab, name: str) -> int:
    model = tab.table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, Column.NAME).data() == name)


def click_row(tab, row: int, steps: Steps, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = tab.table.model().index(row, Column.NAME)
    tab.table.scrollTo(index)
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, modifier, tab.table.visualRect(index).center())
    steps()


def choose_bulk(tab, *path: str, steps: Steps) -> None:
    """Open Change Selected and go down the menu `path` (one click per level)."""
    menu = tab.bulk_menu
    steps()  # the Change Selected button
    for text in path:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
        steps()
        if action.menu() is not None:
            menu = action.menu()
        else:
            action.trigger()


def add_by_hand(tab, steps: Steps, family: str, given: str, country: str, role: Role, status: Status, **more) -> None:
    def fill(dialog: PersonEditor) -> None:
        type_into(dialog.family, family, steps)
        type_into(dialog.given, given, steps)
        dialog.country.setCurrentIndex(dialog.country.findData(country))
        steps()
        type_into(dialog.organization, more.get("organization", "KPC"), steps)
        type_into(dialog.email, f"{given.lower()}.{family.lower()}@example.org", steps)
        dialog.role.setCurrentIndex(dialog.role.findData(str(role)))
        steps()
        dialog.status.setCurrentIndex(dialog.status.findData(str(status)))
        steps()
        if "passport" in more:
            dialog.private_button.click()
            steps()
            assert dialog.private_box.isVisible() and dialog.private_box.title() == "Personal data (kept private)"
            type_into(dialog.passport, more["passport"], steps)
            dialog.birth.setDate(QDate(1975, 5, 6))
            steps()

    answer(PersonEditor, fill, steps)
    tab.add_button.click()
    steps()


def test_a_speaker_and_two_staff_added_by_hand_then_edited_removed_and_undone(demo_window, demo_workspace, tab):
    steps = Steps()
    add_by_hand(tab, steps, "Kang", "Min-seo", "KR", Role.RESOURCE_PERSON_LOCAL, Status.CONFIRMED, passport="M12345678")
    add_by_hand(tab, steps, "Oh", "Seung-woo", "KR", Role.SECRETARIAT, Status.CONFIRMED)
    add_by_hand(tab, steps, "Han", "Ye-jin", "KR", Role.SECRETARIAT, Status.CONFIRMED)
    assert steps.count == 30  # 12 for the speaker with a passport and birth date, 9 for each staff member
    saved = people(demo_workspace)
    speaker, part = saved["Min-seo Kang"]
    assert (part.role, part.status) == (Role.RESOURCE_PERSON_LOCAL, Status.CONFIRMED)
    assert [p.role for n, (_, p) in saved.items() if n in ("Seung-woo Oh", "Ye-jin Han")] == [Role.SECRETARIAT] * 2
    assert demo_workspace.people.person(TURKIYE, speaker.uid)[0].identity.date_of_birth == date(1975, 5, 6)
    assert tab.count_label.text() == "12 of 12" and tab.selected_uid() == saved["Ye-jin Han"][0].uid
    assert demo_window.undo_stack.count() == 3

    # A double click edits; the dialog shows what is stored, identity included.
    def edit(dialog: PersonEditor) -> None:
        assert dialog.passport.text() == "M12345678" and not dialog.private_box.isVisible()
        dialog.position.setText("Senior Fellow")
        dialog.role.setCurrentIndex(dialog.role.findData(str(Role.RESOURCE_PERSON_OVERSEAS)))

    answer(PersonEditor, edit, steps)
    index = tab.table.model().index(row_of(tab, "Min-seo Kang"), Column.NAME)
    where = tab.table.visualRect(index).center()
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt's press, release, double
    speaker, part = people(demo_workspace)["Min-seo Kang"]
    assert (speaker.position, part.role) == ("Senior Fellow", Role.RESOURCE_PERSON_OVERSEAS)
    demo_window.undo_stack.undo()
    speaker, part = people(demo_workspace)["Min-seo Kang"]
    assert (speaker.position, part.role) == ("", Role.RESOURCE_PERSON_LOCAL)

    # Delete removes; one undo gives back the same uid with history, travel and marks.
    before = demo_workspace.missions.load_record(TURKIYE, with_identity=True)
    click_row(tab, row_of(tab, "Şule Yılmaz"), steps)
    # The Delete key is the table's shortcut for Remove (offscreen, a window that ran modal
    # dialogs from timers is never made active again, so the action is triggered as the key would).
    assert tab.remove_action in tab.table.actions()
    assert tab.remove_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert tab.remove_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    tab.remove_action.trigger()
    steps()
    assert "Şule Yılmaz" not in people(demo_workspace) and tab.count_label.text() == "11 of 11"
    assert demo_window.undo_action.text() == "&Undo Remove Şule Yılmaz"
    demo_window.undo_stack.undo()
    assert demo_workspace.missions.load_record(TURKIYE, with_identity=True) == before


def test_accept_twelve_at_once_withdraw_one_and_a_hotel_for_eight(demo_window, demo_workspace, tab):
    setup = Steps()
    for family, given in (("Kang", "Min-seo"), ("Oh", "Seung-woo"), ("Han", "Ye-jin")):
        add_by_hand(tab, setup, family, given, "KR", Role.PARTICIPANT, Status.NOMINATED)
    start = demo_window.undo_stack.count()
    before = demo_workspace.missions.load_record(TURKIYE)

    steps = Steps()
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    steps()
    assert len(tab.selected_uids()) == 12 and tab.selection_label.text() == "12 selected"
    answer(StatusDateDialog, lambda dialog: None, steps)
    choose_bulk(tab, "Status", "Accept…", steps=steps)
    assert steps.count == 5  # the issue counted 39 clicks for 13
    assert {p.status for _, p in people(demo_workspace).values()} == {Status.ACCEPTED}
    assert len(tab.selected_uids()) == 12  # still selected after the change
    assert demo_window.undo_stack.count() == start + 1

    click_row(tab, row_of(tab, "Ye-jin Han"), steps)
    answer(StatusDateDialog, lambda dialog: dialog.on.setDate(QDate(2023, 10, 20)), steps)
    choose_bulk(tab, "Status", "Withdraw…", steps=steps)
    han = people(demo_workspace)["Ye-jin Han"][1]
    assert (han.status, han.status_history[-1].on) == (Status.WITHDRAWN, date(2023, 10, 20))

    eight = Steps()
    click_row(tab, 0, eight)
    click_row(tab, 7, eight, Qt.KeyboardModifier.ShiftModifier)
    chosen = tab.selected_uids()
    assert len(chosen) == 8
    answer(StayDialog, lambda dialog: type_into(dialog.hotel, "Lotte Hotel Seoul", eight), eight)
    choose_bulk(tab, "Hotel and Dates…", steps=eight)
    assert eight.count == 6
    stays = {p.person_uid: p.stays for _, p in people(demo_workspace).values()}
    assert all(stays[uid] == [stays[chosen[0]][0]] for uid in chosen)
    assert stays[chosen[0]][0].hotel == "Lotte Hotel Seoul"
    assert stays[chosen[0]][0].check_in == before.mission.start_date

    choose_bulk(tab, "Role", "Observer", steps=eight)
    answer_text = "Bus A"
    from PySide6.QtWidgets import QInputDialog

    def group(*_args, **_kwargs):
        return answer_text, True

    QInputDialog.getText = staticmethod(group)  # the one-line question, answered
    try:
        choose_bulk(tab, "Group…", steps=eight)
    finally:
        del QInputDialog.getText
    parts = {p.person_uid: p for _, p in people(demo_workspace).values()}
    assert all((parts[uid].role, parts[uid].group) == (Role.OBSERVER, "Bus A") for uid in chosen)

    # Each bulk action is one step of the history.
    for _ in range(5):  # group, role, hotel, withdraw, accept
        demo_window.undo_stack.undo()
    assert demo_workspace.missions.load_record(TURKIYE) == before
    for _ in range(5):
        demo_window.undo_stack.redo()
    parts = {p.person_uid: p for _, p in people(demo_workspace).values()}
    assert all(parts[uid].group == "Bus A" for uid in chosen)


def test_a_mark_for_everyone_selected_at_one_item_and_its_undo(demo_window, demo_workspace):
    tab = demo_window.details.attendance
    demo_window.details.tabs.setCurrentWidget(tab)
    model = tab.table.model()
    column = 2  # the first counted item
    before = demo_workspace.missions.load_record(TURKIYE).attendance
    tab.table.selectionModel().clear()
    first, last = model.index(0, column), model.index(3, column)
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tab.table.visualRect(first).center())
    QTest.mouseClick(
        tab.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        tab.table.visualRect(last).center(),
    )
    chosen = tab.selected_people()
    assert len(chosen) == 4
    menu = tab._menu_for(first)
    (absent,) = [a for a in menu.actions() if a.text() == "Mark 4 People Absent"]
    absent.trigger()
    marks = {(a.person_uid, a.item_uid): a.status for a in demo_workspace.missions.load_record(TURKIYE).attendance}
    item_uid = tab.model.item_at(column).uid
    assert all(marks[(uid, item_uid)] == AttendanceStatus.ABSENT for uid in chosen)
    demo_window.undo_stack.undo()
    assert demo_workspace.missions.load_record(TURKIYE).attendance == before

    # The same from the Mark Selected button: the item of the current cell.
    menu = tab.mark_button.menu()
    menu.aboutToShow.emit()
    (present,) = [a for a in menu.actions() if a.text() == "Mark 4 People Present"]
    present.trigger()
    marks = {(a.person_uid, a.item_uid): a.status for a in demo_workspace.missions.load_record(TURKIYE).attendance}
    assert all(marks[(uid, item_uid)] == AttendanceStatus.PRESENT for uid in chosen)
    assert demo_window.undo_action.text().startswith("&Undo Mark 4 people at")
    demo_window.undo_stack.undo()
    assert demo_workspace.missions.load_record(TURKIYE).attendance == before


def test_the_four_columns_show_at_1280_by_800_beside_the_details(demo_window, tab, tmp_path):
    demo_window.resize(1280, 800)
    QApplication.processEvents()
    table = tab.table
    header = table.horizontalHeader()
    right = max(
        header.sectionViewportPosition(c) + header.sectionSize(c)
        for c in (Column.NAME, Column.COUNTRY, Column.ROLE, Column.STATUS)
    )
    assert right <= table.viewport().width(), (right, table.viewport().width())
    assert table.horizontalScrollBar().value() == 0
    assert tab.details.isVisible() and tab.details.width() > 200
    demo_window.grab().save(str(tmp_path / "people-1280x800.png"))
    tab.details_button.click()
    assert not tab.details.isVisible()


def test_the_people_selected_are_read_through_the_view_model(tab):
    """What the bulk actions act on comes from the model's uid role, not from row numbers."""
    tab.table.selectAll()
    model = tab.table.model()
    assert tab.selected_uids() == [model.index(r, 0).data(UID_ROLE) for r in range(model.rowCount())]


@pytest.fixture
def korean_window(korean, qtbot, demo_workspace, tmp_path):
    """The demo window built in Korean, the Türkiye mission's People tab shown."""
    from mission_planner.gui.main_window import MainWindow

    window = MainWindow(demo_workspace, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.select_row(window.model.row_of(demo_workspace.missions.mission_id("23-IP-12-GE-OSM-A")))
    window.details.tabs.setCurrentWidget(window.details.people)
    yield window
    window.close()


def test_in_korean_the_actions_speak_korean_and_the_four_columns_still_show(korean_window, tmp_path):
    tab = korean_window.details.people
    assert (tab.add_button.text(), tab.bulk_button.text()) == ("인원 추가…", "선택 항목 변경")
    status_menu = tab.bulk_menu.actions()[0].menu()
    assert [a.text() for a in status_menu.actions()][:4] == ["승인…", "확정…", "철회…", "거절…"]
    QApplication.processEvents()
    header = tab.table.horizontalHeader()
    right = max(
        header.sectionViewportPosition(c) + header.sectionSize(c)
        for c in (Column.NAME, Column.COUNTRY, Column.ROLE, Column.STATUS)
    )
    assert right <= tab.table.viewport().width()
    korean_window.grab().save(str(tmp_path / "people-ko-1280x800.png"))
