"""JSON text into Python values, refusing what the standard parser would take at any cost.

Before parsing, the objects, arrays and values are counted (MAX_JSON_CONTAINERS,
MAX_JSON_VALUES): a huge file would fill the memory. While parsing, NaN and Infinity, whole
numbers longer than 64 bits and the same key twice in one object are refused; a nesting too
deep for the parser's recursion is refused, and after parsing any nesting deeper than
MAX_JSON_DEPTH.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ...domain.limits import MAX_JSON_CONTAINERS, MAX_JSON_DEPTH, MAX_JSON_VALUES
from ...errors import InputError

# A JSON string, quotes and escapes included, written so the regular expression never backtracks.
# The closing quote is optional: an unterminated string then runs to the end in one match,
# instead of every later quote starting a new scan to the end (quadratic time); the parser
# reports the broken string afterwards.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_STRUCTURE = re.compile(r"[^\[\]{},]+")
_LONGEST_INTEGER = len(str(2**63))  # digits, whatever the sign


class _Refused(ValueError):
    def __init__(self, message: str, token: str = ""):
        super().__init__(message)
        self.message = message
        self.token = token


def parse_json(text: str, source: str) -> object:
    """The value `text` holds, or an InputError naming `source` and, where known, the place."""
    _check_counts(text, source)
    too_deep = InputError(f"objects and arrays nest deeper than {MAX_JSON_DEPTH} levels", source=source)
    try:
        value = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        reason = error.msg.removesuffix(" starting at").lower()
        raise InputError(f"not valid JSON ({reason}); is the file complete?", source=source, location=where) from None
    except _Refused as error:
        raise InputError(error.message, source=source, location=_place_of(text, error.token)) from None
    except RecursionError:
        # The parser counts its own nesting against the interpreter's recursion limit (about
        # a thousand) and stops cleanly there; shallower excess is measured below.
        raise too_deep from None
    if _deeper_than(value, MAX_JSON_DEPTH):
        raise too_deep
    return value


def _check_counts(text: str, source: str) -> None:
    # Counting brackets and commas anywhere, strings included, bounds the true counts from
    # above at C speed; only a text over a limit pays for the exact count outside strings.
    containers = text.count("[") + text.count("{")
    if containers <= MAX_JSON_CONTAINERS and containers + text.count(",") <= MAX_JSON_VALUES:
        return
    if text.count('"') > 4 * MAX_JSON_VALUES:  # two quotes a text, a key for each value at most
        raise InputError(f"holds more than {MAX_JSON_VALUES:,} values", source=source)
    structure = _NOT_STRUCTURE.sub("", _STRING.sub("", text))
    containers = structure.count("[") + structure.count("{")
    if containers > MAX_JSON_CONTAINERS:
        raise InputError(f"holds more than {MAX_JSON_CONTAINERS:,} objects and arrays", source=source)
    if structure.count(",") + containers > MAX_JSON_VALUES:
        raise InputError(f"holds more than {MAX_JSON_VALUES:,} values", source=source)


def _deeper_than(value: object, limit: int) -> bool:
    """Whether objects and arrays in `value` nest more than `limit` levels, looked at level by
    level (no recursion)."""
    level = [value] if isinstance(value, (dict, list)) else []
    for _ in range(limit):
        level = [
            child
            for container in level
            for child in (container.values() if isinstance(container, dict) else container)
            if isinstance(child, (dict, list))
        ]
    return bool(level)


def _parse_int(token: str) -> int:
    if len(token.lstrip("-")) > _LONGEST_INTEGER:
        raise _Refused(f"the number {_shorten(token)} is too large (more than 64 bits)", token)
    return int(token)


def _parse_float(token: str) -> float:
    value = float(token)
    if value in (float("inf"), float("-inf")):
        raise _Refused(f"the number {_shorten(token)} is too large", token)
    return value


def _parse_constant(token: str) -> float:
    raise _Refused(f"{token} is not a number JSON allows", token)


def _remember(seen: set[str], key: str) -> bool:
    """Add `key` to `seen`; False, so that a search goes on to the next key."""
    seen.add(key)
    return False


def _object(pairs: list[tuple[str, object]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or _remember(seen, key))
        raise _Refused(f"the key {_shorten(json.dumps(twice))} appears twice in one object")
    return result


def _shorten(token: str, keep: int = 24) -> str:
    return token if len(token) <= keep else f"{token[:keep]}... ({len(token):,} characters)"


def _place_of(text: str, token: str) -> str | None:
    """`line L column C` of the first `token` in `text`, when there is one to look for."""
    at = text.find(token) if token else -1
    if at < 0:
        return None
    line = text.count("\n", 0, at) + 1
    return f"line {line} column {at - (text.rfind(chr(10), 0, at) + 1) + 1}"
