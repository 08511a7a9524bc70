"""The one validator: every spec loads and checks itself, clean sets pass the compiled
expression, and each kind of fault is reported with its X12 code and exact position."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from x12build import interchange, po850_body

from gateway.canonical import AckStatus
from gateway.translators.x12.ack import ack_997_body, ack_999_body
from gateway.translators.x12.engine import SPECS, compile_spec, spec_for
from gateway.translators.x12.envelope import read_interchanges
from gateway.translators.x12.inbound import read_x12
from gateway.translators.x12.spec import (
    AN,
    ID,
    NOT_USED,
    El,
    Loop,
    M,
    O,
    Seg,
    SpecError,
    Use,
    narrow,
)
from gateway.translators.x12.tokenizer import Delimiters, alternation

STAR = Delimiters(b"*", b">", None, b"~")


def test_every_spec_compiles_and_has_st_and_se():
    for key, spec in SPECS.items():
        assert spec.children[0].seg.id == "ST" and spec.children[-1].seg.id == "SE", key
        c = compile_spec(spec, STAR)
        assert c.fast.pattern and c.known >= {"ST", "SE"}
    assert {s for _, _, s in SPECS} >= {
        "850",
        "855",
        "856",
        "810",
        "860",
        "865",
        "940",
        "945",
        "846",
        "997",
        "999",
    }
    assert set(r for r, _, _ in SPECS) == {"004010", "005010"}


def test_definitions_check_themselves():
    with pytest.raises(SpecError, match="names element 03"):
        Seg("XX", "bad", (El("1", O), El("2", O)), ("P0203",))
    with pytest.raises(SpecError, match="requirement"):
        El("1", "Q")
    with pytest.raises(SpecError, match="min 3 > max 2"):
        El("1", M, AN, 3, 2)
    seg = Seg("XX", "x", (El("1", M),))
    with pytest.raises(SpecError, match="must begin with a segment"):
        Loop("L", M, 1, (Loop("I", M, 1, (Use(seg, 1, M),)),))


def errors_of(body, version="004010"):
    data = interchange([("850", "0001", body)], version=version)
    (ic,) = list(read_interchanges(data))
    g = ic.groups[0]
    (t,) = g.sets
    spec = spec_for(g.version, "PO", "850")
    return [
        (
            e.code,
            e.segment_id,
            e.segment_position,
            e.element_position,
            e.component_position,
            e.element_ref,
            e.bad_value,
        )
        for e in compile_spec(spec, t.delimiters).validate(t.text, lambda: t.segments)
    ]


def test_clean_set_passes():
    assert errors_of(po850_body("PO-1", 5)) == []
    assert errors_of(po850_body("PO-1", 5), "005010") == []


def _with(idx, seg, lines=1):
    body = po850_body("PO-1", lines)
    body[idx] = seg
    return body


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # AK403 1: mandatory element missing (BEG03), position 2 in the set
        (_with(0, "BEG*00*SA***20261122"), [("8", "BEG", 2, None), ("1", "BEG", 2, 3)]),
        # 4 too short / 5 too long
        (_with(0, "BEG*0*SA*PO-1**20261122"), [("8", "BEG", 2, None), ("7", "BEG", 2, 1)]),
        (_with(2, "REF*DP*" + "X" * 31), [("8", "REF", 4, None), ("5", "REF", 4, 2)]),
        (_with(1, "CUR*BY*US"), [("8", "CUR", 3, None), ("4", "CUR", 3, 2)]),
        # 6 invalid character (numeric), 7 invalid code, 8 invalid date
        (
            _with(6, "PO1*1*2X*EA*1.25**UP*012345678901"),
            [("8", "PO1", 8, None), ("6", "PO1", 8, 2)],
        ),
        (_with(0, "BEG*99*SA*PO-1**20261122"), [("8", "BEG", 2, None), ("7", "BEG", 2, 1)]),
        (_with(0, "BEG*00*SA*PO-1**20260230"), [("8", "BEG", 2, None), ("8", "BEG", 2, 5)]),
        # 2 conditional element missing: PO1 P0607 (qualifier without value)
        (_with(6, "PO1*1*2*EA*1.25**UP"), [("8", "PO1", 8, None), ("2", "PO1", 8, 7)]),
        # 3 too many elements
        (_with(2, "REF*DP*038*x*AB>1*z"), [("8", "REF", 4, None), ("3", "REF", 4, 5)]),
    ],
)
def test_element_faults(body, expected):
    got = [e[:4] for e in errors_of(body)]
    assert got == expected


def test_bad_value_and_reference_are_copied():
    (_, el_err) = errors_of(_with(0, "BEG*00*SA*PO-1**20260230"))
    assert el_err[5:] == ("373", "20260230")


def test_segment_faults():
    body = po850_body("PO-1", 1)
    # 1 unrecognized segment, 6 not in this set, 7 out of sequence, 3 mandatory missing
    assert errors_of([*body[:2], "ZZZ*1", *body[2:]])[0][:3] == ("1", "ZZZ", 4)
    assert errors_of([*body[:2], "BIG*20261122*X", *body[2:]])[0][:3] == ("6", "BIG", 4)
    assert errors_of([*body[:2], *body[3:], body[2]])[0][:3] == ("7", "REF", 10)
    missing_beg = errors_of(body[1:])
    assert ("3", "BEG", 2) in [e[:3] for e in missing_beg]
    no_lines = errors_of([*body[:6], body[-1]])
    assert ("3", "PO1", 8) in [e[:3] for e in no_lines]


def test_max_use_exceeded():
    body = po850_body("PO-1", 1)
    body[1:2] = ["CUR*BY*USD", "CUR*BY*USD"]
    assert errors_of(body)[0][:3] == ("5", "CUR", 4)


def test_partner_guide_narrows_a_spec_as_data():
    spec = spec_for("004010", "PO", "850")
    guide = narrow(spec, {"BEG02": {"NE"}, "CUR": NOT_USED})
    data = interchange([("850", "0001", po850_body("PO-1", 1))])
    (ic,) = list(read_interchanges(data))
    t = ic.groups[0].sets[0]
    errs = compile_spec(guide, t.delimiters).validate(t.text, lambda: t.segments)
    assert [(e.code, e.segment_id, e.element_position) for e in errs] == [
        ("8", "BEG", None),
        ("7", "BEG", 2),
        ("6", "CUR", None),
    ]
    assert compile_spec(spec, t.delimiters).validate(t.text, lambda: t.segments) == []
    _ = (ID, M)


SHIP_BODY = [
    "BSN*00*S1*20261122*1200*0001",
    "HL*1**S",
    "TD5**2*UPSN",
    "REF*CN*1Z9",
    "HL*2*1*O",
    "PRF*PO-1",
    "HL*3*2*P",
    "MAN*GM*00012345678901234567",
    "HL*4*3*I",
    "LIN*1*UP*012345678905",
    "SN1*1*4*EA",
    "CTT*4",
]


HL_REFS = ("628", "734")  # HL01, HL02

# values that probe every element type's edges: lengths, signs, points, codes, dates, times
_PROBES = (
    *("", "1", "12", "1234", "0", "-3", "-", ".", ".5", "5.", "1.5", "12.3", "123.4", "-12.5"),
    *("1..2", "1.2.3", "0.000001", "123456789012345", "1234567890.12345", "0123456789012345678"),
    *("A", "EA", "UP", "ZZ", "SA", "ST", "00", "X" * 30, "20261301", "20240229", "20250229"),
    *("20261122", "261122", "1200", "2460", "235959", "12000000"),
    # numbers at their digit limits, with and without a point
    *("1234567890123456", "123456789012345.", "1234567890123456.", "-.5", "-5.", "--1"),
    # characters past ASCII (the general form of the expression reads these sets)
    *("Caf\u00e9", "\u00ff", "A\u007fB"),
    # a code's prefixes and extensions (code lists are matched as prefix trees)
    *("E", "EAX", "U", "UPC", "S", "SAX", "85", "8500", "0", "000", "BY", "B", "BYZ"),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["850", "856"]),
    st.lists(
        st.tuples(st.integers(0, 11), st.integers(1, 12), st.sampled_from(_PROBES)),
        min_size=1,
        max_size=3,
    ),
)
def test_expression_and_walker_agree(set_id, edits):
    """The compiled expression accepts a set exactly when the walker finds nothing wrong
    (29 February is left to the walker on purpose)."""
    source = po850_body("PO-1", 2) if set_id == "850" else SHIP_BODY
    body = [seg.split("*") for seg in source]
    for idx, pos, value in edits:
        seg = body[idx % len(body)]
        if pos < len(seg):
            seg[pos] = value
        else:
            seg.append(value)
    text_body = ["*".join(seg) for seg in body]
    functional_id = "PO" if set_id == "850" else "SH"
    data = interchange([(set_id, "0001", text_body)], functional_id=functional_id)
    (ic,) = list(read_interchanges(data))
    (t,) = ic.groups[0].sets
    compiled = compile_spec(spec_for("004010", functional_id, set_id), t.delimiters)
    fast = compiled.fast.fullmatch(t.text) is not None
    assert compiled.accepts(t.text) == fast  # the ASCII form, where the text is ASCII
    # the HL numbering is checked beside the expression, not by it: leave those out
    walked = [
        e for e in compiled.walk(t.segments) if not (e.code == "7" and e.element_ref in HL_REFS)
    ]
    with_elements = {e.segment_position for e in walked if e.level == "element"}
    walked = [e for e in walked if e.code != "8" or e.segment_position in with_elements]
    if fast:
        assert walked == [], text_body
        assert t.clean_segments() == t.segments  # the cheaper split of accepted sets
    elif not walked:
        assert "0229" in t.text, text_body


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.text("AB01", min_size=0, max_size=4), min_size=1, max_size=12),
    st.lists(st.text("AB01*", max_size=6), max_size=8),
)
def test_word_tree_matches_as_the_plain_alternation(words, probes):
    """The prefix tree of a code list matches exactly what the plain alternation does,
    alone and followed by a separator (where a shorter code must give way to a longer)."""
    plain = "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"
    tree = alternation(words)
    for probe in [*words, *probes]:
        for suffix in ("", "\\*"):
            a = re.fullmatch(plain + suffix, probe) is not None
            assert a == (re.fullmatch(tree + suffix, probe) is not None), (tree, probe)


def ship_outcome(body, version="004010"):
    data = interchange([("856", "0001", body)], functional_id="SH", version=version)
    (oc,) = read_x12(data, partner_id="p")
    (group,) = oc.groups
    return group


def _hl(body, old, new):
    return [new if seg == old else seg for seg in body]


def test_clean_hierarchy_passes():
    group = ship_outcome(SHIP_BODY)
    assert group.sets[0].errors == [] and group.ack.status == AckStatus.ACCEPTED


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # HL02 names no earlier HL01 (segment 8 of the set is the third HL)
        ("HL*3*2*P", "HL*3*9*P", ["AK3*HL*8*HL*8", "AK4*2*734*7*9"]),
        # a parent that comes later is no parent either
        ("HL*2*1*O", "HL*2*3*O", ["AK3*HL*6*HL*8", "AK4*2*734*7*3"]),
        # HL01 skips a number
        ("HL*4*3*I", "HL*5*3*I", ["AK3*HL*10*HL*8", "AK4*1*628*7*5"]),
        # HL01 repeats: the second HL is out of count, and the pack's parent 2 is gone
        (
            "HL*2*1*O",
            "HL*1*1*O",
            ["AK3*HL*6*HL*8", "AK4*1*628*7*1", "AK3*HL*8*HL*8", "AK4*2*734*7*2"],
        ),
        # an HL that names itself is not its own parent
        ("HL*4*3*I", "HL*4*4*I", ["AK3*HL*10*HL*8", "AK4*2*734*7*4"]),
    ],
)
def test_hierarchy_faults_are_acknowledged(old, new, expected):
    group = ship_outcome(_hl(SHIP_BODY, old, new))
    (st,) = group.ack.sets
    assert st.status == AckStatus.REJECTED
    lines = ["*".join(seg) for seg in ack_997_body(group.ack)]
    assert lines[2 : 2 + len(expected)] == expected, lines
    assert lines[2 + len(expected)] == "AK5*R*5"


def test_hierarchy_fault_in_999_and_beside_element_errors():
    # 5010: the same codes in IK3/IK4; an HL that also has an element fault gets one IK3
    body = _hl(SHIP_BODY, "HL*3*2*P", "HL*3*9*P*11")
    group = ship_outcome(body, version="005010")
    lines = ["*".join(seg) for seg in ack_999_body(group.ack)]
    assert lines.count("IK3*HL*8*HL*8") == 1, lines
    assert "IK4*2*734*7*9" in lines and "IK4*4*736*5*11" in lines, lines


@pytest.mark.parametrize(
    ("element", "component", "segment", "suffix"),
    [
        ("*", ">", "~", "\n"),
        ("*", ">", "~", "\r\n"),
        ("*", ">", "~", ""),
        ("*", ">", "~", " \r\n "),
        ("*", ":", "\n", ""),
        ("\x1d", "\x1f", "\x1c", "\r\n"),
        ("|", "\\", "\x15", "\n"),
        ("\t", ">", "~", "\n"),
    ],
)
def test_clean_split_of_accepted_sets_matches_the_regex_split(element, component, segment, suffix):
    """Sets the expression accepts are split with str.split (`clean_segments`): the same
    segments as the general split, whatever the delimiters and the blanks after them."""
    data = interchange(
        [("850", "0001", po850_body("PO-1", 3)), ("850", "0002", po850_body("PO-2", 1))],
        element=element,
        component=component,
        segment=segment,
        suffix=suffix,
    )
    (ic,) = list(read_interchanges(data))
    for t in ic.groups[0].sets:
        compiled = compile_spec(spec_for("004010", "PO", "850"), t.delimiters)
        assert compiled.fast.fullmatch(t.text), (element, segment, suffix)
        assert compiled.accepts(t.text), (element, segment, suffix)
        assert t.clean_segments() == t.segments
        assert t.segments[0] == ["ST", "850", t.control] and t.segments[-1][0] == "SE"
