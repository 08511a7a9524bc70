"""860 Purchase Order Change (buyer initiated) -> canonical OrderChange."""

from __future__ import annotations

from gateway.canonical import ItemId, OrderChange, OrderChangeLine
from gateway.errors import InputError
from gateway.translators.x12.envelope import Segment
from gateway.translators.x12.po850 import ITEM_KINDS, parties_of
from gateway.translators.x12.values import el, to_date, to_decimal

__all__ = ["CHANGE_TYPES", "change_from_860"]

# POC02 change or response type (code list 670) -> canonical change kind
CHANGE_TYPES = {
    "AI": "add",
    "DI": "delete",
    "QD": "quantity",
    "QI": "quantity",
    "PC": "price",
    "CT": "date",
    "DT": "date",
    "CA": "replace",
    "RZ": "replace",
    "RS": "replace",
    "CG": "replace",
    "PQ": "replace",
}
_PURPOSES = {"01": "cancel", "04": "change", "05": "replace", "06": "confirmation"}


def item_ids(seg: Segment, first: int) -> tuple[ItemId, ...]:
    """Qualifier/value pairs from element `first` on, as canonical item ids."""
    out = []
    for i in range(first, len(seg) - 1, 2):
        if seg[i] and seg[i + 1]:
            out.append(ItemId(ITEM_KINDS.get(seg[i], seg[i].lower()), seg[i + 1]))
    return tuple(out)


def change_from_860(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> OrderChange:
    """Translate one 860 (ST..SE) into an OrderChange; raises InputError."""
    bch = next((s for s in segments if s[0] == "BCH"), None)
    if bch is None or not el(bch, 3):
        raise InputError("BCH03 purchase order number is missing", code="1")
    lines: list[OrderChangeLine] = []
    ship_date = None
    line: dict | None = None
    for pos, seg in enumerate(segments, start=1):
        tag = seg[0]
        if tag == "POC":
            if line:
                lines.append(OrderChangeLine(**line))
            unit = el(seg, 5).split(component)[0]
            line = {
                "line_no": el(seg, 1),
                "change": CHANGE_TYPES.get(el(seg, 2), "replace"),
                "quantity": to_decimal(el(seg, 3), f"segment {pos} POC03"),
                "unit": unit,
                "unit_price": to_decimal(el(seg, 6), f"segment {pos} POC06"),
                "item_ids": item_ids(seg, 8),
                "requested_date": None,
            }
        elif tag == "DTM" and line is not None:
            line["requested_date"] = to_date(el(seg, 2), f"segment {pos} DTM02")
        elif tag == "DTM" and el(seg, 1) in ("002", "010"):
            ship_date = to_date(el(seg, 2), f"segment {pos} DTM02")
    if line:
        lines.append(OrderChangeLine(**line))
    return OrderChange(
        partner_id=partner_id,
        po_number=el(bch, 3),
        change_date=to_date(el(bch, 6), "BCH06"),
        lines=tuple(lines),
        purpose=_PURPOSES.get(el(bch, 1), "change"),
        parties=parties_of(segments),
        requested_ship_date=ship_date,
        source_message_id=message_id,
    )
