"""Services: the one door through which the desktop application and the CLI reach the data.

The front ends import from this package only, never from a module inside it (the architecture
test checks): the workspace and its capability handles (`ws.missions`, `ws.programme`, ...,
see `workspace.py` and `capabilities/`), the values those handles take and return, the change
feed's values, and a few helpers that need no database (wording, rule-set presets, reading a
spreadsheet to preview it, backups of a database file).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attendance import ReportImport
    from .backups import backup_database, restore_database
    from .budget import budget_data
    from .certificates import NoCertificateError, group_text, why_none_text
    from .changes import Changed, RemovedDay, RemovedItem, RemovedLine, RemovedPerson, RemovedSite
    from .checking import CheckReport
    from .collation import person_key, text_key
    from .countries import country_name
    from .evaluation import EvaluationImportReport
    from .export import KINDS, Cancelled, DocumentKind, DocumentSettings, MissionSnapshot, Progress
    from .export.formulas import csv_writer
    from .export.letters.templates import LETTERS, default_template
    from .export.table_rows import write_rows_xlsx
    from .feed import Change, ChangeFeed, Topic
    from .identity import IdentityChange, IdentityChangeError
    from .imports.nominations import (
        NOMINATION_FIELDS,
        REQUIRED_NOMINATION_FIELDS,
        PlannedRow,
        recognised_field,
        unrecognised_headers,
    )
    from .imports.notification.plan import NotificationPlan
    from .imports.notification.reading import LABELS as NOTIFICATION_LABELS
    from .imports.notification.reading import Field as NotificationField
    from .imports.notification.reading import NotificationReading, read_notification
    from .imports.notification.review import doubt_text as notification_doubt_text
    from .imports.notification.review import plan_lines as notification_plan_lines
    from .imports.notification.review import review_lines as notification_review_lines
    from .imports.sheets import Sheet, read_sheet
    from .people import ImportProblems, ImportReport, PurgeReport
    from .people_search import PeopleIndex, PersonMatch
    from .quick_list import early_missions, early_overview, quick_missions
    from .rule_sets import preset_fits, preset_for, preset_or_file, presets, write_rule_set_file
    from .settings import PAPERS, OrganizationSettings, image_from_file
    from .tasks import DueTask, MissionTask, TaskState, TaskStatus
    from .text_gate import length, limit_of
    from .unprintable import Unprintable, character_label, unprintable_text
    from .workspace import Workspace, open_workspace

# Each name the package offers, and the module that holds it (loaded on first use).
_HOMES = {
    "early_missions": "quick_list",
    "early_overview": "quick_list",
    "quick_missions": "quick_list",
    "Workspace": "workspace",
    "open_workspace": "workspace",
    "Changed": "changes",
    "RemovedDay": "changes",
    "RemovedItem": "changes",
    "RemovedLine": "changes",
    "RemovedPerson": "changes",
    "RemovedSite": "changes",
    "Change": "feed",
    "ChangeFeed": "feed",
    "Topic": "feed",
    "CheckReport": "checking",
    "DueTask": "tasks",
    "EvaluationImportReport": "evaluation",
    "MissionTask": "tasks",
    "TaskState": "tasks",
    "TaskStatus": "tasks",
    "person_key": "collation",
    "text_key": "collation",
    "ReportImport": "attendance",
    "ImportProblems": "people",
    "ImportReport": "people",
    "PurgeReport": "people",
    "PeopleIndex": "people_search",
    "PersonMatch": "people_search",
    "OrganizationSettings": "settings",
    "PAPERS": "settings",
    "image_from_file": "settings",
    "KINDS": "export",
    "DocumentKind": "export",
    "DocumentSettings": "export",
    "MissionSnapshot": "export",
    "Progress": "export",
    "Cancelled": "export",
    "csv_writer": "export.formulas",
    "LETTERS": "export.letters.templates",
    "default_template": "export.letters.templates",
    "write_rows_xlsx": "export.table_rows",
    "presets": "rule_sets",
    "preset_for": "rule_sets",
    "preset_fits": "rule_sets",
    "preset_or_file": "rule_sets",
    "write_rule_set_file": "rule_sets",
    "budget_data": "budget",
    "group_text": "certificates",
    "why_none_text": "certificates",
    "country_name": "countries",
    "length": "text_gate",
    "limit_of": "text_gate",
    "Sheet": "imports.sheets",
    "PlannedRow": "imports.nominations",
    "NOMINATION_FIELDS": "imports.nominations",
    "REQUIRED_NOMINATION_FIELDS": "imports.nominations",
    "recognised_field": "imports.nominations",
    "unrecognised_headers": "imports.nominations",
    "IdentityChange": "identity",
    "IdentityChangeError": "identity",
    "NoCertificateError": "certificates",
    "read_sheet": "imports.sheets",
    "NotificationPlan": "imports.notification.plan",
    "NotificationReading": "imports.notification.reading",
    "read_notification": "imports.notification.reading",
    "backup_database": "backups",
    "restore_database": "backups",
    "Unprintable": "unprintable",
    "character_label": "unprintable",
    "unprintable_text": "unprintable",
}

__all__ = [
    "KINDS",
    "LETTERS",
    "NOMINATION_FIELDS",
    "NOTIFICATION_LABELS",
    "PAPERS",
    "REQUIRED_NOMINATION_FIELDS",
    "Cancelled",
    "Change",
    "ChangeFeed",
    "Changed",
    "CheckReport",
    "DocumentKind",
    "DocumentSettings",
    "DueTask",
    "EvaluationImportReport",
    "IdentityChange",
    "IdentityChangeError",
    "ImportProblems",
    "ImportReport",
    "MissionSnapshot",
    "MissionTask",
    "NoCertificateError",
    "NotificationField",
    "NotificationPlan",
    "NotificationReading",
    "OrganizationSettings",
    "PeopleIndex",
    "PersonMatch",
    "PlannedRow",
    "Progress",
    "PurgeReport",
    "RemovedDay",
    "RemovedItem",
    "RemovedLine",
    "RemovedPerson",
    "RemovedSite",
    "ReportImport",
    "Sheet",
    "TaskState",
    "TaskStatus",
    "Topic",
    "Unprintable",
    "Workspace",
    "backup_database",
    "budget_data",
    "character_label",
    "country_name",
    "csv_writer",
    "default_template",
    "early_missions",
    "early_overview",
    "group_text",
    "image_from_file",
    "length",
    "limit_of",
    "notification_doubt_text",
    "notification_plan_lines",
    "notification_review_lines",
    "open_workspace",
    "person_key",
    "preset_fits",
    "preset_for",
    "preset_or_file",
    "presets",
    "quick_missions",
    "read_notification",
    "read_sheet",
    "recognised_field",
    "restore_database",
    "text_key",
    "unprintable_text",
    "unrecognised_headers",
    "why_none_text",
    "write_rows_xlsx",
    "write_rule_set_file",
]


# Names offered under another name than their module's.
_ALIASES = {
    "NOTIFICATION_LABELS": ("imports.notification.reading", "LABELS"),
    "NotificationField": ("imports.notification.reading", "Field"),
    "notification_doubt_text": ("imports.notification.review", "doubt_text"),
    "notification_plan_lines": ("imports.notification.review", "plan_lines"),
    "notification_review_lines": ("imports.notification.review", "review_lines"),
}


def __getattr__(name: str) -> Any:
    # A name loads its module on first use, not with the package: the document kinds and
    # country names stay cheap to import, and `mission-planner-cli --help` starts without the
    # database layer (only `workspace` and the modules that write brings it in).
    if name in _ALIASES:
        home, original = _ALIASES[name]
        return getattr(importlib.import_module(f"{__name__}.{home}"), original)
    if name in _HOMES:
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
