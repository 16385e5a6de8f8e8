"""Text in PDFs: real documents in every APO member's script, parsed back with pypdf.

Every name and organization extracts exactly as typed, without normalising what comes back:
Devanagari, Bengali, Khmer and Sinhala in reading order (a vowel sign drawn before its
consonant still comes after it), Persian and Urdu as ordinary letters rather than the
presentation forms the shaper drew (`shaping._true_text`). Words whose glyphs say something else
in drawing order are also marked with their real text (/ActualText), which poppler reads.
"""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from mission_planner.services.export.pdf import fonts, shaping, text
from mission_planner.services.export.pdf.document import styles
from tests.factories import SCRIPT_PEOPLE, scripts_record

EXACT = ("TR", "VN", "KR", "TW", "JP", "TH", "LA", "MN", "IR", "PK", "IN", "BD", "KH", "LK")
MIXED = "Şule 김민준(Kim) Priya(प्रिया) ใจดี"
LITERAL = "Q&A <b>x</b> \"quoted\" 'single' &amp; <br/>"


def _record_people():
    record = scripts_record()
    return [person for person in record.people if person.uid.startswith("s-p-")] + [record.people[0]]


def _pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def names_pdf() -> tuple[PdfReader, str]:
    """Every scripts_record person's name and organization as paragraphs, a table, a bold title."""
    text.ensure_fonts()
    style = styles()
    story = [text.para("Participants İstanbul 한국", style["title"])]
    for person in _record_people():
        story.append(text.para(person.full_name, style["h2"]))
        story.append(text.para(person.organization, style["body"]))
    story.append(text.para(MIXED, style["body"]))
    story.append(text.para(LITERAL, style["body"]))
    rows = [[text.para(p.full_name, style["cell"]), p.country] for p in _record_people()[:6]]
    story.append(Table(rows, style=TableStyle([("FONT", (0, 0), (-1, -1), text.SANS, 9)])))
    buffer = io.BytesIO()
    with shaping.shaping():  # as document.build_pdf holds it: the fonts' ToUnicode maps are ours
        SimpleDocTemplate(buffer).build(story)
    return _pdf_text(buffer.getvalue())


def _fonts(reader: PdfReader) -> dict[str, object]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def _embedded(font) -> bool:
    fonts_to_check = [font]
    if "/DescendantFonts" in font:
        fonts_to_check = [descendant.get_object() for descendant in font["/DescendantFonts"]]
    for each in fonts_to_check:
        descriptor = each.get("/FontDescriptor")
        if descriptor is None:
            return False
        descriptor = descriptor.get_object()
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            return False
    return True


def test_every_font_in_the_pdf_is_embedded(names_pdf):
    reader, _ = names_pdf
    found = _fonts(reader)
    assert found
    assert [name for name, font in found.items() if not _embedded(font)] == []
    # Subsets (AAAAAA+Name), one per script font actually used; no Helvetica anywhere.
    faces = {name.split("+", 1)[1] for name in found}
    assert {"NotoSans-Regular", "NotoSans-Bold", "DroidSansFallback", "NotoNaskhArabic-Regular"} <= faces
    assert {"NotoSansThai-Regular", "NotoSansKhmer-Regular", "NotoSansLao-Regular"} <= faces
    assert {"NotoSansDevanagari-Regular", "NotoSansBengali-Regular", "NotoSansSinhala-Regular"} <= faces
    assert not any("Helvetica" in name for name in found)


@pytest.mark.parametrize("country", EXACT)
def test_names_extract_exactly(names_pdf, country):
    _, extracted = names_pdf
    people = [person for person in _record_people() if person.country == country]
    assert people
    for person in people:
        assert person.full_name in extracted
        assert person.organization in extracted


def test_no_presentation_forms_in_the_text_layer(names_pdf):
    # The glyphs drawn for Persian and Urdu are contextual forms; the text layer has the letters.
    _, extracted = names_pdf
    assert [hex(ord(char)) for char in extracted if 0xFB50 <= ord(char) <= 0xFEFF] == []


