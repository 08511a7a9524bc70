"""Every X12 file of the shared corpus parses: counts of interchanges, TA1s and sets,
validation errors per set against our specs, PO numbers and line counts of the 850s,
and a few field values per document type. Every broken file ends in the right TA1 or
997/999 rejection with a specific reason. Reads ../shared/corpus (GATEWAY_CORPUS)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gateway.canonical import AckStatus, FunctionalAck, OrderResponse, Shipment
from gateway.errors import EnvelopeError
from gateway.translators.x12.ack import ack_997_body, ack_999_body, ack_from_ta1
from gateway.translators.x12.engine import compile_spec, spec_for
from gateway.translators.x12.envelope import read_interchanges
from gateway.translators.x12.inbound import TRANSLATORS, read_x12

# file -> (interchanges, TA1 segments, [(set id, validation errors, [PO number, lines])])
GOOD = {
    "810/bots__810-004010-01.x12": (1, 0, [("810", 0), ("810", 0)]),
    "810/bots__810-004030-01.x12": (1, 0, [("810", 0), ("810", 0)]),
    "810/bots__810_1.x12": (1, 0, [("810", 0)]),
    "810/edifabric__Invoice.txt": (1, 0, [("810", 0)]),
    "810/oopfactory__Example1_CaliforniaISO.txt": (1, 0, [("810", 0)]),
    "810/oopfactory__Example3_MultiInvoice.txt": (1, 0, [("810", 2), ("810", 2)]),
    "810/oopfactory__Example5_Walmart.txt": (1, 0, [("810", 3)]),
    "810/stupidedi__004010-IN810-pass-1.edi": (1, 0, [("810", 4)]),
    "810/stupidedi__X348-basic-invoice.edi": (1, 0, [("810", 0)]),
    "810/stupidedi__X348-credit-card-invoice.edi": (1, 0, [("810", 0)]),
    "824/edireader__SplitterTest.testMain.edi": (1, 0, [("824", None), ("824", None)]),
    "846/oopfactory__Example1.txt": (1, 0, [("846", 4)]),
    "846/oopfactory__Example2.txt": (1, 0, [("846", 7)]),
    "850/bots__850-004010-01.x12": (1, 0, [("850", 0, "91393058", 8)]),
    "850/bots__850-004010-02.x12": (
        1,
        0,
        [
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
        ],
    ),
    "850/bots__850-004010-03.x12": (1, 0, [("850", 2, "0123456789123", 3)]),
    "850/bots__850-004010-05.x12": (
        1,
        0,
        [("850", 0, "801104", 3), ("850", 2, "PONUM-1234567", 8)],
    ),
    "850/bots__850-004010-07.x12": (
        1,
        0,
        [("850", 0, "801104", 3), ("850", 2, "PONUM-1234567", 8)],
    ),
    "850/bots__850-004010-08.x12": (
        1,
        0,
        [("850", 13, "801104", 3), ("850", 14, "PONUM-1234567", 7)],
    ),
    "850/bots__850-004010-10.x12": (1, 0, [("850", 0, "3768856", 1), ("850", 0, "3769108", 1)]),
    "850/bots__850-004010-11.x12": (1, 0, [("850", 0, "1234512345", 1)]),
    "850/bots__850-004010-12.x12": (
        3,
        0,
        [("850", 0, "4167427123", 2), ("850", 0, "1234567890", 4), ("850", 0, "1234567890", 4)],
    ),
    "850/bots__850-004010-ascii-lf.x12": (1, 0, [("850", 0, "12345678", 4)]),
    "850/bots__850-004010.13.x12": (1, 0, [("850", 0, "1234512345", 1)]),
    "850/bots__850-004010.15.x12": (
        1,
        0,
        [
            ("850", 0, "P1234567", 5),
            ("850", 0, "Q1234567", 2),
            ("850", 0, "V1234567", 1),
            ("850", 0, "W1234567", 11),
        ],
    ),
    "850/bots__850-004010.17.x12": (
        1,
        0,
        [
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
        ],
    ),
    "850/bots__850-004010VICS-01.x12": (
        1,
        0,
        [
            ("850", 0, "15918851602", 64),
            ("850", 0, "15918861602", 58),
            ("850", 0, "15918871602", 25),
            ("850", 0, "15918881602", 22),
        ],
    ),
    "850/bots__850-004030-01.x12": (1, 0, [("850", 0, "587852", 2)]),
    "850/bots__850-004030VICS-01.x12": (1, 0, [("850", 0, "520981", 2)]),
    "850/bots__ebcdic.x12": (1, 0, [("850", 0, "12345678", 4)]),
    "850/ediengine__850.OK.edi": (1, 0, [("850", 0, "08292233294", 6)]),
    "850/edifabric__PurchaseOrder.txt": (1, 0, [("850", 0, "XX-1234", 1)]),
    "850/edifabric__PurchaseOrders.txt": (
        1,
        0,
        [("850", 0, "XX-1234", 1), ("850", 2, "XX-1234", 1)],
    ),
    "850/nodex12__850.edi": (1, 0, [("850", 0, "08292233294", 6)]),
    "850/nodex12__850_2.edi": (1, 0, [("850", 0, "08292233294", 6)]),
    "850/nodex12__850_3.edi": (1, 0, [("850", 0, "----------", 1)]),
    "850/nodex12__850_fat.edi": (
        2,
        0,
        [("850", 0, "08292233294", 6), ("850", 0, "08292233294", 6)],
    ),
    "850/oopfactory__Example1_PGWGlass.txt": (1, 0, [("850", 1, "S41000439", 4)]),
    "850/oopfactory__From_aojuk.txt": (1, 0, [("850", 2, "6190", 2)]),
    "850/stedi__5010-850-input.edi": (1, 0, [("850", 0, "365465413", 2)]),
    "850/stupidedi__004010-PO850-pass-1.edi": (1, 0, [("850", 0, "PO12345", 1)]),
    "850/stupidedi__X357-basic-po.edi": (1, 0, [("850", 0, "508517", 1)]),
    "850/stupidedi__X357-taxexempt-po.edi": (1, 0, [("850", 0, "XX-1234", 1)]),
    "850/x12types__004010_850.edi": (1, 0, [("850", 0, "A99999-01", 7)]),
    "855/bots__855-004010UCS-01.x12": (
        1,
        0,
        [("855", 0), ("855", 0), ("855", 0), ("855", 0), ("855", 0), ("855", 0)],
    ),
    "855/edifabric__PurchaseOrdersAcknowledgement.txt": (1, 0, [("855", 0)]),
    "855/nodex12__855.edi": (1, 0, [("855", 8)]),
    "855/oopfactory__855SSimmons.txt": (1, 0, [("855", 0), ("855", 0)]),
    "855/oopfactory__Example1_Adobe.txt": (1, 0, [("855", 0)]),
    "855/stedi__5010-855-inbound.edi": (1, 0, [("855", 0)]),
    "855/stupidedi__004010-PR855-pass-1.edi": (1, 0, [("855", 0)]),
    "855/stupidedi__X358-basic-po-ack-accepted.edi": (1, 0, [("855", 0)]),
    "855/stupidedi__X358-po-ack-ship-details.edi": (1, 0, [("855", 0)]),
    "856/bots__856_1.x12": (1, 0, [("856", 0)]),
    "856/bots__856_2.x12": (1, 0, [("856", 0), ("856", 0)]),
    "856/ediengine__856.Crossdock.OK.edi": (1, 0, [("856", 0)]),
    "856/edifabric__ShipNotice.txt": (1, 0, [("856", 2)]),
    "856/nodex12__856.edi": (1, 0, [("856", 0)]),
    "856/oopfactory__Example1.txt": (1, 0, [("856", 0)]),
    "856/oopfactory__Example2.txt": (1, 0, [("856", 12)]),
    "856/oopfactory__FromGregarican.txt": (1, 0, [("856", 0)]),
    "856/x12types__004060_856.edi": (1, 0, [("856", 0)]),
    "860/oopfactory__Example1.txt": (1, 0, [("860", 6)]),
    "940/ediengine__940.2.OK.edi": (1, 0, [("940", 0)]),
    "940/ediengine__940.OK.edi": (1, 0, [("940", 0)]),
    "940/ediengine__940.W05.Only.edi": (1, 0, [("940", 0)]),
    "940/ediengine__MultipleInterchangesAndGroups.edi": (
        2,
        0,
        [("940", 0), ("940", 0), ("940", 0), ("940", 0), ("940", 0), ("940", 0)],
    ),
    "940/oopfactory__simplot.txt": (1, 0, [("940", 0)]),
    "945/edifabric__WarehouseShippingAdvice.txt": (1, 0, [("945", 5)]),
    "945/oopfactory__inter-americanproducts.txt": (1, 0, [("945", 11)]),
    "997/bots__997-004010VICS-01.x12": (1, 0, [("997", 0)]),
    "997/bots__997_1.x12": (1, 0, [("997", 0)]),
    "997/bots__testx12005.x12.base": (
        1,
        0,
        [
            ("997", 0),
            ("997", 0),
            ("997", 0),
            ("997", 0),
            ("997", 0),
            ("997", 0),
            ("997", 0),
            ("997", 0),
        ],
    ),
    "997/edifabric__997.txt": (1, 0, [("997", 0)]),
    "997/gtlx12__997.edi": (1, 0, [("997", 0)]),
    "997/stupidedi__004010-FA997-pass-1.edi": (1, 0, [("997", 0)]),
    "997/stupidedi__X230-997-for-837s.edi": (1, 0, [("997", 0)]),
    "999/imsweb__x12_999_accepted.txt": (1, 0, [("999", 0)]),
    "999/imsweb__x12_999_rejected.txt": (1, 0, [("999", 0)]),
    "999/oopfactory__DHS_Wisconsin_Sample.txt": (1, 0, [("999", 5)]),
    "999/pyx12__834_ls_le_ls_5010.999.txt": (1, 0, [("999", 0)]),
    "999/pyx12__834_lui_id_5010.999.txt": (1, 0, [("999", 0), ("999", 0), ("999", 0), ("999", 0)]),
    "999/stupidedi__X231A1-999-for-3-837s.edi": (1, 0, [("999", 0)]),
    "TA1/bots__testx12002.x12.base": (1, 1, [("997", 0)]),
    "TA1/bots__testx120028.x12.base": (1, 1, []),
    "TA1/bots__testx120029.x12.base": (1, 51, []),
    "TA1/oopfactory__TechnicalAcknowledgment_Sample1.txt": (1, 2, []),
    "TA1/oopfactory__TechnicalAcknowledgment_SampleFromJeffN825.txt": (1, 1, []),
    "mixed/bots__mailbag01.x12": (
        8,
        0,
        [
            ("997", 0),
            ("850", 0, "587852", 2),
            ("820", None),
            ("820", None),
            ("850", 0, "91393058", 8),
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
            ("850", 0, "95018017", 1),
            ("850", 0, "3768856", 1),
            ("850", 0, "3769108", 1),
            ("850", 0, "801104", 3),
            ("850", 2, "PONUM-1234567", 8),
            ("850", 0, "12345678", 4),
        ],
    ),
    "mixed/edifabric__MixedTransactions.txt": (1, 0, [("850", 0, "XX-1234", 1), ("810", 0)]),
}


def _read(corpus, name):
    return list(read_interchanges((corpus / "x12" / name).read_bytes(), lenient_isa=True))


@pytest.mark.parametrize("name", sorted(GOOD))
def test_corpus_file_parses(corpus, name):
    n_ics, n_ta1, expected = GOOD[name]
    ics = _read(corpus, name)
    assert len(ics) == n_ics
    assert sum(len(ic.ta1) for ic in ics) == n_ta1
    got = []
    for ic in ics:
        for g in ic.groups:
            for t in g.sets:
                spec = spec_for(g.version, g.functional_id, t.id)
                errs = (
                    compile_spec(spec, t.delimiters).validate(t.text, lambda t=t: t.segments)
                    if spec
                    else None
                )
                item = [t.id, None if errs is None else len(errs)]
                if t.id == "850":
                    order = TRANSLATORS["850"](t.segments, partner_id="p")
                    item += [order.po_number, len(order.lines)]
                got.append(tuple(item))
    assert got == expected


def test_corpus_field_values(corpus):
    def docs(name):
        out = []
        for oc in read_x12((corpus / "x12" / name).read_bytes(), partner_id="p", lenient_isa=True):
            out += [so.document for go in oc.groups for so in go.sets if so.document]
        return out

    (order,) = docs("850/x12types__004010_850.edi")
    assert order.po_date.isoformat() == "1997-02-14"
    (ship,) = docs("856/bots__856_1.x12")
    assert isinstance(ship, Shipment) and ship.shipment_id
    assert ship.all_lines() and all(ln.quantity > 0 for ln in ship.all_lines())
    resp = docs("855/stupidedi__X358-basic-po-ack-accepted.edi")[0]
    assert isinstance(resp, OrderResponse) and resp.po_number
    (fa,) = docs("997/bots__997_1.x12")
    assert isinstance(fa, FunctionalAck) and fa.status == AckStatus.ACCEPTED
    assert fa.group_id and fa.group_control
    first = docs("999/imsweb__x12_999_rejected.txt")[0]
    assert isinstance(first, FunctionalAck)
    assert any(s.status == AckStatus.REJECTED for s in first.sets) or first.status in (
        AckStatus.REJECTED,
        AckStatus.PARTIAL,
    )
    ic = _read(corpus, "TA1/oopfactory__TechnicalAcknowledgment_Sample1.txt")[0]
    ta1 = ack_from_ta1(ic.ta1[0], partner_id="p")
    assert ta1.interchange_control == ic.ta1[0][1] == "0659"
    (ebc,) = docs("850/bots__ebcdic.x12")
    (ascii_,) = docs("850/bots__850-004010-ascii-lf.x12")
    assert ebc.po_number == ascii_.po_number == "12345678"
    assert [ln.quantity for ln in ebc.lines] == [ln.quantity for ln in ascii_.lines]
    assert all(isinstance(ln.quantity, Decimal) for ln in ebc.lines)


# broken file -> how it must end: ("not-x12", reason code) | ("TA1", TA105, words) |
# ("AK9", AK901, [AK905...], [(AK501, [AK502 codes])...]) per group
BROKEN = {
    "ediengine__850.SyntaxNotes.ERR.edi": [("AK9", "R", [], [("R", ["2", "5", "8"])])],
    "ediengine__940_Failed_SE01.edi": [("AK9", "R", [], [("R", ["4"])])],
    "ediengine__ControlNumbersMismatch.edi": [("TA1", "001", "IEA02")],
    "ediengine__NonEdi.edi": ("not-x12", "024"),
    "ediengine__WrongGroupsAndTranCount.edi": [("TA1", "001", "IEA02")],
    "edifabric__CorruptIsa.txt": ("not-x12", "024"),
    "edifabric__CorruptSt.txt": [("TA1", "024", "outside a transaction set")],
    "edifabric__DuplicateGroup.txt": [
        ("AK9", "R", [], [("R", ["6"])]),
        ("AK9", "R", ["18"], [("R", ["6"])]),
    ],
    "edifabric__DuplicateInterchange.txt": [
        ("AK9", "R", [], [("R", ["6"])]),
        ("TA1", "025", "used twice"),
    ],
    "edifabric__DuplicateMessage.txt": [("AK9", "R", [], [("R", ["6"]), ("R", ["23", "6"])])],
    "edifabric__MixedTransactionsNoEnvelopes.txt": ("not-x12", "024"),
    "edifabric__PurchaseOrderInvalid.txt": [("AK9", "R", [], [("R", ["4", "6"])])],
    "gtlx12__empty-edi.edi": ("empty", ""),
    "gtlx12__inconsistent-element-separator-isa-heading.edi": ("not-x12", "026"),
    "gtlx12__no-ge-trailer.edi": [("TA1", "017", "no GE trailer")],
    "gtlx12__no-gs-heading.edi": [("TA1", "024", "GE segment without a GS")],
    "gtlx12__no-iea-trailer.edi": [("TA1", "023", "without an IEA")],
    "gtlx12__no-isa-heading.edi": [("TA1", "022", "unexpected data after IEA")],
    "gtlx12__no-matching-gs-count.edi": [("TA1", "021", "IEA01 says 1 groups")],
    "gtlx12__no-matching-segment-count.edi": [("TA1", "017", "SE01 says 3 segments")],
    "gtlx12__no-matching-st-count.edi": [("TA1", "017", "GE01 says 1 transaction sets")],
    "gtlx12__no-se-trailer.edi": [("TA1", "017", "has no SE trailer")],
    "gtlx12__no-st-heading.edi": [("TA1", "024", "SE segment without an ST")],
    "gtlx12__release-not-exist.edi": [("TA1", "023", "ISA12 interchange version '00100'")],
    "gtlx12__trimmed-isa-heading.edi": [("TA1", "022", "ISA02 is 0 characters wide")],
    "stupidedi__003010-PC860-fail-1.edi": [("TA1", "022", "ISA02 is 1 characters wide")],
    "stupidedi__003010-PO850-fail-1.edi": [("TA1", "022", "ISA02 is 1 characters wide")],
    "stupidedi__003050-PO850-fail-1.edi": [("TA1", "022", "ISA02 is 1 characters wide")],
    "stupidedi__004010-PR855-fail-2.edi": [("TA1", "022", "ISA10 time '213")],
    "stupidedi__004010-SH856-fail-2.edi": [("AK9", "R", [], [("R", ["4"])])],
}


def _all_reasons(oc) -> str:
    ic = oc.interchange
    texts = [t for _, t in ic.errors]
    for g in ic.groups:
        texts += [t for _, t in g.errors]
        texts += [t for s in g.sets for _, t in s.errors]
    return " | ".join(texts)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_is_rejected_for_the_right_reason(corpus, name):
    data = (corpus / "broken" / "x12" / name).read_bytes()
    expected = BROKEN[name]
    if expected[0] == "not-x12":
        with pytest.raises(EnvelopeError) as exc:
            read_x12(data, partner_id="p")
        assert exc.value.code == expected[1] and exc.value.detail
        return
    outcomes = read_x12(data, partner_id="p")
    if expected[0] == "empty":
        assert outcomes == []
        return
    got = []
    for oc in outcomes:
        if oc.ta1_code:
            got.append(("TA1", oc.ta1_code))
            ta1 = oc.ta1_code
            words = next(e[2] for e in expected if e[0] == "TA1" and e[1] == ta1)
            assert words in _all_reasons(oc)
            continue
        for go in oc.groups:
            ack = go.ack
            got.append(
                (
                    "AK9",
                    ack.status.value,
                    [e.code for e in ack.errors],
                    [
                        (
                            s.status.value,
                            sorted(
                                {e.code for e in s.errors}
                                | ({"5"} if any(e.level != "set" for e in s.errors) else set())
                            ),
                        )
                        for s in ack.sets
                    ],
                )
            )
            body = (
                ack_997_body(ack) if not go.group.version.startswith("005") else ack_999_body(ack)
            )
            assert body[-1][:2] == ["AK9", ack.status.value]
            assert (
                all(s.status == AckStatus.REJECTED for s in ack.sets)
                or ack.status != AckStatus.ACCEPTED
            )
    assert [g[:2] for g in got] == [e[:2] for e in expected]
    assert [g for g in got if g[0] == "AK9"] == [e for e in expected if e[0] == "AK9"]
