"""Rendered EDIFACT round-trips: our parser gives back the same canonical object, the message
validates against its spec, and pydifact (an independent reader) sees the same segments."""

from __future__ import annotations

import datetime as dt
import warnings
from decimal import Decimal

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
from gateway.translators.edifact.contrl import contrl_body, contrl_view, read_contrl
from gateway.translators.edifact.documents import READERS, RENDERERS, sscc_valid
from gateway.translators.edifact.envelope import EnvelopeReader
from gateway.translators.edifact.inbound import read_edifact
from gateway.translators.edifact.messages import spec_for
from gateway.translators.edifact.syntax import CHARSETS
from gateway.translators.edifact.validate import validate_message
from gateway.translators.edifact.writer import OutboundEnvelope, render_interchange

D = Decimal
BUYER = Party(
    "BY",
    "Müller + Söhne: Groß?handel 'Nord' GmbH & Co. KG",
    "5412345000013",
    "9",
    Address(("Hauptstraße 1", "Hof 2"), "Köln", "NW", "50667", "DE"),
)
SELLER = Party("SE", "Demo Distribution Inc", "DEMODIST", "ZZZ")
SHIP_TO = Party(
    "ST", "Lager Süd", "5412345123453", "9", Address(("Ring 9",), "Ulm", "", "89073", "DE")
)
IDS = (ItemId("gtin", "4000862141404"), ItemId("buyer", "ABC:1234"), ItemId("vendor", "V-9"))

RESPONSE = OrderResponse(
    partner_id="p",
    po_number="PO+4711",
    po_date=dt.date(2024, 3, 1),
    response_date=dt.date(2024, 3, 2),
    status="changed",
    order_number="SO-000042",
    parties=(BUYER, SELLER),
    reason="partial delivery: line 2 later",
    lines=(
        OrderResponseLine("1", "IA", D("48"), "PCE", D("14.58"), dt.date(2024, 3, 9), IDS),
        OrderResponseLine(
            "2",
            "IB",
            D("10"),
            "KGM",
            D("2.5"),
            dt.date(2024, 4, 1),
            (ItemId("gtin", "4000862141411"),),
            "backordered",
            D("12"),
        ),
        OrderResponseLine(
            "3",
            "IR",
            D("0"),
            "PCE",
            None,
            None,
            (ItemId("upc", "012345678905"),),
            "discontinued item",
            D("5"),
        ),
    ),
)
REJECTION = OrderResponse(
    partner_id="p",
    po_number="PO-9",
    po_date=dt.date(2024, 3, 1),
    response_date=dt.date(2024, 3, 2),
    status="rejected",
    parties=(SELLER,),
    reason="unknown customer account 'X?Y'",
)
SHIPMENT = Shipment(
    partner_id="p",
    shipment_id="DES587441",
    ship_date=dt.date(2024, 3, 5),
    po_numbers=("PO+4711", "PO-2"),
    order_number="SO-000042",
    carrier="DHL",
    service="EXPRESS",
    tracking_numbers=("JD0146000012345678",),
    weight=D("263.2"),
    parties=(BUYER, SHIP_TO),
    lines=(ShipmentLine("9", D("1"), "PCE", (ItemId("gtin", "4000862141428"),), "PO-2"),),
    packs=(
        Pack(
            "354107380000001051",
            (
                ShipmentLine("1", D("20"), "PCE", IDS, "PO+4711"),
                ShipmentLine("2", D("5.5"), "KGM", (ItemId("gtin", "4000862141411"),), "PO+4711"),
            ),
            D("12.5"),
        ),
        Pack("354107380000001068", (ShipmentLine("1", D("28"), "PCE", IDS, "PO+4711"),)),
    ),
)
INVOICE = Invoice(
    partner_id="p",
    number="IN432097",
    invoice_date=dt.date(2024, 3, 8),
    po_number="PO+4711",
    currency="EUR",
    terms="NET30",
    due_date=dt.date(2024, 4, 7),
    shipment_id="DES587441",
    parties=(BUYER, SELLER),
    charges=(("freight", D("120")), ("promo: spring", D("-15.5"))),
    lines=(
        InvoiceLine(
            "1",
            D("40"),
            "PCE",
            D("54"),
            D("2160"),
            IDS,
            "Widget 'deluxe' + case",
            (TaxLine("VAT", D("19"), D("410.40"), "DE"),),
        ),
        InvoiceLine(
            "2",
            D("12.65"),
            "KGM",
            D("200"),
            D("2530"),
            (ItemId("gtin", "4000862141411"),),
            "",
            (TaxLine("VAT", D("7"), D("177.10")),),
        ),
    ),
    taxes=(TaxLine("VAT", D("19"), D("433.20"), "DE"), TaxLine("VAT", D("7"), D("177.10"))),
    total=D("5415.20"),
)
DOCS = {"ORDRSP": RESPONSE, "DESADV": SHIPMENT, "INVOIC": INVOICE, "APERAK": REJECTION}


def render(message_type, doc, *, directory="96A", syntax="UNOC", version="3"):
    env = OutboundEnvelope(
        sender="DEMODIST",
        sender_qualifier="ZZZ",
        recipient="5412345000013",
        recipient_qualifier="14",
        control="77",
        syntax=syntax,
        version=version,
    )
    body = RENDERERS[message_type](doc)
    return render_interchange(env, [("1", [message_type, "D", directory, "UN"], body)])


