"""850 Purchase Order -> canonical Order (and the N1 party loop every set shares)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from gateway.canonical import (
    Address,
    ItemId,
    Order,
    OrderLine,
    Party,
    Purpose,
    Reference,
    builder,
)
from gateway.errors import InputError
from gateway.translators.x12.envelope import Segment
from gateway.translators.x12.values import el, known_date, known_decimal, to_date, to_decimal

__all__ = ["ITEM_KINDS", "PURPOSES", "order_from_850", "parties_of"]

PURPOSES = {
    "00": Purpose.ORIGINAL,
    "05": Purpose.REPLACE,
    "01": Purpose.CANCEL,
    "06": Purpose.TEST,
    "07": Purpose.REPLACE,
}


class _Kinds(dict[str, str]):
    """Qualifier -> canonical kind; a qualifier not listed is its own kind in lower case
    (`kinds[q]`, one subscript in the line loop instead of `.get(q) or q.lower()`)."""

    def __missing__(self, qualifier: str) -> str:
        return qualifier.lower()


# product/service id qualifiers (code list 235) -> canonical item id kinds
ITEM_KINDS = _Kinds(
    {
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
)
_PARTY_TAGS = frozenset({"N1", "N2", "N3", "N4"})
_SHIP_DATES = frozenset({"010", "037", "038", "118"})
_DELIVERY_DATES = frozenset({"002", "063", "064"})
# constructors taking every field (see canonical.builder): an 850 builds one OrderLine and
# a few ItemIds per line, and an Order with its parties per set
_new_line = builder(OrderLine)
_new_id = builder(ItemId)
_new_order = builder(Order)
_new_party = builder(Party)
_new_address = builder(Address)


def _party(group: list[Segment]) -> Party:
    """One N1 loop (the N1, then its N2/N3/N4) as a canonical party."""
    lines: list[str] = []
    city = region = postal = country = ""
    for s in group[1:]:
        if s[0] == "N3":
            lines.extend(filter(None, s[1:3]))
        elif s[0] == "N4":  # N401..N404, "" for those left out
            city, region, postal, country = (*s[1:5], "", "", "", "")[:4]
    role, name, qualifier, ident = (*group[0][1:5], "", "", "", "")[:4]
    addr = _new_address(tuple(lines), city, region, postal, country)
    return _new_party(role, name, ident, qualifier, addr)


def parties_of(
    segments: list[Segment],
    *,
    header_only: bool = True,
    stop: frozenset[str] = frozenset({"PO1", "POC", "HL", "LX", "IT1", "LIN"}),
) -> tuple[Party, ...]:
    """The N1 loops (N1/N2/N3/N4) of a set's header as canonical parties."""
    parties: list[Party] = []
    cur: list[Segment] | None = None  # the N1 loop being read
    for seg in segments:
        tag = seg[0]
        if header_only and tag in stop:
            break
        if tag == "N1":
            if cur:
                parties.append(_party(cur))
            cur = [seg]
        elif cur is not None:
            if tag in _PARTY_TAGS:
                cur.append(seg)
            elif tag != "REF" and tag != "PER":
                parties.append(_party(cur))
                cur = None
    if cur:
        parties.append(_party(cur))
    return tuple(parties)


def _at(segments: list[Segment], seg: Segment) -> int:
    """The position of `seg` in its set (1 = ST), for messages: found by identity, so the
    translation loop need not count."""
    return next(i for i, s in enumerate(segments, start=1) if s is seg)


def _number(segments: list[Segment], seg: Segment, i: int) -> Decimal | None:
    """Element `i` of `seg` as a number, None when empty (InputError naming the segment's
    position when it is not a number); the position is only looked up for the message."""
    text = seg[i] if len(seg) > i else ""
    if not text:
        return None
    return to_decimal(text, f"segment {_at(segments, seg)} {seg[0]}{i:02d}")


def _po1_numbers(segments: list[Segment], seg: Segment) -> tuple[Decimal, Decimal | None]:
    """(PO102 quantity, PO104 unit price) of a PO1 (InputError when the quantity is
    missing or either is not a number)."""
    qty = _number(segments, seg, 2)
    if qty is None:
        raise InputError(f"segment {_at(segments, seg)} (PO1): PO102 quantity is missing", code="1")
    return qty, _number(segments, seg, 4)


def _dtm_date(segments: list[Segment], seg: Segment) -> dt.date | None:
    """DTM02 as a date (InputError naming the segment's position when it is not one)."""
    text = seg[2] if len(seg) > 2 else ""
    return known_date(text) or to_date(text, f"segment {_at(segments, seg)} DTM02")


