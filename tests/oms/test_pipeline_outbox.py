"""The OMS's documents leave through the pipeline's outbox in the message's transaction:
rendered by a registered renderer, else queued as canonical JSON; nothing when refused."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from oms_helpers import ROOT
from sqlalchemy import select

from gateway.canonical import OrderResponse
from gateway.pipeline import Rendered, process_inbound
from gateway.store import inbox, queue
from gateway.store.models import Event, Message, OutboundDocument
from gateway.store.outbox import payload_of

DEMO = (ROOT / "docs" / "examples" / "acme-850.edi").read_bytes()


def _run(rt, data=DEMO):
    rec = inbox.receive(rt.db, partner_id="acme-retail", channel="http", data=data)
    process_inbound(rt, queue.claim(rt.db, "w", lease=30)[0], "w")
    with rt.db.reading() as s:
        msg = s.get(Message, rec.message_id)
        docs = s.scalars(
            select(OutboundDocument)
            .where(OutboundDocument.message_id == rec.message_id)
            .order_by(OutboundDocument.id)
        ).all()
        return msg, [(d.doc_type, d.order_id, payload_of(s, d.payload_id)) for d in docs]


def test_order_response_queued_as_json_without_a_renderer(runtime):
    for key in [k for k in runtime.renderers if k[0] == "x12"]:
        del runtime.renderers[key]  # as for a partner whose standard has no renderer
    msg, docs = _run(runtime)
    assert msg.status == "processed"
    assert [d[0] for d in docs] == ["order_response", "997"]
    body = json.loads(docs[0][2])
    assert body["type"] == "OrderResponse" and body["document"]["status"] == "accepted"
    assert [ln["status"] for ln in body["document"]["lines"]] == ["IA", "IA"]
    assert docs[0][1] is not None  # linked to the order


def test_registered_renderer_is_used(runtime):
    seen = []

    def render_855(rt, s, doc, profile):
        seen.append(doc)
        return Rendered("855", f"855 for {doc.po_number}".encode(), ("1", "1", "0001"))

    runtime.renderers[("x12", OrderResponse)] = render_855
    _msg, docs = _run(runtime)
    assert [d[0] for d in docs] == ["855", "997"]
    assert docs[0][2] == b"855 for PO-10001" and seen[0].status == "accepted"


def test_duplicate_po_queues_no_response_and_is_marked(runtime):
    _run(runtime)
    again = DEMO.replace(b"000000101", b"000000102").replace(b"*101*", b"*102*")
    again = again.replace(b"GE*1*101~", b"GE*1*102~")
    msg, docs = _run(runtime, again)
    assert msg.status == "duplicate", msg.reason
    assert "already received as order SO" in msg.reason
    assert [d[0] for d in docs] == ["997"]


def test_send_855_off_suppresses_the_response(runtime):
    profile = runtime.partners.partners["acme-retail"]
    runtime.partners.partners["acme-retail"] = replace(
        profile, x12=replace(profile.x12, send_855=False)
    )
    _msg, docs = _run(runtime)
    assert [d[0] for d in docs] == ["997"]
    with runtime.db.reading() as s:
        assert s.scalar(select(Event.kind).where(Event.kind == "order.allocated"))


def test_a_held_order_is_acknowledged_on_hold_where_the_profile_asks(runtime):
    from sqlalchemy import update

    from gateway.oms.models import Customer, SalesOrder
    from gateway.oms.orders import release_hold
    from gateway.pipeline import runtime_outbox

    with runtime.db.transaction() as s:
        s.execute(update(Customer).where(Customer.number == "ACME").values(credit_hold=True))
    msg, docs = _run(runtime)  # the profile as shipped: nothing until the hold is released
    assert msg.status == "processed" and [d[0] for d in docs] == ["997"]

    profile = runtime.partners.partners["acme-retail"]
    runtime.partners.partners["acme-retail"] = replace(
        profile, x12=replace(profile.x12, ack_held=True)
    )
    again = DEMO.replace(b"000000101", b"000000102").replace(b"*101*", b"*102*")
    again = again.replace(b"GE*1*101~", b"GE*1*102~").replace(b"BEG*00*SA*", b"BEG*00*SA*H")
    msg, docs = _run(runtime, again)
    assert [d[0] for d in docs] == ["855", "997"], msg.reason
    held = docs[0][2].decode()
    assert "BAK*00*AH*H" in held
    lines = [seg for seg in held.split("~") if seg.strip().startswith("ACK*")]
    assert lines and all(seg.strip().startswith("ACK*IH*") for seg in lines)

    with runtime.db.transaction() as s:
        so = s.get(SalesOrder, docs[0][1])
        assert so.status == "on_hold"
        release_hold(s, so, runtime_outbox(runtime, s), actor="admin", reason="paid up")
    with runtime.db.reading() as s:
        out = s.scalars(
            select(OutboundDocument)
            .where(OutboundDocument.order_id == docs[0][1])
            .order_by(OutboundDocument.id)
        ).all()
        final = payload_of(s, out[-1].payload_id).decode()
    assert [d.doc_type for d in out] == ["855", "855"]
    assert "BAK*00*A" in final and "BAK*00*AH" not in final and "ACK*IH" not in final


def test_dropship_documents_go_to_the_right_partners(runtime):
    import datetime as dt
    from decimal import Decimal

    from oms_helpers import line, order

    from gateway.canonical import Shipment, ShipmentLine
    from gateway.flows.oms import shipment_handler
    from gateway.oms.orders import place_order
    from gateway.pipeline import runtime_outbox

    with runtime.db.transaction() as s:
        placed = place_order(
            s,
            order("DS-9", line("1", "1", "EA", None, vendor="DRP-300")),
            customer_number="ACME",
            outbox=runtime_outbox(runtime, s),
        )
    rec = inbox.receive(
        runtime.db,
        partner_id="shipfast-dropship",
        channel="http",
        data=b"945 stand-in",
        process=False,
    )
    conf = Shipment(
        partner_id="shipfast-dropship",
        shipment_id="SF-1",
        ship_date=dt.date(2026, 11, 23),
        po_numbers=("DS-9",),
        order_number=placed.number,
        carrier="FDEG",
        tracking_numbers=("7946",),
        lines=(ShipmentLine("1", Decimal(1), "EA"),),
    )
    with runtime.db.transaction() as s:
        note = shipment_handler(
            runtime,
            s,
            conf,
            runtime.partners.get("shipfast-dropship"),
            s.get(Message, rec.message_id),
        )
    assert "FDEG 7946" in note
    with runtime.db.reading() as s:
        docs = [
            (d.partner_id, d.doc_type)
            for d in s.scalars(select(OutboundDocument).order_by(OutboundDocument.id))
        ]
    # both partners speak X12: 940 ship request, then 855, 856 and 810 to the customer
    assert docs == [
        ("shipfast-dropship", "940"),
        ("acme-retail", "855"),
        ("acme-retail", "856"),
        ("acme-retail", "810"),
    ]


def _held(partner: str):
    import datetime as dt
    from decimal import Decimal

    from gateway.canonical import OrderResponseLine

    return OrderResponse(
        partner_id=partner,
        po_number="PO-HELD-1",
        po_date=dt.date(2026, 11, 20),
        response_date=dt.date(2026, 11, 23),
        status="held",
        order_number="SO00000077",
        currency="USD",
        reason="credit",
        lines=(
            OrderResponseLine("1", "IH", Decimal(5), "EA", Decimal("2.50"), ordered_quantity=5),
            OrderResponseLine("2", "IR", Decimal(0), "EA", None, reason="unknown item"),
        ),
    )


@pytest.mark.parametrize(
    ("partner", "doc_type", "expect"),
    [
        ("eurofresh-edifact", "ORDRSP", [b"BGM+231+SO00000077+12'", b"LIN+1+4", b"LIN+2+7"]),
        ("peppol-buyer", "order_response", [b">AB</cbc:OrderResponseCode>"]),
        ("acme-retail", "855", [b"BAK*00*AH*PO-HELD-1", b"ACK*IH*5*EA", b"ACK*IR*0*EA"]),
    ],
)
def test_held_response_in_every_standard_only_where_asked(runtime, partner, doc_type, expect):
    from gateway.pipeline import queue_canonical
    from gateway.translators.edifact.documents import READERS
    from gateway.translators.edifact.envelope import EnvelopeReader
    from gateway.translators.ubl import read_ubl

    with runtime.db.transaction() as s:  # the profile as shipped does not ask for it
        assert queue_canonical(runtime, s, _held(partner)) is None
    profile = runtime.partners.partners[partner]
    runtime.partners.partners[partner] = replace(profile, ack_held=True)
    with runtime.db.transaction() as s:
        out = queue_canonical(runtime, s, _held(partner))
        assert out is not None and out.doc_type == doc_type
        data = payload_of(s, out.payload_id)
    for needle in expect:
        assert needle in data, (needle, data[:400])
    if partner == "eurofresh-edifact":
        (msg,) = list(EnvelopeReader(data))
        back = READERS["ORDRSP"](msg.segments, partner_id=partner)
    elif partner == "peppol-buyer":
        back = read_ubl(data).document
    else:
        return
    assert back.status == "held"
    assert [(ln.line_no, ln.status) for ln in back.lines] == [("1", "IH"), ("2", "IR")]


def test_cxml_has_no_held_response(runtime):
    from gateway.pipeline import queue_canonical

    profile = runtime.partners.partners["cxml-buyer"]
    runtime.partners.partners["cxml-buyer"] = replace(profile, ack_held=True)
    with runtime.db.transaction() as s:  # cXML has no confirmation type for an order on hold
        assert queue_canonical(runtime, s, _held("cxml-buyer")) is None
        assert s.scalar(select(OutboundDocument.id)) is None
