"""Typed X12 values at the edge: DT to date, R/Nn to Decimal, and back for rendering."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from gateway.errors import InputError

__all__ = ["el", "fmt_date", "fmt_num", "known_date", "known_decimal", "to_date", "to_decimal"]


def el(seg: list[str], i: int) -> str:
    """Element `i` of a split segment, "" when the segment is shorter."""
    return seg[i] if len(seg) > i else ""


# text -> date of dates already read: a partner's orders carry the same few dates, a dict
# hit costs a tenth of parsing, and a date is immutable. Bounded: cleared when full.
_DATES: dict[str, dt.date] = {}
_DATES_MAX = 4096
known_date = _DATES.get  # text -> date | None, for hot loops (falls back to to_date)


def to_date(text: str, where: str) -> dt.date | None:
    if not text:
        return None
    value = _DATES.get(text)
    if value is not None:
        return value
    try:
        if len(text) == 8:
            value = dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        elif len(text) == 6:
            value = dt.date(2000 + int(text[:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        pass
    if value is None:
        raise InputError(f"{where}: {text!r} is not a valid date (CCYYMMDD)", code="8")
    if len(_DATES) >= _DATES_MAX:
        _DATES.clear()
    _DATES[text] = value
    return value


# text -> Decimal of numbers already read: quantities and prices recur across lines and
# orders, a dict hit costs a tenth of parsing, and a Decimal is immutable so one object
# serves every line. Bounded: cleared when full.
_DECIMALS: dict[str, Decimal] = {}
_DECIMALS_MAX = 4096
known_decimal = _DECIMALS.get  # text -> Decimal | None, for hot loops (falls back to to_decimal)


def to_decimal(text: str, where: str) -> Decimal | None:
    if not text:
        return None
    value = _DECIMALS.get(text)
    if value is not None:
        return value
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InputError(f"{where}: {text!r} is not a number", code="6") from None
    if not value.is_finite():
        raise InputError(f"{where}: {text!r} is not a number", code="6")
    if len(_DECIMALS) >= _DECIMALS_MAX:
        _DECIMALS.clear()
    _DECIMALS[text] = value
    return value


def fmt_date(d: dt.date | None) -> str:
    # formatted directly: strftime costs twice as much, and every rendered document has some
    return f"{d.year:04d}{d.month:02d}{d.day:02d}" if d else ""


def fmt_num(n: Decimal | int | None) -> str:
    """An R value: no exponent, no trailing zeros after the point."""
    if n is None:
        return ""
    text = format(Decimal(n).normalize(), "f")
    return text
