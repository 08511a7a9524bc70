"""UBL, cXML and CSV through the whole gateway: a real HTTP listener on port 0, httpx as the
partner, a worker running the inbound job, the OMS placing the order and the outbound
OrderResponse / ConfirmationRequest / ApplicationResponse in the outbox."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import pytest_twisted
from sqlalchemy import select
from twisted.internet import threads

from gateway.canonical import AckError, AckStatus, FunctionalAck, OrderResponse, Party
from gateway.features.xmlcsv import http_routes
from gateway.oms.models import SalesOrder
from gateway.protocols.http import build_site
from gateway.store.models import Job, Message, OutboundDocument, Payload
from gateway.translators.cxml import read_cxml
from gateway.translators.ubl import read_ubl, render_application_response, schema
from gateway.worker import WorkerPool

httpx = pytest.importorskip("httpx")

PEPPOL = "demo-peppol-token"
CXML_TOKEN = "demo-cxml-token"
WEBSHOP = "demo-webshop-token"


@pytest.fixture
def gateway_url(runtime):
    from twisted.internet import reactor

    site = build_site(runtime.db, runtime.partners, max_body=1 << 20, extra=http_routes(runtime))
    port = reactor.listenTCP(0, site, interface="127.0.0.1")
    yield f"http://127.0.0.1:{port.getHost().port}"
    pytest_twisted.blockon(port.stopListening())


def post(url: str, data: bytes, token: str | None = None, path: str = "/api/v1/inbound"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(url + path, content=data, headers=headers, timeout=30)


def run_jobs(rt) -> int:
    pool = WorkerPool(rt, count=1)
    n = 0
    while pool.run_once("test-worker"):
        n += 1
    return n


def message(rt, mid: str) -> Message:
    with rt.db.reading() as s:
        return s.get(Message, mid)


def outbound(rt, mid: str) -> list[tuple[str, str, bytes]]:
    with rt.db.reading() as s:
        rows = s.execute(
            select(OutboundDocument, Payload.data)
            .join(Payload, Payload.id == OutboundDocument.payload_id)
            .where(OutboundDocument.message_id == mid)
            .order_by(OutboundDocument.id)
        ).all()
        return [(d.doc_type, d.content_type, data) for d, data in rows]


def order_of(rt, partner: str, po: str) -> SalesOrder | None:
    with rt.db.reading() as s:
        return s.scalar(
            select(SalesOrder).where(SalesOrder.partner_id == partner, SalesOrder.po_number == po)
        )


@pytest_twisted.ensureDeferred
async def test_ubl_order_over_http_to_order_and_order_response(runtime, gateway_url, corpus):
    data = (corpus / "xml/ubl/Order/peppol-poacc__Order_Example.xml").read_bytes()
    r = await threads.deferToThread(post, gateway_url, data, PEPPOL)
    assert r.status_code == 202
    mid = r.json()["message_id"]
    assert await threads.deferToThread(run_jobs, runtime) == 1
    msg = message(runtime, mid)
    assert (msg.status, msg.format, msg.partner_id) == ("processed", "ubl", "peppol-buyer")
    so = order_of(runtime, "peppol-buyer", "34")
    assert so is not None and so.source_message_id == mid and so.currency == "NOK"
    # priced from HELSE's contract prices, 25 % VAT of the delivery location, all in stock
    assert (so.status, so.ship_to) == ("allocated", "13691234")
    assert (so.subtotal, so.tax_total, so.total) == (
        Decimal("6225.00"),  # 120 x 50.00 + 15 x 15.00
        Decimal("1556.25"),
        Decimal("7781.25"),
    )
    ((doc_type, ctype, body),) = outbound(runtime, mid)
    assert (doc_type, ctype) == ("order_response", "application/xml")
    if schema.available("OrderResponse"):
        assert schema.validate(body, "OrderResponse") == []
    resp = read_ubl(body).document
    assert isinstance(resp, OrderResponse)
    assert (resp.status, resp.po_number, resp.order_number) == ("accepted", "34", so.number)
    assert [ln.status for ln in resp.lines] == ["IA", "IA"]
    roles = {p.role: p for p in resp.parties}
    # the buyer by its endpoint id, us as the seller, the delivery location the OMS mapped
    assert (roles["BY"].id_qualifier, roles["BY"].id) == ("0192", "987654325")
    assert (roles["SE"].id_qualifier, roles["SE"].id) == ("0192", "123456785")
    assert (roles["ST"].id, roles["ST"].name) == ("13691234", "Helseavdeling")
    # the buyer picks it up over HTTP
    got = await threads.deferToThread(
        httpx.get, gateway_url + "/api/v1/outbound", headers={"Authorization": f"Bearer {PEPPOL}"}
    )
    assert [d["type"] for d in got.json()["documents"]] == ["order_response"]
    # the same order again: refused as a duplicate, with a rejecting OrderResponse
    r2 = await threads.deferToThread(post, gateway_url, data, PEPPOL)
    await threads.deferToThread(run_jobs, runtime)
    mid2 = r2.json()["message_id"]
    assert message(runtime, mid2).status == "duplicate"
    ((_, _, body2),) = outbound(runtime, mid2)
    resp2 = read_ubl(body2).document
    assert resp2.status == "rejected" and "already received" in resp2.reason
    assert [ln.status for ln in resp2.lines] == ["IR", "IR"]


@pytest.mark.parametrize(
    ("sample", "code", "needle"),
    [
        ("broken/xml/oca__despatch_advice_2.xml", "BV", "OrderReference"),
        (None, "SV", "entities"),
    ],
)
@pytest_twisted.ensureDeferred
async def test_bad_ubl_is_stored_rejected_with_application_response(
    runtime, gateway_url, corpus, sample, code, needle
):
    data = (
        (corpus / sample).read_bytes()
        if sample
        else (
            b"<?xml version='1.0'?><!DOCTYPE Order [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            b"<Order xmlns='urn:oasis:names:specification:ubl:schema:xsd:Order-2'>&x;</Order>"
        )
    )
    r = await threads.deferToThread(post, gateway_url, data, PEPPOL)
    mid = r.json()["message_id"]
    await threads.deferToThread(run_jobs, runtime)
    msg = message(runtime, mid)
    assert msg.status == "rejected" and needle in msg.reason
    ((doc_type, _, body),) = outbound(runtime, mid)
    assert doc_type == "app_response"
    if schema.available("ApplicationResponse"):
        assert schema.validate(body, "ApplicationResponse") == []
    ack = read_ubl(body).document
    assert isinstance(ack, FunctionalAck) and ack.status is AckStatus.REJECTED
    assert ack.errors[0].code == code and needle in ack.errors[0].message
    assert ack.group_control == ("{picking_name}" if sample else "NA")  # the refused cbc:ID


@pytest_twisted.ensureDeferred
async def test_ubl_from_an_unknown_party_is_refused(runtime, gateway_url, corpus):
    data = (corpus / "xml/ubl/Order/peppol-poacc__UC4_Order.xml").read_bytes()
    r = await threads.deferToThread(post, gateway_url, data, PEPPOL)
    await threads.deferToThread(run_jobs, runtime)
    msg = message(runtime, r.json()["message_id"])
    assert msg.status == "rejected" and "is not a partner known" in msg.reason
    ((doc_type, _, body),) = outbound(runtime, msg.id)
    ack = read_ubl(body).document
    assert doc_type == "app_response" and ack.status is AckStatus.REJECTED
    assert ack.group_control == "5" and ack.errors[0].code == "FD"


def cxml_order(corpus, *, secret: bytes = b"demo-cxml-secret") -> bytes:
    """The corpus OrderRequest from our demo buyer, its ShipTo naming PROCURA's location."""
    data = (corpus / "xml/cxml/cxmlphp__OrderRequest.xml").read_bytes()
    ship_to = b"<ShipTo>\n                     <Address>"
    assert data.count(ship_to) == 1
    return (
        data.replace(b"inbound@prominate-platform.com", b"AN01000000001")
        .replace(b"coyote", secret)
        .replace(ship_to, b'<ShipTo><Address addressID="SVL-01">')
    )


