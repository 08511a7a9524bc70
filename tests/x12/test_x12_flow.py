"""The X12 flow against a real runtime and database: 850 -> order + 997, 5010 -> 999,
TA1 for broken envelopes, duplicate interchanges, gaps, acknowledgements we receive."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select
from x12build import interchange, make_850, po850_body

from gateway.flows import interchanges
from gateway.pipeline import apply_plan, plan_message
from gateway.store import inbox
from gateway.store.models import Event, Message, OutboundDocument, Payload
from gateway.store.outbox import add_document
from gateway.translators.x12.inbound import read_x12

_ids = itertools.count(1)
ACK_TYPES = ("997", "999", "TA1")


def run(rt, data: bytes, partner: str = "acme-retail"):
    """Store `data` as an inbound message and process it like the worker does."""
    rec = inbox.receive(
        rt.db, partner_id=partner, channel="http", data=data, meta={}, transport_id=f"t{next(_ids)}"
    )
    mid = rec.message_id if hasattr(rec, "message_id") else rec.id
    with rt.db.reading() as s:
        msg = s.get(Message, mid)
    profile = rt.partners.get(partner)
    plan = plan_message(rt, msg, data, profile)
    with rt.db.transaction() as s:
        apply_plan(rt, s, plan, msg, profile)
    with rt.db.reading() as s:
        msg = s.get(Message, mid)
        docs = list(
            s.scalars(
                select(OutboundDocument)
                .where(OutboundDocument.message_id == mid)
                .order_by(OutboundDocument.id)
            )
        )
        # the acknowledgements this flow owes (business documents the OMS may queue, such
        # as an 855 for the order, are not this module's to count)
        out = [
            (d.doc_type, s.get(Payload, d.payload_id).data, d)
            for d in docs
            if d.doc_type in ACK_TYPES
        ]
        s.expunge_all()
    return msg, out


def segs(data: bytes) -> list[list[str]]:
    return [x.strip().split("*") for x in data.decode().split("~") if x.strip()]


def test_850_becomes_order_and_997(runtime):
    msg, out = run(runtime, make_850("PO-77", lines=3, isa_control=5, gs_control=42))
    assert msg.status == "processed", msg.reason
    assert [t for t, _, _ in out] == ["997"]
    s = segs(out[0][1])
    assert [x[0] for x in s] == ["ISA", "GS", "ST", "AK1", "AK2", "AK5", "AK9", "SE", "GE", "IEA"]
    assert s[3] == ["AK1", "PO", "42"] and s[5] == ["AK5", "A"]
    assert s[6] == ["AK9", "A", "1", "1", "1"]
    assert out[0][2].group_control == s[1][6]


def test_5010_group_gets_a_999_with_ik3_ik4(runtime):
    body = po850_body("PO-99")
    body[0] = "BEG*00*SA*PO-99**20261399"  # bad date in BEG05
    data = interchange(
        [("850", "0001", body), ("850", "0002", po850_body("PO-98"))],
        version="005010",
        isa_control=9,
    )
    msg, out = run(runtime, data)
    assert [t for t, _, _ in out] == ["999"]
    s = segs(out[0][1])
    assert s[1][8] == "005010X231A1"
    assert ["AK1", "PO", "1", "005010"] in s
    assert ["IK3", "BEG", "2", "", "8"] in s
    assert ["IK4", "5", "373", "8", "20261399"] in s
    assert ["IK5", "R", "5"] in s and ["IK5", "A"] in s
    assert ["AK9", "P", "2", "2", "1"] in s
    assert msg.status == "processed"  # the good set became an order


def test_broken_isa_gets_ta1(runtime):
    data = make_850().replace(b"*00401*000000001*0*P", b"*00401*000000001*7*P")
    msg, out = run(runtime, data)
    assert msg.status == "rejected" and "TA1 019" in msg.reason
    assert [t for t, _, _ in out] == ["TA1"]
    s = segs(out[0][1])
    assert s[1] == ["TA1", "000000001", "261122", "1200", "R", "019"]


def test_duplicate_interchange_is_not_processed_again_and_gaps_are_events(runtime):
    first, _ = run(runtime, make_850("PO-1", isa_control=100))
    assert first.status == "processed"
    again, out = run(runtime, make_850("PO-2", isa_control=100))
    assert again.status == "rejected" and "already received" in again.reason
    assert segs(out[0][1])[1][4:6] == ["R", "025"]
    run(runtime, make_850("PO-3", isa_control=104))
    with runtime.db.reading() as s:
        gaps = [e.detail for e in s.scalars(select(Event).where(Event.kind == "x12.control_gap"))]
    assert gaps == ["ISA13 jumped from 000000100 to 000000104: interchanges 101..103 never arrived"]


def test_the_senders_last_interchange_is_read_from_an_index(runtime):
    """Gap detection reads the sender's newest control number for every interchange: on
    SQLite that is one index entry, not a sort of every interchange the sender ever sent."""
    if not runtime.db.is_sqlite:
        pytest.skip("SQLite's query plan")
    sql = str(interchanges._LAST_CONTROL.compile(dialect=runtime.db.engine.dialect))
    with runtime.db.engine.connect() as conn:
        steps = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ("p", "x12", 1, 0))
        plan = [r[3] for r in steps]
    index = "ix_interchange_last (partner_id=? AND standard=?)"
    assert plan == [f"SEARCH interchange USING INDEX {index}"]


@pytest.mark.parametrize(("ak5", "expected"), [("A", "acknowledged"), ("R", "ack_rejected")])
def test_received_997_marks_our_documents(runtime, ak5, expected):
    with runtime.db.transaction() as s:
        doc = add_document(
            s,
            partner_id="acme-retail",
            doc_type="855",
            channel="http",
            data=b"x",
            controls=("000000007", "7", "0003"),
        )
        doc_id = doc.id
    body = ["AK1*PR*7", "AK2*855*0003", f"AK5*{ak5}", f"AK9*{ak5}*1*1*{int(ak5 == 'A')}"]
    msg, out = run(
        runtime, interchange([("997", "0001", body)], functional_id="FA", isa_control=77)
    )
    assert out == []  # an acknowledgement is not acknowledged
    assert msg.status == "processed", msg.reason
    with runtime.db.reading() as s:
        assert s.get(OutboundDocument, doc_id).status == expected
        kinds = [e.kind for e in s.scalars(select(Event).where(Event.document_id == doc_id))]
    assert f"document.{expected}" in kinds


def _profile(runtime, **changes):
    import dataclasses

    p = runtime.partners.get("acme-retail")
    x = dataclasses.replace(p.x12, **{k: v for k, v in changes.items() if k != "rules"})
    new = dataclasses.replace(p, x12=x)
    if "rules" in changes:
        new.extra = {**p.extra, "x12_rules": changes["rules"]}
    runtime.partners.partners["acme-retail"] = new


def test_isa15_must_match_the_profile(runtime):
    msg, out = run(runtime, make_850("PO-T", usage="T", isa_control=11))
    assert msg.status == "rejected" and "ISA15 is 'T'" in msg.reason
    assert segs(out[0][1])[1][4:6] == ["R", "020"]


def test_lenient_partner_accepts_trimmed_isa_and_ta1_on_request(runtime):
    data = make_850("PO-L", isa_control=12, ack="1").replace(b"DEMODIST       ", b"DEMODIST", 1)
    msg, out = run(runtime, data)
    assert msg.status == "rejected" and "TA1 022" in msg.reason
    _profile(runtime, lenient_isa=True, ta1="on_request")
    msg, out = run(runtime, data.replace(b"000000012", b"000000013"))
    assert msg.status == "processed", msg.reason
    assert [t for t, _, _ in out] == ["TA1", "997"]
    # accepted, and the trimmed fields are noted: TA104 E with TA105 022
    assert segs(out[0][1])[1][4:6] == ["E", "022"]
    # a fixed-width ISA from the same partner is plainly accepted
    msg, out = run(runtime, make_850("PO-L2", isa_control=15, ack="1"))
    assert msg.status == "processed" and segs(out[0][1])[1][4:6] == ["A", "000"]


def test_noted_interchange_fault_gets_ta1_e_without_a_request(runtime):
    _profile(runtime, ta1="on_request")
    # ISA03 01 announces a password, ISA04 is blank: TA105 013, not a reason to refuse
    data = make_850("PO-N", isa_control=16).replace(b"*00*          *ZZ*", b"*01*          *ZZ*", 1)
    msg, out = run(runtime, data)
    assert msg.status == "processed", msg.reason
    assert [t for t, _, _ in out] == ["TA1", "997"]
    assert segs(out[0][1])[1][4:6] == ["E", "013"]
    _profile(runtime, ta1="never")
    msg, out = run(runtime, data.replace(b"000000016", b"000000017").replace(b"PO-N", b"PO-N2"))
    assert msg.status == "processed" and [t for t, _, _ in out] == ["997"]


def test_accept_with_errors_is_e_per_set_and_group(runtime):
    from gateway.flows.x12 import X12Rules

    _profile(runtime, rules=X12Rules(accept_with_errors=["5"]))
    body = po850_body("PO-E")
    body[2] = "REF*DP*" + "X" * 31  # too long: AK403 5, tolerated by this partner
    msg, out = run(runtime, interchange([("850", "0001", body)], isa_control=14))
    assert msg.status == "processed"
    s = segs(out[0][1])
    assert ["AK3", "REF", "4", "", "8"] in s and ["AK4", "2", "127", "5", "X" * 31] in s
    assert ["AK5", "E", "5"] in s and ["AK9", "E", "1", "1", "1"] in s


def test_received_ta1_marks_our_interchange_and_bad_ta1_is_noted(runtime):
    with runtime.db.transaction() as s:
        doc = add_document(
            s,
            partner_id="acme-retail",
            doc_type="856",
            channel="http",
            data=b"x",
            controls=("000000031", "31", "0001"),
        )
        doc_id = doc.id
    isa = make_850(isa_control=90).split(b"\n")[0]
    data = (
        isa + b"\nTA1*000000031*261122*1200*R*024~\nTA1*12*261122*1200*A*000~\nIEA*0*000000090~\n"
    )
    msg, out = run(runtime, data)
    assert msg.status == "processed" and out == []
    with runtime.db.reading() as s:
        assert s.get(OutboundDocument, doc_id).status == "ack_rejected"
        notes = [e.detail for e in s.scalars(select(Event).where(Event.kind == "x12.bad_ta1"))]
    assert notes and "I12" in notes[0]


def test_render_document_uses_profile_qualifiers_and_fresh_control_numbers(runtime):
    import dataclasses
    import datetime as dt
    from decimal import Decimal

    from gateway.canonical import ItemId, Pack, Shipment, ShipmentLine
    from gateway.flows.x12 import X12Rules, render_document

    _profile(
        runtime, rules=X12Rules(item_qualifiers={"upc": "UK"}, references={"856": [["VR", "V-77"]]})
    )
    profile = runtime.partners.get("acme-retail")
    ship = Shipment(
        "acme-retail",
        "S-1",
        dt.date(2026, 11, 23),
        ("PO-1",),
        packs=(
            Pack(
                "00012345678901234567",
                (ShipmentLine("1", Decimal(2), "EA", (ItemId("upc", "012345678905"),), "PO-1"),),
            ),
        ),
        carrier="UPSN",
        tracking_numbers=("1Z1",),
    )
    with runtime.db.transaction() as s:
        first, c1 = render_document(runtime, s, ship, profile)
        _second, c2 = render_document(runtime, s, ship, profile)
    assert c1 != c2 and int(c2[0]) == int(c1[0]) + 1 and int(c2[2]) == int(c1[2]) + 1
    body = segs(first)
    assert ["REF", "VR", "V-77"] in body and ["LIN", "1", "UK", "012345678905"] in body
    assert ["MAN", "GM", "00012345678901234567"] in body
    (oc,) = read_x12(first, partner_id="acme-retail")
    back = oc.groups[0].sets[0].document
    assert back.packs[0].lines[0].item_ids == (ItemId("gtin", "012345678905"),)
    assert dataclasses.replace(back, packs=ship.packs) == ship


def test_partner_guide_from_the_profile_narrows_the_850(runtime):
    import tomllib

    from gateway.profiles import parse_profile

    p = parse_profile(
        tomllib.loads("""
id = "g"
role = "vendor"
[x12]
isa_id = "X"
[x12_rules]
guides = { "850" = { "BEG02" = ["NE"], "CUR" = "not used" } }
"""),
        file="g.toml",
    )
    _profile(runtime, rules=p.section("x12_rules"))
    msg, out = run(runtime, make_850("PO-G", isa_control=21))
    assert msg.status == "rejected"
    s = segs(out[0][1])
    assert ["AK4", "2", "92", "7", "SA"] in s, s
    assert ["AK3", "CUR", "3", "", "6"] in s, s
    assert ["AK5", "R", "5"] in s


def test_acknowledgement_ids_mirror_the_inbound_envelope(runtime):
    data = make_850("PO-M", isa_control=31).replace(
        b"GS*PO*ACMERETAIL*DEMODIST", b"GS*PO*ACMERETAIL*DEMOAPP"
    )
    _msg, out = run(runtime, data)
    isa, gs = segs(out[0][1])[:2]
    assert (isa[5], isa[6].strip(), isa[7], isa[8].strip()) == (
        "ZZ",
        "DEMODIST",
        "ZZ",
        "ACMERETAIL",
    )
    assert gs[2:4] == ["DEMOAPP", "ACMERETAIL"]
