"""The window's words for the values users pick from: a person's status and role in a mission,
an item's kind and the roles in it, a place's kind, a budget category. One function each, in the
interface's language; the English words of the command line and the documents are
`services/labels.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import ItemKind, ItemRoleKind, PlaceKind, Role, Status


def status_text(status: str) -> str:
    words: dict[str, str] = {
        Status.NOMINATED: QCoreApplication.translate("Status", "Nominated"),
        Status.ACCEPTED: QCoreApplication.translate("Status", "Accepted"),
        Status.CONFIRMED: QCoreApplication.translate("Status", "Confirmed"),
        Status.WITHDRAWN: QCoreApplication.translate("Status", "Withdrawn"),
        Status.REJECTED: QCoreApplication.translate("Status", "Rejected"),
    }
    return words.get(status, str(status))


def mission_role_text(role: str) -> str:
    words: dict[str, str] = {
        Role.PARTICIPANT: QCoreApplication.translate("MissionRole", "Participant"),
        Role.RESOURCE_PERSON_OVERSEAS: QCoreApplication.translate("MissionRole", "Resource person (overseas)"),
        Role.RESOURCE_PERSON_LOCAL: QCoreApplication.translate("MissionRole", "Resource person (local)"),
        Role.OBSERVER: QCoreApplication.translate("MissionRole", "Observer"),
        Role.SECRETARIAT: QCoreApplication.translate("MissionRole", "Secretariat"),
    }
    return words.get(role, str(role))


def mission_role_word(role: str) -> str:
    """The role in lower case, as a word inside a sentence: `Ana Kim (observer)`."""
    words: dict[str, str] = {
        Role.PARTICIPANT: QCoreApplication.translate("Attendance", "participant"),
        Role.RESOURCE_PERSON_OVERSEAS: QCoreApplication.translate("Attendance", "overseas resource person"),
        Role.RESOURCE_PERSON_LOCAL: QCoreApplication.translate("Attendance", "local resource person"),
        Role.OBSERVER: QCoreApplication.translate("Attendance", "observer"),
        Role.SECRETARIAT: QCoreApplication.translate("Attendance", "secretariat"),
    }
    return words.get(role, str(role))


def item_kind_text(kind: str) -> str:
    words: dict[str, str] = {
        ItemKind.OPENING: QCoreApplication.translate("ItemKind", "Opening"),
        ItemKind.PRESENTATION: QCoreApplication.translate("ItemKind", "Presentation"),
        ItemKind.PANEL: QCoreApplication.translate("ItemKind", "Panel"),
        ItemKind.GROUP_DISCUSSION: QCoreApplication.translate("ItemKind", "Group discussion"),
        ItemKind.SITE_VISIT: QCoreApplication.translate("ItemKind", "Site visit"),
        ItemKind.TRANSFER: QCoreApplication.translate("ItemKind", "Transfer"),
        ItemKind.MEAL: QCoreApplication.translate("ItemKind", "Meal"),
        ItemKind.BREAK: QCoreApplication.translate("ItemKind", "Break"),
        ItemKind.CLOSING: QCoreApplication.translate("ItemKind", "Closing"),
        ItemKind.OTHER: QCoreApplication.translate("ItemKind", "Other"),
    }
    return words.get(kind, str(kind))


def item_role_text(role: str) -> str:
    words: dict[str, str] = {
        ItemRoleKind.SPEAKER: QCoreApplication.translate("ItemRole", "speaker"),
        ItemRoleKind.MODERATOR: QCoreApplication.translate("ItemRole", "moderator"),
        ItemRoleKind.DISCUSSANT: QCoreApplication.translate("ItemRole", "discussant"),
        ItemRoleKind.HOST: QCoreApplication.translate("ItemRole", "host"),
    }
    return words.get(role, str(role))


def place_kind_text(kind: str) -> str:
    words: dict[str, str] = {
        PlaceKind.INSTITUTION: QCoreApplication.translate("PlaceKind", "Institution"),
        PlaceKind.VENUE: QCoreApplication.translate("PlaceKind", "Venue"),
        PlaceKind.HOTEL: QCoreApplication.translate("PlaceKind", "Hotel"),
        PlaceKind.AIRPORT: QCoreApplication.translate("PlaceKind", "Airport"),
    }
    return words.get(kind, str(kind))


def category_text(category: str) -> str:
    """A budget category (`per diem`) in the interface's language; a name off the list as it is."""
    words: dict[str, str] = {
        "international airfare": QCoreApplication.translate("BudgetCategory", "international airfare"),
        "per diem": QCoreApplication.translate("BudgetCategory", "per diem"),
        "accommodation": QCoreApplication.translate("BudgetCategory", "accommodation"),
        "honorarium": QCoreApplication.translate("BudgetCategory", "honorarium"),
        "resource person assignment costs": QCoreApplication.translate(
            "BudgetCategory", "resource person assignment costs"
        ),
        "venue": QCoreApplication.translate("BudgetCategory", "venue"),
        "meals and reception": QCoreApplication.translate("BudgetCategory", "meals and reception"),
        "local transport": QCoreApplication.translate("BudgetCategory", "local transport"),
        "site-visit transport": QCoreApplication.translate("BudgetCategory", "site-visit transport"),
        "site-visit fees": QCoreApplication.translate("BudgetCategory", "site-visit fees"),
        "virtual site visit production": QCoreApplication.translate("BudgetCategory", "virtual site visit production"),
        "online platform": QCoreApplication.translate("BudgetCategory", "online platform"),
        "interpretation": QCoreApplication.translate("BudgetCategory", "interpretation"),
        "materials and printing": QCoreApplication.translate("BudgetCategory", "materials and printing"),
        "insurance": QCoreApplication.translate("BudgetCategory", "insurance"),
        "visa": QCoreApplication.translate("BudgetCategory", "visa"),
        "contingency": QCoreApplication.translate("BudgetCategory", "contingency"),
        "other": QCoreApplication.translate("BudgetCategory", "other"),
    }
    return words.get(category.casefold(), category)
