"""Outbound renderers for UBL and cXML partners (what an OMS emitting Shipments, Invoices and
OrderResponses uses): the standard follows the profile, the bytes read back to the same
canonical document, control numbers come from the transaction."""

from __future__ import annotations

import dataclasses

import pytest

from gateway.features.xmlcsv import install
from gateway.flows.xml_out import RENDERERS, render, standard_of
from gateway.translators.cxml import Source as CxmlSource
from gateway.translators.cxml import read_cxml
from gateway.translators.ubl import Source as UblSource
from gateway.translators.ubl import read_ubl, schema


@pytest.mark.parametrize(
    ("partner", "std"),
    [("peppol-buyer", "ubl"), ("cxml-buyer", "cxml"), ("webshop-csv", None), ("acme-retail", None)],
)
def test_standard_follows_the_profile(runtime, partner, std):
    assert standard_of(runtime.partners.get(partner)) == std


def test_ubl_partner_gets_despatch_advice_and_invoice(runtime, shipment, invoice):
    profile = runtime.partners.get("peppol-buyer")
    with runtime.db.transaction() as s:
        ship_out = render(runtime, s, shipment, profile)
        inv_out = render(runtime, s, invoice, profile)
    assert (ship_out.doc_type, ship_out.content_type, ship_out.controls[0]) == (
        "ship_notice",
        "application/xml",
        "DESP-7",
    )
    assert inv_out.doc_type == "invoice" and inv_out.filename == "Invoice-INV-1001.xml"
    for out, root in ((ship_out, "DespatchAdvice"), (inv_out, "Invoice")):
        if schema.available(root):
            assert schema.validate(out.data, root) == []
    assert read_ubl(
        ship_out.data, source=UblSource("peppol-buyer")
    ).document == dataclasses.replace(shipment, source_message_id="")
    assert read_ubl(inv_out.data, source=UblSource("peppol-buyer")).document == invoice


def test_ubl_order_response_adds_us_as_seller(runtime, order_response):
    profile = runtime.partners.get("peppol-buyer")
    resp = dataclasses.replace(order_response, parties=order_response.parties[1:])
    with runtime.db.transaction() as s:
        first = render(runtime, s, resp, profile)
        second = render(runtime, s, resp, profile)
    assert (first.controls[0], second.controls[0]) == ("OR-1", "OR-2")
    back = read_ubl(first.data).document
    seller = next(p for p in back.parties if p.role == "SE")
    assert (seller.name, seller.id, seller.id_qualifier) == (
        "Demo Distribution Inc",
        "123456785",
        "0192",
    )


def test_cxml_partner_gets_ship_notice_and_invoice(runtime, shipment, invoice, monkeypatch):
    monkeypatch.setenv("GATEWAY_CXML_SECRET_CXML_BUYER", "our-secret")
    profile = runtime.partners.get("cxml-buyer")
    with runtime.db.transaction() as s:
        ship_out = render(runtime, s, shipment, profile)
        inv_out = render(runtime, s, invoice, profile)
    ship = read_cxml(ship_out.data, source=CxmlSource("cxml-buyer"))
    assert ship.envelope.body == "ShipNoticeRequest" and ship_out.content_type == "text/xml"
    assert ship.envelope.to[0].identity == "AN01000000001"
    assert ship.envelope.sender[0].shared_secret == "our-secret"
    assert f".{ship_out.controls[0]}." in ship.envelope.payload_id
    assert ship.document == dataclasses.replace(
        shipment, source_message_id="", partner_id="cxml-buyer"
    )
    assert read_cxml(inv_out.data, source=CxmlSource("cxml-buyer")).document == dataclasses.replace(
        invoice, partner_id="cxml-buyer"
    )


def test_no_renderer_for_a_partner_without_xml(runtime, shipment):
    with runtime.db.transaction() as s, pytest.raises(LookupError):
        render(runtime, s, shipment, runtime.partners.get("webshop-csv"))


def test_renderers_join_an_oms_registry(runtime):
    """install() fills the OMS renderer registry with the UBL and cXML renderers."""
    runtime.renderers = {}
    install(runtime)
    assert set(runtime.renderers) == set(RENDERERS)


@pytest.mark.parametrize("partner", ["peppol-buyer", "cxml-buyer"])
def test_order_response_without_currency_takes_the_orders(runtime, order_response, partner):
    """An OMS-built response may leave the currency out; prices still need one."""
    from decimal import Decimal

    from gateway.canonical import ItemId, Order, OrderLine
    from gateway.oms.orders import place_order
    from gateway.pipeline import runtime_outbox

    order = Order(
        partner_id=partner,
        po_number="PO-34",
        po_date=None,
        currency="NOK",
        lines=(OrderLine("1", Decimal(1), "EA", Decimal(15), (ItemId("vendor", "SItemNo011"),)),),
    )
    resp = dataclasses.replace(order_response, partner_id=partner, currency="")
    with runtime.db.transaction() as s:
        placed = place_order(s, order, customer_number="HELSE", outbox=runtime_outbox(runtime, s))
        assert (placed.status, placed.response.status) == ("allocated", "accepted")
        out = render(runtime, s, resp, runtime.partners.get(partner))
    reader = read_ubl if partner == "peppol-buyer" else read_cxml
    assert reader(out.data).document.currency == "NOK"
