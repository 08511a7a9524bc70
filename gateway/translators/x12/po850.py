"""850 Purchase Order -> canonical Order."""

from __future__ import annotations

from gateway.canonical import Address, ItemId, Order, OrderLine, Party, Purpose, Reference
from gateway.errors import InputError
from gateway.translators.x12.envelope import Segment
from gateway.translators.x12.values import to_date, to_decimal

__all__ = ["order_from_850"]

PURPOSES = {
    "00": Purpose.ORIGINAL,
    "05": Purpose.REPLACE,
    "01": Purpose.CANCEL,
    "06": Purpose.TEST,
    "07": Purpose.REPLACE,
}
# PO1 product/service id qualifiers -> canonical item id kinds
ITEM_KINDS = {
    "BP": "buyer",
    "IN": "buyer",
    "VP": "vendor",
    "VN": "vendor",
    "VA": "vendor",
    "UP": "upc",
    "UK": "gtin",
    "EN": "gtin",
    "EO": "gtin",
    "SK": "sku",
    "UA": "upc",
    "CB": "buyer",
    "MG": "vendor",
}


def _el(seg: Segment, i: int) -> str:
    return seg[i] if len(seg) > i else ""


def order_from_850(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> Order:
    """Translate the segments of one 850 (ST..SE) into an Order; raises InputError."""
    po_number = ""
    po_date = None
    purpose = Purpose.ORIGINAL
    order_type = ""
    currency = ""
    refs: list[Reference] = []
    notes: list[str] = []
    parties: list[Party] = []
    lines: list[OrderLine] = []
    ship_date = delivery_date = None
    party: dict | None = None
    line: dict | None = None

    def close_party() -> None:
        nonlocal party
        if party is not None:
            addr = Address(
                tuple(party["lines"]),
                party["city"],
                party["region"],
                party["postal"],
                party["country"],
            )
            parties.append(Party(party["role"], party["name"], party["id"], party["qual"], addr))
            party = None

    def close_line() -> None:
        nonlocal line
        if line is not None:
            lines.append(OrderLine(**line))
            line = None

    for pos, seg in enumerate(segments, start=1):
        tag = seg[0]
        where = f"segment {pos} ({tag})"
        if tag == "BEG":
            purpose = PURPOSES.get(_el(seg, 1), Purpose.ORIGINAL)
            order_type = _el(seg, 2)
            po_number = _el(seg, 3)
            po_date = to_date(_el(seg, 5), f"{where} BEG05")
        elif tag == "CUR" and line is None:
            currency = _el(seg, 2)
        elif tag == "REF" and line is None:
            refs.append(Reference(_el(seg, 1), _el(seg, 2) or _el(seg, 3)))
        elif tag == "DTM" and line is None:
            d = to_date(_el(seg, 2), f"{where} DTM02")
            if _el(seg, 1) in ("010", "037", "038"):
                ship_date = ship_date or d
            elif _el(seg, 1) in ("002", "063", "064"):
                delivery_date = delivery_date or d
        elif tag == "MSG" and line is None:
            notes.append(_el(seg, 1))
        elif tag == "N1":
            close_party()
            party = {
                "role": _el(seg, 1),
                "name": _el(seg, 2),
                "qual": _el(seg, 3),
                "id": _el(seg, 4),
                "lines": [],
                "city": "",
                "region": "",
                "postal": "",
                "country": "",
            }
        elif tag == "N3" and party is not None:
            party["lines"].extend(x for x in seg[1:3] if x)
        elif tag == "N4" and party is not None:
            party.update(
                city=_el(seg, 1), region=_el(seg, 2), postal=_el(seg, 3), country=_el(seg, 4)
            )
        elif tag == "PO1":
            close_party()
            close_line()
            qty = to_decimal(_el(seg, 2), f"{where} PO102")
            if qty is None:
                raise InputError(f"{where}: PO102 quantity is missing", code="1")
            ids = []
            for i in range(6, len(seg) - 1, 2):
                qual, value = seg[i], seg[i + 1]
                if qual and value:
                    ids.append(ItemId(ITEM_KINDS.get(qual, qual.lower()), value))
            line = {
                "line_no": _el(seg, 1) or str(len(lines) + 1),
                "quantity": qty,
                "unit": _el(seg, 3),
                "unit_price": to_decimal(_el(seg, 4), f"{where} PO104"),
                "item_ids": tuple(ids),
                "description": "",
                "requested_date": None,
                "references": (),
            }
        elif tag == "PID" and line is not None:
            line["description"] = line["description"] or _el(seg, 5)
        elif tag == "DTM" and line is not None:
            line["requested_date"] = to_date(_el(seg, 2), f"{where} DTM02")
        elif tag == "REF" and line is not None:
            line["references"] += (Reference(_el(seg, 1), _el(seg, 2)),)
        elif tag in ("CTT", "SE", "AMT"):
            close_party()
            close_line()
    close_party()
    close_line()
    if not po_number:
        raise InputError("BEG03 purchase order number is missing", code="1")
    return Order(
        partner_id=partner_id,
        po_number=po_number,
        po_date=po_date,
        lines=tuple(lines),
        purpose=purpose,
        order_type=order_type,
        currency=currency,
        parties=tuple(parties),
        requested_ship_date=ship_date,
        requested_delivery_date=delivery_date,
        references=tuple(refs),
        notes=tuple(notes),
        source_message_id=message_id,
        source_control=control,
    )
