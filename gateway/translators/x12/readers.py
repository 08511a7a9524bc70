"""810 Invoice, 940 Warehouse Shipping Order, 846 Inventory Advice and 865 Purchase Order
Change Acknowledgment -> canonical documents (what partners send us, and our own
renderings read back in round-trip tests)."""

from __future__ import annotations

from decimal import Decimal

from gateway.canonical import (
    InventoryAdvice,
    InventoryLine,
    Invoice,
    InvoiceLine,
    OrderLine,
    OrderResponse,
    OrderResponseLine,
    Party,
    ShipRequest,
    TaxLine,
)
from gateway.errors import InputError
from gateway.translators.x12.envelope import Segment
from gateway.translators.x12.pc860 import item_ids
from gateway.translators.x12.po850 import parties_of
from gateway.translators.x12.shipment import BAK_STATUS
from gateway.translators.x12.values import el, to_date, to_decimal

__all__ = ["advice_from_846", "invoice_from_810", "request_from_940", "response_from_865"]

_ZERO = Decimal(0)


def _need(segments: list[Segment], tag: str, el_pos: int) -> Segment:
    seg = next((s for s in segments if s[0] == tag), None)
    if seg is None or not el(seg, el_pos):
        raise InputError(f"{tag}{el_pos:02d} is missing", code="1")
    return seg


def _tax(seg: Segment, pos: int) -> TaxLine:
    return TaxLine(
        el(seg, 1),
        to_decimal(el(seg, 3), f"segment {pos} TXI03") or _ZERO,
        to_decimal(el(seg, 2), f"segment {pos} TXI02") or _ZERO,
    )


def _cents(text: str, where: str) -> Decimal:
    """An N2 amount (implied two decimals)."""
    value = to_decimal(text, where)
    return (value or _ZERO) / 100


