"""Property tests: any canonical document in the representable domain renders (UBL: valid
against the XSDs) and reads back to the same object, in UBL and in cXML."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.canonical import (
    Address,
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
from gateway.translators import cxml, ubl
from gateway.translators.ubl import schema

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
ROUTE = cxml.Route(
    from_=cxml.Credential("NetworkId", "US"),
    to=cxml.Credential("NetworkId", "THEM"),
    sender=cxml.Credential("NetworkId", "US", "secret"),
)

# printable text as XML carries it: no control characters, no surrounding blanks
text = (
    st.text(
        st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs", "Cc")),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
codes = st.from_regex(r"[A-Z0-9]{1,10}", fullmatch=True)
money = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False)
qty = st.decimals(min_value=0, max_value=10**5, places=3, allow_nan=False)
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
units = st.sampled_from(["EA", "KGM", "BOX", "MTR"])
item_ids = st.lists(
    st.tuples(st.sampled_from(["buyer", "vendor", "manufacturer", "gtin"]), codes),
    unique_by=lambda t: t[0],
    max_size=4,
).map(
    lambda ids: tuple(
        ItemId(k, v)
        for k, v in sorted(
            ids, key=lambda t: ["buyer", "vendor", "manufacturer", "gtin"].index(t[0])
        )
    )
)
addresses = st.builds(
    Address,
    lines=st.lists(text, max_size=3).map(tuple),
    city=text,
    region=st.just("") | text,
    postal_code=codes,
    country=st.sampled_from(["NO", "DE", "US"]),
)


def parties(roles: tuple[str, ...]) -> st.SearchStrategy[tuple[Party, ...]]:
    one = st.builds(
        Party,
        role=st.just(""),
        name=text,
        id=st.just("") | codes,
        id_qualifier=st.just(""),
        address=st.none() | addresses,
    )
    return st.tuples(
        *[
            one.map(lambda p, r=r: Party(r, p.name, p.id, "0088" if p.id else "", p.address))
            for r in roles
        ]
    )


order_responses = st.builds(
    OrderResponse,
    partner_id=st.just("p"),
    po_number=codes,
    po_date=st.none() | days,
    response_date=days,
    status=st.sampled_from(["accepted", "rejected", "changed"]),
    order_number=st.just("") | codes,
    parties=parties(("SE", "BY")),
    reason=st.just("") | text,
    currency=st.sampled_from(["EUR", "USD"]),
    lines=st.lists(
        st.builds(
            OrderResponseLine,
            line_no=codes,
            status=st.sampled_from(["IA", "IC", "IR"]),
            quantity=qty,
            unit=units,
            unit_price=st.none() | money,
            date=st.none() | days,
            item_ids=item_ids,
            reason=st.just("") | text,
        ),
        max_size=4,
    ).map(tuple),
)

ship_lines = st.builds(
    ShipmentLine,
    line_no=codes,
    quantity=qty,
    unit=units,
    item_ids=item_ids,
    po_number=st.sampled_from(["PO1", "PO2"]),
)
shipments = st.builds(
    Shipment,
    partner_id=st.just("p"),
    shipment_id=codes,
    ship_date=st.none() | days,
    po_numbers=st.just(("PO1", "PO2")),
    lines=st.lists(ship_lines, max_size=3).map(tuple),
    packs=st.lists(
        st.builds(
            Pack,
            sscc=st.from_regex(r"[0-9]{18}", fullmatch=True),
            lines=st.lists(ship_lines, min_size=1, max_size=3).map(tuple),
            weight=st.none() | qty,
        ),
        unique_by=lambda p: p.sscc,
        max_size=3,
    ).map(tuple),
    carrier=st.just("") | text,
    tracking_numbers=st.lists(codes, max_size=2).map(tuple),
    weight=st.none() | qty,
    order_number=st.just("") | codes,
).filter(lambda s: s.all_lines())

taxes = st.lists(
    st.builds(
        TaxLine,
        kind=st.just("VAT"),
        rate=st.decimals(0, 30, places=1),
        amount=money,
        jurisdiction=st.just("") | codes,
    ),
    max_size=2,
).map(tuple)


@st.composite
def invoices(draw: st.DrawFn) -> Invoice:
    lines = tuple(
        draw(
            st.lists(
                st.builds(
                    InvoiceLine,
                    line_no=codes,
                    quantity=qty,
                    unit=units,
                    unit_price=money,
                    amount=money,
                    item_ids=item_ids,
                    description=st.just("") | text,
                    taxes=taxes,
                ),
                min_size=1,
                max_size=3,
            )
        )
    )
    tax = draw(taxes)
    charges = tuple(draw(st.lists(st.tuples(text, st.decimals(-1000, 1000, places=2)), max_size=2)))
    total = (
        sum((ln.amount for ln in lines), Decimal(0))
        + sum((t.amount for t in tax), Decimal(0))
        + sum((a for _, a in charges), Decimal(0))
    )
    return Invoice(
        partner_id="p",
        number=draw(codes),
        invoice_date=draw(days),
        po_number=draw(codes),
        lines=lines,
        total=total,
        currency="EUR",
        terms=draw(st.just("") | text),
        due_date=draw(st.none() | days),
        taxes=tax,
        charges=charges,
        parties=draw(parties(("SE", "BY"))),
        credit_note=draw(st.booleans()),
        shipment_id=draw(st.just("") | codes),
    )


def _ubl_back(data: bytes, root: str) -> object:
    if schema.available(root):
        assert schema.validate(data, root) == []
    doc = ubl.read_ubl(data, source=ubl.Source("p")).document
    # the default (lxml) reader and the pyxb-x bindings agree on everything we render
    assert ubl.read_ubl(data, source=ubl.Source("p"), reader="pyxb").document == doc
    return doc


@SETTINGS
@given(order_responses)
def test_ubl_order_response(resp):
    assert _ubl_back(ubl.render_order_response(resp, document_id="R"), "OrderResponse") == resp


@SETTINGS
@given(shipments)
def test_ubl_despatch_advice(ship):
    assert (
        _ubl_back(
            ubl.render_despatch_advice(ship, issue_date=dt.date(2024, 1, 1)), "DespatchAdvice"
        )
        == ship
    )


@SETTINGS
@given(invoices())
def test_ubl_invoice(inv):
    root = "CreditNote" if inv.credit_note else "Invoice"
    assert _ubl_back(ubl.render_invoice(inv), root) == inv


@SETTINGS
@given(order_responses)
def test_cxml_confirmation(resp):
    resp = OrderResponse(**{**{f: getattr(resp, f) for f in resp.__slots__}, "parties": ()})
    data = cxml.render_confirmation(resp, ROUTE, order_payload_id="x")
    assert cxml.read_cxml(data, source=cxml.Source("p")).document == resp


def in_po_order(ship: Shipment) -> Shipment:
    """cXML carries ship notice lines in one ShipNoticePortion per order, so its canonical
    form lists lines (and packs, by their first order) in the order of `po_numbers`."""
    rank = {po: i for i, po in enumerate(ship.po_numbers)}

    def by_po(lines: tuple[ShipmentLine, ...]) -> tuple[ShipmentLine, ...]:
        return tuple(sorted(lines, key=lambda ln: rank[ln.po_number]))

    packs = [Pack(p.sscc, by_po(p.lines), p.weight) for p in ship.packs]
    packs.sort(key=lambda p: rank[p.lines[0].po_number])
    return Shipment(
        **{
            **{f: getattr(ship, f) for f in ship.__slots__},
            "service": "",
            "parties": (),
            "lines": by_po(ship.lines),
            "packs": tuple(packs),
        }
    )


@SETTINGS
@given(shipments)
def test_cxml_ship_notice(ship):
    ship = in_po_order(ship)
    data = cxml.render_ship_notice(ship, ROUTE)
    assert cxml.read_cxml(data, source=cxml.Source("p")).document == ship


@SETTINGS
@given(invoices())
def test_cxml_invoice_detail(inv):
    data = cxml.render_invoice_detail(inv, ROUTE)
    assert cxml.read_cxml(data, source=cxml.Source("p")).document == inv
