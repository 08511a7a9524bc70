"""Round trips: canonical -> our renderer -> our reader gives the same canonical object;
every rendered set validates against our own spec and pyx12's X12Reader (an independent
implementation) reads the interchange without envelope errors."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal as D

import pytest

from gateway.canonical import (
    Address,
    InventoryAdvice,
    InventoryLine,
    Invoice,
    InvoiceLine,
    ItemId,
    OrderLine,
    OrderResponse,
    OrderResponseLine,
    Pack,
    Party,
    PurchaseOrder,
    Shipment,
    ShipmentLine,
    ShipRequest,
    TaxLine,
)
from gateway.translators.x12.ack import ack_from_997, group_ack, render_997
from gateway.translators.x12.engine import compile_spec, spec_for
from gateway.translators.x12.envelope import read_interchanges
from gateway.translators.x12.inbound import TRANSLATORS, read_x12
from gateway.translators.x12.render import CHANGE_ACK, OUTBOUND, Qualifiers
from gateway.translators.x12.writer import OutboundEnvelope, render_interchange

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
SHIP_TO = Party(
    "ST",
    "ACME Store 118",
    "0118",
    "92",
    Address(("100 Main Street",), "Springfield", "IL", "62701", "US"),
)
IDS = (ItemId("upc", "012345678905"), ItemId("vendor", "SKU-1"))


def env(version: str = "004010", **kw) -> OutboundEnvelope:
    return OutboundEnvelope(
        sender_qualifier="ZZ",
        sender_id="DEMODIST",
        receiver_qualifier="ZZ",
        receiver_id="ACMERETAIL",
        gs_sender="DEMODIST",
        gs_receiver="ACMERETAIL",
        isa_control=42,
        gs_control=7,
        version=version,
        now=NOW,
        **kw,
    )


DOCS = [
    OrderResponse(
        "p",
        "PO-1",
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 22),
        "changed",
        (
            OrderResponseLine(
                "1", "IA", D(4), "EA", D("9.5"), dt.date(2026, 12, 1), IDS, ordered_quantity=D(4)
            ),
            OrderResponseLine(
                "2",
                "IC",
                D(3),
                "EA",
                D("2.25"),
                dt.date(2026, 12, 3),
                IDS[:1],
                ordered_quantity=D(5),
            ),
            OrderResponseLine("3", "IR", D(0), "CA", None, None, (), ordered_quantity=D(2)),
        ),
        order_number="SO-99",
        parties=(SHIP_TO,),
    ),
    Shipment(
        "p",
        "SHP-1",
        dt.date(2026, 11, 23),
        ("PO-1",),
        packs=(
            Pack(
                "00012345678901234567",
                (
                    ShipmentLine("1", D(4), "EA", IDS, "PO-1"),
                    ShipmentLine("2", D(3), "EA", IDS[:1], "PO-1"),
                ),
            ),
            Pack("00012345678901234574", (ShipmentLine("3", D(1), "EA", IDS, "PO-1"),)),
        ),
        carrier="UPSN",
        service="GROUND",
        tracking_numbers=("1Z999",),
        weight=D("12.5"),
        parties=(SHIP_TO,),
    ),
    PurchaseOrder(
        "p",
        "VPO-7",
        dt.date(2026, 11, 22),
        (
            OrderLine("1", D(10), "EA", D("1.5"), IDS, "Blue widget"),
            OrderLine("2", D(2), "CA", D(30), IDS[1:], ""),
        ),
        ship_to=SHIP_TO,
    ),
    Invoice(
        "p",
        "INV-1",
        dt.date(2026, 11, 24),
        "PO-1",
        (
            InvoiceLine(
                "1",
                D(4),
                "EA",
                D("9.5"),
                D(38),
                IDS,
                "Blue widget",
                (TaxLine("ST", D("0.05"), D("1.9")),),
            ),
        ),
        total=D("44.9"),
        terms="Net 30",
        due_date=dt.date(2026, 12, 24),
        taxes=(TaxLine("ST", D("0.05"), D("1.9")),),
        charges=(("D240", D(5)),),
        parties=(SHIP_TO,),
    ),
    ShipRequest(
        "p",
        "SO-99",
        "PO-1",
        SHIP_TO,
        (OrderLine("1", D(4), "EA", None, IDS, "Blue"),),
        carrier="UPSN",
        service="GROUND",
        request_date=dt.date(2026, 11, 25),
    ),
    InventoryAdvice(
        "p",
        dt.date(2026, 11, 22),
        (InventoryLine(IDS, D(120), "EA", "WH1"), InventoryLine(IDS[:1], D(0), "EA", "")),
    ),
]


def render(doc, version="004010", change_ack=False):
    set_id, gs01, fn = CHANGE_ACK if change_ack else OUTBOUND[type(doc)]
    return set_id, render_interchange(env(version), gs01, [(set_id, "0001", fn(doc, Qualifiers()))])


def pyx12_read(data: bytes) -> int:
    import pyx12.x12file

    reader = pyx12.x12file.X12Reader(io.StringIO(data.decode("latin-1")))
    n = sum(1 for _ in reader)
    errors = list(reader.pop_errors())
    assert errors == [], errors
    return n


@pytest.mark.parametrize("version", ["004010", "005010"])
@pytest.mark.parametrize(
    "doc", [*DOCS, "865"], ids=lambda d: d if isinstance(d, str) else type(d).__name__
)
def test_rendered_sets_validate_and_pyx12_reads_them(doc, version):
    if doc == "865":
        set_id, data = render(DOCS[0], version, change_ack=True)
    else:
        set_id, data = render(doc, version)
    (ic,) = list(read_interchanges(data))
    assert ic.errors == [] and ic.groups[0].errors == []
    (tset,) = ic.groups[0].sets
    assert tset.id == set_id and tset.errors == []
    spec = spec_for(ic.groups[0].version, ic.groups[0].functional_id, set_id)
    errors = compile_spec(spec, tset.delimiters).validate(tset.text, lambda: tset.segments)
    assert errors == [], [e.message for e in errors]
    assert pyx12_read(data) == tset.segment_count + 4  # with ISA, GS, GE, IEA


@pytest.mark.parametrize(
    "doc", [d for d in DOCS if not isinstance(d, PurchaseOrder)], ids=lambda d: type(d).__name__
)
def test_round_trip_gives_the_same_canonical_object(doc):
    _set_id, data = render(doc)
    (oc,) = read_x12(data, partner_id="p")
    (so,) = oc.groups[0].sets
    assert so.errors == []
    assert so.document == doc


def test_865_round_trip():
    doc = DOCS[0]
    _, data = render(doc, change_ack=True)
    (oc,) = read_x12(data, partner_id="p")
    back = oc.groups[0].sets[0].document
    assert back.lines == doc.lines and back.status == doc.status
    assert (back.po_number, back.response_date, back.parties) == (
        doc.po_number,
        doc.response_date,
        doc.parties,
    )


def test_purchase_order_round_trips_as_the_vendors_order():
    doc = DOCS[2]
    _, data = render(doc)
    (oc,) = read_x12(data, partner_id="p")
    order = oc.groups[0].sets[0].document
    assert (order.po_number, order.po_date, order.parties) == (
        doc.po_number,
        doc.po_date,
        (doc.ship_to,),
    )
    assert order.lines == doc.lines


@pytest.mark.parametrize("version", ["004010", "005010"])
def test_functional_ack_round_trip(version):
    body = ["BEG*00*SA*X**20261399", "PO1*1*2*EA*1**UP*1", "CTT*1"]
    segs = ["ST*850*0001", *body, "SE*5*0001"]
    src = (
        "ISA*00*          *00*          *ZZ*A              *ZZ*B              *261122*1200*U"
        "*00401*000000001*0*P*>~GS*PO*A*B*20261122*1200*9*X*"
        + version
        + "~"
        + "~".join(segs)
        + "~GE*1*9~IEA*1*000000001~"
    ).encode()
    (oc,) = read_x12(src, partner_id="p")
    ack = oc.groups[0].ack
    set_id = "999" if version == "005010" else "997"
    data = render_997([ack], env(version), ["0005"], set_id)
    assert pyx12_read(data) > 0
    (back_oc,) = read_x12(data, partner_id="p")
    (so,) = back_oc.groups[0].sets
    assert so.errors == [], [e.message for e in so.errors]
    back = so.document
    assert (back.group_id, back.group_control, back.status) == ("PO", "9", ack.status)
    assert [(s.set_id, s.control_number, s.status) for s in back.sets] == [
        (s.set_id, s.control_number, s.status) for s in ack.sets
    ]
    key = [
        (e.code, e.segment_id, e.segment_position, e.element_position, e.bad_value)
        for e in ack.sets[0].errors
        if e.level != "set"
    ]
    assert key and key == [
        (e.code, e.segment_id, e.segment_position, e.element_position, e.bad_value)
        for e in back.sets[0].errors
        if e.level != "set"
    ]
    assert ack_from_997 is TRANSLATORS[set_id]
    _ = group_ack
