"""Text on the terminal: what a user or a file wrote, shown so that it cannot steer the terminal.

A title, a name or a file name may hold an ANSI escape (colours, cursor moves, a fake prompt), a
newline or a carriage return (a fake second line), or a bidi override that shows text reversed.
`shown` writes such characters as Python-style escapes (`\\x1b`, `\\n`, `\\u202e`) so they are
seen, never obeyed. The zero-width joiner and non-joiner stay: Persian and Indic names need them.
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_KEPT = {"\u200c", "\u200d"}  # zero-width non-joiner and joiner: part of how some scripts are written
_HIDDEN = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def shown(text: object) -> str:
    """`text` with every control, format and separator character written as an escape."""
    text = str(text)
    if text.isprintable():  # the common case, quickly
        return text
    return "".join(_escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    if ch in _KEPT or unicodedata.category(ch) not in _HIDDEN:
        return ch
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
