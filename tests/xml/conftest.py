"""Fixtures for the UBL, cXML and CSV tests: canonical documents to render, schema paths."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

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
from gateway.translators.ubl import schema

BUYER = Party(
    "BY",
    "Helseforetak",
    "987654325",
    "0192",
    Address(("Sinsenveien 40", "Oppgang B", "Floor 3"), "Oslo", "Region", "0501", "NO"),
)
SELLER = Party("SE", "Demo Distribution Inc", "DEMODIST", "0088")
SHIP_TO = Party(
    "ST",
    "Warehouse 7",
    "7300010000001",
    "",
    Address(("Solheimsveien 10",), "Lørenskog", "", "1473", "NO"),
)


@pytest.fixture
def ubl_schemas():
    """The OASIS XSDs, or a clear skip when they are not installed."""
    if not schema.available("Order"):
        pytest.skip(f"UBL 2.1 XSDs not found at {schema.schema_dir()} (set GATEWAY_UBL_SCHEMAS)")
    return schema.schema_dir()


@pytest.fixture
def order_response() -> OrderResponse:
    return OrderResponse(
        partner_id="peppol-buyer",
        po_number="PO-34",
        po_date=dt.date(2024, 3, 1),
        response_date=dt.date(2024, 3, 2),
        status="changed",
        order_number="SO00000042",
        parties=(SELLER, BUYER, SHIP_TO),
        reason="line 2 reduced",
        currency="EUR",
        lines=(
            OrderResponseLine(
                "1",
                "IA",
                D("120"),
                "EA",
                D("50.25"),
                dt.date(2024, 3, 9),
                (
                    ItemId("buyer", "123456"),
                    ItemId("vendor", "121212"),
                    ItemId("gtin", "05704066204093"),
                ),
            ),
            OrderResponseLine("2", "IC", D("5"), "KGM", None, None, (), "only 5 in stock"),
            OrderResponseLine("3", "IR", D("0"), "EA", reason="discontinued"),
        ),
    )


@pytest.fixture
def shipment() -> Shipment:
    return Shipment(
        partner_id="peppol-buyer",
        shipment_id="DESP-7",
        ship_date=dt.date(2024, 3, 5),
        po_numbers=("PO-34", "PO-35"),
        carrier="DHL",
        service="express",
        tracking_numbers=("JD0123", "JD0124"),
        weight=D("12.5"),
        order_number="SO00000042",
        source_message_id="m1",
        parties=(SELLER, SHIP_TO, BUYER),
        lines=(ShipmentLine("9", D("1"), "EA", (ItemId("vendor", "X-1"),), "PO-35"),),
        packs=(
            Pack(
                "003456789012345675",
                (
                    ShipmentLine("1", D("100"), "EA", (ItemId("gtin", "05704066204093"),), "PO-34"),
                    ShipmentLine("2", D("5"), "KGM", (), "PO-34"),
                ),
                D("7.25"),
            ),
            Pack(
                "003456789012345682",
                (ShipmentLine("1", D("20"), "EA", (ItemId("gtin", "05704066204093"),), "PO-34"),),
            ),
        ),
    )


@pytest.fixture
def invoice() -> Invoice:
    return Invoice(
        partner_id="peppol-buyer",
        number="INV-1001",
        invoice_date=dt.date(2024, 3, 6),
        po_number="PO-34",
        currency="EUR",
        terms="30 days net",
        due_date=dt.date(2024, 4, 5),
        shipment_id="DESP-7",
        parties=(SELLER, BUYER, SHIP_TO),
        lines=(
            InvoiceLine(
                "1",
                D("120"),
                "EA",
                D("50.25"),
                D("6030.00"),
                (ItemId("vendor", "121212"),),
                "Needle 4mm",
                (TaxLine("VAT", D("25"), D("1507.50")),),
            ),
            InvoiceLine("2", D("5"), "KGM", D("10"), D("50.00"), (), "Gauze"),
        ),
        taxes=(TaxLine("VAT", D("25"), D("1507.50")), TaxLine("VAT", D("0"), D("0"), "Svalbard")),
        charges=(("Freight", D("100.00")), ("Discount", D("-30.00"))),
        total=D("7657.50"),
    )
