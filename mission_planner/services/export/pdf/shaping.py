"""Harfbuzz shaping through reportlab, one font at a time, with text that extracts.

Two gaps in reportlab 5.1's shaping are closed here, for as long as `shaping()` is held:

1. A Paragraph with `shaping=1` is shaped word by word (`ttfonts.shapeFragWord`); a "word" is
   text between spaces, and when its characters come from two fonts ("김민준(Kim)",
   "Priya(प्रिया)") reportlab shapes all of them with the first font's glyph table, which prints
   the rest as empty boxes. The wrapper shapes each font's part of such a word on its own.
2. A shaped glyph that is no character of its own (a Devanagari conjunct, a Thai tone mark moved
   above a vowel) gets a private-use code point, and the PDF's ToUnicode map says just that, so
   copying or searching the text finds U+E000. The wrapper remembers which characters each such
   glyph was shaped from, and the ToUnicode map names them.
"""

from __future__ import annotations

import contextlib
import threading
import unicodedata
from collections.abc import Iterator
from typing import Any

import uharfbuzz
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from .... import tuning
from .fonts import true_type

_reportlab_shape = ttfonts.shapeFragWord
_reportlab_cmap = ttfonts.makeToUnicodeCMap
_SIMPLE_CLUSTER = 0x7FFFFFFF  # reportlab's mark for characters appended unshaped

# (font face name as in the PDF, private-use code point) -> the characters it was shaped from
_private_text: dict[tuple[str, int], str] = {}
_lock = threading.Lock()


