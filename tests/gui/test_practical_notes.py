"""The coordinator edits the practical notes once, in the window, from the Overview or the Mission
menu; the database holds them, and undo and redo take them back and forth."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mission_planner.gui.dialogs.practical_notes import PracticalNotesDialog

TURKIYE = "23-IP-12-GE-OSM-A"


def drive(qtbot, steps) -> list[str]:
    """Run `steps(dialog)` on the dialog once it is open, then press its OK button; returns a
    list that holds "done" once the steps ran (an assertion inside a timer would be lost)."""
    done: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PracticalNotesDialog)
        steps(dialog)
        shot = os.environ.get("PRACTICAL_SHOT")
        if shot:
            dialog.grab().save(shot)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        done.append("done")

    QTimer.singleShot(0, act)
    return done


def type_into(edit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


def test_practical_notes_typed_from_the_overview_are_stored_and_undone(qtbot, demo_workspace, demo_window):
    window = demo_window
    assert window.selected_mission().code == TURKIYE
    before = demo_workspace.missions.practical_notes(TURKIYE)
    window.details.tabs.setCurrentWidget(window.details.overview)

    def steps(dialog: PracticalNotesDialog) -> None:
        type_into(dialog.edits["dress_code"], "Hanbok welcome dinner: smart casual")
        type_into(dialog.edits["wifi"], "KPC-Guest / ")
        dialog.edits["wifi"].insertPlainText("비밀번호")  # as an input method commits it: keyClicks is ASCII only
        dialog.lead.selectAll()
        QTest.keyClicks(dialog.lead, "210")
        dialog.office.setCurrentIndex(0)  # (none)

    done = drive(qtbot, steps)
    qtbot.mouseClick(window.details.overview.practical_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]

    stored = demo_workspace.missions.practical_notes(TURKIYE)
    assert stored.dress_code == "Hanbok welcome dinner: smart casual"
    assert stored.wifi == "KPC-Guest / 비밀번호"
    assert stored.departure_transfer_minutes == 210
    assert stored.host_office_uid is None
    assert stored.insurance == before.insurance  # untouched fields stay as they were
    window.undo_stack.undo()
    assert demo_workspace.missions.practical_notes(TURKIYE) == before
    window.undo_stack.redo()
    assert demo_workspace.missions.practical_notes(TURKIYE) == stored


def test_the_mission_menu_opens_the_same_dialog_and_a_cancel_saves_nothing(qtbot, demo_workspace, demo_window):
    window = demo_window
    before = demo_workspace.missions.practical_notes(TURKIYE)
    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, PracticalNotesDialog)
        type_into(dialog.edits["money"], "nothing")
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.practical_notes_action.trigger()

    assert seen == ["PracticalNotesDialog"]
    assert demo_workspace.missions.practical_notes(TURKIYE) == before
    assert not window.undo_stack.canUndo()


def test_a_note_too_long_cannot_be_saved(qtbot, demo_workspace):
    dialog = PracticalNotesDialog(TURKIYE, demo_workspace.missions.practical_notes(TURKIYE), [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.edits["insurance"].setPlainText("x" * 20_001)
    assert not ok.isEnabled() and dialog.problem.text()
