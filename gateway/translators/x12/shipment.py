"""856 Ship Notice and 945 Warehouse Shipping Advice (from vendors, dropshippers and
warehouses) -> canonical Shipment; 855 from vendors -> OrderResponse."""

from __future__ import annotations

from decimal import Decimal

from gateway.canonical import OrderResponse, OrderResponseLine, Pack, Shipment, ShipmentLine
from gateway.errors import InputError
from gateway.translators.x12.envelope import Segment
from gateway.translators.x12.pc860 import item_ids
from gateway.translators.x12.po850 import parties_of
from gateway.translators.x12.values import el, to_date, to_decimal

__all__ = ["response_from_855", "shipment_from_856", "shipment_from_945"]

# BAK02 acknowledgment type -> canonical response status
BAK_STATUS = {
    "AC": "changed",
    "AD": "accepted",
    "AK": "accepted",
    "AT": "accepted",
    "RD": "rejected",
    "RJ": "rejected",
    "RF": "rejected",
    "NA": "accepted",
}


def _tracking(seg: Segment) -> str | None:
    if seg[0] == "REF" and el(seg, 1) in ("CN", "2I", "BM"):
        return el(seg, 2) or None
    if seg[0] == "MAN" and el(seg, 1) in ("CP", "SM"):
        return el(seg, 2) or None
    return None


