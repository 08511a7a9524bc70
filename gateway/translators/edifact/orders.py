"""ORDERS -> canonical Order and ORDCHG -> OrderChange (any directory whose spec validated).

The message has already passed the validator, so these functions only map: BGM, DTM,
RFF, NAD, CUX, FTX in the header; LIN/PIA/IMD/QTY/PRI/DTM/RFF per line item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from gateway.canonical import (
    Address,
    ItemId,
    Order,
    OrderChange,
    OrderChangeLine,
    OrderLine,
    Party,
    Purpose,
    Reference,
)
from gateway.errors import InputError
from gateway.translators.edifact.codes import CHANGE_ACTIONS, ITEM_KINDS, PARTY_ROLES, PURPOSES
from gateway.translators.edifact.envelope import el
from gateway.translators.edifact.syntax import Repeats, Segment, ServiceChars
from gateway.translators.edifact.values import to_date, to_decimal

__all__ = ["change_from_ordchg", "item_ids", "order_from_orders", "party_from_nad"]

_SHIP = frozenset({"10", "37", "38", "200"})
_DELIVERY = frozenset({"2", "63", "64", "69"})
_LINE_DATES = _SHIP | _DELIVERY
_HEADER_DATES = _LINE_DATES | {"137", "4"}
_PRICES = frozenset({"AAA", "INV", "NTP"})
_FIRST_COMPOSITE = frozenset({"QTY", "PRI", "DTM", "RFF"})


_NOTHING = [""]


def party_from_nad(seg: Segment) -> Party:
    """NAD -> Party (name from C080, street from C059, else the C058 free-form lines)."""
    role = el(seg, 1)
    n = len(seg)
    name = "".join(seg[4]) if n > 4 else ""
    street = tuple(c for c in seg[5] if c) if n > 5 else ()
    if not street and n > 3:
        street = tuple(c for c in seg[3] if c)
    city, region, postal, country = el(seg, 6), el(seg, 7), el(seg, 8), el(seg, 9)
    addr = (
        Address(street, city, region, postal, country)
        if street or city or region or postal or country
        else None
    )
    return Party(PARTY_ROLES.get(role, role), name, el(seg, 2, 0), el(seg, 2, 2), addr)


# A segment as the reader takes it: its elements split off, each one either a list of
# components (already split: service, released or repeated data) or the element's text.
_Row = list


def item_ids(seg: Segment | _Row, start: int, component: str = ":") -> list[ItemId]:
    """C212 item ids from element `start` on (LIN: one, PIA: up to five)."""
    kinds = ITEM_KINDS.get
    if len(seg) == start + 1 and seg[start].__class__ is str:  # the usual: one, as text
        comps = seg[start].split(component)
        value = comps[0]
        if not value:
            return []
        kind = comps[1] if len(comps) > 1 else ""
        return [ItemId(kinds(kind) or kind.lower() or "id", value)]
    out = []
    for comps in seg[start:]:
        if comps.__class__ is str:
            comps = comps.split(component)
        elif comps.__class__ is Repeats:
            comps = comps[0]
        value = comps[0]
        if value:
            kind = comps[1] if len(comps) > 1 else ""
            out.append(ItemId(kinds(kind) or kind.lower() or "id", value))
    return out


def _el(row: _Row, i: int, j: int, k: str) -> str:
    """Component `j` of element `i`, or "" (as `el` on the split segment)."""
    if i < len(row):
        v = row[i]
        if v.__class__ is str:
            v = v.split(k)
        if j < len(v):
            v = v[j]
            return v if v.__class__ is str else (v[0] if v else "")
    return ""


def _full(row: _Row, k: str) -> Segment:
    """The row as a split segment."""
    return [x.split(k) for x in row] if row[0].__class__ is str else row


def _rows(
    segments: Sequence[Segment],
    texts: list[str | None] | None,
    special: dict[int, Segment] | None,
    chars: ServiceChars | None,
) -> tuple[Sequence[_Row], str]:
    """The message's rows and component separator: from the texts when the envelope
    reader gave them (split into elements only), else the segments as they are."""
    if texts is None or special is None or chars is None or None in texts:
        return segments, ":"
    e = chars.element
    rows = [t.split(e) for t in texts]  # type: ignore[union-attr]
    for i, seg in special.items():
        rows[i] = seg
    return rows, chars.component


# A line item while it is read: a list indexed by these positions (cheaper than an object)
_NO, _ACTION, _IDS, _QTY, _UNIT, _QUAL, _PRICE, _GROSS, _DATE, _DESC, _REFS = range(11)


@dataclass
class _Header:
    number: str = ""
    doc_code: str = ""
    function: str = ""
    date: dt.date | None = None
    ship: dt.date | None = None
    delivery: dt.date | None = None
    currency: str = ""
    terms: str = ""
    refs: list[Reference] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lines: list[list] = field(default_factory=list)  # type: ignore[type-arg]


# NAD text -> (component separator, row, Party): a partner's parties repeat in every
# order. The row and separator are compared too, as the same text splits differently
# under other separators.
_PARTIES: dict[str, tuple[str, _Row, Party]] = {}


def _party(row: _Row, k: str, text: str | None) -> Party:
    """party_from_nad, remembered by the segment's raw text (Party is immutable)."""
    got = _PARTIES.get(text) if text else None
    if got is not None and got[0] == k and got[1] == row:
        return got[2]
    party = party_from_nad(_full(row, k))
    if text:
        if len(_PARTIES) >= 1024:
            _PARTIES.clear()
        _PARTIES[text] = (k, row, party)
    return party


