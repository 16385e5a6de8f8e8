"""Tab moves through the window's controls, never stuck in a table."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget


def release_tab_focus(root: QWidget) -> None:
    """Let Tab leave every table and list under `root` for the next control.

    A QTableView moves from cell to cell on Tab and wraps at the last one, so a keyboard user
    could never leave it. Arrow keys still move between cells, and Tab in a cell's editor still
    goes on to the next cell (the editor's own handling, not the view's).
    """
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
