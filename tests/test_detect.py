"""Detection by content: every corpus file lands on its standard (or `unknown` where it is
not recognisable), and the edge cases of each detector."""

from __future__ import annotations

import codecs

import pytest

from gateway.translators.detect import detect_format

# folder of the corpus -> the format every file in it must be detected as
FOLDERS = {
    "x12": "x12",
    "edifact": "edifact",
    "xml/ubl": "ubl",
    "xml/cxml": "cxml",
    "broken/xml": "ubl",
}
# broken files that carry no recognisable header at all
UNRECOGNISABLE = {
    "broken/edifact/bots__preprocessing-0T0000000004.edi",  # garbage lines before UNB
    "broken/edifact/edifabric__CorruptUnb.txt",  # "NB+..."
    "broken/x12/edifabric__CorruptIsa.txt",  # "SA*..."
    "broken/x12/ediengine__NonEdi.edi",
    "broken/x12/gtlx12__empty-edi.edi",
}


def test_every_corpus_file(corpus):
    wrong = []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".md"):
        rel = str(path.relative_to(corpus))
        folder = next(
            (f for f in FOLDERS if rel.startswith(f + "/")),
            rel.split("/")[0] + "/" + rel.split("/")[1] if rel.startswith("broken/") else "",
        )
        expected = (
            "unknown" if rel in UNRECOGNISABLE else FOLDERS.get(folder, folder.split("/")[-1])
        )
        got = detect_format(path.read_bytes())
        if got != expected:
            wrong.append((rel, expected, got))
    assert wrong == []


UBL_ORDER = (
    b'<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" '
    b'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
    b"<cbc:ID>1</cbc:ID></Order>"
)


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"", "unknown"),
        (b"   \r\n\t ", "unknown"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "unknown"),
        (b"PK\x03\x04\x14\x00\x00\x00", "unknown"),
        (b'{"order": 1, "lines": []}', "unknown"),
        (b"Hello, this is just a sentence.", "unknown"),
        (b"ISA*00*          *00*", "x12"),
        (b"\xef\xbb\xbf\r\nISA|00|", "x12"),
        (b"GS*PO*SENDER*RECEIVER*20240101*1200*1*X*004010~", "x12"),
        (b"ST*850*0001~BEG*00*SA*1**20240101~", "x12"),
        (b"STATUS*OK", "unknown"),
        (b"UNA:+.? 'UNB+UNOC:3+X+Y+240101:1200+1'", "edifact"),
        (b"UNB+UNOA:2+X+Y+240101:1200+1'", "edifact"),
        (b"UNH+1+ORDERS:D:96A:UN'", "edifact"),
        (b" \r\n\xef\xbb\xbfUNB+UNOC:3+X+Y+240101:1200+1'", "edifact"),  # blanks, then BOM
        (b"\xef\xbb\xbf\r\n\t UNA:+.? 'UNB+UNOC:3+X", "edifact"),
        (b"\x00\x00\n\nUNB+UNOA:2+X+Y+240101:1200+1'", "edifact"),  # NUL padding
        (b"\xef\xbb\xbf\xef\xbb\xbfUNB+UNOC:3+X", "edifact"),
        (b"UNB\x1dUNOB\x1f3\x1dX\x1dY\x1d240101\x1f1200\x1d1\x1c", "edifact"),  # level B
        (b"\r\n  UNH+1+ORDERS:D:96A:UN:EAN008'BGM+220+1'", "edifact"),
        (b"UNHAPPY;1\nUNHAPPY;2\n", "csv"),
        (b"UNBEKANNT;1;2\nUNBEKANNT;3;4\n", "csv"),
        (UBL_ORDER, "ubl"),
        (b'<?xml version="1.0"?>\n<!-- exported -->\n' + UBL_ORDER, "ubl"),
        (b'<ubl:Order xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>', "ubl"),
        (
            b'<Order xmlns="urn:example:orders"><Note>urn:oasis:names:specification:ubl:schema:xsd:'
            b"</Note></Order>",
            "xml",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE cXML SYSTEM "http://xml.cxml.org/cXML.dtd"><cXML/>',
            "cxml",
        ),
        (b'<!DOCTYPE cXML [<!ENTITY x "y">]><cXML payloadID="1">&x;</cXML>', "cxml"),
        (
            codecs.BOM_UTF16_LE
            + '<?xml version="1.0" encoding="UTF-16"?><cXML/>'.encode("utf-16-le"),
            "cxml",
        ),
        (
            '<?xml version="1.0" encoding="UTF-16"?>'.encode("utf-16-le")
            + UBL_ORDER.decode().encode("utf-16-le"),
            "ubl",
        ),
        (b"<html><body>hi</body></html>", "xml"),
        (b"po,qty\nA,1\n", "csv"),
        (b"Bestellnummer;Menge;Preis\r\nWS-1;1;2,50\r\n", "csv"),
        (b"po\tqty\tsku\nA\t1\tX\n", "csv"),
        ("Nr|Menge|Artikel\n1|2|Dübel\n".encode("cp1252"), "csv"),
        (b'po,desc,qty\nA,"a, b",1\nB,"c",2\n', "csv"),
        (b"po,qty\nA,1,extra\n", "unknown"),  # inconsistent columns: not guessed
        (b"a,b\x00c\n1,2\n", "unknown"),
    ],
)
def test_edge_cases(data, fmt):
    assert detect_format(data) == fmt


def test_large_csv_cut_at_the_head_limit():
    rows = "".join(f"PO{i},Ärger {i},{i}\n" for i in range(2000)).encode()
    assert detect_format(b"po,desc,qty\n" + rows) == "csv"
