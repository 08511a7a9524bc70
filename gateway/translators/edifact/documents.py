"""Outbound documents from canonical: ORDRSP (OrderResponse), DESADV (Shipment), INVOIC
(Invoice), APERAK (a rejected OrderResponse); and the readers that turn them back.

Renderers return body segments (between UNH and UNT) as `(tag, elements)`; readers take
the parsed segments (UNH..UNT). The readers exist so every rendered document is proven
to round-trip to the same canonical object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from gateway.canonical import (
    Invoice,
    InvoiceLine,
    ItemId,
    OrderResponse,
    OrderResponseLine,
    Pack,
    Party,
    Shipment,
    ShipmentLine,
    TaxLine,
)
from gateway.translators.edifact.codes import (
    ITEM_KINDS_OUT,
    LINE_STATUS,
    LINE_STATUS_OUT,
    PARTY_ROLES_OUT,
    RESPONSE_STATUS,
    RESPONSE_STATUS_OUT,
)
from gateway.translators.edifact.envelope import el
from gateway.translators.edifact.orders import item_ids, party_from_nad
from gateway.translators.edifact.syntax import Segment
from gateway.translators.edifact.values import fmt_date, fmt_decimal, to_date, to_decimal

__all__ = ["READERS", "RENDERERS", "sscc_valid"]

Body = list[tuple[str, list[Any]]]


def sscc_valid(sscc: str) -> bool:
    """An SSCC-18 with a correct GS1 mod-10 check digit."""
    if len(sscc) != 18 or not sscc.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(sscc[:17]))
    return (10 - total % 10) % 10 == int(sscc[17])


def _chunks(text: str, size: int, count: int) -> list[str]:
    return [text[i : i + size] for i in range(0, min(len(text), size * count), size)]


def _dtm(qualifier: str, date: dt.date | None) -> list[tuple[str, list[Any]]]:
    return [("DTM", [[qualifier, fmt_date(date), "102"]])] if date else []


def _nad(p: Party) -> tuple[str, list[Any]]:
    a = p.address
    return (
        "NAD",
        [
            PARTY_ROLES_OUT.get(p.role, p.role),
            [p.id, "", p.id_qualifier],
            "",
            _chunks(p.name, 35, 5),
            list(a.lines[:4]) if a else "",
            a.city if a else "",
            a.region if a else "",
            a.postal_code if a else "",
            a.country if a else "",
        ],
    )


def _item_segments(ids: tuple[ItemId, ...], line_no: str) -> Body:
    first = ids[0] if ids else None
    lin = [
        "LIN",
        [
            line_no,
            "",
            [first.value, ITEM_KINDS_OUT.get(first.kind, first.kind.upper())] if first else "",
        ],
    ]
    out: Body = [(lin[0], lin[1])]
    rest = ids[1:]
    for i in range(0, len(rest), 5):
        group = [[x.value, ITEM_KINDS_OUT.get(x.kind, x.kind.upper())] for x in rest[i : i + 5]]
        out.append(("PIA", ["1", *group]))
    return out


def _qty(qualifier: str, q: Decimal, unit: str) -> tuple[str, list[Any]]:
    return ("QTY", [[qualifier, fmt_decimal(q), unit]])


# --- ORDRSP --------------------------------------------------------------------------------


def render_ordrsp(r: OrderResponse) -> Body:
    body: Body = [("BGM", [["231"], r.order_number or r.po_number, RESPONSE_STATUS_OUT[r.status]])]
    body += _dtm("137", r.response_date)
    if r.reason:
        body.append(("FTX", ["AAO", "", "", _chunks(r.reason, 70, 5)]))
    body.append(("RFF", [["ON", r.po_number]]))
    body += _dtm("171", r.po_date)
    if r.order_number:
        body.append(("RFF", [["VN", r.order_number]]))
    body += [_nad(p) for p in r.parties]
    for ln in r.lines:
        lin = _item_segments(ln.item_ids, ln.line_no)
        lin[0][1][1] = LINE_STATUS_OUT.get(ln.status, ln.status)
        body += lin
        body.append(_qty("113", ln.quantity, ln.unit))
        if ln.ordered_quantity is not None:
            body.append(_qty("21", ln.ordered_quantity, ln.unit))
        body += _dtm("2", ln.date)
        if ln.reason:
            body.append(("FTX", ["AAO", "", "", _chunks(ln.reason, 70, 5)]))
        if ln.unit_price is not None:
            body.append(("PRI", [["AAA", fmt_decimal(ln.unit_price)]]))
    body += [("UNS", ["S"]), ("CNT", [["2", str(len(r.lines))]])]
    return body


def _ftx_text(seg: Segment) -> str:
    return "".join(c for c in seg[4]) if len(seg) > 4 else ""


def read_ordrsp(segments: list[Segment], *, partner_id: str) -> OrderResponse:
    head: dict[str, Any] = {
        "parties": [],
        "lines": [],
        "reason": "",
        "number": "",
        "po": "",
        "po_date": None,
        "date": None,
        "status": "",
        "vn": "",
    }
    line: dict[str, Any] | None = None
    for seg in segments:
        tag = seg[0][0]
        if tag == "BGM":
            head["number"], head["status"] = el(seg, 2), RESPONSE_STATUS[el(seg, 3)]
        elif tag == "LIN":
            line = {
                "line_no": el(seg, 1),
                "status": LINE_STATUS.get(el(seg, 2), el(seg, 2)),
                "ids": item_ids(seg, 3),
                "qty": None,
                "ordered": None,
                "unit": "",
                "price": None,
                "date": None,
                "reason": "",
            }
            head["lines"].append(line)
        elif tag == "UNS":
            line = None
        elif line is not None:
            if tag == "PIA":
                line["ids"] += item_ids(seg, 2)
            elif tag == "QTY":
                q = to_decimal(el(seg, 1, 1), "QTY")
                if el(seg, 1, 0) == "113":
                    line["qty"], line["unit"] = q, el(seg, 1, 2)
                elif el(seg, 1, 0) == "21":
                    line["ordered"] = q
            elif tag == "DTM":
                line["date"] = to_date(el(seg, 1, 1), el(seg, 1, 2), "DTM")
            elif tag == "FTX":
                line["reason"] = _ftx_text(seg)
            elif tag == "PRI":
                line["price"] = to_decimal(el(seg, 1, 1), "PRI")
        elif tag == "DTM":
            d = to_date(el(seg, 1, 1), el(seg, 1, 2), "DTM")
            head["date" if el(seg, 1, 0) == "137" else "po_date"] = d
        elif tag == "FTX":
            head["reason"] = _ftx_text(seg)
        elif tag == "RFF":
            head["po" if el(seg, 1, 0) == "ON" else "vn"] = el(seg, 1, 1)
        elif tag == "NAD":
            head["parties"].append(party_from_nad(seg))
    lines = tuple(
        OrderResponseLine(
            x["line_no"],
            x["status"],
            x["qty"],
            x["unit"],
            x["price"],
            x["date"],
            tuple(x["ids"]),
            x["reason"],
            x["ordered"],
        )
        for x in head["lines"]
    )
    return OrderResponse(
        partner_id=partner_id,
        po_number=head["po"],
        po_date=head["po_date"],
        response_date=head["date"],
        status=head["status"],
        lines=lines,
        order_number=head["vn"],
        parties=tuple(head["parties"]),
        reason=head["reason"],
    )


# --- APERAK (business rejection) -----------------------------------------------------------


def render_aperak(r: OrderResponse) -> Body:
    body: Body = [("BGM", [["313"], f"{r.po_number}"[:35], RESPONSE_STATUS_OUT[r.status]])]
    body += _dtm("137", r.response_date)
    body.append(("RFF", [["ON", r.po_number]]))
    body += _dtm("171", r.po_date)
    body += [_nad(p) for p in r.parties]
    body.append(("ERC", [["100" if r.status == "rejected" else "1"]]))
    if r.reason:
        body.append(("FTX", ["AAO", "", "", _chunks(r.reason, 70, 5)]))
    return body


def read_aperak(segments: list[Segment], *, partner_id: str) -> OrderResponse:
    r = read_ordrsp(segments, partner_id=partner_id)
    return r


# --- DESADV --------------------------------------------------------------------------------


def _lines_body(lines: tuple[ShipmentLine, ...]) -> Body:
    body: Body = []
    for ln in lines:
        body += _item_segments(ln.item_ids, ln.line_no)
        body.append(_qty("12", ln.quantity, ln.unit))
        if ln.po_number:
            body.append(("RFF", [["ON", ln.po_number]]))
    return body


def render_desadv(s: Shipment) -> Body:
    for p in s.packs:
        if not sscc_valid(p.sscc):
            raise ValueError(
                f"pack SSCC {p.sscc!r} is not an 18-digit SSCC with a valid check digit"
            )
    body: Body = [("BGM", [["351"], s.shipment_id, "9"])]
    body += _dtm("11", s.ship_date)
    if s.weight is not None:
        body.append(("MEA", ["PD", ["AAB"], ["KGM", fmt_decimal(s.weight)]]))
    body += [("RFF", [["ON", po]]) for po in s.po_numbers]
    if s.order_number:
        body.append(("RFF", [["VN", s.order_number]]))
    body += [("RFF", [["CN", t]]) for t in s.tracking_numbers]
    body += [_nad(p) for p in s.parties]
    if s.carrier or s.service:
        body.append(("TDT", ["20", "", "", ["", s.service], [s.carrier]]))
    body.append(("CPS", ["1"]))
    body += _lines_body(s.lines)
    for i, p in enumerate(s.packs, start=2):
        body.append(("CPS", [str(i), "1"]))
        body.append(("PAC", ["1", "", ["CT"]]))
        if p.weight is not None:
            body.append(("MEA", ["PD", ["AAB"], ["KGM", fmt_decimal(p.weight)]]))
        body += [("PCI", ["33E"]), ("GIN", ["BJ", [p.sscc]])]
        body += _lines_body(p.lines)
    body.append(("CNT", [["2", str(len(s.all_lines()))]]))
    return body


def read_desadv(segments: list[Segment], *, partner_id: str) -> Shipment:
    h: dict[str, Any] = {
        "id": "",
        "date": None,
        "weight": None,
        "pos": [],
        "vn": "",
        "track": [],
        "parties": [],
        "carrier": "",
        "service": "",
    }
    loose: list[ShipmentLine] = []
    packs: list[dict[str, Any]] = []
    target = loose
    pack: dict[str, Any] | None = None
    line: dict[str, Any] | None = None

    def close_line() -> None:
        nonlocal line
        if line is not None:
            target.append(
                ShipmentLine(line["no"], line["qty"], line["unit"], tuple(line["ids"]), line["po"])
            )
            line = None

    for seg in segments:
        tag = seg[0][0]
        if tag == "CPS":
            close_line()
            pack = None
            target = loose
        elif tag == "PAC":
            pack = {"sscc": "", "weight": None, "lines": []}
            packs.append(pack)
            target = pack["lines"]
        elif tag == "GIN" and pack is not None:
            pack["sscc"] = el(seg, 2)
        elif tag == "MEA":
            w = to_decimal(el(seg, 3, 1), "MEA")
            if pack is not None:
                pack["weight"] = w
            else:
                h["weight"] = w
        elif tag == "LIN":
            close_line()
            line = {"no": el(seg, 1), "ids": item_ids(seg, 3), "qty": None, "unit": "", "po": ""}
        elif tag == "PIA" and line is not None:
            line["ids"] += item_ids(seg, 2)
        elif tag == "QTY" and line is not None:
            line["qty"], line["unit"] = to_decimal(el(seg, 1, 1), "QTY"), el(seg, 1, 2)
        elif tag == "RFF" and line is not None:
            line["po"] = el(seg, 1, 1)
        elif tag == "RFF":
            q, v = el(seg, 1, 0), el(seg, 1, 1)
            if q == "ON":
                h["pos"].append(v)
            elif q == "VN":
                h["vn"] = v
            elif q == "CN":
                h["track"].append(v)
        elif tag == "BGM":
            h["id"] = el(seg, 2)
        elif tag == "DTM" and el(seg, 1, 0) == "11":
            h["date"] = to_date(el(seg, 1, 1), el(seg, 1, 2), "DTM")
        elif tag == "NAD":
            h["parties"].append(party_from_nad(seg))
        elif tag == "TDT":
            h["carrier"], h["service"] = el(seg, 5, 0), el(seg, 4, 1)
        elif tag in ("CNT", "UNT"):
            close_line()
    close_line()
    return Shipment(
        partner_id=partner_id,
        shipment_id=h["id"],
        ship_date=h["date"],
        po_numbers=tuple(h["pos"]),
        packs=tuple(Pack(p["sscc"], tuple(p["lines"]), p["weight"]) for p in packs),
        lines=tuple(loose),
        carrier=h["carrier"],
        service=h["service"],
        tracking_numbers=tuple(h["track"]),
        weight=h["weight"],
        parties=tuple(h["parties"]),
        order_number=h["vn"],
    )


# --- INVOIC --------------------------------------------------------------------------------


def _tax(t: TaxLine) -> Body:
    return [
        ("TAX", ["7", [t.kind], "", "", ["", "", "", fmt_decimal(t.rate)], "S", t.jurisdiction]),
        ("MOA", [["124", fmt_decimal(t.amount)]]),
    ]


def render_invoic(inv: Invoice) -> Body:
    body: Body = [("BGM", [["381" if inv.credit_note else "380"], inv.number, "9"])]
    body += _dtm("137", inv.invoice_date)
    body.append(("RFF", [["ON", inv.po_number]]))
    if inv.shipment_id:
        body.append(("RFF", [["AAK", inv.shipment_id]]))
    body += [_nad(p) for p in inv.parties]
    body.append(("CUX", [["2", inv.currency, "4"]]))
    if inv.terms or inv.due_date:
        body.append(("PAT", ["1", [inv.terms[:17]]]))
        body += _dtm("13", inv.due_date)
    for desc, amount in inv.charges:
        body.append(("ALC", ["C" if amount >= 0 else "A", "", "", "", ["", "", "", desc[:35]]]))
        body.append(("MOA", [["8", fmt_decimal(abs(amount))]]))
    for ln in inv.lines:
        body += _item_segments(ln.item_ids, ln.line_no)
        if ln.description:
            body.append(("IMD", ["F", "", ["", "", "", *_chunks(ln.description, 35, 2)]]))
        body.append(_qty("47", ln.quantity, ln.unit))
        body.append(("MOA", [["203", fmt_decimal(ln.amount)]]))
        body.append(("PRI", [["AAA", fmt_decimal(ln.unit_price)]]))
        for t in ln.taxes:
            body += _tax(t)
    body += [
        ("UNS", ["S"]),
        ("CNT", [["2", str(len(inv.lines))]]),
        ("MOA", [["77", fmt_decimal(inv.total)]]),
    ]
    for t in inv.taxes:
        body += _tax(t)
    return body


def read_invoic(segments: list[Segment], *, partner_id: str) -> Invoice:
    h: dict[str, Any] = {
        "number": "",
        "credit": False,
        "date": None,
        "po": "",
        "ship": "",
        "parties": [],
        "currency": "",
        "terms": "",
        "due": None,
        "charges": [],
        "total": None,
        "taxes": [],
    }
    lines: list[dict[str, Any]] = []
    line: dict[str, Any] | None = None
    summary = False
    charge: list[Any] | None = None
    taxes: list[TaxLine] | None = None
    for seg in segments:
        tag = seg[0][0]
        if tag == "LIN":
            line = {
                "no": el(seg, 1),
                "ids": item_ids(seg, 3),
                "desc": "",
                "qty": None,
                "unit": "",
                "amount": None,
                "price": None,
                "taxes": [],
            }
            lines.append(line)
            charge = None
            taxes = line["taxes"]
        elif tag == "UNS":
            summary, line, charge = True, None, None
            taxes = h["taxes"]
        elif tag == "TAX" and taxes is not None:
            taxes.append(
                TaxLine(
                    el(seg, 2),
                    to_decimal(el(seg, 5, 3), "TAX") or Decimal(0),
                    Decimal(0),
                    el(seg, 7),
                )
            )
        elif tag == "MOA":
            q, v = el(seg, 1, 0), to_decimal(el(seg, 1, 1), "MOA")
            if q == "124" and taxes:
                t = taxes[-1]
                taxes[-1] = TaxLine(t.kind, t.rate, v or Decimal(0), t.jurisdiction)
            elif q == "8" and charge is not None:
                h["charges"].append((charge[1], -v if charge[0] == "A" else v))
                charge = None
            elif q == "203" and line is not None:
                line["amount"] = v
            elif q == "77" and summary:
                h["total"] = v
        elif line is not None:
            if tag == "PIA":
                line["ids"] += item_ids(seg, 2)
            elif tag == "IMD":
                line["desc"] = el(seg, 3, 3) + el(seg, 3, 4)
            elif tag == "QTY":
                line["qty"], line["unit"] = to_decimal(el(seg, 1, 1), "QTY"), el(seg, 1, 2)
            elif tag == "PRI":
                line["price"] = to_decimal(el(seg, 1, 1), "PRI")
        elif tag == "BGM":
            h["number"], h["credit"] = el(seg, 2), el(seg, 1) == "381"
        elif tag == "DTM":
            d = to_date(el(seg, 1, 1), el(seg, 1, 2), "DTM")
            if el(seg, 1, 0) == "137":
                h["date"] = d
            elif el(seg, 1, 0) == "13":
                h["due"] = d
        elif tag == "RFF":
            h["po" if el(seg, 1, 0) == "ON" else "ship"] = el(seg, 1, 1)
        elif tag == "NAD":
            h["parties"].append(party_from_nad(seg))
        elif tag == "CUX":
            h["currency"] = el(seg, 1, 1)
        elif tag == "PAT":
            h["terms"] = el(seg, 2, 0)
        elif tag == "ALC":
            charge = [el(seg, 1), el(seg, 5, 3)]
    inv_lines = tuple(
        InvoiceLine(
            x["no"],
            x["qty"],
            x["unit"],
            x["price"],
            x["amount"],
            tuple(x["ids"]),
            x["desc"],
            tuple(x["taxes"]),
        )
        for x in lines
    )
    return Invoice(
        partner_id=partner_id,
        number=h["number"],
        invoice_date=h["date"],
        po_number=h["po"],
        lines=inv_lines,
        total=h["total"],
        currency=h["currency"],
        terms=h["terms"],
        due_date=h["due"],
        taxes=tuple(h["taxes"]),
        charges=tuple(h["charges"]),
        parties=tuple(h["parties"]),
        credit_note=h["credit"],
        shipment_id=h["ship"],
    )


# message type -> (renderer, reader)
RENDERERS: dict[str, Callable[[Any], Body]] = {
    "ORDRSP": render_ordrsp,
    "DESADV": render_desadv,
    "INVOIC": render_invoic,
    "APERAK": render_aperak,
}
READERS: dict[str, Callable[..., Any]] = {
    "ORDRSP": read_ordrsp,
    "DESADV": read_desadv,
    "INVOIC": read_invoic,
    "APERAK": read_aperak,
}