def test_no_private_use_characters_in_the_text_layer(names_pdf):
    # Conjuncts and moved marks are glyphs without a character of their own; reportlab gives them
    # private-use code points, and shaping.to_unicode_cmap maps them back to what was typed.
    _, extracted = names_pdf
    assert [hex(ord(char)) for char in extracted if unicodedata.category(char) == "Co"] == []


def test_title_in_a_bold_style_prints_bold(names_pdf):
    _, extracted = names_pdf
    assert "Participants İstanbul 한국" in extracted
    assert text.markup("İstanbul", bold=True) == '<font name="NotoSans-Bold">İstanbul</font>'


def test_user_text_prints_as_typed_not_as_markup(names_pdf):
    _, extracted = names_pdf
    assert LITERAL in extracted
    markup = text.markup(LITERAL)
    assert "<b>" not in markup and "<br/>" not in markup
    assert "Q&amp;A &lt;b&gt;x&lt;/b&gt;" in markup


def test_a_word_mixing_fonts_is_shaped_font_by_font(names_pdf):
    # Without shaping.shaping() reportlab shapes "김민준(Kim)" with the Hangul font's glyph
    # table only, and "(Kim)" prints as empty boxes.
    _, extracted = names_pdf
    assert "Şule 김민준(Kim) Priya(" in extracted
    assert "ใจดี" in extracted


def test_newlines_become_line_breaks():
    expected = '<font name="NotoSans">Seoul</font><br/><font name="NotoSans">İstanbul</font>'
    assert text.markup("Seoul\nİstanbul") == expected


def test_text_is_cut_into_runs_by_script():
    expected = '<font name="NotoSans">Şule </font><font name="DroidSansFallback">김민준</font>'
    assert text.markup("Şule 김민준") == expected
    # Spaces, digits and punctuation stay with the run before them when its font has them.
    (line,) = text.pieces("Priya (प्रिया), 2023 Sharma")
    assert [(piece.font, piece.text) for piece in line] == [
        ("NotoSans", "Priya ("),
        ("NotoSansDevanagari", "प्रिया), 2023 "),
        ("NotoSans", "Sharma"),
    ]


@pytest.mark.parametrize("fields", SCRIPT_PEOPLE, ids=[fields[0] for fields in SCRIPT_PEOPLE])
def test_no_character_is_dropped_or_printed_in_a_font_without_it(fields):
    _, given, family, _, organization = fields
    for value in (f"{given} {family}", organization):
        assert text.missing_characters(value) == set()
        printed = ""
        for line in text.pieces(value):
            for piece in line:
                printed += piece.text
                assert all(fonts.covers(piece.font, char) for char in piece.text), (piece, value)
        assert sorted(printed) == sorted(unicodedata.normalize("NFC", value))


def test_a_character_no_font_has_prints_as_a_replacement_mark():
    # A Cherokee letter: no shipped font has it.
    assert text.missing_characters("Tour \u13e3") == {"\u13e3"}
    (line,) = text.pieces("Tour \u13e3")
    assert "".join(piece.text for piece in line) == "Tour \ufffd"
    # Common symbols are covered by the symbol fonts.
    assert text.missing_characters("ICN → IST ✓ ★ € ₩") == set()


def test_right_to_left_runs_are_laid_out_in_visual_order():
    (line,) = text.pieces("مریم رضایی")
    assert [piece.text for piece in line] == ["رضایی", " ", "مریم"]
    (line,) = text.pieces("Maryam (مریم رضایی), IR")
    assert "".join(piece.text for piece in line) == "Maryam (رضایی مریم), IR"


def test_paragraph_shaping_is_on_only_when_the_text_needs_it():
    style = ParagraphStyle("plain", fontName=text.SANS, fontSize=10)
    assert not text.para("İsmail Çağlar Şahin 김민준", style).style.shaping
    assert text.para("प्रिया शर्मा", style).style.shaping
    assert text.para("مریم رضایی", style).style.shaping