def cxml_status(r) -> tuple[int, str]:
    doc = read_cxml(r.content).document
    return doc.code, doc.text


@pytest_twisted.ensureDeferred
async def test_cxml_order_request_answered_200_then_confirmed(runtime, gateway_url, corpus):
    data = cxml_order(corpus)
    r = await threads.deferToThread(post, gateway_url, data, None, "/api/v1/cxml")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/xml")
    assert cxml_status(r) == (200, "OK")
    with runtime.db.reading() as s:
        msg = s.scalars(select(Message).order_by(Message.received_at.desc())).first()
        assert (msg.partner_id, msg.status, msg.transport_id) == (
            "cxml-buyer",
            "received",
            "1625586002.193314.7293@dev",
        )
    assert await threads.deferToThread(run_jobs, runtime) == 1
    msg = message(runtime, msg.id)
    assert (msg.status, msg.format) == ("processed", "cxml")
    so = order_of(runtime, "cxml-buyer", "DO1234")
    assert so is not None and so.currency == "EUR"
    # 10 x 2.10 + 20 x 3.20 at PROCURA's contract prices, 9.125 % Sunnyvale sales tax
    assert (so.status, so.ship_to) == ("allocated", "SVL-01")
    assert (so.subtotal, so.tax_total, so.total) == (
        Decimal("85.00"),
        Decimal("7.76"),
        Decimal("92.76"),
    )
    ((doc_type, ctype, body),) = outbound(runtime, msg.id)
    assert (doc_type, ctype) == ("order_response", "text/xml")
    conf = read_cxml(body)
    assert conf.envelope.body == "ConfirmationRequest"
    assert conf.envelope.to[0].identity == "AN01000000001"
    assert conf.envelope.from_[0].identity == "DEMODIST"
    assert conf.document.status == "accepted" and conf.document.order_number == so.number
    assert b'payloadID="1625586002.193314.7293@dev"' in body


