"""ORDCHG -> OrderChange, and the things a translation refuses with a precise reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from gateway.canonical import ItemId
from gateway.translators.edifact.inbound import read_edifact


def interchange(message_type: str, body: list[str], directory: str = "96A") -> bytes:
    segs = [f"UNH+1+{message_type}:D:{directory}:UN", *body]
    text = "UNB+UNOC:3+5412345000013:14+DEMODIST:ZZZ+240301:1200+7'"
    text += "".join(s + "'" for s in segs) + f"UNT+{len(segs) + 1}+1'UNZ+1+7'"
    return text.encode("latin-1")


def test_ordchg_to_order_change():
    data = interchange(
        "ORDCHG",
        [
            "BGM+230+CHG-1+5",
            "DTM+137:20240305:102",
            "RFF+ON:EU-1001",
            "DTM+171:20240301:102",
            "LIN+1+3+4000862141404:SRV",
            "QTY+21:60:PCE",
            "DTM+2:20240320:102",
            "LIN+2+2+4000862141411:SRV",
            "LIN+3+1+4000862141428:SRV",
            "QTY+21:5:PCE",
            "PRI+AAA:9.5",
            "UNS+S",
        ],
        directory="01B",
    )
    out = read_edifact(data, partner_id="p")
    assert [m.errors for m in out.messages] == [[]]
    (change,) = out.documents
    assert (change.po_number, change.change_date, change.purpose) == (
        "EU-1001",
        dt.date(2024, 3, 5),
        "change",
    )
    assert [(ln.line_no, ln.change, ln.quantity, ln.requested_date) for ln in change.lines] == [
        ("1", "change", Decimal(60), dt.date(2024, 3, 20)),
        ("2", "delete", None, None),
        ("3", "add", Decimal(5), None),
    ]
    assert change.lines[2].item_ids == (ItemId("gtin", "4000862141428"),)
    assert change.lines[2].unit_price == Decimal("9.5")


def test_bad_date_and_unknown_directory_are_reported():
    bad_date = interchange(
        "ORDERS",
        ["BGM+220+PO1+9", "DTM+137:20241399:102", "LIN+1++4000862141404:SRV", "QTY+21:1", "UNS+S"],
    )
    (msg,) = read_edifact(bad_date).messages
    assert msg.document is None
    assert msg.errors[0].code == "12"
    assert "segment 3 (DTM): '20241399' is not a valid date in format 102" in msg.errors[0].message
    unknown = interchange("ORDERS", ["BGM+220+PO1+9", "UNS+S"], directory="99Z")
    (msg,) = read_edifact(unknown).messages
    assert (msg.errors[0].code, msg.errors[0].component_position) == ("17", 3)
    assert "directory D:99Z is not supported" in msg.errors[0].message
    other = interchange("IFTMIN", ["BGM+610+X+9"])
    (msg,) = read_edifact(other).messages
    assert msg.errors[0].code == "14" and "message type IFTMIN" in msg.errors[0].message


def test_missing_mandatory_and_misplaced_segments():
    data = interchange(
        "ORDERS",
        ["DTM+137:20240301:102", "LIN+1++4000862141404:SRV", "QTY+21:1", "BGM+220+PO1+9", "UNS+S"],
    )
    (msg,) = read_edifact(data).messages
    codes = [(e.code, e.segment_id, e.segment_position) for e in msg.errors]
    assert ("13", "BGM", 2) in codes  # BGM missing before DTM
    assert ("15", "BGM", 5) in codes  # BGM after the line items is out of place