def test_fit_size_shrinks_a_long_name_to_the_width():
    name = "İsmail Çağlar Şahin ສົມພອນ ພົມມະຈັນ 山田 太郎 प्रिया शर्मा"
    assert text.text_width(name, 24) > 200
    size = text.fit_size(name, 200, 24, 6)
    assert 6 < size < 24
    assert text.text_width(name, size) <= 200
    assert text.text_width(name, size + 0.5) > 200
    assert text.fit_size("김민준", 200, 24, 6) == 24
    assert text.fit_size(name * 5, 200, 24, 6) == 6


def test_draw_text_draws_every_script_and_aligns_on_the_measured_width():
    text.ensure_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    names = [person.full_name for person in _record_people()]
    for index, name in enumerate(names):
        align = ("left", "centre", "right")[index % 3]
        text.draw_text(canvas, 300, 800 - index * 20, name, 12, align=align)
    text.draw_text(canvas, 300, 400, MIXED, 12, bold=True, align="right")
    with shaping.shaping():  # as people_common.write_canvas_pdf holds it
        canvas.save()
    reader, extracted = _pdf_text(buffer.getvalue())
    assert [name for name, font in _fonts(reader).items() if not _embedded(font)] == []
    for person in _record_people():
        if person.country in EXACT:
            assert person.full_name in extracted
    assert "NotoSans-Bold" in " ".join(_fonts(reader))
    # Shaped runs are measured as shaped: a Devanagari conjunct is narrower than its letters.
    assert text.text_width("प्र", 12) < sum(text.text_width(char, 12) for char in "प्र")


def test_bold_reaches_digits_and_punctuation_alone():
    assert text.markup("2023 – 12", bold=True) == '<font name="NotoSans-Bold">2023 – 12</font>'
    # Scripts without a bold face print bold text in their regular face rather than not at all.
    assert text.markup("王", bold=True) == '<font name="DroidSansFallback">王</font>'


def test_empty_text_is_harmless():
    assert text.markup("") == ""
    assert text.text_width("", 10) == 0
    assert text.fit_size("", 10, 20, 6) == 20


# A name in each script shipped beside the APO members' ones, with the font that prints it.
MORE_SCRIPTS = {
    "အောင်ဆန်းစုကြည်": "NotoSansMyanmar",
    "ნინო ბერიძე": "NotoSansGeorgian",
    "Արամ Պետրոսյան": "NotoSansArmenian",
    "አበበ ቢቂላ": "NotoSansEthiopic",
    "བསྟན་འཛིན་རྒྱ་མཚོ": "NotoSerifTibetan",
    "ᠪᠠᠲᠤ ᠪᠣᠯᠣᠳ": "NotoSansMongolian",
    "דוד לוי": "NotoSansHebrew",
    "😀👍🏽❤️🇰🇷👩\u200d💻": "NotoEmoji",
}


@pytest.mark.parametrize(("name", "font"), MORE_SCRIPTS.items())
def test_every_script_a_name_may_use_prints_in_its_font(name, font):
    assert text.missing_characters(name) == set()
    used = {piece.font for line in text.pieces(name) for piece in line}
    assert used <= {font, text.SANS}, used
    assert font in used


def test_an_emoji_prints_in_the_emoji_font_and_the_spaces_beside_it_in_the_text_font():
    (line,) = text.pieces("Ana 😀 ❤️ ❤ ✓")
    assert [(piece.font, piece.text) for piece in line] == [
        (text.SANS, "Ana "),
        (fonts.EMOJI, "😀"),
        (text.SANS, " "),
        (fonts.EMOJI, "❤️"),  # asked for as an emoji (U+FE0F)
        (text.SANS, " "),
        (fonts.SYMBOLS2, "❤ ✓"),  # symbols
    ]