def invoice_from_810(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> Invoice:
    big = _need(segments, "BIG", 2)
    lines: list[InvoiceLine] = []
    cur: dict | None = None
    taxes: list[TaxLine] = []
    charges: list[tuple[str, Decimal]] = []
    currency, terms, due, total = "USD", "", None, _ZERO

    def close() -> None:
        nonlocal cur
        if cur is not None:
            cur["taxes"] = tuple(cur["taxes"])
            lines.append(InvoiceLine(**cur))
        cur = None

    for pos, seg in enumerate(segments, start=1):
        tag = seg[0]
        if tag == "IT1":
            close()
            qty = to_decimal(el(seg, 2), f"segment {pos} IT102") or _ZERO
            price = to_decimal(el(seg, 4), f"segment {pos} IT104") or _ZERO
            cur = {
                "line_no": el(seg, 1),
                "quantity": qty,
                "unit": el(seg, 3),
                "unit_price": price,
                "amount": qty * price,
                "item_ids": item_ids(seg, 6),
                "description": "",
                "taxes": [],
            }
        elif tag == "PID" and cur is not None:
            cur["description"] = cur["description"] or el(seg, 5)
        elif tag == "TXI":
            (cur["taxes"] if cur is not None else taxes).append(_tax(seg, pos))
        elif tag == "TDS":
            close()
            total = _cents(el(seg, 1), f"segment {pos} TDS01")
        elif tag == "SAC":
            amount = _cents(el(seg, 5), f"segment {pos} SAC05")
            charges.append((el(seg, 2), -amount if el(seg, 1) == "A" else amount))
        elif tag == "CUR":
            currency = el(seg, 2) or currency
        elif tag == "ITD":
            terms = el(seg, 12)
            due = to_date(el(seg, 6), f"segment {pos} ITD06")
    close()
    return Invoice(
        partner_id=partner_id,
        number=el(big, 2),
        invoice_date=to_date(el(big, 1), "BIG01") or to_date("19700101", ""),
        po_number=el(big, 4),
        lines=tuple(lines),
        total=total,
        currency=currency,
        terms=terms,
        due_date=due,
        taxes=tuple(taxes),
        charges=tuple(charges),
        parties=parties_of(segments, stop=frozenset({"IT1"})),
        credit_note=el(big, 7) == "CR",
    )


def request_from_940(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> ShipRequest:
    w05 = _need(segments, "W05", 2)
    parties = parties_of(segments, stop=frozenset({"LX", "N9", "G62", "W66"}))
    ship_to = next((p for p in parties if p.role == "ST"), parties[0] if parties else Party("ST"))
    lines: list[OrderLine] = []
    carrier = service = ""
    date = None
    for pos, seg in enumerate(segments, start=1):
        tag = seg[0]
        if tag == "W01":
            ids = item_ids(["W01", "UP", el(seg, 3)], 1) + item_ids(seg, 4)[:2]
            lines.append(
                OrderLine(
                    str(len(lines) + 1),
                    to_decimal(el(seg, 1), f"segment {pos} W0101") or _ZERO,
                    el(seg, 2),
                    None,
                    ids,
                )
            )
        elif tag == "G69" and lines:
            last = lines[-1]
            lines[-1] = OrderLine(
                last.line_no, last.quantity, last.unit, None, last.item_ids, el(seg, 1)
            )
        elif tag == "W66":
            carrier, service = el(seg, 10), el(seg, 5)
        elif tag == "G62" and not date:
            date = to_date(el(seg, 2), f"segment {pos} G6202")
    return ShipRequest(
        partner_id=partner_id,
        order_number=el(w05, 2),
        po_number=el(w05, 3),
        ship_to=ship_to,
        lines=tuple(lines),
        carrier=carrier,
        service=service,
        request_date=date,
    )


def advice_from_846(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> InventoryAdvice:
    bia = _need(segments, "BIA", 4)
    lines: list[InventoryLine] = []
    ids: tuple = ()
    for pos, seg in enumerate(segments, start=1):
        tag = seg[0]
        if tag == "LIN":
            ids = item_ids(seg, 2)
        elif tag == "QTY" and el(seg, 1) in ("33", "17", "QA"):
            lines.append(
                InventoryLine(
                    ids,
                    to_decimal(el(seg, 2), f"segment {pos} QTY02") or _ZERO,
                    el(seg, 3).split(component)[0],
                )
            )
        elif tag == "N1" and lines and el(seg, 1) == "WH":
            last = lines[-1]
            lines[-1] = InventoryLine(last.item_ids, last.quantity, last.unit, el(seg, 4))
    return InventoryAdvice(
        partner_id=partner_id,
        advice_date=to_date(el(bia, 4), "BIA04") or to_date("19700101", ""),
        lines=tuple(lines),
    )


def response_from_865(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> OrderResponse:
    bca = _need(segments, "BCA", 3)
    lines: list[OrderResponseLine] = []
    poc: Segment | None = None
    for pos, seg in enumerate(segments, start=1):
        if seg[0] == "POC":
            poc = seg
        elif seg[0] == "ACK" and poc is not None:
            qty = to_decimal(el(poc, 3), f"segment {pos} POC03") or _ZERO
            left = to_decimal(el(poc, 4), f"segment {pos} POC04") or _ZERO
            lines.append(
                OrderResponseLine(
                    line_no=el(poc, 1),
                    status=el(seg, 1),
                    quantity=qty,
                    unit=el(poc, 5).split(component)[0],
                    unit_price=to_decimal(el(poc, 6), f"segment {pos} POC06"),
                    date=to_date(el(seg, 5), f"segment {pos} ACK05"),
                    item_ids=item_ids(poc, 8),
                    ordered_quantity=qty + left,
                )
            )
            poc = None
    date = to_date(el(bca, 6), "BCA06")
    assert date is not None
    return OrderResponse(
        partner_id=partner_id,
        po_number=el(bca, 3),
        po_date=None,
        response_date=date,
        status=BAK_STATUS.get(el(bca, 2), "changed"),
        lines=tuple(lines),
        parties=parties_of(segments),
    )
