"""Comparing names as people write them: regardless of case, accents and Turkish dotted i."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """A key under which `YILMAZ`, `Yılmaz` and `yilmaz`, or `Öztürk` and `OZTURK`, are equal.

    Case is folded, letters lose their accents (so spreadsheets typed without them still match),
    Turkish dotless ı counts as i, and runs of spaces are one space.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ı", "i"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", stripped).split())