BOLD_SCRIPTS = {
    "Somchai": "NotoSans-Bold",
    "สมชาย": "NotoSansThai-Bold",
    "김민준": "NanumSquareEB",
    "प्रिया": "NotoSansDevanagari-Bold",
    "আনিসুর": "NotoSansBengali-Bold",
    "නිමල්": "NotoSansSinhala-Bold",
    "សុខ": "NotoSansKhmer-Bold",
    "ສົມພອນ": "NotoSansLao-Bold",
    "தமிழ்": "NotoSansTamil-Bold",
    "مریم": "NotoNaskhArabic-Bold",
    "အောင်": "NotoSansMyanmar-Bold",
    "ნინო": "NotoSansGeorgian-Bold",
    "Արամ": "NotoSansArmenian-Bold",
    "አበበ": "NotoSansEthiopic-Bold",
    "བསྟན": "NotoSerifTibetan-Bold",
    "דוד": "NotoSansHebrew-Bold",
}


@pytest.mark.parametrize(("name", "face"), BOLD_SCRIPTS.items())
def test_bold_text_prints_in_a_bold_face_in_every_script_that_has_one(name, face):
    assert {piece.font for line in text.pieces(name, bold=True) for piece in line} == {face}
    assert fonts.is_bold(face)


def test_chinese_characters_and_kana_have_no_bold_face_and_print_regular():
    assert {piece.font for line in text.pieces("王小明 やまだ", bold=True) for piece in line} == {fonts.CJK}


def test_every_shipped_font_is_truetype_with_glyf_outlines():
    for name in fonts.FILES:
        fonts.register(name)
        face = fonts.true_type(name).face
        assert face.charToGlyph, name  # reportlab refuses CFF outlines when it loads a font


@pytest.fixture(scope="module")
def more_scripts_pdf() -> tuple[PdfReader, str]:
    """The names in MORE_SCRIPTS as regular and bold paragraphs and drawn on a canvas."""
    text.ensure_fonts()
    style = styles()
    story = []
    for name in MORE_SCRIPTS:
        story += [text.para(name, style["body"]), text.para(name, style["h2"])]
    buffer = io.BytesIO()
    with shaping.shaping():
        SimpleDocTemplate(buffer).build(story)
    canvas_buffer = io.BytesIO()
    with shaping.shaping():
        canvas = Canvas(canvas_buffer)
        for index, name in enumerate(MORE_SCRIPTS):
            text.draw_text(canvas, 72, 780 - 30 * index, name, 14, bold=index % 2 == 1)
        canvas.save()
    reader, paragraphs = _pdf_text(buffer.getvalue())
    return reader, paragraphs + "\n" + _pdf_text(canvas_buffer.getvalue())[1]


@pytest.mark.parametrize("name", list(MORE_SCRIPTS))
def test_names_in_more_scripts_extract_exactly(more_scripts_pdf, name):
    _, extracted = more_scripts_pdf
    assert extracted.count(name) == 3, extracted


def test_more_scripts_print_in_embedded_fonts_with_no_replacement_mark(more_scripts_pdf):
    reader, extracted = more_scripts_pdf
    found = _fonts(reader)
    assert [name for name, font in found.items() if not _embedded(font)] == []
    faces = {name.split("+", 1)[1] for name in found}
    assert {"NotoSansMyanmar-Bold", "NotoSansHebrew-Bold", "NotoSerifTibetan-Bold", "NotoEmoji-Regular"} <= faces
    assert "\ufffd" not in extracted


def test_shaping_aliases_are_never_taken_for_characters_a_font_has(names_pdf):
    # names_pdf shaped Devanagari: its glyphs have aliases in plane 15's private-use area now.
    assert any(key[0].startswith("NotoSansDevanagari") for key in shaping._aliases)
    fonts._code_points.cache_clear()
    assert not fonts.covers("NotoSansDevanagari", min(chr(code) for code in shaping._aliases.values()))
    assert text.missing_characters("\U000f0000") == {"\U000f0000"}