def order_from_850(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> Order:
    """Translate the segments of one 850 (ST..SE) into an Order; raises InputError."""
    beg = (
        segments[1]
        if len(segments) > 1 and segments[1][0] == "BEG"
        else next((s for s in segments if s[0] == "BEG"), None)
    )
    if beg is None or not el(beg, 3):
        raise InputError("BEG03 purchase order number is missing", code="1")
    currency = terms = ""
    refs: list[Reference] = []
    notes: list[str] = []
    lines: list[OrderLine] = []
    ship_date = delivery_date = None
    # the PO1 line being read, kept in locals (this loop runs for every line of every order)
    line_no: str | None = None  # None outside a PO1 loop
    qty: Decimal | None = None
    price: Decimal | None = None
    unit = desc = ""
    ids: tuple[ItemId, ...] = ()
    line_date: dt.date | None = None
    line_refs: tuple[Reference, ...] = ()
    kinds = ITEM_KINDS
    known = known_decimal
    new_line = _new_line
    new_id = _new_id
    append = lines.append
    for seg in segments:  # positions are looked up only for messages (see _at)
        tag = seg[0]
        if tag == "PO1":
            if line_no is not None:
                append(new_line(line_no, qty, unit, price, ids, desc, line_date, line_refs))
            n = len(seg)
            if n > 4:
                line_no, unit = seg[1], seg[3]
                qty, price = known(seg[2]), known(seg[4])
                if qty is None or price is None:  # not read before, or not numbers
                    qty, price = _po1_numbers(segments, seg)
            else:
                line_no = seg[1] if n > 1 else ""
                unit = seg[3] if n > 3 else ""
                qty, price = _po1_numbers(segments, seg)
            line_no = line_no or str(len(lines) + 1)
            # (qualifier, id) pairs from PO106/PO107 on; a fresh ItemId each: caching
            # them costs more than building them. One and two pairs, the common shapes,
            # written out (no list, no loop); more in a while loop (a range costs more)
            if n < 8:
                ids = ()
            elif n < 10:  # PO106/PO107 (a PO108 qualifier without its id is dropped)
                q = seg[6]
                v = seg[7]
                ids = (new_id(kinds[q], v),) if q and v else ()
            elif n < 12:  # and PO108/PO109
                q = seg[6]
                v = seg[7]
                q2 = seg[8]
                v2 = seg[9]
                if q and v:
                    if q2 and v2:
                        ids = (new_id(kinds[q], v), new_id(kinds[q2], v2))
                    else:
                        ids = (new_id(kinds[q], v),)
                else:
                    ids = (new_id(kinds[q2], v2),) if q2 and v2 else ()
            else:
                found = []
                i = 6
                while i < n - 1:
                    q = seg[i]
                    v = seg[i + 1]
                    if q and v:
                        found.append(new_id(kinds[q], v))
                    i += 2
                ids = tuple(found)
            desc = ""
            line_date = None
            line_refs = ()
        elif line_no is not None:
            if tag == "PID":
                if not desc and len(seg) > 5:
                    desc = seg[5]
            elif tag == "DTM":
                line_date = _dtm_date(segments, seg)
            elif tag == "REF":
                line_refs += (Reference(el(seg, 1), el(seg, 2) or el(seg, 3)),)
            elif tag in ("CTT", "SE", "AMT"):
                lines.append(new_line(line_no, qty, unit, price, ids, desc, line_date, line_refs))
                line_no = None
        elif tag == "CUR":
            currency = el(seg, 2)
        elif tag == "REF":
            refs.append(Reference(el(seg, 1), el(seg, 2) or el(seg, 3)))
        elif tag == "ITD":
            terms = el(seg, 12) or " ".join(x for x in (el(seg, 1), el(seg, 3)) if x)
        elif tag == "DTM":
            d = _dtm_date(segments, seg)
            if el(seg, 1) in _SHIP_DATES:
                ship_date = ship_date or d
            elif el(seg, 1) in _DELIVERY_DATES:
                delivery_date = delivery_date or d
        elif tag == "MSG":
            notes.append(el(seg, 1))
    if line_no is not None:
        lines.append(new_line(line_no, qty, unit, price, ids, desc, line_date, line_refs))
    return _new_order(  # positional, in field order (a builder takes no defaults)
        partner_id,
        el(beg, 3),
        to_date(el(beg, 5), "BEG05"),
        tuple(lines),
        PURPOSES.get(el(beg, 1), Purpose.ORIGINAL),
        el(beg, 2),
        currency,
        parties_of(segments),
        ship_date,
        delivery_date,
        terms,
        tuple(refs),
        tuple(notes),
        message_id,
        control,
    )
