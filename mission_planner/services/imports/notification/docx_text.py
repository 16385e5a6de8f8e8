"""A Word document's text in reading order, for the notification reader (python-docx)."""

from __future__ import annotations

import io

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def document_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.append(_table_text(block))
        elif isinstance(block, Paragraph):
            blocks.append(_paragraph_text(block))
    return "\n\n".join(block for block in blocks if block.strip())


def _paragraph_text(paragraph: Paragraph) -> str:
    text = paragraph.text.replace("\v", "\n").strip()
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if text and (numbered or style.lower().startswith("list")):
        return f"- {text}"
    return text


def _table_text(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if not cells or value != cells[-1]:  # a merged cell repeats itself
                cells.append(value)
        rows.append("\t".join(cells))
    return "\n".join(rows)
