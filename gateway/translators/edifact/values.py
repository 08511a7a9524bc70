"""Typed EDIFACT values at the edge: DTM (2379 formats) to dates, numbers to Decimal, and back."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal, InvalidOperation

from gateway.errors import InputError

__all__ = ["fmt_date", "fmt_decimal", "to_date", "to_decimal"]

# 2379 date/time format -> (slice of the value holding CCYYMMDD or YYMMDD, century-less?)
_FORMATS = {
    "102": (0, 8),
    "203": (0, 8),
    "204": (0, 8),
    "205": (0, 8),
    "718": (0, 8),
    "719": (0, 8),
    "101": (0, 6),
    "201": (0, 6),
    "717": (0, 6),
}


Where = str | tuple[int, str]  # a description, or (segment position, tag) formatted on error


def _where(where: Where) -> str:
    return where if isinstance(where, str) else f"segment {where[0]} ({where[1]})"


@functools.lru_cache(maxsize=4096)
def _calendar(value: str, fmt: str) -> dt.date | str:
    """The date in `value`, or the reason it is not one (dates repeat: cached)."""
    start, width = _FORMATS.get(fmt or "102", (0, 0))
    text = value[start : start + width]
    try:
        if width == 8 and len(text) == 8 and text.isdigit():
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if width == 6 and len(text) == 6 and text.isdigit():
            return dt.date(2000 + int(text[:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        pass
    if width == 0:
        return f"date format {fmt!r} is not supported (use 102, 203, 101 or 718)"
    return f"{value!r} is not a valid date in format {fmt or '102'}"


def to_date(value: str, fmt: str, where: Where) -> dt.date | None:
    """The calendar date in a DTM C507 value of format `fmt` (102 when absent)."""
    if not value:
        return None
    got = _calendar(value, fmt)
    if isinstance(got, str):
        raise InputError(f"{_where(where)}: {got}", code="14" if "format" in got[:12] else "12")
    return got


_NUMBERS: dict[str, Decimal] = {}  # quantities and prices repeat; Decimal is immutable


def to_decimal(value: str, where: Where) -> Decimal | None:
    """A numeric value with either decimal mark (ISO 9735 accepts '.' and ',')."""
    if not value:
        return None
    got = _NUMBERS.get(value)
    if got is not None:
        return got
    try:
        number = Decimal(value if "," not in value else value.replace(",", "."))
    except InvalidOperation:
        raise InputError(f"{_where(where)}: {value!r} is not a number", code="37") from None
    if not number.is_finite():
        raise InputError(f"{_where(where)}: {value!r} is not a number", code="37")
    if len(_NUMBERS) >= 1024:
        _NUMBERS.clear()
    _NUMBERS[value] = number
    return number


def fmt_date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def fmt_decimal(value: Decimal, decimal: str = ".") -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".") if "E" not in text else text
    return text.replace(".", decimal) if decimal != "." else text
