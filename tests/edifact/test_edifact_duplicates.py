"""EDIFACT through the pipeline: an interchange sent again (same sender, same UNB 0020 inside
the profile's window) is refused with a CONTRL UCI action 4 / 0085 code 26 and an event;
running a stored message again is not a duplicate of itself. Also: payloads that start
with whitespace and a BOM, and messages without any UNB."""

from __future__ import annotations

import dataclasses
import itertools

from sqlalchemy import select

from gateway.oms.models import SalesOrder
from gateway.pipeline import apply_plan, plan_message
from gateway.store import inbox
from gateway.store.models import Event, Message, OutboundDocument, Payload
from gateway.translators.edifact.envelope import EnvelopeReader

PARTNER = "eurofresh-edifact"
_ids = itertools.count(1)


def orders(ref: str, po: str) -> bytes:
    body = [
        f"BGM+220+{po}+9",
        "DTM+137:20240301:102",
        "NAD+BY+5412345000013::9",
        "LIN+1++012345678905:SRV",
        "QTY+21:4:PCE",
        "UNS+S",
    ]
    segs = [
        "UNA:+.? '",
        f"UNB+UNOC:3+5412345000013:14+DEMODIST:ZZZ+240301:1200+{ref}'",
        "UNH+1+ORDERS:D:96A:UN:EAN008'",
        *[s + "'" for s in body],
        f"UNT+{len(body) + 2}+1'",
        f"UNZ+1+{ref}'",
    ]
    return "\n".join(segs).encode("latin-1")


def store(rt, data: bytes) -> str:
    rec = inbox.receive(
        rt.db, partner_id=PARTNER, channel="http", data=data, meta={}, transport_id=f"d{next(_ids)}"
    )
    return rec.message_id if hasattr(rec, "message_id") else rec.id


def process(rt, mid: str):
    """Run the stored message through the pipeline like the worker does."""
    with rt.db.reading() as s:
        msg = s.get(Message, mid)
        data = s.get(Payload, msg.payload_id).data
    profile = rt.partners.get(PARTNER)
    plan = plan_message(rt, msg, data, profile)
    with rt.db.transaction() as s:
        apply_plan(rt, s, plan, msg, profile)
    with rt.db.reading() as s:
        msg = s.get(Message, mid)
        contrls = [
            s.get(Payload, d.payload_id).data
            for d in s.scalars(
                select(OutboundDocument)
                .where(OutboundDocument.message_id == mid, OutboundDocument.doc_type == "CONTRL")
                .order_by(OutboundDocument.id)
            )
        ]
        s.expunge_all()
    return msg, contrls


def uci(contrl: bytes) -> list:
    (msg,) = list(EnvelopeReader(contrl))
    return next(s for s in msg.segments if s[0] == ["UCI"])


def events_of(rt, kind: str) -> list[tuple[str, str]]:
    with rt.db.reading() as s:
        return [
            (e.message_id, e.detail) for e in s.scalars(select(Event).where(Event.kind == kind))
        ]


def test_interchange_sent_again_is_refused_with_contrl_26_and_an_event(runtime):
    first = store(runtime, orders("7001", "DUP-1"))
    msg, contrls = process(runtime, first)
    assert msg.status == "processed", msg.reason
    assert uci(contrls[-1])[4] == ["7"]

    # same sender, same UNB reference, other content: still the same interchange
    again = store(runtime, orders("7001", "DUP-2"))
    msg, contrls = process(runtime, again)
    assert msg.status == "duplicate"
    assert f"interchange 7001 from 5412345000013 was already received in message {first}" in (
        msg.reason
    )
    assert uci(contrls[-1])[1:] == [
        ["7001"],
        ["5412345000013", "14"],
        ["DEMODIST", "ZZZ"],
        ["4"],
        ["26"],
        ["UNB"],
        ["5"],
    ]
    with runtime.db.reading() as s:
        assert s.scalar(select(SalesOrder).where(SalesOrder.po_number == "DUP-2")) is None
    assert [m for m, _ in events_of(runtime, "edifact.duplicate_interchange")] == [again]

    # another reference from the same partner is a new interchange
    other = store(runtime, orders("7002", "DUP-3"))
    msg, _ = process(runtime, other)
    assert msg.status == "processed", msg.reason


def test_running_a_stored_message_again_is_not_a_duplicate_of_itself(runtime):
    mid = store(runtime, orders("7101", "RE-1"))
    assert process(runtime, mid)[0].status == "processed"
    msg, contrls = process(runtime, mid)
    # the PO is already placed (the OMS says duplicate) but the interchange is accepted
    assert uci(contrls[-1])[4] == ["7"]
    assert "interchange 7101" not in (msg.reason or "")
    assert events_of(runtime, "edifact.duplicate_interchange") == []


def test_the_window_comes_from_the_profile(runtime):
    p = runtime.partners.get(PARTNER)
    section = dataclasses.replace(p.section("edifact"), duplicate_window_days=0)
    runtime.partners.partners[PARTNER] = dataclasses.replace(
        p, extra={**p.extra, "edifact": section}
    )
    assert process(runtime, store(runtime, orders("7201", "WIN-1")))[0].status == "processed"
    msg, contrls = process(runtime, store(runtime, orders("7201", "WIN-2")))
    assert msg.status == "processed", msg.reason  # the earlier one is outside a 0-day window
    assert uci(contrls[-1])[4] == ["7"]


def test_whitespace_and_bom_before_unb_are_read(runtime):
    data = b" \r\n\xef\xbb\xbf\r\n" + orders("7301", "BOM-1")
    msg, contrls = process(runtime, store(runtime, data))
    assert (msg.format, msg.status) == ("edifact", "processed"), msg.reason
    assert uci(contrls[-1])[4] == ["7"]


def test_message_without_unb_gets_a_precise_rejection(runtime):
    data = b"UNH+1+ORDERS:D:96A:UN'BGM+220+NOUNB+9'UNT+3+1'"
    msg, contrls = process(runtime, store(runtime, data))
    assert (msg.format, msg.status) == ("edifact", "rejected")
    assert "segment UNH arrived without a UNB interchange header" in msg.reason
    assert "ISO 9735-1" in msg.reason and "not the partner" not in msg.reason
    assert uci(contrls[-1])[4:6] == [["4"], ["13"]]
