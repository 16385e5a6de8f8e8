"""Regenerate the README's screenshots in `docs/screenshots/`, rendered offscreen.

    python -m tools.screenshots [--db DB] [--out docs/screenshots]

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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from mission_planner.gui.main_window import MainWindow
from mission_planner.services import Workspace, open_workspace

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1100, 700)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to show (default: a temporary one with the demo missions)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNG files")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Mission Planner")
    # A fixed, readable path: the status bar shows it in the screenshot.
    demo_folder = Path(tempfile.gettempdir()) / "mission-planner-screenshots"
    shutil.rmtree(demo_folder, ignore_errors=True)
    demo_folder.mkdir()
    workspace = open_workspace(args.db or str(demo_folder / "demo.db"))
    try:
        if not args.db:
            load_demo(workspace)
        args.out.mkdir(parents=True, exist_ok=True)
        for path in take_screenshots(app, workspace, args.out):
            print(path)
    finally:
        workspace.close()
        shutil.rmtree(demo_folder, ignore_errors=True)
    return 0


def load_demo(workspace: Workspace) -> None:
    try:
        codes = workspace.load_demo()
    except (AttributeError, ImportError) as error:  # the demo is not part of this build yet
        print(f"no demo missions ({error}); the window will be empty", file=sys.stderr)
        return
    print(f"demo missions: {', '.join(codes) or 'already there'}", file=sys.stderr)


def take_screenshots(app: QApplication, workspace: Workspace, folder: Path) -> list[Path]:
    window = MainWindow(workspace)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.select_row(0)
    app.processEvents()
    path = folder / "main-window.png"
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    window.close()
    return [path]


if __name__ == "__main__":
    sys.exit(main())
