"""Bad input never crashes the engine: random bytes, every truncation of a valid
interchange and hypothesis-generated mutations give a result or an InputError."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from x12build import interchange, make_850, po850_body

from gateway.errors import InputError
from gateway.translators.x12.ack import ack_997_body, ack_999_body, ta1_segment
from gateway.translators.x12.inbound import read_x12

VALID = make_850("PO-F", lines=2)
SHIP = interchange(
    [
        (
            "856",
            "0001",
            [
                "BSN*00*S1*20261122*1200*0001",
                "HL*1**S",
                "TD5**2*UPSN",
                "HL*2*1*O",
                "PRF*PO-1",
                "HL*3*2*P",
                "MAN*GM*00012345678901234567",
                "HL*4*3*I",
                "LIN*1*UP*012345678905",
                "SN1*1*4*EA",
                "CTT*4",
            ],
        )
    ],
    functional_id="SH",
    isa_control=3,
)
FIVE = interchange(
    [("850", f"{i:04d}", po850_body(f"P{i}", 1)) for i in range(1, 3)],
    version="005010",
    element="|",
    segment="\x1c",
    suffix="",
    component=":",
)
FAST = settings(
    max_examples=700,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def engine(data: bytes) -> None:
    """Read, validate, translate and render every acknowledgement; only InputError may
    come out, and one input never takes long."""
    t = time.perf_counter()
    try:
        outcomes = read_x12(data, partner_id="fuzz")
    except InputError as exc:
        assert exc.detail and exc.code
        return
    for oc in outcomes:
        if oc.ta1_code:
            assert len(ta1_segment(oc.interchange, oc.ta1_code)) == 6
        for go in oc.groups:
            assert ack_997_body(go.ack)[-1][0] == "AK9"
            assert ack_999_body(go.ack)[-1][0] == "AK9"
    assert time.perf_counter() - t < 5


def test_every_truncation_of_a_valid_interchange():
    for data in (VALID, FIVE):
        for n in range(len(data) + 1):
            engine(data[:n])


@FAST
@given(st.binary(max_size=400))
def test_random_bytes(data):
    engine(data)


@FAST
@given(st.binary(max_size=300))
def test_random_bytes_after_an_isa(data):
    engine(VALID[:106] + data)


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from([VALID, SHIP, FIVE])))
    for _ in range(draw(st.integers(1, 5))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["set", "insert", "delete", "dup"]))
        if op == "set" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(
                st.sampled_from(
                    [
                        b"*",
                        b"~",
                        b">",
                        b"\n",
                        b"SE*",
                        b"ST*850*9",
                        b"GS*",
                        b"IEA*1*1~",
                        b"\x00",
                        b"9" * 30,
                    ]
                )
            )
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 10))]
        else:
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 60))]
    return bytes(data)


@FAST
@given(mutated())
def test_mutations_of_valid_interchanges(data):
    engine(data)
