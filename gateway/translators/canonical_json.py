"""Canonical documents <-> JSON, one mechanism for every dataclass in `gateway.canonical`.

Used where partners or operators speak JSON: webhook ship requests and shipment
confirmations, manual order entry, and documents queued for e-mail. Decimals travel
as strings (never floats), dates as ISO 8601, tuples as lists, enums as their values.
Unknown keys and wrong types are refused with the JSON path of the problem.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from gateway.errors import InputError

__all__ = ["dumps", "from_data", "loads", "to_data"]

T = TypeVar("T")


def to_data(obj: Any) -> Any:
    """A canonical object as plain JSON-ready data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_data(v) for v in obj]
    return obj


def dumps(obj: Any) -> bytes:
    return json.dumps(to_data(obj), indent=1, ensure_ascii=False).encode()


def _fail(path: str, problem: str) -> InputError:
    return InputError(f"{path or '$'}: {problem}", code="bad_json")


def _value(value: Any, tp: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            if type(None) in typing.get_args(tp):
                return None
            raise _fail(path, "must not be null")
        return _value(value, args[0], path)
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list):
            raise _fail(path, f"expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(v, args[0], f"{path}[{i}]") for i, v in enumerate(value))
        if len(args) != len(value):
            raise _fail(path, f"expected {len(args)} items")
        return tuple(
            _value(v, a, f"{path}[{i}]") for i, (v, a) in enumerate(zip(value, args, strict=True))
        )
    if dataclasses.is_dataclass(tp):
        return from_data(tp, value, path=path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in tp)
            raise _fail(path, f"{value!r} is not one of {allowed}") from None
    if tp is Decimal:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise _fail(path, "expected a decimal number (as a string)")
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise _fail(path, f"{value!r} is not a number") from None
        if not number.is_finite():
            raise _fail(path, f"{value!r} is not a finite number")
        return number
    if tp is dt.date:
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise _fail(path, f"{value!r} is not a date (YYYY-MM-DD)") from None
    if tp is bool:
        if not isinstance(value, bool):
            raise _fail(path, "expected true or false")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise _fail(path, f"expected a string, got {type(value).__name__}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, "expected an integer")
        return value
    return value


def from_data(cls: type[T], data: Any, *, path: str = "", **override: Any) -> T:
    """Build canonical `cls` from parsed JSON; `override` sets fields the sender may not."""
    if not isinstance(data, dict):
        raise _fail(path, f"expected an object, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields:
            raise _fail(f"{path}.{key}", f"unknown field (known: {', '.join(fields)})")
        if key in override:
            continue
        kwargs[key] = _value(value, hints[key], f"{path}.{key}")
    kwargs.update(override)
    missing = [
        n
        for n, f in fields.items()
        if n not in kwargs
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise _fail(path, f"missing required field(s): {', '.join(missing)}")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise _fail(path, str(exc)) from None


def loads(cls: type[T], data: bytes, **override: Any) -> T:
    """Parse JSON bytes into canonical `cls` (InputError with the path of any problem)."""
    try:
        parsed = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}", code="bad_json") from None
    return from_data(cls, parsed, **override)
