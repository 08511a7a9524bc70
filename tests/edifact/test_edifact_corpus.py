"""Every EDIFACT sample of the shared corpus: parsed, checked, translated or rejected precisely.

The table holds, per file: interchanges, messages, the CONTRL 0085 codes found at
interchange level and at message level, and the orders translated (PO number, lines).
Samples in `edifact/` that still carry faults are real faults of those files (wrong
UNT/UNZ counts, UNZ references, 3055 codes, directories we do not support); the
comments say which.
"""

from __future__ import annotations

import pytest

from gateway.translators.edifact.contrl import contrl_body
from gateway.translators.edifact.envelope import EnvelopeReader
from gateway.translators.edifact.inbound import read_edifact
from gateway.translators.edifact.messages import spec_for
from gateway.translators.edifact.validate import validate_message
from gateway.translators.edifact.writer import OutboundEnvelope, render_interchange

EXPECTED = {
    "broken/edifact/bots__preprocessing-0T0000000004.edi": (1, 1, ["33"], [], []),
    "broken/edifact/edifabric__CorruptUnb.txt": (1, 2, ["22"], [], []),
    "broken/edifact/edifabric__CorruptUnh.txt": (1, 2, [], ["22"], [("128576", 1)]),
    "broken/edifact/edifabric__DuplicateGroup.txt": (1, 2, [], ["26"], [("128576", 1)]),
    "broken/edifact/edifabric__DuplicateInterchange.txt": (2, 2, ["26", "28"], ["18"], []),
    "broken/edifact/edifabric__DuplicateMessage.txt": (1, 2, [], ["26"], [("128576", 1)]),
    "broken/edifact/edifabric__MixedTransactionsNoEnvelopes.txt": (1, 2, ["13"], [], []),
    "broken/edifact/edifabric__PurchaseOrderInvalid.txt": (1, 1, [], ["12"], []),
    "broken/edifact/phpedifact__example_order_error.edi": (1, 1, [], ["16", "21", "39"], []),
    "broken/edifact/pydifact__order.edi": (1, 1, ["12", "13"], [], []),
    "broken/edifact/pydifact__order2.edi": (1, 1, ["13"], ["18"], []),
    "edifact/APERAK/bots__dutchic_aperak1.edi": (1, 1, [], [], []),
    "edifact/APERAK/pydifact__v3-aperak.edi": (1, 1, [], ["29"], []),
    "edifact/APERAK/pydifact__v3-aperak_rejected.edi": (1, 1, [], ["29"], []),
    "edifact/APERAK/pydifact__v4-aperak.edi": (1, 1, ["12"], ["29"], []),
    "edifact/CONTRL/edifabric__CONTRL.txt": (1, 2, ["2"], [], []),
    "edifact/DESADV/edifabric__DespatchAdvice.txt": (1, 1, ["29"], [], []),
    "edifact/DESADV/phpedifact__D96ADESADV.edi": (1, 1, [], ["17"], []),
    "edifact/DESADV/phpedifact__example_utf8.edi": (1, 1, [], ["17"], []),
    "edifact/IFTMBC/phpedifact__example_multiline.edi": (1, 1, ["12"], ["14", "29"], []),
    "edifact/INVOIC/bots__invoic01.edi": (1, 2, [], [], []),
    "edifact/INVOIC/edifabric__Invoice-EANCOM.txt": (1, 1, ["29"], [], []),
    "edifact/INVOIC/edifabric__Invoice-UNG.txt": (1, 1, ["29"], [], []),
    "edifact/INVOIC/edireader__tiny-syntaxVariants-UNOA.edi": (1, 1, [], ["17"], []),
    "edifact/INVOIC/edireader__tiny-syntaxVariants-UNOE.edi": (1, 1, [], ["17"], []),
    "edifact/INVOIC/edireader__tiny-withUNA-UNOA.edi": (1, 1, [], ["17"], []),
    "edifact/INVOIC/pydifact__invoice1.edi": (1, 1, [], ["17"], []),
    "edifact/INVOIC/pydifact__invoice_with_colon_at_end.edi": (1, 1, [], ["17"], []),
    "edifact/ORDERS/bots__order02.edi": (1, 1, [], [], [("ORDT0000000015", 1)]),
    "edifact/ORDERS/bots__order03.edi": (1, 1, [], [], [("ORDT0000000001", 1)]),
    "edifact/ORDERS/bots__orders01-UNOA2-UNBref.edi": (1, 2, [], [], [("1", 4), ("12", 1)]),
    "edifact/ORDERS/bots__orders02.edi": (
        24,
        24,
        [],
        ["12"],
        [("123", 3), ("1234", 3), ("12345", 3)],
    ),
    "edifact/ORDERS/bots__sap-inbound-1.edi": (
        1,
        12,
        [],
        [],
        [("4200000064", 2), ("4200001051", 1), ("4200006016", 1)],
    ),
    "edifact/ORDERS/edifabric__PurchaseOrder.txt": (1, 1, [], [], [("128576", 1)]),
    "edifact/ORDERS/edifabric__PurchaseOrders.txt": (1, 2, [], ["12"], [("128576", 1)]),
    "edifact/ORDERS/edireader__ORDERS-D01B-UNOE.edi": (
        1,
        1,
        [],
        ["13", "15", "16", "35", "39"],
        [],
    ),
    "edifact/ORDERS/oca__Retail_EDIFACT_ORDERS_sample1.txt": (1, 1, [], [], [("1AA1TEST", 3)]),
    "edifact/ORDERS/oca__test_orders_-_no_ean_in_LIN_segments.txt": (1, 1, [], ["12"], []),
    "edifact/ORDERS/phpedifact__example_order_ok.edi": (1, 1, [], [], [("2019265563", 146)]),
    "edifact/ORDERS/pydifact__wikipedia_de.edi": (1, 1, ["28"], ["18"], []),
    "edifact/ORDRSP/edifabric__PurchaseOrderResponse.txt": (1, 1, [], [], []),
    "edifact/ORDRSP/edireader__ORDERS-D01B-UNOC.edi": (
        1,
        1,
        [],
        ["13", "15", "16", "35", "39"],
        [],
    ),
    "edifact/ORDRSP/edireader__ORDERS-D01B-UNOD.edi": (
        1,
        1,
        [],
        ["13", "15", "16", "35", "39"],
        [],
    ),
    "edifact/PAORES/phpedifact__example_release_character.edi": (1, 1, ["2"], ["14", "29"], []),
}
BROKEN = {k: v for k, v in EXPECTED.items() if k.startswith("broken/")}


