"""The default database's daily backups by name: where they are, which exist, how many to keep.
Imports no SQLAlchemy: `services/backups.py` makes them, and the quick `missions` asks whether
opening the database would make one (`services/quick_list.py`)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

FOLDER = "backups"  # beside the database
KEEP_SETTING = "daily_backups"  # the setting {"keep": N}
DEFAULT_KEEP = 7


def daily_name(database: Path, day: date) -> str:
    return f"{database.stem}-{day.isoformat()}.db"


def daily_backups(database: Path) -> list[Path]:
    """The daily backups of `database`, oldest first."""
    folder = database.parent / FOLDER
    pattern = re.compile(rf"{re.escape(database.stem)}-\d{{4}}-\d{{2}}-\d{{2}}\.db")
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if pattern.fullmatch(path.name))


def kept(setting: Any) -> int:
    """How many daily backups to keep, by the stored setting (None, or anything unreadable: the default)."""
    value = setting.get("keep", DEFAULT_KEEP) if isinstance(setting, dict) else DEFAULT_KEEP
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else DEFAULT_KEEP


def nothing_to_do(database: Path, setting: Any, today: date) -> bool:
    """Whether today's backup of `database` exists and no more are kept than the setting says:
    opening the database would then leave its backups as they are."""
    backups = daily_backups(database)
    return database.parent / FOLDER / daily_name(database, today) in backups and len(backups) <= kept(setting)
