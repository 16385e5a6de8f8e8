"""Where things live: the shipped resources and the user's default database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "MissionPlanner"
APP_AUTHOR = "MissionPlanner"
DB_ENV_VAR = "MISSION_PLANNER_DB"


def resources_dir() -> Path:
    """The `resources/` folder, next to the package or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "mission-planner.db"


def resolve_database(db: str | None) -> tuple[str, bool]:
    """The database to open: `--db`, else $MISSION_PLANNER_DB, else the user's data folder.

    Returns the path or URL and whether it is the default database.
    """
    if db:
        return db, False
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return from_env, False
    return str(default_database_path()), True


def make_private_dir(path: Path) -> Path:
    """Create `path` and any missing parents; the folders this creates are private to the owner
    (the user's data folder holds a database with personal data and logs that may quote it)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    return path
