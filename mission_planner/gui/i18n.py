"""The interface language: our translations from `resources/translations/`, and Qt's own.

Our catalogue for a language is `mission_planner_<lang>.qm`. Without it the interface stays in
English, and Qt's translations (dialog buttons) are not installed either, so a window never
speaks two languages at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

LANGUAGES = ("en", "ko")
SOURCE_LANGUAGE = "en"


def system_language() -> str:
    """`ko` on a Korean system, English otherwise."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else SOURCE_LANGUAGE


def translations_dir() -> Path:
    return resource("translations")


def install_translators(
    app: QCoreApplication, language: str | None = None, *, folder: Path | None = None
) -> list[QTranslator]:
    """Install the translations for `language` (default: the system's); returns those installed.

    The translators are children of `app`, so they live as long as it does.
    """
    language = language or system_language()
    if language == SOURCE_LANGUAGE:
        return []
    ours = QTranslator(app)
    if not ours.load(f"mission_planner_{language}", str(folder or translations_dir())):
        ours.deleteLater()
        return []
    installed = [ours]
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_own)
    else:
        qt_own.deleteLater()
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
