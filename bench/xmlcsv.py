"""Throughput of the UBL, cXML and CSV translators on synthetic documents.

Run: python bench/xmlcsv.py   (set GATEWAY_UBL_SCHEMAS to include the lxml XSD check)

UBL: a 100-line Order read (safe parse + XSD + pyxb bindings + canonical) and an
OrderResponse rendered; cXML: a 100-line OrderRequest read and a ConfirmationRequest
rendered; CSV: a 200,000-row order export read in one stream, then again for its peak
memory (which grows with the number of order keys, not rows).
Ends with one line `RESULT key=value ...`.
"""

from __future__ import annotations

import datetime as dt
import time
import tracemalloc
from decimal import Decimal

from gateway.canonical import OrderResponse, OrderResponseLine, Party
from gateway.translators import cxml, ubl
from gateway.translators.csv import CsvMapping, read_csv_orders
from gateway.translators.ubl import schema

LINES = 100


def ubl_order(lines: int) -> bytes:
    items = "".join(
        f"<cac:OrderLine><cac:LineItem><cbc:ID>{i}</cbc:ID>"
        f'<cbc:Quantity unitCode="EA">{i}</cbc:Quantity>'
        f'<cac:Price><cbc:PriceAmount currencyID="EUR">{i}.50</cbc:PriceAmount></cac:Price>'
        f"<cac:Item><cbc:Name>Item {i}</cbc:Name><cac:SellersItemIdentification>"
        f"<cbc:ID>SKU-{i}</cbc:ID></cac:SellersItemIdentification></cac:Item>"
        f"</cac:LineItem></cac:OrderLine>"
        for i in range(1, lines + 1)
    )
    party = (
        '<cac:Party><cbc:EndpointID schemeID="0192">{0}</cbc:EndpointID>'
        "<cac:PartyName><cbc:Name>{1}</cbc:Name></cac:PartyName></cac:Party>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
        "<cbc:ID>PO-1</cbc:ID><cbc:IssueDate>2024-03-01</cbc:IssueDate>"
        "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>"
        f"<cac:BuyerCustomerParty>{party.format('987654325', 'Buyer')}</cac:BuyerCustomerParty>"
        f"<cac:SellerSupplierParty>{party.format('123456785', 'Seller')}"
        "</cac:SellerSupplierParty>"
        f"{items}</Order>"
    ).encode()


def cxml_order(lines: int) -> bytes:
    items = "".join(
        f'<ItemOut quantity="{i}" lineNumber="{i}"><ItemID><SupplierPartID>SKU-{i}'
        f'</SupplierPartID></ItemID><ItemDetail><UnitPrice><Money currency="EUR">{i}.50'
        f'</Money></UnitPrice><Description xml:lang="en">Item {i}</Description>'
        f"<UnitOfMeasure>EA</UnitOfMeasure></ItemDetail></ItemOut>"
        for i in range(1, lines + 1)
    )
    return (
        '<?xml version="1.0"?><!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/'
        '1.2.050/cXML.dtd"><cXML payloadID="1@b" timestamp="2024-03-01T10:00:00+00:00">'
        '<Header><From><Credential domain="NetworkId"><Identity>B</Identity></Credential>'
        '</From><To><Credential domain="NetworkId"><Identity>S</Identity></Credential></To>'
        '<Sender><Credential domain="NetworkId"><Identity>B</Identity><SharedSecret>x'
        "</SharedSecret></Credential><UserAgent>bench</UserAgent></Sender></Header>"
        '<Request><OrderRequest><OrderRequestHeader orderID="PO-1" '
        'orderDate="2024-03-01T10:00:00+00:00" type="new"><Total><Money currency="EUR">1'
        f"</Money></Total></OrderRequestHeader>{items}</OrderRequest></Request></cXML>"
    ).encode()


def response(lines: int) -> OrderResponse:
    return OrderResponse(
        partner_id="p",
        po_number="PO-1",
        po_date=dt.date(2024, 3, 1),
        response_date=dt.date(2024, 3, 2),
        status="accepted",
        currency="EUR",
        parties=(Party("SE", "Seller", "1", "0192"), Party("BY", "Buyer", "2", "0192")),
        lines=tuple(
            OrderResponseLine(str(i), "IA", Decimal(i), "EA", Decimal("1.5"))
            for i in range(1, lines + 1)
        ),
    )


def rate(fn, seconds: float = 2.0) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm up (imports, schema load)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn()
        n += 1
    return n / (time.perf_counter() - start)


def csv_file(rows: int) -> bytes:
    head = "po;line;sku;qty;price;date\n"
    body = "".join(
        f"PO{i // 4:07d};{i % 4 + 1};SKU-{i};{i % 9 + 1};{i % 100},{i % 10}9;01.03.2024\n"
        for i in range(rows)
    )
    return (head + body).encode()


def main() -> None:
    order = ubl_order(LINES)
    xsd = schema.available("Order")
    ubl_read = rate(lambda: ubl.read_ubl(order))
    ubl_read_noxsd = rate(lambda: ubl.read_ubl(order, validate_xsd=False))
    resp = response(LINES)
    ubl_render = rate(lambda: ubl.render_order_response(resp, document_id="R"))
    cx = cxml_order(LINES)
    cxml_read = rate(lambda: cxml.read_cxml(cx))
    route = cxml.Route(
        cxml.Credential("N", "S"), cxml.Credential("N", "B"), cxml.Credential("N", "S", "x")
    )
    cxml_render = rate(lambda: cxml.render_confirmation(resp, route, order_payload_id="1@b"))
    mapping = CsvMapping(
        delimiter=";",
        decimal_comma=True,
        date_formats=["%d.%m.%Y"],
        columns={
            "po_number": "po",
            "line_no": "line",
            "sku": "sku",
            "quantity": "qty",
            "unit_price": "price",
            "po_date": "date",
        },
    )
    rows = 200_000
    data = csv_file(rows)
    start = time.perf_counter()
    orders = sum(1 for g in read_csv_orders(data, mapping) if g.order is not None)
    took = time.perf_counter() - start
    assert orders == rows // 4
    tracemalloc.start()  # a second pass for memory: tracing slows the reader down
    for _ in read_csv_orders(data, mapping):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"UBL Order ({LINES} lines, {len(order)} bytes): {ubl_read:.1f} docs/s with"
        f" {'the XSD check' if xsd else 'no XSDs installed'}, {ubl_read_noxsd:.1f} docs/s"
        " bindings only"
    )
    print(f"UBL OrderResponse render: {ubl_render:.1f} docs/s")
    print(
        f"cXML OrderRequest read: {cxml_read:.1f} docs/s; Confirmation render:"
        f" {cxml_render:.1f} docs/s"
    )
    print(
        f"CSV: {rows} rows ({len(data) / 1e6:.1f} MB) in {took:.2f} s, peak traced memory"
        f" {peak / 1e6:.2f} MB beside the {len(data) / 1e6:.1f} MB input"
    )
    print(
        f"RESULT ubl_read_docs_s={ubl_read:.1f} ubl_read_lines_s={ubl_read * LINES:.0f}"
        f" ubl_render_docs_s={ubl_render:.1f} cxml_read_docs_s={cxml_read:.1f}"
        f" cxml_render_docs_s={cxml_render:.1f} csv_rows_s={rows / took:.0f}"
        f" csv_mb_s={len(data) / 1e6 / took:.2f} csv_peak_mb={peak / 1e6:.2f} xsd={int(xsd)}"
    )


if __name__ == "__main__":
    main()
