"""Comparing names and titles as people write them: regardless of case, Latin accents and the
Turkish dotted and dotless i."""

from __future__ import annotations

import unicodedata

# Diacritics of Latin, Greek and Cyrillic letters (Combining Diacritical Marks). Marks of other
# scripts (Thai vowels, Devanagari virama) carry meaning and are kept.
_WITHOUT_DIACRITICS = dict.fromkeys(range(0x0300, 0x0370))


class _FoldTable(dict[int, str]):
    """`str.translate` table folding one character at a time, filled as characters are met."""

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point).casefold().replace("ı", "i")
        decomposed = unicodedata.normalize("NFKD", char).translate(_WITHOUT_DIACRITICS)
        folded = self[code_point] = unicodedata.normalize("NFC", decomposed)
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """A key under which `YILMAZ`, `Yılmaz` and `yilmaz`, or `Öztürk` and `OZTURK`, are equal.

    Case is folded, Latin letters lose their accents (spreadsheets typed without them still
    match), Turkish ı counts as i. Hangul and other scripts stay as they are.
    """
    return text.lower() if text.isascii() else text.translate(_FOLD_TABLE)


def name_key(text: str) -> str:
    """`fold`, with runs of spaces taken as one."""
    return " ".join(fold(text).split())
