"""Typed X12 values at the edge: DT to date, R/Nn to Decimal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from gateway.errors import InputError

__all__ = ["to_date", "to_decimal"]


def to_date(text: str, where: str) -> dt.date | None:
    if not text:
        return None
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if len(text) == 6:
            return dt.date(2000 + int(text[:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        pass
    raise InputError(f"{where}: {text!r} is not a valid date (CCYYMMDD)", code="8")


def to_decimal(text: str, where: str) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InputError(f"{where}: {text!r} is not a number", code="6") from None
    if not value.is_finite():
        raise InputError(f"{where}: {text!r} is not a number", code="6")
    return value
