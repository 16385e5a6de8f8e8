"""A rendered letter template as blocks both the PDF and the DOCX lay out the same way.

Blank lines separate paragraphs and single line breaks stay; a paragraph starting with `# ` is
the subject (bold); a paragraph that is only `---` is a rule (between the Korean and the English).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["subject", "paragraph", "rule"]


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str = ""


def blocks(rendered: str) -> list[Block]:
    found: list[Block] = []
    for chunk in rendered.replace("\r\n", "\n").split("\n\n"):
        lines = [line.rstrip() for line in chunk.strip("\n").split("\n")]
        text = "\n".join(lines).strip()
        if not text:
            continue
        if text == "---":
            found.append(Block("rule"))
        elif text.startswith("# "):
            found.append(Block("subject", text[2:].strip()))
        else:
            found.append(Block("paragraph", text))
    return found
