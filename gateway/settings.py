"""Typed TOML loading shared by the gateway config and the partner profiles.

Each section is a dataclass whose field defaults are the safe defaults; `build()`
checks every key and value against the field types and reports `file:key: problem`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from gateway.errors import ConfigError

__all__ = ["build", "coerce_text"]

T = TypeVar("T")


def _describe(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def _check(value: Any, tp: Any, *, file: str, key: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        errors: list[ConfigError] = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _check(value, arg, file=file, key=key)
            except ConfigError as exc:
                errors.append(exc)
        raise errors[0]
    if origin is list or origin is tuple:
        (item_tp, *_rest) = typing.get_args(tp) or (Any,)
        if not isinstance(value, list):
            raise ConfigError(f"expected a list, got {type(value).__name__}", file=file, key=key)
        items = [_check(v, item_tp, file=file, key=f"{key}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        _key_tp, val_tp = typing.get_args(tp) or (str, Any)
        if not isinstance(value, dict):
            raise ConfigError(f"expected a table, got {type(value).__name__}", file=file, key=key)
        return {str(k): _check(v, val_tp, file=file, key=f"{key}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(f"expected a table, got {type(value).__name__}", file=file, key=key)
        return build(tp, value, file=file, prefix=key)
    if tp is Any:
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"expected true or false, got {value!r}", file=file, key=key)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"expected an integer, got {value!r}", file=file, key=key)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"expected a number, got {value!r}", file=file, key=key)
        return float(value)
    if tp is Decimal:
        try:
            return Decimal(str(value))
        except InvalidOperation:
            raise ConfigError(
                f"expected a decimal number, got {value!r}", file=file, key=key
            ) from None
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(f"expected a string, got {value!r}", file=file, key=key)
        return value
    raise ConfigError(f"unsupported type {_describe(tp)}", file=file, key=key)


def build(cls: type[T], data: dict[str, Any], *, file: str = "", prefix: str = "") -> T:
    """Build dataclass `cls` from a TOML table, refusing unknown keys and bad types.

    A field whose metadata has `choices` must hold one of them; one with `required`
    must be present.
    """
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        key = f"{prefix}.{name}" if prefix else name
        if name not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(f"unknown key (known keys: {known})", file=file, key=key)
        checked = _check(value, hints[name], file=file, key=key)
        choices = fields[name].metadata.get("choices")
        if choices is not None:
            for v in checked if isinstance(checked, list | tuple) else (checked,):
                if v not in choices:
                    allowed = ", ".join(map(str, choices))
                    raise ConfigError(f"{v!r} is not one of {allowed}", file=file, key=key)
        kwargs[name] = checked
    for name, f in fields.items():
        if f.metadata.get("required") and name not in kwargs:
            key = f"{prefix}.{name}" if prefix else name
            raise ConfigError("missing required key", file=file, key=key)
    return cls(**kwargs)


def coerce_text(text: str, tp: Any) -> Any:
    """Turn an environment variable's text into a TOML-like value for field type `tp`."""
    if tp is bool or tp == bool | None:
        return text.strip().lower() in ("1", "true", "yes", "on")
    if tp is int or tp == int | None:
        return int(text)
    if tp is float:
        return float(text)
    return text
