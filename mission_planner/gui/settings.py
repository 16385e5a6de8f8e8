"""The desktop's own preferences, kept in QSettings: the interface language and the documents folder.

Business settings (the organization's name, logo, rule set) live in the database, see
`services.settings`; these belong to one person's computer. `DesktopSettings` is a small typed
view over a `QSettings` that it is given: the application makes one for the user
(`DesktopSettings.for_user()`) and hands it to the windows that need it; tests make one over a
file in a temporary folder (`DesktopSettings.in_file(path)`), so they never touch the user's own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..paths import APP_AUTHOR, APP_NAME
from .i18n import LANGUAGES

VERSION = 1  # of the keys below; a later version converts older values when it reads them

_VERSION_KEY = "settings/version"
_LANGUAGE_KEY = "interface/language"
_DOCUMENTS_KEY = "documents/folder"


class DesktopSettings:
    """The language (None: the system's) and the documents folder (None: the default one)."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def for_user(cls) -> DesktopSettings:
        """The settings of the person using the computer, where the platform keeps them."""
        return cls(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME))

    @classmethod
    def in_file(cls, path: Path | str) -> DesktopSettings:
        """Settings kept in an INI file of their own (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def language(self) -> str | None:
        value = self.store.value(_LANGUAGE_KEY, "")
        return value if isinstance(value, str) and value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is not None and value not in LANGUAGES:
            raise ValueError(f"{value!r} is not a language of the interface ({', '.join(LANGUAGES)})")
        self._set(_LANGUAGE_KEY, value or "")

    @property
    def documents_folder(self) -> Path | None:
        value = self.store.value(_DOCUMENTS_KEY, "")
        return Path(value) if isinstance(value, str) and value else None

    @documents_folder.setter
    def documents_folder(self, value: Path | None) -> None:
        self._set(_DOCUMENTS_KEY, str(value) if value else "")

    def sync(self) -> None:
        """Write the changes to disk now (Qt also does it on its own, a little later)."""
        self.store.sync()

    def _set(self, key: str, value: str) -> None:
        self.store.setValue(_VERSION_KEY, VERSION)
        if value:
            self.store.setValue(key, value)
        else:
            self.store.remove(key)
