"""A participant's action plan typed in the person dialog, kept, undone, and the two new kinds of
document offered on the Documents tab."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mission_planner.gui.dialogs.person_editor import PersonEditor

TURKIYE = "23-IP-12-GE-OSM-A"
PLAN = "Pilot an e-procurement portal in two directorates by March"


def test_the_action_plan_is_typed_in_the_person_dialog_and_undone(qtbot, demo_window, demo_workspace, tmp_path):
    people = demo_window.details.people
    demo_window.details.tabs.setCurrentWidget(people)
    uid = next(p.uid for p in demo_workspace.missions.load_record(TURKIYE).people if p.family_name == "Çelik")
    people.select_person(uid)
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonEditor):
            QTimer.singleShot(10, fill)
            return
        assert dialog.action_plan.toPlainText() == ""  # the demo gives Çelik no plan
        dialog.action_plan.setFocus()
        QTest.keyClicks(dialog.action_plan, PLAN)
        seen["shot"] = dialog.grab().save(str(tmp_path / "person-dialog.png"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    people.edit_person()

    assert seen["shot"]
    _, part = demo_workspace.people.person(TURKIYE, uid)
    assert part.action_plan == PLAN
    demo_window.undo_stack.undo()
    _, part = demo_workspace.people.person(TURKIYE, uid)
    assert part.action_plan == ""


def test_the_documents_tab_offers_the_questionnaire_and_the_report(qtbot, demo_window, tmp_path):
    from pypdf import PdfReader

    tab = demo_window.details.documents
    demo_window.details.tabs.setCurrentWidget(tab)
    tab.set_checked(["evaluation-form", "report-pdf"])

    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)

    folder = tmp_path / "documents" / TURKIYE
    report = "".join(page.extract_text() for page in PdfReader(folder / f"{TURKIYE}-completion-report.pdf").pages)
    assert "COMPLETION REPORT" in report and "Certificates issued" in report
    form = "".join(page.extract_text() for page in PdfReader(folder / f"{TURKIYE}-evaluation-form.pdf").pages)
    assert "EVALUATION QUESTIONNAIRE" in form