def test_table_covers_every_corpus_file(corpus):
    files = {
        str(p.relative_to(corpus))
        for d in ("edifact", "broken/edifact")
        for p in (corpus / d).rglob("*")
        if p.is_file()
    }
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(corpus, name):
    ics, msgs, ic_codes, msg_codes, orders = EXPECTED[name]
    out = read_edifact((corpus / name).read_bytes(), partner_id="p")
    assert len(out.interchanges) == ics
    assert len(out.messages) == msgs
    assert sorted({e.code for ic in out.interchanges for e in ic.errors}) == ic_codes
    assert sorted({e.code for m in out.messages for e in m.errors}) == msg_codes
    assert [(d.po_number, len(d.lines)) for d in out.documents][:3] == orders
    for ic, acks in zip(out.interchanges, out.acks, strict=True):
        rejected = bool(ic.errors)
        assert all((a.status == "R") for a in acks) or not rejected


def test_one_order_in_detail(edifact_corpus):
    out = read_edifact(
        (edifact_corpus / "ORDERS" / "edifabric__PurchaseOrder.txt").read_bytes(),
        partner_id="p",
        message_id="m1",
    )
    (order,) = out.documents
    assert order.po_number == "128576" and order.order_type == "220"
    assert str(order.po_date) == "2002-08-30" and order.currency == "GBP"
    assert [(p.role, p.id) for p in order.parties] == [
        ("BY", "5412345000013"),
        ("SE", "4012345500004"),
    ]
    (line,) = order.lines
    assert (line.line_no, str(line.quantity), str(line.unit_price)) == ("1", "48", "14.58")
    assert line.item("gtin") == "4000862141404" and line.item("buyer") == "ABC1234"
    assert order.source_message_id == "m1" and order.source_control == "000000101"


def test_latin1_release_and_146_lines(edifact_corpus):
    out = read_edifact(
        (edifact_corpus / "ORDERS" / "phpedifact__example_order_ok.edi").read_bytes(),
        partner_id="p",
    )
    (order,) = out.documents
    assert len(order.lines) == 146
    buyer = order.party("BY")
    # the sample holds UTF-8 bytes of U+FFFD under UNOC; decoded as declared (ISO 8859-1)
    assert buyer.name == "A+A K\u00ef\u00bf\u00bdlte GmbH" and buyer.address.city == "TestCity"
    assert any("**Marke**" in ln.description for ln in order.lines)


def test_unoe_cyrillic_is_decoded(edifact_corpus):
    data = (edifact_corpus / "ORDERS" / "edireader__ORDERS-D01B-UNOE.edi").read_bytes()
    reader = EnvelopeReader(data)
    (msg,) = list(reader)
    assert reader.interchanges[0].syntax == "UNOE"
    imd = next(s for s in msg.segments if s[0] == ["IMD"])
    assert imd[3][3].startswith("Лорем ипсум")