def _is_private(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF


def _font_parts(word: list[Any]) -> list[list[Any]]:
    """Split a frag word `[width, (frag, text), ...]` into one frag word per run of one font."""
    parts: list[list[Any]] = []
    current_font = None
    for item in word[1:]:
        frag, text = item
        font = getattr(frag, "fontName", None) if not hasattr(frag, "cbDefn") else current_font
        if not parts or font != current_font:
            parts.append([0.0])
            current_font = font
        part = parts[-1]
        part.append(item)
        if hasattr(frag, "cbDefn"):
            part[0] += getattr(frag, "width", 0)
        else:
            part[0] += pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
    return parts


def _remember_private_glyphs(word: list[Any], shaped: list[Any]) -> None:
    """Note, for each private-use glyph in `shaped`, the characters of its cluster in `word`
    that no other glyph of the cluster stands for."""
    source = "".join(text for frag, text in word[1:] if not hasattr(frag, "cbDefn"))
    glyphs: list[tuple[int, str, str]] = []  # (cluster, character drawn, reportlab font name)
    for frag, text in shaped[1:]:
        data = getattr(text, "__shapeData__", None)
        if hasattr(frag, "cbDefn") or data is None:
            continue
        glyphs.extend((entry.cluster, char, frag.fontName) for entry, char in zip(data, text, strict=False))
    clusters: dict[int, list[tuple[str, str]]] = {}  # one pass: a long word's clusters are many
    for cluster, char, font in glyphs:
        if cluster != _SIMPLE_CLUSTER:
            clusters.setdefault(cluster, []).append((char, font))
    starts = sorted(clusters)
    ends = dict(zip(starts, [*starts[1:], len(source)], strict=True))
    for start in starts:
        members = clusters[start]
        private = [(char, font) for char, font in members if _is_private(ord(char))]
        if not private:
            continue
        rest = list(unicodedata.normalize("NFD", source[start : ends[start]]))
        for char, _ in members:
            if char in rest:
                rest.remove(char)
        for (char, font), text in _share_out(private, rest, unicodedata.normalize("NFD", source)):
            face = true_type(font).face.name.decode("latin-1")
            if text and (face, ord(char)) not in _private_text:
                with _lock:
                    _private_text.setdefault((face, ord(char)), text)


def _share_out(private: list[tuple[str, str]], rest: list[str], word: str) -> list[tuple[tuple[str, str], str]]:
    """Which of the cluster's left-over characters each private glyph stands for.

    A glyph named for a vowel sign ("ivowelsign03deva") takes that vowel sign (found in the
    cluster, else anywhere in the word: harfbuzz moves the first half of a split vowel such as
    Bengali ো into the cluster before it); the first other glyph (a conjunct such as
    "paradeva", a reph) takes the rest.
    """
    shares = {glyph: "" for glyph in private}
    vowels = [glyph for glyph in private if "vowelsign" in _glyph_name(*glyph)]
    for glyph in vowels:
        name = _glyph_name(*glyph)
        matching = [char for char in rest if _vowel_sign_key(char) and name.startswith(_vowel_sign_key(char))]
        if matching:
            shares[glyph] = matching[0]
            rest.remove(matching[0])
        else:
            shares[glyph] = next((c for c in word if _vowel_sign_key(c) and name.startswith(_vowel_sign_key(c))), "")
    others = [glyph for glyph in private if glyph not in vowels] or [g for g in vowels if not shares[g]]
    if others and rest:
        shares[others[0]] += "".join(rest)
    return list(shares.items())


def _vowel_sign_key(char: str) -> str:
    name = unicodedata.name(char, "")
    if " VOWEL SIGN " not in name:
        return ""
    return name.split(" VOWEL SIGN ", 1)[1].replace(" ", "").lower() + "vowelsign"


def _glyph_name(char: str, font: str) -> str:
    ttf = true_type(font)
    gid = ttf.face.charToGlyph.get(ord(char))
    if gid is None:
        return ""
    return str(uharfbuzz.Font(ttf.hbFace).glyph_to_string(gid))


def _shape_one_font(word: Any, *args: Any, **kwargs: Any) -> Any:
    shaped = _reportlab_shape(word, *args, **kwargs)
    if shaped is not word:
        # Should this fail, only the text layer is poorer; the drawing is reportlab's.
        with contextlib.suppress(AttributeError, KeyError, ValueError, TypeError):
            _remember_private_glyphs(word, shaped)
    return shaped


def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """`shapeFragWord` that shapes each font's part of a word with that font."""
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    parts = _font_parts(word)
    if len(parts) < 2:
        return _shape_one_font(word, *args, **kwargs)
    width, items, changed = 0.0, [], False
    for part in parts:
        shaped = _shape_one_font(part, *args, **kwargs)
        changed = changed or shaped is not part
        width += shaped[0]
        items.extend(shaped[1:])
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *items])


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for a font subset, naming the characters behind shaped glyphs
    (and writing characters beyond U+FFFF as UTF-16, as the PDF format wants)."""
    face = fontname.split("+", 1)[-1]
    if not any(_is_private(code) or code > 0xFFFF for code in subset):
        return _reportlab_cmap(fontname, subset)
    entries = [
        f"<{index:02X}> <{_utf16_hex(_private_text.get((face, code), chr(code)))}>" for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@contextlib.contextmanager
def shaping() -> Iterator[None]:
    """reportlab's shaping and ToUnicode maps go through this module while inside, and are
    reportlab's own again once no thread is (see `tuning.patched`). Held while a paragraph
    breaks its lines (`ShapingParagraph`), while a line is shaped for a canvas
    (`text._shaped`) and while a document is laid out and saved (`document.build_pdf`,
    `people_common.write_canvas_pdf`), where the fonts' ToUnicode maps are written."""
    with (
        tuning.patched(rl_paragraph, "shapeFragWord", shape_frag_word),
        tuning.patched(ttfonts, "shapeFragWord", shape_frag_word),  # what ttfonts.shapeStr calls
        tuning.patched(ttfonts, "makeToUnicodeCMap", to_unicode_cmap),
    ):
        yield


class ShapingParagraph(Paragraph):
    """A Paragraph whose words are shaped by this module (reportlab shapes while breaking lines)."""

    def breakLines(self, width: Any) -> Any:
        with shaping():
            return super().breakLines(width)