def shipment_from_856(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> Shipment:
    """Walk the HL tree (shipment, order, pack, item) of one 856."""
    bsn = next((s for s in segments if s[0] == "BSN"), None)
    if bsn is None or not el(bsn, 2):
        raise InputError("BSN02 shipment identification is missing", code="1")
    carrier = service = ""
    tracking: list[str] = []
    weight: Decimal | None = None
    pos_: list[str] = []
    packs: list[Pack] = []
    loose: list[ShipmentLine] = []
    level = ""
    po = ""
    sscc = ""
    pack_lines: list[ShipmentLine] = []
    item: dict | None = None

    def close_item() -> None:
        nonlocal item
        if item is not None and item["quantity"] is not None:
            ln = ShipmentLine(item["line_no"], item["quantity"], item["unit"], item["ids"], po)
            (pack_lines if sscc else loose).append(ln)
        item = None

    def close_pack() -> None:
        nonlocal sscc, pack_lines
        close_item()
        if sscc:
            packs.append(Pack(sscc, tuple(pack_lines)))
        sscc, pack_lines = "", []

    for pos, seg in enumerate(segments, start=1):
        tag = seg[0]
        if tag == "HL":
            close_item()
            level = el(seg, 3)
            if level in ("S", "O", "P", "T"):
                close_pack()
            if level in ("I", "ZZ"):
                item = {"line_no": "", "quantity": None, "unit": "", "ids": ()}
        elif tag == "TD5" and not carrier:
            carrier, service = el(seg, 3), el(seg, 5)
        elif tag == "TD1" and weight is None and el(seg, 7):
            weight = to_decimal(el(seg, 7), f"segment {pos} TD107")
        elif tag == "PRF":
            po = el(seg, 1)
            if po and po not in pos_:
                pos_.append(po)
        elif tag == "MAN" and el(seg, 1) == "GM":
            sscc = el(seg, 2)
        elif tag == "LIN" and item is not None:
            item["line_no"] = el(seg, 1)
            item["ids"] = item_ids(seg, 2)
        elif tag == "SN1" and item is not None:
            item["quantity"] = to_decimal(el(seg, 2), f"segment {pos} SN102")
            item["unit"] = el(seg, 3)
            item["line_no"] = item["line_no"] or el(seg, 1)
        t = _tracking(seg)
        if t and t not in tracking and level in ("", "S", "P"):
            tracking.append(t)
    close_pack()
    bsn_time = el(bsn, 3)
    return Shipment(
        partner_id=partner_id,
        shipment_id=el(bsn, 2),
        ship_date=to_date(bsn_time, "BSN03"),
        po_numbers=tuple(pos_),
        packs=tuple(packs),
        lines=tuple(loose),
        carrier=carrier,
        service=service,
        tracking_numbers=tuple(tracking),
        weight=weight,
        parties=_shipment_parties(segments),
        source_message_id=message_id,
    )


def _shipment_parties(segments: list[Segment]) -> tuple:
    """N1 loops of the shipment-level HL (or of the header before it)."""
    first = next((i for i, s in enumerate(segments) if s[0] == "HL"), len(segments))
    return parties_of(segments[first + 1 :], stop=frozenset({"HL"})) or parties_of(
        segments, stop=frozenset({"HL"})
    )


def shipment_from_945(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> Shipment:
    """W06 header, W27 carrier, LX/MAN packs and W12 lines of one 945."""
    w06 = next((s for s in segments if s[0] == "W06"), None)
    if w06 is None:
        raise InputError("W06 warehouse shipment identification is missing", code="3")
    carrier = service = ""
    tracking: list[str] = []
    packs: list[Pack] = []
    loose: list[ShipmentLine] = []
    sscc = ""
    cur: list[ShipmentLine] = []
    po = el(w06, 6)

    def close() -> None:
        nonlocal sscc, cur
        if sscc:
            packs.append(Pack(sscc, tuple(cur)))
        else:
            loose.extend(cur)
        sscc, cur = "", []

    for pos, seg in enumerate(segments, start=1):
        tag = seg[0]
        if tag == "W27":
            carrier, service = el(seg, 2), el(seg, 3)
        elif tag == "LX":
            close()
        elif tag == "MAN" and el(seg, 1) == "GM":
            sscc = el(seg, 2)
        elif tag == "W12":
            qty = to_decimal(el(seg, 3) or el(seg, 2), f"segment {pos} W1203")
            if qty is not None:
                ids = item_ids(seg, 7)
                if el(seg, 6):
                    ids = (*ids, *item_ids(["W12", "UP", el(seg, 6)], 1))
                cur.append(ShipmentLine(str(len(loose) + len(cur) + 1), qty, el(seg, 5), ids, po))
        t = _tracking(seg) if tag != "N9" else (el(seg, 2) if el(seg, 1) in ("CN", "2I") else None)
        if t and t not in tracking:
            tracking.append(t)
    close()
    return Shipment(
        partner_id=partner_id,
        shipment_id=el(w06, 4) or el(w06, 2),
        ship_date=to_date(el(w06, 3), "W0603"),
        po_numbers=(po,) if po else (),
        packs=tuple(packs),
        lines=tuple(loose),
        carrier=carrier,
        service=service,
        tracking_numbers=tuple(tracking),
        order_number=el(w06, 2),
        parties=parties_of(segments, stop=frozenset({"LX"})),
        source_message_id=message_id,
    )


def response_from_855(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> OrderResponse:
    """A vendor's 855: BAK status, PO1 lines with their ACK line status."""
    bak = next((s for s in segments if s[0] == "BAK"), None)
    if bak is None or not el(bak, 3):
        raise InputError("BAK03 purchase order number is missing", code="1")
    lines: list[OrderResponseLine] = []
    po1: Segment | None = None
    for pos, seg in enumerate(segments, start=1):
        if seg[0] == "PO1":
            po1 = seg
        elif seg[0] == "ACK" and po1 is not None:
            ordered = to_decimal(el(po1, 2), f"segment {pos} PO102")
            qty = to_decimal(el(seg, 2), f"segment {pos} ACK02")
            lines.append(
                OrderResponseLine(
                    line_no=el(po1, 1),
                    status=el(seg, 1),
                    quantity=qty if qty is not None else (ordered or Decimal(0)),
                    unit=el(seg, 3) or el(po1, 3),
                    unit_price=to_decimal(el(po1, 4), f"segment {pos} PO104"),
                    date=to_date(el(seg, 5), f"segment {pos} ACK05"),
                    item_ids=item_ids(po1, 6),
                    ordered_quantity=ordered,
                )
            )
            po1 = None
    date = to_date(el(bak, 9), "BAK09") or to_date(el(bak, 4), "BAK04")
    assert date is not None
    return OrderResponse(
        partner_id=partner_id,
        po_number=el(bak, 3),
        po_date=to_date(el(bak, 4), "BAK04"),
        response_date=date,
        status=BAK_STATUS.get(el(bak, 2), "changed"),
        lines=tuple(lines),
        order_number=el(bak, 8),
        parties=parties_of(segments),
    )
