"""Bad input never crashes the reader: a precise error (and so a CONTRL) or an EnvelopeError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.errors import EnvelopeError
from gateway.translators.edifact.contrl import contrl_body
from gateway.translators.edifact.inbound import read_edifact

GOOD = (
    b"UNA:+.? 'UNB+UNOC:3+S:14+R:14+240101:1200+9'UNH+1+ORDERS:D:96A:UN'BGM+220+P1+9'"
    b"DTM+137:20240101:102'LIN+1++4000862141404:SRV'QTY+21:2'UNS+S'UNT+7+1'UNZ+1+9'"
)


def test_broken_una_rejects_the_interchange_with_code_20():
    out = read_edifact(GOOD.replace(b"UNA:+.? '", b"UNA:+.?+'"))
    (ic,) = out.interchanges
    assert ic.errors[0].code == "20" and "not distinct" in ic.errors[0].message
    assert out.documents == []
    uci = contrl_body(out.acks[0])[0][1]
    assert uci[3:6] == ["4", "20", "UNA"]


def test_the_good_one_is_good():
    out = read_edifact(GOOD)
    assert [d.po_number for d in out.documents] == ["P1"]


def test_a_count_of_digit_like_characters_is_a_count_error_not_a_crash():
    # "\u00b97" passes str.isdigit() but int() refuses it (found by the mutation test)
    data = GOOD.replace(b"UNT+7+1", b"UNT+\xb97+1").replace(b"UNZ+1+9", b"UNZ+\xb9+9")
    out = read_edifact(data)
    (msg,) = out.messages
    assert "29" in [e.code for e in msg.errors] and out.documents == []
    assert [e.code for e in out.interchanges[0].errors] == ["29"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(GOOD) - 1), st.binary(max_size=6), st.integers(0, 3))
def test_mutations_never_crash(at, junk, cut):
    data = GOOD[:at] + junk + GOOD[at + cut :]
    try:
        out = read_edifact(data)
    except EnvelopeError as exc:
        assert exc.detail
        return
    for acks in out.acks:
        body = contrl_body(acks)
        assert body[0][0] == "UCI"
    if out.documents:  # only a clean interchange yields documents
        assert any(not ic.errors for ic in out.interchanges)
