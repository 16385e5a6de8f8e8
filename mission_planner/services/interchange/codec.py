"""Domain dataclasses to JSON values and back, guided by type hints.

Scalars travel as text where JSON has no exact type: Decimal as "12.50", dates as ISO 8601,
times as "HH:MM" (or "HH:MM:SS"), aware datetimes as RFC 9557 text with the IANA zone in
brackets ("2023-10-23T17:40:00+09:00[Asia/Seoul]"), bytes as base64.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import types
import typing
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from zoneinfo import ZoneInfo

from ...domain.validation import is_timezone
from ...domain.value_limits import list_limit


class DecodeError(ValueError):
    """A value that does not fit its field; `path` says where, as `days[0].items[2].start`."""

    def __init__(self, path: str, message: str):
        # A hostile file's keys and values end up in paths and messages: keep both one short line.
        path, message = _clip(path, 200), _clip(message, 300)
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@cache
def hints(cls: type) -> dict[str, typing.Any]:
    return typing.get_type_hints(cls)


def field_types(cls: type) -> list[tuple[dataclasses.Field[typing.Any], typing.Any]]:
    resolved = hints(cls)
    return [(f, resolved[f.name]) for f in dataclasses.fields(cls)]


def is_required(f: dataclasses.Field[typing.Any]) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def optional_inner(annotation: typing.Any) -> typing.Any | None:
    """`X` when `annotation` is `X | None`, else None."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(annotation)) == 2:
            return args[0]
    return None


# --- encoding -------------------------------------------------------------------------------


def encode(value: typing.Any) -> typing.Any:
    if value is None or (isinstance(value, (bool, int, float, str)) and not isinstance(value, Enum)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return encode_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat("minutes" if value.second == 0 and value.microsecond == 0 else "seconds")
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if dataclasses.is_dataclass(value):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {encode(key): encode(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode_datetime(value: datetime) -> str:
    zone = value.tzinfo
    if zone is None:
        raise ValueError("naive datetime in a mission: every time must carry its zone")
    offset = value.utcoffset()  # not None: the zone is set
    key = getattr(zone, "key", None) or ("UTC" if offset is not None and offset.total_seconds() == 0 else None)
    if key is None:
        raise ValueError(f"datetime {value} has no IANA time zone name")
    return f"{value.isoformat()}[{key}]"


# --- decoding -------------------------------------------------------------------------------


def decode(annotation: typing.Any, data: typing.Any, path: str = "") -> typing.Any:
    inner = optional_inner(annotation)
    if inner is not None:
        return None if data is None else decode(inner, data, path)
    origin = typing.get_origin(annotation)
    if origin is list:
        (item_type,) = typing.get_args(annotation)
        _expect(isinstance(data, list), path, "expected a list")
        return [decode(item_type, item, f"{path}[{i}]") for i, item in enumerate(data)]
    if origin is tuple:
        item_type = typing.get_args(annotation)[0]
        _expect(isinstance(data, list), path, "expected a list")
        return tuple(decode(item_type, item, f"{path}[{i}]") for i, item in enumerate(data))
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        _expect(isinstance(data, dict), path, "expected an object")
        return {decode(key_type, k, f"{path}.{k}"): decode(value_type, v, f"{path}.{k}") for k, v in data.items()}
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return decode_dataclass(annotation, data, path)
    return decode_scalar(annotation, data, path)


def decode_dataclass(cls: type, data: typing.Any, path: str) -> typing.Any:
    _expect(isinstance(data, dict), path, "expected an object")
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - known)
    _expect(not unknown, path, f"unknown field {unknown[0]!r}" if unknown else "")
    values = {}
    for f, annotation in field_types(cls):
        child = f"{path}.{f.name}" if path else f.name
        if f.name not in data:
            _expect(not is_required(f), child, "missing")
            continue
        value = data[f.name]
        if isinstance(value, list) and len(value) > list_limit(cls, f.name):
            # Before decoding a single element: an oversized list costs nothing to refuse.
            raise DecodeError(child, f"holds {len(value):,} entries; at most {list_limit(cls, f.name):,} are allowed")
        values[f.name] = decode(annotation, value, child)
    return cls(**values)


def decode_scalar(annotation: typing.Any, data: typing.Any, path: str) -> typing.Any:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        allowed = [member.value for member in annotation]
        _expect(data in allowed, path, f"{data!r} is not one of {', '.join(map(str, allowed))}")
        return annotation(data)
    if annotation is bool:
        _expect(isinstance(data, bool), path, "expected true or false")
        return data
    if annotation is int:
        _expect(isinstance(data, int) and not isinstance(data, bool), path, "expected a whole number")
        return data
    if annotation is float:
        _expect(isinstance(data, (int, float)) and not isinstance(data, bool), path, "expected a number")
        return float(data)
    _expect(isinstance(data, str), path, "expected text")
    if annotation is str:
        return data
    parser = _PARSERS.get(annotation)
    if parser is None:
        raise TypeError(f"no decoder for {annotation!r}")
    return parser(data, path)


def _expect(condition: bool, path: str, message: str) -> None:
    if not condition:
        raise DecodeError(path, message)


def _clip(text: str, keep: int) -> str:
    return text if len(text) <= keep else f"{text[: keep - 30]}... ({len(text):,} characters)"


def _parse_decimal(text: str, path: str) -> Decimal:
    # Far longer than any amount the domain keeps: refused before converting thousands of digits.
    _expect(len(text) <= 64, path, f"{text[:24]!r}... ({len(text):,} characters) is not an amount")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise DecodeError(path, f"{text!r} is not a decimal number") from None
    _expect(value.is_finite(), path, f"{text!r} is not a decimal number")
    return value


def _parse_date(text: str, path: str) -> date:
    try:
        _expect(len(text) == 10, path, "")
        return date.fromisoformat(text)
    except (ValueError, DecodeError):
        raise DecodeError(path, f"{text!r} is not a date (YYYY-MM-DD)") from None


def _parse_time(text: str, path: str) -> time:
    try:
        _expect(len(text) in (5, 8), path, "")
        return time.fromisoformat(text)
    except (ValueError, DecodeError):
        raise DecodeError(path, f"{text!r} is not a time (HH:MM)") from None


def _parse_datetime(text: str, path: str) -> datetime:
    stamp, bracket, rest = text.partition("[")
    if not bracket or not rest.endswith("]"):
        raise DecodeError(
            path, f"{text!r} is not a date and time with its zone, like 2023-10-23T17:40:00+09:00[Asia/Seoul]"
        )
    zone_name = rest[:-1]
    if not is_timezone(zone_name):
        raise DecodeError(path, f"{zone_name!r} is not an IANA time zone")
    zone = ZoneInfo(zone_name)
    try:
        value = datetime.fromisoformat(stamp)
    except ValueError:
        raise DecodeError(path, f"{stamp!r} is not a date and time") from None
    _expect(value.tzinfo is not None, path, f"{stamp!r} has no UTC offset")
    try:
        local = value.astimezone(zone)
    except OverflowError:
        raise DecodeError(path, f"{stamp!r} is outside the calendar") from None
    _expect(local.utcoffset() == value.utcoffset(), path, f"the offset of {stamp!r} is not {zone_name}'s")
    return local


def _parse_bytes(text: str, path: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise DecodeError(path, "is not base64 data") from None


_PARSERS = {
    Decimal: _parse_decimal,
    date: _parse_date,
    time: _parse_time,
    datetime: _parse_datetime,
    bytes: _parse_bytes,
}
