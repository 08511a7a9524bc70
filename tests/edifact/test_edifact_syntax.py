"""Tokenizer: UNA and defaults, release character, chunking, character sets, version 4."""

from __future__ import annotations

import pytest

from gateway.errors import EnvelopeError
from gateway.translators.edifact.envelope import EnvelopeReader
from gateway.translators.edifact.syntax import (
    BadSegment,
    Repeats,
    ServiceChars,
    Tokenizer,
    read_una,
)

ORDER = (
    b"UNA:+.? 'UNB+UNOC:3+SENDER:14+DEMODIST:ZZZ+240101:1200+42'"
    b"UNH+1+ORDERS:D:96A:UN'BGM+220+PO?+1?:2??+9'DTM+137:20240101:102'"
    b"LIN+1++4000862141404:SRV'QTY+21:5'UNS+S'UNT+7+1'UNZ+1+42'"
)


def segments(data, **kw):
    return list(Tokenizer(data, **kw))


def test_default_service_characters_without_una():
    segs = segments(b"UNB+UNOA:3+A+B+240101:1200+1'UNZ+0+1'")
    assert segs[0] == [["UNB"], ["UNOA", "3"], ["A"], ["B"], ["240101", "1200"], ["1"]]
    assert segs[1] == [["UNZ"], ["0"], ["1"]]


def test_una_custom_characters_and_release():
    segs = segments(ORDER)
    bgm = next(s for s in segs if s[0] == ["BGM"])
    assert bgm == [["BGM"], ["220"], ["PO+1:2?"], ["9"]]


def test_una_with_other_separators():
    data = b"UNA^*.? $UNB*UNOA^1*X*Y*000210^1434*7$UNH*1*INVOIC^D^96A^UN$UNT*2*1$UNZ*1*7$"
    segs = segments(data)
    assert segs[1] == [["UNH"], ["1"], ["INVOIC", "D", "96A", "UN"]]


@pytest.mark.parametrize(
    "una, code",
    [(b"UNA:+", "20"), (b"UNA:+.?:'", "20"), (b"UNA:A.? '", "20"), (b"UNA:+;? '", "20")],
)
def test_broken_una_is_refused(una, code):
    with pytest.raises(EnvelopeError) as exc:
        read_una(una)
    assert exc.value.code == code


def test_one_byte_chunks_give_the_same_segments():
    whole = segments(ORDER)
    assert segments(ORDER[i : i + 1] for i in range(len(ORDER))) == whole
    assert segments(iter([ORDER[:50], ORDER[50:51], ORDER[51:]])) == whole


def test_release_character_torture(edifact_corpus):
    data = (edifact_corpus / "PAORES" / "phpedifact__example_release_character.edi").read_bytes()
    ift = [s[2] for s in segments(data) if s[0] == ["IFT"]]
    assert ift[2] == ["NO MORE FLIGHTS 2?"]
    assert ift[3] == ["NO MORE ' FLIGHTS 3"]
    assert ift[4] == ["NO MORE ? FLIGHTS 3"]
    assert ift[5] == ["NO MORE ?' FLIGHTS 3"]
    assert ift[7] == ["FIELD 1?"]
    assert ift[8] == ["FIELD 1?+FIELD 2"]
    assert ift[10] == ["FIELD 1.1?", "FIELD 1.2"]
    assert ift[11] == ["FIELD 1.1?:FIELD 1.2"]


def test_release_before_a_plain_character_is_reported():
    segs = segments(b"UNB+UNOC:3+A+B+240101:1200+1'FTX+AAI+++A?*B'UNZ+0+1'")
    assert isinstance(segs[1], BadSegment)
    assert segs[1].code == "21" and "'*'" in segs[1].problem
    assert segs[1][4] == ["A*B"]


def test_line_breaks_inside_segments_are_layout(edifact_corpus):
    data = (edifact_corpus / "ORDERS" / "bots__order02.edi").read_bytes()
    dtm = next(s for s in segments(data) if s[0] == ["DTM"])
    assert dtm == [["DTM"], ["137", "20050819", "102"]]


