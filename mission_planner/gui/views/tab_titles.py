"""A mission's tabs, in their order, and their titles: for the mission pane, and for the pane the
start shows while the database opens (`early_pane.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

TABS = ("overview", "programme", "people", "sites", "attendance", "budget", "tasks", "documents")


def tab_title(name: str) -> str:
    """The title of tab `name` (one of `TABS`), in the interface's language."""
    titles = {
        "overview": QCoreApplication.translate("MissionPane", "Overview"),
        "programme": QCoreApplication.translate("MissionPane", "Programme"),
        "people": QCoreApplication.translate("MissionPane", "People"),
        "sites": QCoreApplication.translate("MissionPane", "Sites"),
        "attendance": QCoreApplication.translate("MissionPane", "Attendance"),
        "budget": QCoreApplication.translate("MissionPane", "Budget"),
        "tasks": QCoreApplication.translate("MissionPane", "Tasks"),
        "documents": QCoreApplication.translate("MissionPane", "Documents"),
    }
    return titles[name]
