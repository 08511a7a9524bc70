"""The streaming reader: delimiters from the ISA, odd bytes, BOM, EBCDIC, chunking, envelopes."""

from __future__ import annotations

import io

import pytest
from x12build import interchange, make_850, po850_body

from gateway.errors import EnvelopeError
from gateway.translators.x12.envelope import (
    Group,
    GroupEnd,
    Interchange,
    InterchangeEnd,
    TransactionSet,
    read_interchanges,
    read_stream,
)
from gateway.translators.x12.tokenizer import parse_isa


def _sets(data, **kw):
    return [ev for ev in read_stream(data, **kw) if isinstance(ev, TransactionSet)]


@pytest.mark.parametrize(
    ("element", "component", "segment", "suffix"),
    [
        ("*", ">", "~", "\n"),
        ("*", ":", "~", "\r\n"),
        ("|", "^", "\n", ""),
        ("\x1d", "\x1f", "\x1c", ""),
        ("\x7f", "\x1f", "\x15", ""),
        ("~", ">", "}", "\r\n"),
    ],
)
def test_delimiters_come_from_the_isa(element, component, segment, suffix):
    data = make_850("PO-1", element=element, component=component, segment=segment, suffix=suffix)
    _, d, end = parse_isa(data)
    assert (d.element, d.component, d.segment) == (
        element.encode("latin-1"),
        component.encode("latin-1"),
        segment.encode("latin-1"),
    )
    assert end == 106
    (tset,) = _sets(data)
    assert tset.id == "850" and tset.control == "0001" and tset.errors == []
    segs = tset.segments
    assert segs[0] == ["ST", "850", "0001"]
    assert segs[1] == ["BEG", "00", "SA", "PO-1", "", "20261122"]
    assert segs[-1] == ["SE", str(len(segs)), "0001"]


def test_5010_repetition_separator():
    data = make_850(version="005010", repetition="^")
    ic = next(read_interchanges(data))
    assert ic.delimiters.repetition == b"^" and ic.version == "00501"
    assert ic.groups[0].release == "005010"


def test_bom_and_back_to_back_interchanges_and_blank_lines():
    a = make_850("A", isa_control=1)
    b = make_850("B", isa_control=2, suffix="\r\n")
    data = b"\xef\xbb\xbf" + a + b"\r\n\r\n" + b + b"\n\x1a"
    ics = list(read_interchanges(data))
    assert [ic.control for ic in ics] == ["000000001", "000000002"]
    assert all(ic.errors == [] for ic in ics)
    assert [ic.groups[0].sets[0].segments[1][3] for ic in ics] == ["A", "B"]


def test_ebcdic_is_detected_and_decoded():
    data = make_850("EBC-9", suffix="").decode("latin-1").encode("cp037")
    (ic,) = list(read_interchanges(data))
    assert ic.ebcdic and ic.errors == []
    assert ic.groups[0].sets[0].segments[1][3] == "EBC-9"


def test_stream_in_one_byte_chunks_gives_the_same_events():
    data = interchange([("850", f"{i:04d}", po850_body(f"P{i}", 3)) for i in range(1, 6)])
    whole = [(type(e).__name__, getattr(e, "text", "")) for e in read_stream(data)]
    chunks = (data[i : i + 1] for i in range(len(data)))
    tiny = [(type(e).__name__, getattr(e, "text", "")) for e in read_stream(chunks, chunk_size=1)]
    from_file = [
        (type(e).__name__, getattr(e, "text", ""))
        for e in read_stream(io.BytesIO(data), chunk_size=7)
    ]
    assert whole == tiny == from_file
    assert [k for k, _ in whole] == [
        "Interchange",
        "Group",
        *["TransactionSet"] * 5,
        "GroupEnd",
        "InterchangeEnd",
    ]


def test_events_carry_envelope_context():
    events = list(read_stream(make_850()))
    ic, group, tset, gend, iend = events
    assert isinstance(ic, Interchange) and isinstance(group, Group)
    assert isinstance(gend, GroupEnd) and isinstance(iend, InterchangeEnd)
    assert tset.group is group and tset.interchange is ic and group.interchange is ic
    assert (ic.sender_id, ic.receiver_id, ic.control, group.functional_id) == (
        "ACMERETAIL",
        "DEMODIST",
        "000000001",
        "PO",
    )


def test_not_x12_raises_envelope_error():
    with pytest.raises(EnvelopeError) as exc:
        list(read_stream(b"ST*850*0001~BEG*00~"))
    assert exc.value.code == "024"
    assert list(read_stream(b"")) == []


def _one(data, **kw):
    return next(read_interchanges(data, **kw))


