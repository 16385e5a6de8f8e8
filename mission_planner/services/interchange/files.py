"""Read and write mission files: validate everything first, write atomically."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...atomic import write_bytes_atomically
from ...domain.limits import MAX_PROBLEMS_COLLECTED
from ...domain.record import MissionRecord
from ...domain.validation import problems_and_total
from ...errors import InputError
from ...inputs import read_input
from ...paths import resource
from . import FORMAT, VERSION
from .codec import DecodeError, decode, encode
from .jsontext import parse_json

if TYPE_CHECKING:  # jsonschema is imported when a file is first checked, not at start
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_FILE = ("schemas", "mission-v1.schema.json")


def record_to_data(record: MissionRecord) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, **encode(record)}


def record_to_text(record: MissionRecord) -> str:
    return json.dumps(record_to_data(record), indent=2, ensure_ascii=False) + "\n"


def write_mission_file(record: MissionRecord, target: Path) -> None:
    # Owner-only: a mission file may carry personal data.
    write_bytes_atomically(target, record_to_text(record).encode("utf-8"), private=True)


def read_mission_file(source: Path) -> MissionRecord:
    """The mission in `source`, or an InputError naming the file and the first problem."""
    name = str(source)
    try:
        text = read_input(source).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", source=name) from None
    return record_from_text(text, name)


def record_from_text(text: str, name: str) -> MissionRecord:
    return record_from_data(parse_json(text, name), name)


def record_from_data(data: object, name: str) -> MissionRecord:
    header = _checked_header(data, name)
    _check_schema(header, name)
    body = {key: value for key, value in header.items() if key not in ("format", "version")}
    try:
        record: MissionRecord = decode(MissionRecord, body)
    except DecodeError as error:
        raise InputError(error.message, source=name, location=error.path) from None
    problems, total = problems_and_total(record, cap=1)
    if problems:
        first = problems[0]
        raise InputError(_with_count(first.message, total), source=name, location=first.path)
    return record


def _checked_header(data: object, name: str) -> dict[str, Any]:
    """`data` itself, once it is known to be an object saying it is a mission file this build reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f'not a Mission Planner mission file (expected "format": "{FORMAT}")', source=name)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InputError('the "version" is missing or not a number', source=name)
    if version > VERSION:
        raise InputError(
            f"written by a newer Mission Planner (file version {version}; this build reads up to {VERSION})",
            source=name,
        )
    return data


@cache
def _validator() -> Draft202012Validator:
    import jsonschema

    schema = json.loads(resource(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _check_schema(data: dict[str, Any], name: str) -> None:
    # The validator finds errors lazily: a file with a million of them is judged on the first few.
    collected = list(islice(_validator().iter_errors(data), MAX_PROBLEMS_COLLECTED + 1))
    if not collected:
        return
    more = len(collected) > MAX_PROBLEMS_COLLECTED
    errors = sorted(collected[:MAX_PROBLEMS_COLLECTED], key=lambda e: (list(map(str, e.absolute_path)), e.message))
    first = errors[0]
    message = _with_count(_explain(first), len(errors), more=more)
    raise InputError(message, source=name, location=_path(first.absolute_path))


def _path(parts: Iterable[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _explain(error: ValidationError) -> str:
    """A sentence for a schema error; jsonschema's own messages quote whole objects."""
    # The schema, the value and what the failed keyword asked for are whatever the file and schema hold.
    schema: Any = error.schema
    instance: Any = error.instance
    asked: Any = error.validator_value
    kind = error.validator
    if kind == "required":
        missing = [name for name in asked if name not in instance]
        return f"missing field {missing[0]!r}" if missing else error.message
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        return f"unknown field {extra[0]!r}" if extra else error.message
    if kind == "pattern":
        return f"{_quoted(instance)} is not {schema.get('description', 'in the expected form')}"
    if kind == "enum":
        return f"{_quoted(instance)} is not one of {', '.join(map(str, schema['enum']))}"
    if kind == "maxLength":
        return f"is {len(instance):,} characters long; at most {schema['maxLength']:,} are allowed"
    if kind == "minLength":
        return "is empty"
    if kind == "maxItems":
        return f"holds {len(instance):,} entries; at most {schema['maxItems']:,} are allowed"
    if kind in ("minimum", "maximum"):
        return f"{_quoted(instance)} is not between {schema.get('minimum', 0):,} and {schema.get('maximum', 0):,}"
    if kind == "const":
        return f"{_quoted(instance)} is not {schema['const']!r}"
    if kind == "type":
        return f"expected {schema['type']}, found {type(instance).__name__}"
    if kind == "anyOf":
        best = min(error.context, key=lambda e: len(e.schema_path), default=None)
        return _explain(best) if best is not None else error.message
    return error.message if len(error.message) < 120 else error.message[:117] + "..."


def _quoted(value: object, keep: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= keep else f"{text[:keep]}... ({len(text):,} characters)"


def _with_count(message: str, count: int, *, more: bool = False) -> str:
    if more:
        return f"{message} (and more than {count - 1:,} more problems)"
    return message if count == 1 else f"{message} (and {count - 1:,} more problem{'s' if count > 2 else ''})"