def test_several_interchanges_in_one_file(edifact_corpus):
    out = read_edifact((edifact_corpus / "ORDERS" / "bots__orders02.edi").read_bytes())
    assert [ic.control for ic in out.interchanges][:2] == ["I1L0401010000T", "I1L0401030000T"]
    assert len(out.documents) == 23  # one message uses DTM format '84', not in UNCL 2379


# --- broken files: the CONTRL each one gets --------------------------------------------------

CONTRL_EXPECTED = {
    # file: (UCI action, UCI 0085, UCI 0013, [(UCM ref, action, 0085)])
    "bots__preprocessing-0T0000000004.edi": ("4", "33", "UNB", [("T0000000004-1", "4", None)]),
    "edifabric__CorruptUnb.txt": (
        "4",
        "22",
        "UNB",
        [("000000101", "4", None), ("000000102", "4", None)],
    ),
    "edifabric__CorruptUnh.txt": (
        "7",
        None,
        None,
        [("000000101", "4", "22"), ("000000102", "7", None)],
    ),
    "edifabric__DuplicateMessage.txt": (
        "7",
        None,
        None,
        [("000000101", "7", None), ("000000101", "4", "26")],
    ),
    "edifabric__MixedTransactionsNoEnvelopes.txt": (
        "4",
        "13",
        "UNB",
        [("000000101", "4", None), ("509010117", "4", None)],
    ),
    "edifabric__PurchaseOrderInvalid.txt": ("7", None, None, [("000000102", "4", None)]),
    "phpedifact__example_order_error.edi": ("7", None, None, [("2019265563", "4", None)]),
    "pydifact__order.edi": ("4", "12", "UNB", [("1", "4", None)]),
    "pydifact__order2.edi": ("4", "13", "UNZ", [("1", "4", None)]),
}


def _contrl(acks):
    env = OutboundEnvelope(
        sender="DEMODIST",
        sender_qualifier="ZZZ",
        recipient="X",
        recipient_qualifier="",
        control="9",
    )
    return render_interchange(env, [("1", ["CONTRL", "D", "3", "UN"], contrl_body(acks))])


@pytest.mark.parametrize("name", sorted(CONTRL_EXPECTED))
def test_broken_file_gets_a_precise_contrl(broken_edifact, name):
    action, code, tag, messages = CONTRL_EXPECTED[name]
    out = read_edifact((broken_edifact / name).read_bytes(), partner_id="p")
    accepted = [ref for ref, act, _ in messages if act == "7"]
    assert [d.source_control for d in out.documents] == accepted
    body = contrl_body(out.acks[0])
    uci = body[0][1]
    assert uci[3] == action
    assert (uci[4] if len(uci) > 4 else None) == code
    assert (uci[5] if len(uci) > 5 else None) == tag
    ucm = [(e[0], e[2], e[3] if len(e) > 3 else None) for t, e in body if t == "UCM"]
    assert ucm == messages
    # the CONTRL itself is valid EDIFACT against our CONTRL spec
    reader = EnvelopeReader(_contrl(out.acks[0]))
    (msg,) = list(reader)
    assert not reader.interchanges[0].errors and not msg.header.errors
    assert validate_message(msg.segments, spec_for("CONTRL", "D", "3")) == []


def test_broken_reasons_are_specific(broken_edifact):
    def reasons(name):
        out = read_edifact((broken_edifact / name).read_bytes())
        return (
            [e.message for ic in out.interchanges for e in ic.errors]
            + [e.message for ic in out.interchanges for g in ic.groups for e in g.errors]
            + [e.message for m in out.messages for e in m.errors]
        )

    assert reasons("edifabric__PurchaseOrderInvalid.txt") == [
        "segment 5 (FTX) 3055: 'AA' is not a valid code"
    ]
    assert "UNZ reference '132' does not match UNB reference '131'" in reasons(
        "edifabric__DuplicateInterchange.txt"
    )
    assert "interchange reference 131 occurs twice in this payload" in reasons(
        "edifabric__DuplicateInterchange.txt"
    )
    assert "group reference 5 occurs twice in interchange" in reasons(
        "edifabric__DuplicateGroup.txt"
    )
    err = reasons("phpedifact__example_order_error.edi")
    assert any("release character '?' before '*'" in r for r in err)
    assert any("(IMD) element C273 has 7 components, at most 6" in r for r in err)
    assert reasons("pydifact__order2.edi")[0] == (
        "interchange 000000001 ends without a UNZ trailer (truncated?)"
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fast_path_is_never_more_lenient(corpus, name):
    """Clean segments are accepted by one regex per segment spec; the verdicts must agree."""
    reader = EnvelopeReader((corpus / name).read_bytes())
    for msg in reader:
        h = msg.header
        spec = spec_for(h.type, h.version, h.release)
        if spec is None:
            continue
        slow = validate_message(msg.segments, spec)
        fast = validate_message(msg.segments, spec, texts=msg.texts, chars=msg.interchange.chars)
        assert fast == slow
