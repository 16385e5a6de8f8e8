"""Hostile Project Notifications for `import-notification` (tests/hostile/corpus.py runs them)."""

from __future__ import annotations

import io
import zipfile

from mission_planner.domain.limits import MAX_TITLE

VALID = (
    "PROJECT NOTIFICATION\n\nProject Code: 24-IP-99-GE-OSM-A\nTitle: A notification for the hostile corpus\n"
    "Timing and Duration: 4–5 March 2024 (two days)\nHosting Country(ies): Republic of Korea\n"
    "Modality: Digital Multicountry\n\n1. Objectives\na. Read it.\n\n3. Scope and Methodology\nDay 1:\n- A topic\n"
)


def with_line(label: str, value: str) -> str:
    return VALID.replace(next(line for line in VALID.splitlines() if line.startswith(label)), f"{label}: {value}")


def pdf(text_lines: list[str] | None) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    if text_lines is None:
        page.rect(72, 72, 400, 600, fill=1)  # a scan: an image, no text
    for index, line in enumerate(text_lines or ()):
        page.drawString(72, 780 - 14 * index, line)
    page.save()
    return out.getvalue()


def docx_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(block)
    return out.getvalue()


def docx_without_body() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    return out.getvalue()


CASES: dict[str, tuple[bytes | str, str, bool | None]] = {
    # name: (content, file name, refuse? True / succeed? False / either None)
    "valid-control": (VALID, "pn.txt", False),
    "junk-bytes": (bytes(range(256)) * 64, "pn.txt", True),
    "latin-1": (VALID.replace("–", "-").replace("Title: A", "Title: Ä").encode("latin-1"), "pn.txt", True),
    "utf-16": (VALID.encode("utf-16"), "pn.txt", False),
    "pdf-scan": (pdf(None), "pn.pdf", True),
    "pdf-truncated": (pdf(VALID.splitlines())[:600], "pn.pdf", None),
    "pdf-garbage": (b"%PDF-1.7\n" + bytes(range(256)) * 100, "pn.pdf", True),
    "pdf-valid-control": (pdf(VALID.splitlines()), "pn.pdf", False),
    "docx-bomb": (docx_bomb(), "pn.docx", True),
    "docx-damaged": (docx_without_body(), "pn.docx", True),
    "title-too-long": (with_line("Title", "T" * (MAX_TITLE * 40)), "pn.txt", True),
    "timing-year-9999": (with_line("Timing and Duration", "1–2 January 9999"), "pn.txt", True),
    "timing-800-days": (with_line("Timing and Duration", "1 January 2024 – 10 March 2026"), "pn.txt", True),
    "title-bidi-and-escapes": (with_line("Title", "\u202eevil \x1b[2J title"), "pn.txt", None),
    "lines-a-million": (VALID + "Day 1:\n" + "- topic\n" * 1_000_000, "pn.txt", True),
    "topics-120000": (VALID + "Day 1:\n" + "- topic\n" * 120_000, "pn.txt", True),
    "labels-only-100000": ("PROJECT NOTIFICATION\n" + "Title:\n" * 100_000, "pn.txt", True),
}