def _read(rows: Sequence[_Row], k: str, texts: list[str | None] | None = None) -> _Header:
    h = _Header()
    lines = h.lines
    line: list | None = None  # type: ignore[type-arg]
    in_party = False
    pos = 0
    for row in rows:
        pos += 1
        tag = row[0]
        if tag.__class__ is not str:
            tag = tag[0]
        elif len(tag) != 3 and k in tag:
            tag = tag.split(k, 1)[0]
        if line is not None:
            if tag in _FIRST_COMPOSITE:
                # QTY, PRI, DTM, RFF: everything is in the first (mandatory) composite
                c = row[1] if len(row) > 1 else _NOTHING
                if c.__class__ is str:
                    c = c.split(k)
                elif c.__class__ is Repeats:
                    c = c[0]
                q = c[0]
                n = len(c)
                if tag == "QTY":
                    # 21 ordered quantity wins; otherwise the first quantity given
                    if (line[_QTY] is None or q == "21") and line[_QUAL] != "21":
                        line[_QTY] = to_decimal(c[1] if n > 1 else "", (pos, tag))
                        line[_UNIT] = c[2] if n > 2 else ""
                        line[_QUAL] = q
                elif tag == "PRI":
                    value = to_decimal(c[1] if n > 1 else "", (pos, tag))
                    if q in _PRICES:
                        line[_PRICE] = value
                    elif line[_GROSS] is None:
                        line[_GROSS] = value
                elif tag == "DTM":
                    if q in _LINE_DATES and line[_DATE] is None:
                        line[_DATE] = to_date(
                            c[1] if n > 1 else "", c[2] if n > 2 else "", (pos, tag)
                        )
                else:
                    line[_REFS].append(Reference(q, c[1] if n > 1 else ""))
                continue
            if tag == "PIA":
                line[_IDS] += item_ids(row, 2, k)
                continue
            if tag == "IMD":
                c = row[3] if len(row) > 3 else _NOTHING
                if c.__class__ is str:  # C273: item description code list ... text, text
                    c = c.split(k)
                    n = len(c)
                    first, second = c[3] if n > 3 else "", c[4] if n > 4 else ""
                else:
                    first, second = _el(row, 3, 3, k), _el(row, 3, 4, k)
                if first or second:
                    line[_DESC].append(f"{first} {second}" if first and second else first or second)
                continue
            if tag == "UNS":
                line = None
                continue
            if tag != "LIN":
                continue
        if tag == "LIN":
            n = len(row)
            no, action = row[1] if n > 1 else "", row[2] if n > 2 else ""
            if no.__class__ is not str or k in no:
                no = _el(row, 1, 0, k)
            if action.__class__ is not str or k in action:
                action = _el(row, 2, 0, k)
            line = [
                no or str(len(lines) + 1),
                action,
                item_ids(row, 3, k),
                None,
                "",
                "",
                None,
                None,
                None,
                [],
                [],
            ]
            lines.append(line)
            in_party = False
            continue
        if tag == "NAD":
            h.parties.append(_party(row, k, texts[pos - 1] if texts else None))
            in_party = True
            continue
        seg = _full(row, k)
        if tag == "BGM":
            h.doc_code, h.number, h.function = el(seg, 1, 0), el(seg, 2, 0), el(seg, 3)
        elif tag == "DTM" and not in_party:
            q = el(seg, 1, 0)
            d = to_date(el(seg, 1, 1), el(seg, 1, 2), (pos, tag)) if q in _HEADER_DATES else None
            if q in ("137", "4"):
                h.date = h.date or d
            elif q in _SHIP:
                h.ship = h.ship or d
            elif q in _DELIVERY:
                h.delivery = h.delivery or d
        elif tag == "RFF" and not in_party:
            h.refs.append(Reference(el(seg, 1, 0), el(seg, 1, 1)))
        elif tag == "CUX":
            h.currency = el(seg, 1, 1)
            in_party = False
        elif tag == "PAT":
            h.terms = el(seg, 2, 0) or el(seg, 2, 3)
            in_party = False
        elif tag == "FTX":
            text = " ".join(c for c in (seg[4] if len(seg) > 4 else []) if c)
            if text:
                h.notes.append(text)
        elif tag in ("TAX", "TDT", "TOD", "PAC", "ALC", "SCC", "EQD", "APR", "RCS"):
            in_party = False
    if not h.number:
        raise InputError("BGM 1004 document number is missing", code="13")
    return h


