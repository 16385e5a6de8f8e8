"""Regenerate the README's screenshots in `docs/screenshots/`, rendered offscreen.

The start page of an empty database and the New Mission dialog, then the main window and its
Overview, Programme (with its conflicts) and Documents tabs.

    python -m tools.screenshots [--db DB] [--out docs/screenshots] [--lang en|ko]

from the repository root (or `python tools/screenshots.py` with the package installed). Without
`--db` the demo missions are loaded into a temporary database; with it, that database is shown as
it is. The window is drawn by Qt's offscreen platform, so no display is needed; text is drawn with
the fonts fontconfig finds (Hangul needs a CJK font such as Noto Sans CJK to show as letters).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from mission_planner.gui.app import add_shipped_fonts
from mission_planner.gui.dialogs.item_editor import ItemEditor
from mission_planner.gui.dialogs.mission_editor import MissionEditor
from mission_planner.gui.dialogs.new_mission import NewMissionDialog
from mission_planner.gui.dialogs.rule_set_editor import RuleSetEditor
from mission_planner.gui.i18n import LANGUAGES, install_translators
from mission_planner.gui.main_window import MainWindow
from mission_planner.services import Workspace, open_workspace

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to show (default: a temporary one with the demo missions)")
    parser.add_argument("--out", type=Path, help="folder for the PNG files (default: docs/screenshots[/LANG])")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the interface")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    add_shipped_fonts()  # as the application does: Hangul shows as letters without a system CJK font
    if args.out is None:
        base = ROOT / "docs" / "screenshots"
        args.out = base if args.lang == "en" else base / args.lang
    app.setApplicationDisplayName("Mission Planner")
    # A fixed, readable path: the status bar shows it in the screenshot.
    demo_folder = Path(tempfile.gettempdir()) / "mission-planner-screenshots"
    shutil.rmtree(demo_folder, ignore_errors=True)
    demo_folder.mkdir()
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.db:
        for path in first_start(app, demo_folder / "empty.db", args.out):
            print(path)
    workspace = open_workspace(args.db or str(demo_folder / "demo.db"))
    try:
        if not args.db:
            load_demo(workspace)
        exports = demo_folder / "exports"
        for path in take_screenshots(app, workspace, args.out, exports, make_conflict=not args.db):
            print(path)
    finally:
        workspace.close()
        shutil.rmtree(demo_folder, ignore_errors=True)
    return 0


def load_demo(workspace: Workspace) -> None:
    try:
        codes = workspace.missions.load_demo()
    except (AttributeError, ImportError) as error:  # the demo is not part of this build yet
        print(f"no demo missions ({error}); the window will be empty", file=sys.stderr)
        return
    print(f"demo missions: {', '.join(codes) or 'already there'}", file=sys.stderr)


def first_start(app: QApplication, database: Path, folder: Path) -> list[Path]:
    """The start page of an empty database, and the New Mission dialog over it, filled in."""
    workspace = open_workspace(str(database))
    try:
        window = MainWindow(workspace, documents_root=database.parent / "exports")
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()
        paths = [_grab_window(app, window, folder / "start-page.png")]
        dialog = NewMissionDialog(window, used_codes=["23-IP-12-GE-OSM-A"])
        dialog.code.setText("24-IP-12-GE-OSM-A")
        dialog.title_edit.setText("Individual-country Observational Study Mission on Smart Public Services")
        paths.append(_grab_dialog(app, dialog, folder / "new-mission.png"))
        window.close()
        return paths
    finally:
        workspace.close()


def take_screenshots(
    app: QApplication, workspace: Workspace, folder: Path, exports: Path, *, make_conflict: bool = True
) -> list[Path]:
    """The window on the first mission and each of its tabs: the programme with its conflict (in
    the demo, the mission in planning has one; elsewhere one is made on purpose, only in the demo
    database), the documents after writing two of them into `exports`."""
    window = MainWindow(workspace, documents_root=exports)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.select_row(0)
    app.processEvents()
    pane = window.details
    paths = [_grab(app, window, folder / "main-window.png", pane.overview)]
    paths.append(_grab(app, window, folder / "overview.png", pane.overview))
    if pane.overview.record is not None:
        paths += _dialogs(app, window, workspace, folder)
    if pane.code is not None and (
        workspace.missions.check(pane.code, tasks=False).conflicts  # the demo's mission in planning has one
        or (make_conflict and _make_a_conflict(workspace, pane.code))
    ):
        pane.tabs.setCurrentWidget(pane.programme)  # it reads the change as it comes into view
        pane.programme.conflicts.choose(0)
    paths.append(_grab(app, window, folder / "programme.png", pane.programme))
    pane.programme.timeline_pane.week_button.setChecked(True)
    paths.append(_grab(app, window, folder / "programme-week.png", pane.programme))
    pane.programme.timeline_pane.week_button.setChecked(False)
    for name in ("people", "sites", "budget"):
        paths.append(_grab(app, window, folder / f"{name}.png", getattr(pane, name)))
    paths.append(_grab(app, window, folder / "tasks.png", pane.tasks_tab))
    _export(app, pane.documents, ["itinerary-pdf", "ics"])
    paths.append(_grab(app, window, folder / "documents.png", pane.documents))
    _select_one_with_attendance(app, window, workspace)  # the demo's first mission is still in planning
    paths.append(_grab(app, window, folder / "attendance.png", pane.attendance))
    window.close()
    return paths


def _select_one_with_attendance(app: QApplication, window: MainWindow, workspace: Workspace) -> None:
    """Select the first listed mission whose attendance is marked, when the selected one has none."""
    for row in range(window.model.rowCount()):
        window.select_row(row)
        app.processEvents()
        code = window.details.code
        if code is None or workspace.missions.load_record(code).attendance:
            return


def _make_a_conflict(workspace: Workspace, code: str) -> bool:
    """Let the second item of the first day run 20 minutes into the third, as a slip of the hand would."""
    record = workspace.missions.load_record(code)
    items = sorted(record.days[0].items, key=lambda item: item.start) if record.days else []
    if len(items) < 3:
        return False
    late = datetime.combine(record.days[0].date, items[2].start) + timedelta(minutes=20)
    workspace.programme.edit_item(items[1].uid, end=min(late.time(), items[2].end))
    return True


def _export(app: QApplication, tab, kinds: list[str]) -> None:
    tab.set_checked(kinds)
    tab.export()
    deadline = time.monotonic() + 120
    while tab.running and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def _grab_dialog(app: QApplication, dialog, path: Path) -> Path:
    dialog.show()
    app.processEvents()
    if not dialog.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    dialog.close()
    dialog.deleteLater()
    return path


def _dialogs(app: QApplication, window: MainWindow, workspace: Workspace, folder: Path) -> list[Path]:
    """The dialogs that edit a notification (on its Participants page), an item and the rules."""
    pane = window.details
    record = pane.overview.record
    editor = MissionEditor(record.mission, window)
    editor.tabs.setCurrentIndex(1)
    paths = [_grab_dialog(app, editor, folder / "notification-editor.png")]
    visits = [(day.date, item) for day in record.days for item in day.items if item.site_uid]
    if visits:
        day, item = visits[0]
        dialog = ItemEditor(record, workspace.sites.list_sites(), day, item, window)
        paths.append(_grab_dialog(app, dialog, folder / "item-editor.png"))
    if record.rule_set is not None:
        rules = RuleSetEditor(record.rule_set, window)
        rules.rules.setCurrentRow(min(2, rules.rules.count() - 1))
        paths.append(_grab_dialog(app, rules, folder / "rule-editor.png"))
    return paths


def _grab(app: QApplication, window: MainWindow, path: Path, tab) -> Path:
    window.details.tabs.setCurrentWidget(tab)
    return _grab_window(app, window, path)


def _grab_window(app: QApplication, window: MainWindow, path: Path) -> Path:
    app.processEvents()
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
