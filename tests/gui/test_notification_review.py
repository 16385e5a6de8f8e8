"""File > New Mission from Notification… as a coordinator does it: pick the file, see every
field beside the words it came from, correct what is marked, OK; undo takes it back."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from mission_planner.gui.dialogs.notification_review import NotificationReviewDialog
from mission_planner.services import read_notification
from tests.services import notification_layouts as layouts

SHOTS = Path(os.environ.get("MISSION_PLANNER_SHOTS", "")) if os.environ.get("MISSION_PLANNER_SHOTS") else None


def _doubtful_notification(tmp_path: Path) -> Path:
    path = layouts.plain_consecutive(tmp_path / "pn.txt")
    text = path.read_text(encoding="utf-8").replace("15 September 2023", "mid-September")
    path.write_text(text, encoding="utf-8")
    return path


def test_a_mission_from_a_notification_in_five_steps(qtbot, main_window, monkeypatch, tmp_path) -> None:
    path = _doubtful_notification(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), "")))
    seen: dict[str, object] = {}

    def review() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NotificationReviewDialog)
        seen["doubtful"] = dialog.doubtful()
        seen["note"] = dialog.notes["closing"].text()
        if SHOTS:
            dialog.grab().save(str(SHOTS / "notification-review.png"))
        closing = dialog.editors["closing"]
        assert isinstance(closing, QLineEdit)
        closing.selectAll()
        qtbot.keyClicks(closing, "15 September 2023")  # step 4: correct the marked date
        seen["after"] = dialog.doubtful()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # step 5: OK

    QTimer.singleShot(0, review)
    main_window.notification_action.trigger()  # steps 1-3: File, the action, the file picked
    assert "closing" in seen["doubtful"] and "Not a date" in str(seen["note"])
    assert "closing" not in seen["after"]
    record = main_window.workspace.missions.load_record("23-AG-05-GE-WSP-A")
    assert record.mission.nomination_closing_date.isoformat() == "2023-09-15"
    assert [len(day.items) for day in record.days] == [2, 1, 2, 1]
    main_window.undo_stack.undo()
    assert "23-AG-05-GE-WSP-A" not in [m.code for m in main_window.workspace.missions.list_missions()]


def test_ok_waits_for_the_code_title_and_timing(qtbot, tmp_path) -> None:
    path = layouts.plain_consecutive(tmp_path / "pn.txt")
    path.write_text(path.read_text(encoding="utf-8").replace("Project Code", "Our ref"), encoding="utf-8")
    dialog = NotificationReviewDialog(read_notification(path), used_codes=["23-AG-05-GE-WSP-A"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Project Code" in dialog.outcome.text()
    code = dialog.editors["code"]
    assert isinstance(code, QLineEdit)
    qtbot.keyClicks(code, "23-AG-05-GE-WSP-A")
    assert ok.isEnabled() and "new revision" in dialog.outcome.text()


def test_korean_review(qtbot, korean, tmp_path) -> None:
    dialog = NotificationReviewDialog(read_notification(_doubtful_notification(tmp_path)))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() != "New Mission from Notification"
    assert "Not a date" not in dialog.notes["closing"].text()
    if SHOTS:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(SHOTS / "notification-review-ko.png"))


def test_a_revised_notification_becomes_a_revision_undo_takes_back(qtbot, main_window, tmp_path) -> None:
    missions = main_window.workspace.missions
    missions.import_notification(read_notification(layouts.word_document(tmp_path / "pn.docx")))
    path = layouts.plain_consecutive(tmp_path / "pn.txt")
    path.write_text(path.read_text(encoding="utf-8").replace("Local Participants\n6", "Local Participants\n8"))
    before = missions.load_record("23-AG-05-GE-WSP-A").mission

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NotificationReviewDialog) and "new revision" in dialog.outcome.text()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_ok)
    main_window.open_notification_path(path)
    after = missions.load_record("23-AG-05-GE-WSP-A").mission
    assert after.local_quota == 8 and len(after.revisions) == 1
    assert after.revisions[0].modification == "Local Participants: 6 → 8"
    main_window.undo_stack.undo()
    assert missions.load_record("23-AG-05-GE-WSP-A").mission == before
