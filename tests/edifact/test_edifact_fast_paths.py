"""The fast paths of the EDIFACT reader give the verdicts and segments of the slow ones.

The envelope reader takes data segments in bulk between service segments, validation
accepts remembered clean texts and one regex per segment spec, released segments are
split with str methods: each is compared here with the plain path on damaged messages.
"""

from __future__ import annotations

import random

import pytest

from gateway.errors import InputError
from gateway.translators.edifact.envelope import EnvelopeReader
from gateway.translators.edifact.messages import spec_for
from gateway.translators.edifact.orders import change_from_ordchg, order_from_orders
from gateway.translators.edifact.syntax import (
    DEFAULT_CHARS,
    Repeats,
    Tokenizer,
    _split_released,
)
from gateway.translators.edifact.validate import validate_message

BODY = [
    "BGM+220+PO1+9",
    "DTM+137:20240301:102",
    "DTM+2:20240315:102",
    "FTX+AAI+++Rear entrance?: ring ?+ wait?? then?' go",
    "RFF+CT:CONTRACT-1",
    "NAD+BY+5412345000013::9++EuroFresh Retail GmbH+Hauptstrasse 1+Koeln++50667+DE",
    "NAD+SU+4012345500004::9++Demo Distribution+1 Industrial Way+Springfield++01101+US",
    "CUX+2:EUR:9",
    "LIN+1++4000862141404:SRV",
    "PIA+1+ART-1:IN",
    "IMD+F++:::Apple juice:case",
    "QTY+21:6:PCE",
    "PRI+AAA:1.95",
    "LIN+2++4000862141411:SRV",
    "QTY+21:12:PCE",
    "UNS+S",
    "CNT+2:2",
]


def _interchange(body: list[str]) -> bytes:
    segs = ["UNH+1+ORDERS:D:96A:UN:EAN008", *body, f"UNT+{len(body) + 2}+1"]
    text = "UNA:+.? 'UNB+UNOC:3+SENDER:14+RECEIVER:14+240301:1200+IC1'"
    return (text + "'".join(segs) + "'UNZ+1+IC1'").encode("latin-1")


def _mutations(seed: int) -> list[list[str]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(60):
        body = list(BODY)
        what = rnd.choice(["drop", "dup", "swap", "value", "element", "release", "tag"])
        i = rnd.randrange(len(body))
        if what == "drop":
            del body[i]
        elif what == "dup":
            body.insert(i, body[i])
        elif what == "swap" and i + 1 < len(body):
            body[i], body[i + 1] = body[i + 1], body[i]
        elif what == "value":
            parts = body[i].split("+")
            j = rnd.randrange(1, len(parts)) if len(parts) > 1 else 0
            parts[j] = rnd.choice(["", "X" * 40, "12a", "ZZZ", "1,5", "-", "?:x"])
            body[i] = "+".join(parts)
        elif what == "element":
            body[i] += rnd.choice(["+EXTRA", ":x", "+", "++1"])
        elif what == "tag":  # a component, a release or a fourth letter in the tag
            body[i] = body[i][:3] + rnd.choice([":x", "?+", "X", "?:"]) + body[i][3:]
        else:
            body[i] = body[i].replace("+", "?+", 1)
        out.append(body)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_fast_validation_agrees_with_the_walk_on_damaged_messages(seed):
    for body in [BODY, *_mutations(seed)]:
        for msg in EnvelopeReader(_interchange(body)):
            spec = spec_for(msg.header.type, msg.header.version, msg.header.release)
            slow = validate_message(msg.segments, spec)
            for _ in range(2):  # the second time, clean texts come from the memo
                fast = validate_message(
                    msg.segments, spec, texts=msg.texts, chars=msg.interchange.chars
                )
                assert fast == slow, body
            # read from the texts, without splitting the message first
            assert validate_message(msg.lazy, spec, texts=msg.texts, chars=msg.chars) == slow


def _translated(fn, segments, **texts):
    try:
        return fn(segments, partner_id="p", **texts)
    except InputError as exc:
        return exc.code, exc.detail


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("version", ["3", "4"])
def test_orders_read_from_texts_equal_orders_read_from_segments(seed, version):
    bodies = [BODY, *_mutations(seed)]
    if version == "4":  # repeated elements (repetition separator '*') take the split path
        bodies.append([b.replace("RFF+CT:", "RFF+CT:A*CT:") for b in BODY])
    repeats = 0
    for body in bodies:
        data = _interchange(body)
        if version == "4":
            data = data.replace(b"UNOC:3", b"UNOC:4").replace(b"UNA:+.? '", b"UNA:+.?*'")
        for fn in (order_from_orders, change_from_ordchg):
            for msg in EnvelopeReader(data):
                fast = _translated(
                    fn, msg.lazy, texts=msg.texts, special=msg.special, chars=msg.chars
                )
                assert msg._segments is None  # nothing was split whole
                repeats += any(type(x) is Repeats for seg in msg.special.values() for x in seg)
                assert fast == _translated(fn, msg.segments), body
                assert fast == _translated(fn, msg.segments, texts=msg.texts), body
    assert repeats or version == "3"


@pytest.mark.parametrize("seed", range(3))
def test_bulk_envelope_reading_gives_the_segments_of_the_tokenizer(seed):
    for body in [BODY, *_mutations(seed)]:
        data = _interchange(body)
        plain = [s for s in Tokenizer(data) if s[0][0] not in ("UNB", "UNZ")]
        for size in (7, 50, 1 << 16):  # runs end anywhere, mid-message included
            chunks = [data[i : i + size] for i in range(0, len(data), size)]
            messages = list(EnvelopeReader(iter(chunks)))
            assert [s for m in messages for s in m.segments] == plain
            for m in messages:
                assert len(m.texts) == len(m.segments)


@pytest.mark.parametrize(
    "text",
    [
        "FTX+AAI+++a?:b?+c??d?'e",
        "FTX+AAI+++??",
        "FTX+AAI+++?x",
        "FTX+AAI+++end?",
        "IMD+F++:::\ue001held:x",
        "RFF+ON:?:?:?:",
        "NAD+BY+++K\u00f6ln?+S\u00fcd:a??b?'c+\u00e9",
        "FTX+AAI+++\u00e9t\u00e9:no release",
    ],
)
def test_released_segments_split_alike_both_ways(text):
    from gateway.translators.edifact.syntax import _split_held

    fast = _split_held(text, DEFAULT_CHARS, "")
    slow = _split_released(text, DEFAULT_CHARS, "")
    assert fast is None or fast == slow
    if fast is None:  # the character walk is still taken where it must be
        assert "\ue001" in text or type(slow).__name__ == "BadSegment"


def test_a_tag_that_reads_unh_only_once_split_still_opens_a_message():
    # 'U?NH': a stray release character inside the tag; split, the tag reads UNH
    data = (
        b"UNB+UNOC:3+A:14+B:14+240101:1200+9'UNH+1+ORDERS:D:96A:UN'BGM+220+X+9'"
        b"U?NH+2+ORDERS:D:96A:UN'UNT+3+2'UNZ+1+9'"
    )
    plain = [s for s in Tokenizer(data) if s[0][0] not in ("UNB", "UNZ")]
    for size in (5, 1 << 16):
        messages = list(
            EnvelopeReader(iter([data[i : i + size] for i in range(0, len(data), size)]))
        )
        assert [m.header.ref for m in messages] == ["1", "2"]
        assert [s for m in messages for s in m.segments] == plain
