"""The JSON Schema of the mission file, derived from the domain's type hints.

The shipped copy lives in `resources/schemas/mission-v1.schema.json`; a test keeps it equal to
what this module derives. Regenerate it with `python -m mission_planner.services.interchange.schema`.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum

from ...domain.limits import MAX_MONEY_DIGITS, MAX_MONEY_PLACES, MAX_YEAR, MIN_YEAR
from ...domain.mission import Mission
from ...domain.record import MissionRecord
from ...domain.text_limits import limit_of
from ...domain.value_limits import float_range, integer_range, list_limit
from . import FORMAT, VERSION
from .codec import field_types, is_required, optional_inner

SCHEMA_ID = "https://mission-planner.invalid/schemas/mission-v1.schema.json"

# Years MIN_YEAR..MAX_YEAR (1900..2999), as domain/value_limits.py checks them.
_YEAR = r"(19|2\d)\d{2}"
assert (MIN_YEAR, MAX_YEAR) == (1900, 2999), "restate _YEAR for the new limits"

# One visible line: no C0/C1 controls, no zero-width, bidi or other format characters.
_CODE_PATTERN = "^[^\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+$"

_SCALARS: dict[typing.Any, dict[str, typing.Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    Decimal: {
        "type": "string",
        "pattern": rf"^-?\d{{1,{MAX_MONEY_DIGITS}}}(\.\d{{1,{MAX_MONEY_PLACES}}})?$",
        "description": f"a decimal number as text, at most {MAX_MONEY_DIGITS} digits before the point and "
        f"{MAX_MONEY_PLACES} after",
    },
    date: {
        "type": "string",
        "pattern": rf"^{_YEAR}-\d{{2}}-\d{{2}}$",
        "description": f"a date, YYYY-MM-DD, in the years {MIN_YEAR} to {MAX_YEAR}",
    },
    time: {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2})?$", "description": "a local time, HH:MM"},
    datetime: {
        "type": "string",
        "pattern": rf"^{_YEAR}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}(:\d{{2}}(\.\d+)?)?[+-]\d{{2}}:\d{{2}}"
        r"\[[A-Za-z0-9_+\-/]{1,64}\]$",
        "description": f"an instant with its offset and IANA zone (RFC 9557), in the years {MIN_YEAR} to {MAX_YEAR}",
    },
    bytes: {"type": "string", "contentEncoding": "base64"},
}


def type_schema(annotation: typing.Any, definitions: dict[str, dict[str, typing.Any]]) -> dict[str, typing.Any]:
    inner = optional_inner(annotation)
    if inner is not None:
        return {"anyOf": [type_schema(inner, definitions), {"type": "null"}]}
    origin = typing.get_origin(annotation)
    if origin in (list, tuple):
        return {"type": "array", "items": type_schema(typing.get_args(annotation)[0], definitions)}
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        schema = {"type": "object", "additionalProperties": type_schema(value_type, definitions)}
        if isinstance(key_type, type) and issubclass(key_type, Enum):
            schema["propertyNames"] = {"enum": [member.value for member in key_type]}
        return schema
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        name = annotation.__name__
        if name not in definitions:
            definitions[name] = {}
            definitions[name] = dataclass_schema(annotation, definitions)
        return {"$ref": f"#/$defs/{name}"}
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return {"enum": [member.value for member in annotation]}
    return dict(_SCALARS[annotation])


def dataclass_schema(cls: type, definitions: dict[str, dict[str, typing.Any]]) -> dict[str, typing.Any]:
    properties = {
        f.name: bounded(type_schema(annotation, definitions), cls, f.name) for f, annotation in field_types(cls)
    }
    schema: dict[str, typing.Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    required = [f.name for f, _ in field_types(cls) if is_required(f)]
    if required:
        schema["required"] = required
    doc = (cls.__doc__ or "").strip()
    if doc and not doc.startswith(cls.__name__ + "("):
        schema["description"] = " ".join(doc.split("\n\n")[0].split())
    return schema


def bounded(schema: dict[str, typing.Any], cls: type, name: str) -> dict[str, typing.Any]:
    """`schema` of field `cls.name` with the domain's limits on its texts, numbers and lists."""
    if "anyOf" in schema:
        return {**schema, "anyOf": [bounded(option, cls, name) for option in schema["anyOf"]]}
    kind = schema.get("type")
    if kind == "array":
        # maxItems first: the validator goes through keywords in order and is cut short after
        # the first errors, so an oversized list is reported as such, not by its first bad item.
        return {"type": "array", "maxItems": list_limit(cls, name), "items": bounded(schema["items"], cls, name)}
    if kind == "string" and "pattern" not in schema and "contentEncoding" not in schema:
        schema = {**schema, "maxLength": limit_of(cls, name)}
        if (cls, name) == (Mission, "code"):
            schema.update(minLength=1, pattern=_CODE_PATTERN, description="one line, without control characters")
        return schema
    if kind == "integer":
        low, high = integer_range(cls, name)
        return {**schema, "minimum": low, "maximum": high}
    if kind == "number":
        lowest, highest = float_range(cls, name)
        return {**schema, "minimum": lowest, "maximum": highest}
    return schema


def mission_schema() -> dict[str, typing.Any]:
    definitions: dict[str, dict[str, typing.Any]] = {}
    record = dataclass_schema(MissionRecord, definitions)
    record["properties"] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        **record["properties"],
    }
    record["required"] = ["format", "version", *record.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Mission Planner mission file, version 1",
        **record,
        "$defs": dict(sorted(definitions.items())),
    }


def render() -> str:
    return json.dumps(mission_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(render(), end="")
