"""JSON text into Python values, refusing what the standard parser would take at any cost.

Before parsing, one pass over the text outside its strings measures how deep objects and
arrays nest and how many values there are (MAX_JSON_DEPTH, MAX_JSON_CONTAINERS, MAX_JSON_VALUES): a deep file would
exhaust the parser's recursion, a huge one the memory. While parsing, NaN and Infinity, whole
numbers longer than 64 bits and the same key twice in one object are refused.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate

from ...domain.limits import MAX_JSON_CONTAINERS, MAX_JSON_DEPTH, MAX_JSON_VALUES
from ...errors import InputError

# A JSON string, quotes and escapes included, written so the regular expression never backtracks.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_STRUCTURE = re.compile(r"[^\[\]{},]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1, ",": 0}
_LONGEST_INTEGER = len(str(2**63))  # digits, whatever the sign


class _Refused(ValueError):
    def __init__(self, message: str, token: str = ""):
        super().__init__(message)
        self.message = message
        self.token = token


def parse_json(text: str, source: str) -> object:
    """The value `text` holds, or an InputError naming `source` and, where known, the place."""
    _check_shape(text, source)
    try:
        return json.loads(
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
    except RecursionError:  # a nesting the pre-scan could not see (it cannot be: kept as a last guard)
        raise InputError(f"nested deeper than {MAX_JSON_DEPTH} levels", source=source) from None


def _check_shape(text: str, source: str) -> None:
    structure = _NOT_STRUCTURE.sub("", _STRING.sub("", text))
    containers = structure.count("[") + structure.count("{")
    if containers > MAX_JSON_CONTAINERS:
        raise InputError(f"holds more than {MAX_JSON_CONTAINERS:,} objects and arrays", source=source)
    if structure.count(",") + containers > MAX_JSON_VALUES:
        raise InputError(f"holds more than {MAX_JSON_VALUES:,} values", source=source)
    depth = max(accumulate(map(_DEPTH_STEP.__getitem__, structure)), default=0)
    if depth > MAX_JSON_DEPTH:
        raise InputError(f"objects and arrays nest deeper than {MAX_JSON_DEPTH} levels", source=source)


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


def _object(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
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