@pytest.mark.parametrize(
    ("mutate", "http", "code"),
    [
        (lambda d: d.replace(b"demo-cxml-secret", b"wrong"), 401, 401),
        (lambda d: d.replace(b"AN01000000001", b"AN09999999999"), 401, 401),
        (lambda d: d[: len(d) // 2], 400, 400),
        (
            lambda d: d.replace(b'<OrderRequestHeader orderID="DO1234"', b"<OrderRequestHeader"),
            400,
            400,
        ),
        (
            lambda d: d.replace(
                b'<!DOCTYPE cXML SYSTEM "http://xml.cXML.org/schemas/cXML/1.2.050/cXML.dtd">',
                b"<!DOCTYPE cXML [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
            ),
            400,
            400,
        ),
    ],
)
@pytest_twisted.ensureDeferred
async def test_cxml_refusals_are_stored_and_answered(
    runtime, gateway_url, corpus, mutate, http, code
):
    data = mutate(cxml_order(corpus))
    r = await threads.deferToThread(post, gateway_url, data, None, "/api/v1/cxml")
    assert r.status_code == http and cxml_status(r)[0] == code
    with runtime.db.reading() as s:
        msg = s.scalars(select(Message)).one()
        assert msg.status == "rejected" and msg.reason.startswith(f"cXML {code}: ")
        assert s.scalar(select(Payload.data).where(Payload.id == msg.payload_id)) == data
        assert s.scalars(select(Job)).all() == []


@pytest_twisted.ensureDeferred
async def test_cxml_not_implemented_request(runtime, gateway_url, corpus):
    data = (corpus / "xml/cxml/cxmlphp__PunchoutOrderMessage.xml").read_bytes()
    r = await threads.deferToThread(post, gateway_url, data, None, "/api/v1/cxml")
    assert r.status_code == 400 and cxml_status(r) == (450, "Not Implemented")


@pytest_twisted.ensureDeferred
async def test_cxml_over_the_bearer_endpoint_must_match_the_partner(runtime, gateway_url, corpus):
    r = await threads.deferToThread(post, gateway_url, cxml_order(corpus), PEPPOL)
    await threads.deferToThread(run_jobs, runtime)
    msg = message(runtime, r.json()["message_id"])
    assert (
        msg.status == "rejected" and "not to the authenticated partner peppol-buyer" in msg.reason
    )
    r = await threads.deferToThread(post, gateway_url, cxml_order(corpus), CXML_TOKEN)
    await threads.deferToThread(run_jobs, runtime)
    assert message(runtime, r.json()["message_id"]).status == "processed"


CSV = (
    "Bestellnummer;Bestelldatum;Artikelnummer;EAN;Artikel;Menge;Einzelpreis;Lieferung an;"
    "Straße;PLZ;Ort;Land\n"
    "WS-1;05.03.2024;A-1;4006381333931;Schraube;10;1.234,50;Jürgen Müller;Hauptstraße 5;"
    "50667;Köln;DE\n"
    "WS-1;05.03.2024;A-2;;Dübel;2,5;0,99;Jürgen Müller;Hauptstraße 5;50667;Köln;DE\n"
    "WS-2;06.03.2024;B-7;;Hammer;1;19,90;Eva Schmidt;Ring 1;53111;Bonn;DE\n"
)


@pytest_twisted.ensureDeferred
async def test_csv_orders_from_the_web_shop(runtime, gateway_url):
    r = await threads.deferToThread(post, gateway_url, CSV.encode(), WEBSHOP)
    mid = r.json()["message_id"]
    await threads.deferToThread(run_jobs, runtime)
    msg = message(runtime, mid)
    assert (msg.status, msg.format, msg.reason) == ("processed", "csv", None)
    so = order_of(runtime, "webshop-csv", "WS-1")
    assert so is not None and so.currency == "EUR" and so.status == "allocated"
    # 10 x 1234.50 + 2.5 x 0.99 (2.475 rounds to 2.48); consumer addresses name no ship-to
    # location of WEBSHOP, so the OMS has no tax jurisdiction for them
    assert (so.subtotal, so.tax_total, so.total) == (
        Decimal("12347.48"),
        Decimal("0"),
        Decimal("12347.48"),
    )
    so2 = order_of(runtime, "webshop-csv", "WS-2")
    assert so2 is not None and (so2.status, so2.total) == ("allocated", Decimal("19.90"))
    ((d1, _, r1), (d2, _, r2)) = outbound(runtime, mid)
    assert d1 == d2 == "order_response"
    assert [b'"status": "accepted"' in r for r in (r1, r2)] == [True, True]


@pytest_twisted.ensureDeferred
async def test_csv_errors_name_row_and_column(runtime, gateway_url):
    bad = CSV.replace(";10;1.234,50;", ";zehn;1.234,50;").replace("06.03.2024", "2024/03/06")
    r = await threads.deferToThread(post, gateway_url, bad.encode(), WEBSHOP)
    mid = r.json()["message_id"]
    await threads.deferToThread(run_jobs, runtime)
    got = await threads.deferToThread(
        httpx.get,
        f"{gateway_url}/api/v1/messages/{mid}",
        headers={"Authorization": f"Bearer {WEBSHOP}"},
    )
    body = got.json()
    assert body["status"] == "rejected" and body["format"] == "csv"
    assert body["reason"] == (
        "order WS-1: row 2, column 'Menge' (quantity): 'zehn' is not a number (this partner"
        " uses a decimal comma); order WS-2: row 4, column 'Bestelldatum' (po_date):"
        " '2024/03/06' is not a date in the format(s) %d.%m.%Y, %Y-%m-%d"
    )
    assert order_of(runtime, "webshop-csv", "WS-1") is None


@pytest_twisted.ensureDeferred
async def test_csv_missing_column_and_partner_without_mapping(runtime, gateway_url):
    r = await threads.deferToThread(
        post, gateway_url, CSV.replace("Menge", "Anzahl").encode(), WEBSHOP
    )
    r2 = await threads.deferToThread(post, gateway_url, CSV.encode(), PEPPOL)
    await threads.deferToThread(run_jobs, runtime)
    m1, m2 = message(runtime, r.json()["message_id"]), message(runtime, r2.json()["message_id"])
    assert m1.status == "rejected" and "column 'Menge' (quantity): column is missing" in m1.reason
    assert m2.status == "rejected" and "has no [csv] column mapping" in m2.reason


@pytest.mark.parametrize(
    ("status", "expected"),
    [(AckStatus.ACCEPTED, "acknowledged"), (AckStatus.REJECTED, "ack_rejected")],
)
@pytest_twisted.ensureDeferred
async def test_buyer_application_response_acknowledges_our_order_response(
    runtime, gateway_url, corpus, status, expected
):
    data = (corpus / "xml/ubl/Order/peppol-poacc__Order_Example.xml").read_bytes()
    r = await threads.deferToThread(post, gateway_url, data, PEPPOL)
    await threads.deferToThread(run_jobs, runtime)
    with runtime.db.reading() as s:
        ours = s.scalars(
            select(OutboundDocument).where(OutboundDocument.message_id == r.json()["message_id"])
        ).one()
    assert ours.interchange_control.startswith("OR-")
    errors = () if status is AckStatus.ACCEPTED else (AckError("BV", "price mismatch"),)
    mlr = render_application_response(
        FunctionalAck(
            partner_id="",
            standard="ubl",
            group_id="",
            status=status,
            group_control=ours.interchange_control,
            errors=errors,
        ),
        document_id="MLR-77",
        issue_date=dt.date(2024, 3, 3),
        sender=Party("BY", "Helseforetak", "987654325", "0192"),
    )
    r2 = await threads.deferToThread(post, gateway_url, mlr, PEPPOL)
    await threads.deferToThread(run_jobs, runtime)
    assert message(runtime, r2.json()["message_id"]).status == "processed"
    with runtime.db.reading() as s:
        doc = s.get(OutboundDocument, ours.id)
        assert doc.status == expected
        assert doc.reason == (None if not errors else "price mismatch")


@pytest_twisted.ensureDeferred
async def test_cxml_retry_with_the_same_payload_id_is_not_processed_twice(
    runtime, gateway_url, corpus
):
    data = cxml_order(corpus)
    first = await threads.deferToThread(post, gateway_url, data, None, "/api/v1/cxml")
    again = await threads.deferToThread(post, gateway_url, data, None, "/api/v1/cxml")
    assert cxml_status(first) == cxml_status(again) == (200, "OK")
    assert b"payloadID already received as message" in again.content
    assert await threads.deferToThread(run_jobs, runtime) == 1
    with runtime.db.reading() as s:
        statuses = sorted(m.status for m in s.scalars(select(Message)))
        assert statuses == ["duplicate", "processed"]
        assert len(s.scalars(select(OutboundDocument)).all()) == 1
