"""The text of a notification file: a PDF's text layer, a Word document's paragraphs and
tables, or plain text. What is none of these, or holds no text, is refused in one line."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ....domain.limits import MAX_ARCHIVE_BYTES, MAX_ARCHIVE_MEMBERS, MAX_NOTIFICATION_CHARS
from ....errors import InputError
from ....inputs import read_input

EXPECTED = "expected an APO Project Notification as PDF, Word (.docx) or text"


@dataclass(frozen=True, slots=True)
class SourceText:
    """The text read and what it was read from (`PDF`, `Word document`, `text`)."""

    text: str
    form: str
    pages: int = 1


def read_text(path: Path) -> SourceText:
    data = read_input(path)
    source = str(path)
    if data.startswith(b"%PDF-"):
        from .pdf_text import pdf_text

        text, pages = pdf_text(data, source)
        found = SourceText(text, "PDF", pages)
    elif data.startswith(b"PK\x03\x04"):
        found = SourceText(docx_text(data, source), "Word document")
    else:
        found = SourceText(plain_text(data, source), "text")
    if len(found.text) > MAX_NOTIFICATION_CHARS:
        raise InputError(
            f"holds {len(found.text):,} characters, more than any notification "
            f"(at most {MAX_NOTIFICATION_CHARS:,} are read)",
            source=source,
            code="notification_too_long",
            params={"limit": MAX_NOTIFICATION_CHARS},
        )
    return found


def plain_text(data: bytes, source: str) -> str:
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(
            f"is not UTF-8 text, a PDF or a Word document; {EXPECTED}", source=source, code="notification_unreadable"
        ) from None
    if "\x00" in text or _control_share(text) > 0.01:
        raise InputError(f"holds binary data, not text; {EXPECTED}", source=source, code="notification_unreadable")
    return text


def _control_share(text: str) -> float:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return controls / max(len(text), 1)


def docx_text(data: bytes, source: str) -> str:
    """Paragraphs parted by blank lines (a Word paragraph is one), list paragraphs as `- `
    lines, and each table row as its cells parted by tabs, in the document's order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"is a damaged ZIP file; {EXPECTED}", source=source, code="notification_unreadable") from None
    if "word/document.xml" not in {member.filename for member in members}:
        raise InputError(
            f"is a ZIP file but not a Word document; {EXPECTED}", source=source, code="notification_unreadable"
        )
    if len(members) > MAX_ARCHIVE_MEMBERS or sum(m.file_size for m in members) > MAX_ARCHIVE_BYTES:
        raise InputError("is a Word document too large to read", source=source, code="notification_unreadable")
    from .docx_text import document_text

    try:
        return document_text(data)
    except Exception:  # python-docx and lxml raise many kinds on a damaged part
        raise InputError(
            f"is a damaged Word document; {EXPECTED}", source=source, code="notification_unreadable"
        ) from None
