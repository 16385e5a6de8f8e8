"""The shipped fonts (`resources/fonts/`, see its README.md) and which one prints which script.

Fonts are registered with reportlab lazily, the first time a run of text needs them, so a
document in English never loads the 3 MB CJK font. Every font is TrueType (glyf outlines), which
reportlab embeds as a subset of the glyphs used.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache
from typing import Any, Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .... import tuning
from ....paths import resource

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
CJK = "DroidSansFallback"
HANGUL_BOLD = "NanumSquareEB"
ARABIC = "NotoNaskhArabic"
SYMBOLS = "NotoSansSymbols"
SYMBOLS2 = "NotoSansSymbols2"
EMOJI = "NotoEmoji"

# Fonts with a regular and a bold face: reportlab font name -> file stem under resources/fonts/
# (`NAME-Regular.ttf` and `NAME-Bold.ttf`; the bold face's reportlab name is `NAME-Bold`).
_FAMILIES = {
    "NotoSansThai": "NotoSansThai",
    "NotoSansLao": "NotoSansLao",
    "NotoSansKhmer": "NotoSansKhmer",
    "NotoSansDevanagari": "NotoSansDevanagari",
    "NotoSansBengali": "NotoSansBengali",
    "NotoSansTamil": "NotoSansTamil",
    "NotoSansSinhala": "NotoSansSinhala",
    ARABIC: "NotoNaskhArabic",
    "NotoSansMyanmar": "NotoSansMyanmar",
    "NotoSansGeorgian": "NotoSansGeorgian",
    "NotoSansArmenian": "NotoSansArmenian",
    "NotoSansEthiopic": "NotoSansEthiopic",
    "NotoSansHebrew": "NotoSansHebrew",
    "NotoSerifTibetan": "NotoSerifTibetan",
}

# reportlab font name -> file under resources/fonts/
FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
    HANGUL_BOLD: "NanumSquareEB.ttf",
    "NotoSansMongolian": "NotoSansMongolian-Regular.ttf",
    SYMBOLS: "NotoSansSymbols-Regular.ttf",
    SYMBOLS2: "NotoSansSymbols2-Regular.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
    **{name: f"{stem}-Regular.ttf" for name, stem in _FAMILIES.items()},
    **{f"{name}-Bold": f"{stem}-Bold.ttf" for name, stem in _FAMILIES.items()},
}

# The bold face of a regular font; a font without one prints bold text in its regular face
# (Chinese characters and kana: no TrueType bold ships; Mongolian; the symbols and emoji).
BOLD = {SANS: SANS_BOLD, **{name: f"{name}-Bold" for name in _FAMILIES}}
BOLD_NAMES = frozenset(BOLD.values()) | {HANGUL_BOLD, "Helvetica-Bold", "Times-Bold", "Courier-Bold"}
# Bold text in a script whose regular font has no bold face but another font has a bold face
# for it: Hangul (Droid Sans Fallback has no bold; NanumSquare ExtraBold has every syllable and
# is as heavy as Noto Sans Bold, which NanumSquare Bold is not).
BOLD_BY_SCRIPT = {"hangul": HANGUL_BOLD}

# The font for each script (`scripts.script_of`); anything else goes to the fallback chain.
BY_SCRIPT = {
    "latin": SANS,
    "greek": SANS,
    "cyrillic": SANS,
    "hangul": CJK,
    "han": CJK,
    "kana": CJK,
    "arabic": ARABIC,
    "thai": "NotoSansThai",
    "lao": "NotoSansLao",
    "khmer": "NotoSansKhmer",
    "devanagari": "NotoSansDevanagari",
    "bengali": "NotoSansBengali",
    "tamil": "NotoSansTamil",
    "sinhala": "NotoSansSinhala",
    "myanmar": "NotoSansMyanmar",
    "georgian": "NotoSansGeorgian",
    "armenian": "NotoSansArmenian",
    "ethiopic": "NotoSansEthiopic",
    "hebrew": "NotoSansHebrew",
    "tibetan": "NotoSerifTibetan",
    "mongolian": "NotoSansMongolian",
    "emoji": EMOJI,
}

# Tried in order when a character's own font lacks it.
FALLBACK = (
    SANS,
    SYMBOLS,
    SYMBOLS2,
    CJK,
    ARABIC,
    "NotoSansDevanagari",
    "NotoSansBengali",
    "NotoSansThai",
    "NotoSansKhmer",
    "NotoSansLao",
    "NotoSansSinhala",
    "NotoSansTamil",
    "NotoSansMyanmar",
    "NotoSansGeorgian",
    "NotoSansArmenian",
    "NotoSansEthiopic",
    "NotoSansHebrew",
    "NotoSerifTibetan",
    "NotoSansMongolian",
    EMOJI,
)

# Fonts whose text must be shaped by harfbuzz (reordering, conjuncts, joining, mark stacking,
# emoji sequences).
_SHAPED_REGULAR = {
    ARABIC,
    "NotoSansThai",
    "NotoSansLao",
    "NotoSansKhmer",
    "NotoSansDevanagari",
    "NotoSansBengali",
    "NotoSansTamil",
    "NotoSansSinhala",
    "NotoSansMyanmar",
    "NotoSansHebrew",
    "NotoSerifTibetan",
    "NotoSansMongolian",
    EMOJI,
}
SHAPED = frozenset(_SHAPED_REGULAR | {BOLD[name] for name in _SHAPED_REGULAR if name in BOLD})

_lock = threading.Lock()
_registered: set[str] = set()


def register(name: str) -> str:
    """Register the shipped font `name` and its family (regular and bold) with reportlab once."""
    if name in _registered:
        return name
    regular = next((plain for plain, bold in BOLD.items() if bold == name), name)
    bold = BOLD.get(regular, regular)
    with _lock:
        for face in {regular, bold}:
            if face not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(face, str(resource("fonts", FILES[face]))))
        # `<b>` in a caller's own markup picks the bold face (or the regular one when there is
        # none); the plain (0, 0) mapping comes last so the name maps back to "not bold".
        mappings: tuple[tuple[Literal[0, 1], Literal[0, 1]], ...] = ((1, 1), (0, 1), (1, 0), (0, 0))
        for is_bold, is_italic in mappings:
            addMapping(regular, is_bold, is_italic, bold if is_bold else regular)
        _registered.update((regular, bold))
    return name


def make_sans_the_default() -> None:
    """Make reportlab fall back on Noto Sans instead of Helvetica (see `tuning.reportlab_default_font`).
    Styles made before this call keep theirs."""
    register(SANS)
    tuning.reportlab_default_font(SANS)


def face_name(regular: str, bold: bool) -> str:
    return BOLD.get(regular, regular) if bold else regular


@cache
def _code_points(name: str) -> frozenset[int]:
    register(name)
    # list() copies at once (other threads add shaping's aliases); the aliases in plane 15's
    # private-use area are glyphs, not characters the font has.
    return frozenset(code for code in list(true_type(name).face.charToGlyph) if code < 0xF0000)


def covers(name: str, char: str) -> bool:
    """Whether the shipped font `name` has a glyph for `char`."""
    return ord(char) in _code_points(name)


@lru_cache(maxsize=16384)
def font_for(char: str, script: str | None, bold: bool = False) -> str | None:
    """The font (bold face if asked and shipped) that prints `char`, or None if no shipped font has it."""
    first = BY_SCRIPT.get(script or "", SANS)
    if bold and script in BOLD_BY_SCRIPT and covers(BOLD_BY_SCRIPT[script], char):
        return BOLD_BY_SCRIPT[script]
    for regular in (first, *FALLBACK):
        name = face_name(regular, bold)
        if covers(name, char):
            return name
    return None


def is_bold(name: str) -> bool:
    return name in BOLD_NAMES or name.endswith("-Bold")


def needs_shaping(name: str) -> bool:
    return name in SHAPED


def true_type(name: str) -> Any:
    """The registered TrueType font `name`. reportlab's stubs type `getFont` as a plain Font,
    without the `face` (and `hbFace`) every font registered here has."""
    return pdfmetrics.getFont(name)
