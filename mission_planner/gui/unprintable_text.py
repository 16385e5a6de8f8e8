"""A name or organization with characters no font prints, worded in the interface's language.

The command line has its English sentence (`services.unprintable_text`); this one goes through
`QCoreApplication.translate`. The characters are named by code point and Unicode name, which
anyone can look up, since the screen may not show them either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import Unprintable, character_label


def unprintable_text(found: Unprintable) -> str:
    labels = ", ".join(character_label(char) for char in found.characters)
    if found.field == "organization":
        text = QCoreApplication.translate(
            "Unprintable", "{person}: the organization has characters no font prints; they print as �: {characters}"
        )
    else:
        text = QCoreApplication.translate(
            "Unprintable", "{person}: the name has characters no font prints; they print as �: {characters}"
        )
    return text.format(person=found.person, characters=labels)