def parse_one(data):
    reader = EnvelopeReader(data)
    (msg,) = list(reader)
    assert reader.interchanges[0].errors == []
    assert msg.header.errors == []
    return msg


def _ours(segments):
    return [(s[0][0], [e[0] if len(e) == 1 else list(e) for e in s[1:]]) for s in segments]


def _pydifact(data, codec):
    from pydifact.segmentcollection import Interchange

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ic = Interchange.from_str(data.decode(codec))
        return [
            (s.tag, [e if isinstance(e, str) else list(e) for e in s.elements]) for s in ic.segments
        ]


@pytest.mark.parametrize("directory", ["96A", "01B"])
@pytest.mark.parametrize("message_type", sorted(DOCS))
def test_round_trip(message_type, directory):
    doc = DOCS[message_type]
    data = render(message_type, doc, directory=directory)
    msg = parse_one(data)
    assert validate_message(msg.segments, spec_for(message_type, "D", directory)) == []
    assert READERS[message_type](msg.segments, partner_id="p") == doc
    assert _pydifact(data, "latin-1") == _ours(msg.segments)


@pytest.mark.parametrize("message_type", sorted(DOCS))
def test_round_trip_unoy_syntax_4(message_type):
    doc = DOCS[message_type]
    data = render(message_type, doc, syntax="UNOY", version="4")
    assert data.decode("utf-8").startswith("UNA:+.? '\nUNB+UNOY:4+")
    msg = parse_one(data)
    assert READERS[message_type](msg.segments, partner_id="p") == doc


def test_release_characters_are_written():
    data = render("APERAK", REJECTION).decode("latin-1")
    assert "FTX+AAO+++unknown customer account ?'X??Y?'" in data
    assert "RFF+ON:PO-9" in data


def test_desadv_carries_cps_pac_gin_ssccs():
    data = render("DESADV", SHIPMENT).decode("latin-1")
    assert (
        "CPS+2+1'\nPAC+1++CT'\nMEA+PD+AAB+KGM:12.5'\nPCI+33E'\nGIN+BJ+354107380000001051'" in data
    )
    assert "GIN+BJ+354107380000001068'" in data
    assert sscc_valid("354107380000001051") and not sscc_valid("354107380000001052")
    bad = Shipment(
        partner_id="p",
        shipment_id="S",
        ship_date=None,
        po_numbers=(),
        packs=(Pack("354107380000001052", ()),),
    )
    with pytest.raises(ValueError, match="check digit"):
        RENDERERS["DESADV"](bad)


@pytest.mark.parametrize(
    "name",
    [
        "edifabric__PurchaseOrderInvalid.txt",
        "edifabric__DuplicateGroup.txt",
        "phpedifact__example_order_error.edi",
        "edifabric__CorruptUnb.txt",
        "pydifact__order.edi",
    ],
)
def test_contrl_round_trip(broken_edifact, name):
    out = read_edifact((broken_edifact / name).read_bytes(), partner_id="p")
    acks = out.acks[0]
    version = "4" if acks[0].version == "4" else "3"
    s009 = ["CONTRL", "4", "1", "UN"] if version == "4" else ["CONTRL", "D", "3", "UN"]
    env = OutboundEnvelope(
        sender="DEMODIST",
        sender_qualifier="ZZZ",
        recipient="X",
        recipient_qualifier="",
        control="5",
        version=version,
        syntax="UNOC",
    )
    data = render_interchange(env, [("1", s009, contrl_body(acks))])
    msg = parse_one(data)
    assert validate_message(msg.segments, spec_for(*s009[:3])) == []
    assert read_contrl(msg.segments, partner_id="p") == contrl_view(acks)
    assert _pydifact(data, "latin-1") == _ours(msg.segments)


def test_contrl_details_for_an_invalid_element(broken_edifact):
    out = read_edifact((broken_edifact / "edifabric__PurchaseOrderInvalid.txt").read_bytes())
    body = contrl_body(out.acks[0])
    assert body[1:] == [
        ("UCM", ["000000102", ["ORDERS", "D", "96A", "UN"], "4"]),
        ("UCS", ["5", ""]),
        ("UCD", ["12", ["3", "3"]]),
    ]


def test_every_charset_has_a_codec():
    for cs in CHARSETS.values():
        "A".encode(cs.codec)


def test_unoa_and_unob_output_fits_the_repertoire():
    unoa = render("ORDRSP", RESPONSE, syntax="UNOA").decode("ascii")
    assert (
        "NAD+BY+5412345000013::9++MULLER ?+ SOHNE?: GROS??HANDEL ?'NORD?' :GMBH & CO. KG"
        "+HAUPTSTRASE 1:HOF 2+KOLN+NW+50667+DE'" in unoa
    )
    msg = parse_one(unoa.encode())
    assert validate_message(msg.segments, spec_for("ORDRSP", "D", "96A")) == []
    unob = render("ORDRSP", RESPONSE, syntax="UNOB").decode("ascii")
    assert "++Muller ?+ Sohne?: Gros??handel ?'Nord?' :GmbH & Co. KG+Hauptstrase 1" in unob
