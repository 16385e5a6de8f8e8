"""Buttons that do what a menu action does, labelled as a button is."""

from __future__ import annotations

import re

# A translated mnemonic written after the words, as Korean menus do: "방문지 추가(&A)…".
_TRAILING_MNEMONIC = re.compile(r"\s*\(&\w\)")


def button_text(action_text: str) -> str:
    """An action's text without its mnemonic: "&Add Site…" -> "Add Site…", "방문지 추가(&A)…" ->
    "방문지 추가…" (a button beside a table needs no Alt key, and a bare "(A)" reads as noise)."""
    return _TRAILING_MNEMONIC.sub("", action_text).replace("&&", "\0").replace("&", "").replace("\0", "&")