@pytest.mark.parametrize(
    "syntax, raw, text",
    [
        ("UNOC", "Kälte".encode("latin-1"), "Kälte"),
        ("UNOD", "Łódź".encode("iso8859-2"), "Łódź"),
        ("UNOE", "Лорем".encode("iso8859-5"), "Лорем"),
        ("UNOF", "Αθήνα".encode("iso8859-7"), "Αθήνα"),
    ],
)
def test_character_sets_follow_unb(syntax, raw, text):
    data = f"UNB+{syntax}:3+A+B+240101:1200+1'".encode() + b"FTX+AAI+++" + raw + b"'UNZ+0+1'"
    assert segments(data)[1][4] == [text]


def test_unoy_is_utf8_and_needs_version_4():
    data = "UNB+UNOY:4+A+B+20240101:1200+1'FTX+AAI+++東京 ✓'UNZ+0+1'".encode()
    assert segments(data)[1][4] == ["東京 ✓"]
    bad = b"UNB+UNOY:4+A+B+20240101:1200+1'FTX+AAI+++\xff\xfe'UNZ+0+1'"
    seg = segments(bad)[1]
    assert isinstance(seg, BadSegment) and seg.code == "21" and "UNOY" in seg.problem
    reader = EnvelopeReader(b"UNB+UNOY:3+A+B+240101:1200+1'UNZ+0+1'")
    list(reader)
    assert [e.code for e in reader.interchanges[0].errors] == ["2"]


def test_unoa_level_a_repertoire():
    data = b"UNB+UNOA:3+A+B+240101:1200+1'FTX+AAI+++lower case'FTX+AAI+++CAF\xc9'UNZ+0+1'"
    strict = segments(data, strict_charset=True)
    assert isinstance(strict[1], BadSegment) and "'l'" in strict[1].problem
    lenient = segments(data)
    assert not isinstance(lenient[1], BadSegment)
    assert isinstance(lenient[2], BadSegment) and "U+00C9" in lenient[2].problem


def test_syntax_version_4_repetition_separator():
    data = b"UNA:+.?*'UNB+UNOC:4+A+B+20240101:1200+1'NAD+BY+1::9+A*B*C'UNZ+0+1'"
    nad = segments(data)[1]
    assert isinstance(nad[3], Repeats)
    assert list(nad[3]) == [["A"], ["B"], ["C"]]


def test_level_b_default_characters():
    data = b"UNB\x1dUNOB\x1f3\x1dA\x1dB\x1d240101\x1f1200\x1d1\x1cUNZ\x1d0\x1d1\x1c"
    tok = Tokenizer(data)
    segs = list(tok)
    assert tok.chars == ServiceChars(component="\x1f", element="\x1d", release="", segment="\x1c")
    assert segs[0][1] == ["UNOB", "3"]


@pytest.mark.parametrize(
    "lead", [b" \r\n\xef\xbb\xbf", b"\xef\xbb\xbf\r\n", b"\x00\x00\n", b"\xef\xbb\xbf\xef\xbb\xbf"]
)
def test_blanks_nul_padding_and_boms_before_the_interchange_are_not_data(lead):
    data = lead + b"UNB+UNOC:3+A:14+B:14+240101:1200+9'UNH+1+ORDERS:D:96A:UN'UNT+2+1'UNZ+1+9'"
    reader = EnvelopeReader(data)
    assert [m.header.ref for m in reader] == ["1"]
    assert reader.interchanges[0].errors == []


def test_a_message_without_unb_is_refused_precisely():
    reader = EnvelopeReader(b"\r\nUNH+1+ORDERS:D:96A:UN'BGM+220+X+9'UNT+3+1'")
    (msg,) = list(reader)
    (ic,) = reader.interchanges
    assert ic.unb_missing and msg.header.ref == "1"
    assert [(e.code, e.segment_id) for e in ic.errors] == [("13", "UNB"), ("13", "UNZ")]
    assert "arrived without a UNB interchange header: ISO 9735-1" in ic.errors[0].message