def order_from_orders(
    segments: Sequence[Segment],
    *,
    partner_id: str,
    message_id: str = "",
    control: str = "",
    test: bool = False,
    texts: list[str | None] | None = None,
    special: dict[int, Segment] | None = None,
    chars: ServiceChars | None = None,
) -> Order:
    """Translate one ORDERS (UNH..UNT) into an Order; raises InputError.

    `texts`, the raw segment texts when the caller has them, let repeated segments
    (parties) be mapped once; with `special` and `chars` from the envelope reader too,
    the segments are read from the texts and never split whole.
    """
    h = _read(*_rows(segments, texts, special, chars), texts)
    lines = []
    for no, _, ids, qty, unit, _, price, gross, date, desc, refs in h.lines:
        if qty is None:
            raise InputError(f"line {no}: no ordered quantity (QTY+21)", code="13")
        lines.append(
            OrderLine(
                no,
                qty,
                unit or "PCE",
                price if price is not None else gross,
                tuple(ids),
                " ".join(desc),
                date,
                tuple(refs),
            )
        )
    purpose = Purpose.TEST if test else PURPOSES.get(h.function, Purpose.ORIGINAL)
    return Order(
        partner_id=partner_id,
        po_number=h.number,
        po_date=h.date,
        lines=tuple(lines),
        purpose=purpose,
        order_type=h.doc_code,
        currency=h.currency,
        parties=tuple(h.parties),
        requested_ship_date=h.ship,
        requested_delivery_date=h.delivery,
        terms=h.terms,
        references=tuple(h.refs),
        notes=tuple(h.notes),
        source_message_id=message_id,
        source_control=control,
    )


def change_from_ordchg(
    segments: Sequence[Segment],
    *,
    partner_id: str,
    message_id: str = "",
    control: str = "",
    test: bool = False,
    texts: list[str | None] | None = None,
    special: dict[int, Segment] | None = None,
    chars: ServiceChars | None = None,
) -> OrderChange:
    """Translate one ORDCHG into an OrderChange (the PO is RFF+ON, else BGM 1004)."""
    h = _read(*_rows(segments, texts, special, chars), texts)
    po = next((r.value for r in h.refs if r.qualifier == "ON"), h.number)
    lines = tuple(
        OrderChangeLine(
            ln[_NO],
            CHANGE_ACTIONS.get(ln[_ACTION], "change"),
            ln[_QTY],
            ln[_UNIT],
            ln[_PRICE],
            tuple(ln[_IDS]),
            ln[_DATE],
        )
        for ln in h.lines
    )
    purpose = "cancel" if h.function in ("1", "3") else "change"
    return OrderChange(
        partner_id=partner_id,
        po_number=po,
        change_date=h.date,
        lines=lines,
        purpose=purpose,
        parties=tuple(h.parties),
        requested_ship_date=h.ship,
        source_message_id=message_id,
    )