def test_strict_isa_widths_and_lenient_partner():
    data = make_850().replace(b"ACMERETAIL     ", b"ACMERETAIL", 1)
    assert _one(data).errors[0][0] == "022"
    assert "ISA06 is 10 characters wide" in _one(data).errors[0][1]
    assert _one(data).notices == []
    lenient = _one(data, lenient_isa=True)
    assert lenient.errors == [] and [c for c, _ in lenient.notices] == ["022"]
    assert "ISA06 is 10 characters wide" in lenient.notices[0][1]
    assert _one(make_850(), lenient_isa=True).notices == []


@pytest.mark.parametrize(
    ("old", "new", "codes"),
    [
        (b"ISA*00*", b"ISA*99*", ["010"]),  # ISA01 outside code list I01
        (b"ISA*00*", b"ISA*03*", ["011"]),  # ISA01 announces a value, ISA02 is blank
        (b"*00*          *ZZ*", b"*07*          *ZZ*", ["012"]),  # ISA03 outside I03
        (b"*00*          *ZZ*", b"*01*          *ZZ*", ["013"]),  # password announced, blank
        (b"ISA*00*          ", b"ISA*03*SECRET1234", []),  # a value where one is announced
    ],
)
def test_authorization_and_security_faults_are_notices(old, new, codes):
    data = make_850()
    assert old in data
    ic = _one(data.replace(old, new, 1))
    assert ic.errors == [] and [c for c, _ in ic.notices] == codes, ic.notices


def test_ta1_accepted_with_errors_reads_back():
    from gateway.canonical import AckStatus
    from gateway.translators.x12.ack import ack_from_ta1, ta1_segment

    ic = _one(make_850())
    seg = ta1_segment(ic, "022", accepted=True)
    assert seg == ["TA1", "000000001", "261122", "1200", "E", "022"]
    assert ta1_segment(ic, "022")[4] == "R" and ta1_segment(ic, "000")[4] == "A"
    back = ack_from_ta1(seg, partner_id="p")
    assert back.status == AckStatus.ACCEPTED_WITH_ERRORS and back.errors[0].code == "022"


@pytest.mark.parametrize(
    ("old", "new", "level", "code"),
    [
        (b"SE*13*0001", b"SE*12*0001", "set", "4"),
        (b"SE*13*0001", b"SE*17*0002", "set", "3"),
        (b"GE*1*1", b"GE*2*1", "group", "5"),
        (b"GE*1*1", b"GE*1*7", "group", "4"),
        (b"IEA*1*000000001", b"IEA*2*000000001", "ic", "021"),
        (b"IEA*1*000000001", b"IEA*1*000000009", "ic", "001"),
        (b"*261122*1200*", b"*261322*1200*", "ic", "014"),
        (b"*00401*000000001*0*P", b"*00401*000000001*3*P", "ic", "019"),
        (b"*00401*000000001*0*P", b"*00401*000000001*0*X", "ic", "020"),
        (b"GS*PO*", b"GS*IN*", "set", "6"),
    ],
)
def test_envelope_faults_have_their_codes(old, new, level, code):
    data = make_850()
    assert old in data
    ic = _one(data.replace(old, new, 1))
    found = {"ic": ic.errors, "group": ic.groups[0].errors, "set": ic.groups[0].sets[0].errors}[
        level
    ]
    assert found and found[0][0] == code, found


def test_missing_trailers():
    data = make_850()
    no_se = data.replace(b"SE*13*0001~\n", b"")
    ic = _one(no_se)
    assert ic.groups[0].sets[0].errors[0][0] == "2"
    truncated = data[: data.index(b"GE*")]
    ic = _one(truncated)
    assert ic.groups[0].errors[0][0] == "3"
    assert ic.errors[-1][0] == "023"


def test_duplicates_inside_one_payload():
    body = po850_body("X")
    data = interchange([("850", "0001", body), ("850", "0001", body)])
    ic = _one(data)
    assert ic.groups[0].sets[1].errors[0][0] == "23"
    twice = list(read_interchanges(make_850() + make_850()))
    assert twice[1].errors[0][0] == "025"


def test_memory_does_not_grow_with_the_file():
    import tracemalloc

    from gateway.translators.x12.inbound import iter_sets

    head = interchange([("850", "0001", po850_body("P", 20))])
    isa_gs, rest = head.split(b"ST*850", 1)
    one_set = b"ST*850" + rest[: rest.index(b"GE*")]

    def chunks(n):
        yield isa_gs
        for i in range(n):
            yield one_set.replace(b"*0001~", f"*{i + 1:05d}~".encode())
        yield f"GE*{n}*1~\nIEA*1*000000001~\n".encode()

    def peak(n):
        tracemalloc.start()
        count = sum(1 for so in iter_sets(chunks(n), partner_id="p") if so.document)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return count, top

    small, small_peak = peak(30)
    big, big_peak = peak(600)  # 20 times the data
    assert (small, big) == (30, 600)
    assert big_peak < small_peak * 2 + 1_000_000
