"""Canonical documents -> X12 transaction set bodies (without ST/SE), one function per set.

Partner specifics (qualifiers for parties and item ids, required header references)
come in a `Qualifiers` object built from the partner profile, never from code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from gateway.canonical import (
    InventoryAdvice,
    Invoice,
    ItemId,
    OrderResponse,
    OrderResponseLine,
    Party,
    PurchaseOrder,
    Shipment,
    ShipmentLine,
    ShipRequest,
)
from gateway.translators.x12.values import fmt_date, fmt_num

__all__ = ["OUTBOUND", "Body", "Qualifiers"]

Body = list[list[str]]


@dataclass(frozen=True)
class Qualifiers:
    """Partner-specific choices for rendering (from the profile's [x12_rules])."""

    party_id: str = "92"
    items: dict[str, str] = field(
        default_factory=lambda: {
            "upc": "UP",
            "gtin": "UK",
            "buyer": "BP",
            "vendor": "VN",
            "sku": "SK",
            "ean": "EN",
        }
    )
    references: dict[str, list[list[str]]] = field(default_factory=dict)  # set id -> REFs
    component: str = ">"


def _ids(ids: tuple[ItemId, ...], q: Qualifiers, pairs: int = 10) -> list[str]:
    out: list[str] = []
    for i in ids[:pairs]:
        out += [q.items.get(i.kind, i.kind.upper()[:2]), i.value]
    return out


def _parties(parties: tuple[Party, ...], q: Qualifiers) -> Body:
    body: Body = []
    for p in parties:
        n1 = ["N1", p.role, p.name]
        if p.id:
            n1 += [p.id_qualifier or q.party_id, p.id]
        body.append(n1)
        a = p.address
        if a and a.lines:
            body.append(["N3", *a.lines[:2]])
        if a and (a.city or a.region or a.postal_code or a.country):
            body.append(["N4", a.city, a.region, a.postal_code, a.country])
    return body


def _refs(set_id: str, q: Qualifiers) -> Body:
    return [["REF", *r] for r in q.references.get(set_id, [])]


def _ack(ln: OrderResponseLine) -> list[str]:
    """ACK line status (IA/IB/IC/IR/IQ/ID...) with the confirmed quantity and date (068)."""
    ack = ["ACK", ln.status, fmt_num(ln.quantity), ln.unit]
    if ln.date:
        ack += ["068", fmt_date(ln.date)]
    return ack


# 855 BAK02 from the canonical response status
_BAK02 = {"accepted": "AD", "changed": "AC", "rejected": "RJ", "held": "AH"}


def render_855(doc: OrderResponse, q: Qualifiers) -> Body:
    """855: BAK, parties, PO1 per line with its ACK (IA/IB/IC/IR/IQ/ID + qty, date)."""
    body: Body = [
        [
            "BAK",
            "00",
            _BAK02.get(doc.status, "AC"),
            doc.po_number,
            fmt_date(doc.po_date),
            "",
            "",
            "",
            doc.order_number,
            fmt_date(doc.response_date),
        ],
        *_refs("855", q),
        *_parties(doc.parties, q),
    ]
    for ln in doc.lines:
        ordered = ln.ordered_quantity if ln.ordered_quantity is not None else ln.quantity
        body.append(
            [
                "PO1",
                ln.line_no,
                fmt_num(ordered),
                ln.unit,
                fmt_num(ln.unit_price),
                "",
                *_ids(ln.item_ids, q),
            ]
        )
        body.append(_ack(ln))
    body.append(["CTT", str(len(doc.lines))])
    return body


def render_865(doc: OrderResponse, q: Qualifiers) -> Body:
    """865: BCA, parties, POC per line (changed quantity/price) with its ACK."""
    body: Body = [
        [
            "BCA",
            "00",
            _BAK02.get(doc.status, "AC"),
            doc.po_number,
            "",
            "",
            fmt_date(doc.response_date),
        ],
        *_refs("865", q),
        *_parties(doc.parties, q),
    ]
    for ln in doc.lines:
        ordered = ln.ordered_quantity if ln.ordered_quantity is not None else ln.quantity
        change = "QD" if ln.quantity < ordered else "QI" if ln.quantity > ordered else "CA"
        body.append(
            [
                "POC",
                ln.line_no,
                change,
                fmt_num(ln.quantity),
                fmt_num(ordered - ln.quantity if ordered > ln.quantity else Decimal(0)),
                ln.unit,
                fmt_num(ln.unit_price),
                "",
                *_ids(ln.item_ids, q),
            ]
        )
        body.append(_ack(ln))
    body.append(["CTT", str(len(doc.lines))])
    return body


def _item_hl(ln: ShipmentLine, q: Qualifiers) -> Body:
    return [
        ["LIN", ln.line_no, *_ids(ln.item_ids, q, 14)],
        ["SN1", ln.line_no, fmt_num(ln.quantity), ln.unit],
    ]


def render_856(doc: Shipment, q: Qualifiers) -> Body:
    """856 pick-and-pack: HL shipment > order > pack (SSCC-18 in MAN*GM) > item."""
    body: Body = [["BSN", "00", doc.shipment_id, fmt_date(doc.ship_date), "1200", "0001"]]
    hl = 1
    body.append(["HL", "1", "", "S"])
    if doc.weight is not None:
        body.append(
            ["TD1", "CTN", str(len(doc.packs) or 1), "", "", "", "G", fmt_num(doc.weight), "LB"]
        )
    if doc.carrier:
        body.append(["TD5", "", "2", doc.carrier, "", doc.service])
    body += [["REF", "CN", t] for t in doc.tracking_numbers]
    body += _refs("856", q)
    if doc.ship_date:
        body.append(["DTM", "011", fmt_date(doc.ship_date)])
    body += _parties(doc.parties, q)
    pos = doc.po_numbers or ("",)
    for po in pos:
        hl += 1
        order_hl = hl
        body.append(["HL", str(order_hl), "1", "O"])
        body.append(["PRF", po])
        for pack in doc.packs:
            lines = [ln for ln in pack.lines if ln.po_number in (po, "")]
            if not lines and len(pos) > 1:
                continue
            hl += 1
            pack_hl = hl
            body += [["HL", str(pack_hl), str(order_hl), "P"], ["MAN", "GM", pack.sscc]]
            for ln in lines:
                hl += 1
                body += [["HL", str(hl), str(pack_hl), "I"], *_item_hl(ln, q)]
        for ln in doc.lines:
            if ln.po_number in (po, ""):
                hl += 1
                body += [["HL", str(hl), str(order_hl), "I"], *_item_hl(ln, q)]
    body.append(["CTT", str(hl)])
    return body


def render_810(doc: Invoice, q: Qualifiers) -> Body:
    """810: BIG, parties, ITD terms, IT1 lines with PID/TXI, TDS total, TXI, SAC, CTT."""
    body: Body = [
        [
            "BIG",
            fmt_date(doc.invoice_date),
            doc.number,
            "",
            doc.po_number,
            "",
            "",
            "CR" if doc.credit_note else "DI",
        ],
        ["CUR", "SE", doc.currency],
        *_refs("810", q),
        *_parties(doc.parties, q),
    ]
    if doc.terms or doc.due_date:
        body.append(
            [
                "ITD",
                "01",
                "3",
                "",
                "",
                "",
                fmt_date(doc.due_date),
                "",
                "",
                "",
                "",
                "",
                doc.terms[:80],
            ]
        )
    for ln in doc.lines:
        body.append(
            [
                "IT1",
                ln.line_no,
                fmt_num(ln.quantity),
                ln.unit,
                fmt_num(ln.unit_price),
                "",
                *_ids(ln.item_ids, q),
            ]
        )
        if ln.description:
            body.append(["PID", "F", "", "", "", ln.description[:80]])
        body += [["TXI", t.kind, fmt_num(t.amount), fmt_num(t.rate)] for t in ln.taxes]
    body.append(["TDS", str(int((doc.total * 100).to_integral_value()))])
    body += [["TXI", t.kind, fmt_num(t.amount), fmt_num(t.rate)] for t in doc.taxes]
    for code, amount in doc.charges:
        body.append(
            [
                "SAC",
                "A" if amount < 0 else "C",
                code,
                "",
                "",
                str(int((abs(amount) * 100).to_integral_value())),
            ]
        )
    body.append(["CTT", str(len(doc.lines))])
    return body


def render_940(doc: ShipRequest, q: Qualifiers) -> Body:
    """940: W05 order, ship-to, requested date, carrier (W66), LX/W01 lines, W76 total."""
    body: Body = [
        ["W05", "N", doc.order_number, doc.po_number],
        *_parties((doc.ship_to,), q),
        *[["N9", r[0], r[1]] for r in q.references.get("940", [])],
    ]
    if doc.request_date:
        body.append(["G62", "10", fmt_date(doc.request_date)])
    if doc.carrier:
        body.append(["W66", "PP", "M", "", "", doc.service, "", "", "", "", doc.carrier])
    total = Decimal(0)
    for i, ln in enumerate(doc.lines, start=1):
        ids = [x for x in ln.item_ids if x.kind != "upc"][:2]
        upc = next((x.value for x in ln.item_ids if x.kind == "upc"), "")
        body += [
            ["LX", str(i)],
            ["W01", fmt_num(ln.quantity), ln.unit, upc, *_ids(tuple(ids), q, 2)],
        ]
        if ln.description:
            body.append(["G69", ln.description[:45]])
        total += ln.quantity
    body.append(["W76", fmt_num(total)])
    return body


def render_850(doc: PurchaseOrder, q: Qualifiers) -> Body:
    """850 to a vendor (buy route or dropship): BEG, ship-to, PO1/PID lines, CTT."""
    body: Body = [
        ["BEG", "00", "DS" if doc.dropship_for else "SA", doc.po_number, "", fmt_date(doc.po_date)],
        *_refs("850", q),
    ]
    if doc.ship_to:
        body += _parties((doc.ship_to,), q)
    for ln in doc.lines:
        body.append(
            [
                "PO1",
                ln.line_no,
                fmt_num(ln.quantity),
                ln.unit,
                fmt_num(ln.unit_price),
                "",
                *_ids(ln.item_ids, q),
            ]
        )
        if ln.description:
            body.append(["PID", "F", "", "", "", ln.description[:80]])
    body.append(["CTT", str(len(doc.lines))])
    return body


def render_846(doc: InventoryAdvice, q: Qualifiers) -> Body:
    """846: BIA, then LIN with QTY*33 (available) per item and warehouse."""
    body: Body = [
        ["BIA", "00", "MM", f"INV{doc.advice_date:%Y%m%d}", fmt_date(doc.advice_date)],
        *_refs("846", q),
    ]
    for i, ln in enumerate(doc.lines, start=1):
        body.append(["LIN", str(i), *_ids(ln.item_ids, q, 15)])
        body.append(["QTY", "33", fmt_num(ln.quantity), ln.unit])
        if ln.warehouse:
            body.append(["N1", "WH", "", q.party_id, ln.warehouse])
    body.append(["CTT", str(len(doc.lines))])
    return body


# canonical type -> (set id, GS01, render function)
OUTBOUND: dict[type, tuple[str, str, Callable[..., Body]]] = {
    OrderResponse: ("855", "PR", render_855),
    Shipment: ("856", "SH", render_856),
    Invoice: ("810", "IN", render_810),
    ShipRequest: ("940", "OW", render_940),
    PurchaseOrder: ("850", "PO", render_850),
    InventoryAdvice: ("846", "IB", render_846),
}
CHANGE_ACK = ("865", "CA", render_865)  # an OrderResponse answering an 860
