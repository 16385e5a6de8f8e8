"""A daily backup that fails is shown in the window, not swallowed."""

from mission_planner.gui.main_window import MainWindow
from mission_planner.services import open_workspace


def test_a_failed_daily_backup_is_shown_in_the_status_bar(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("MISSION_PLANNER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    (tmp_path / "MissionPlanner").mkdir()
    (tmp_path / "MissionPlanner" / "backups").write_text("a file where the folder should be")
    workspace = open_workspace(None)
    try:
        window = MainWindow(workspace, documents_root=tmp_path / "documents")
        qtbot.addWidget(window)
        backups = tmp_path / "MissionPlanner" / "backups"
        assert window.backup_warning.text() == f"Today's backup of the database failed: {backups} is not a folder"
    finally:
        workspace.close()


def test_no_warning_when_the_backup_was_made(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("MISSION_PLANNER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    workspace = open_workspace(None)
    try:
        assert workspace.daily_backup.path.exists()
        window = MainWindow(workspace, documents_root=tmp_path / "documents")
        qtbot.addWidget(window)
        assert window.backup_warning is None
    finally:
        workspace.close()
