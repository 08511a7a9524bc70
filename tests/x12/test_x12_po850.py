"""850 translation of PO1 lines in every shape the spec allows, and of the faults the
translator reports itself (sets read without validation)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.canonical import ItemId
from gateway.errors import InputError
from gateway.translators.x12.po850 import ITEM_KINDS, order_from_850


def translate(*lines: str):
    body = ["ST*850*0001", "BEG*00*SA*PO-1**20261122", *lines, "SE*9*0001"]
    return order_from_850([s.split("*") for s in body], partner_id="p")


def test_po1_shapes():
    order = translate(
        "PO1*1*2*EA*1.25**UP*012345678905*VN*SKU-1",
        "PID*F****First",
        "PID*F****Second",
        "PO1*2*3*CA",  # no price, no item ids
        "PO1**4*EA*9.5**BP*B-7*VN",  # no line number; an id pair without its value
        "PO1*4*5*EA*1***V-1*ZZ*Z-9*EN",  # empty qualifier, unlisted qualifier, odd end
        "PO1*5*6",  # only the quantity
        "CTT*5",
    )
    got = [
        (ln.line_no, ln.quantity, ln.unit, ln.unit_price, ln.item_ids, ln.description)
        for ln in order.lines
    ]
    assert got == [
        (
            "1",
            Decimal(2),
            "EA",
            Decimal("1.25"),
            (ItemId("upc", "012345678905"), ItemId("vendor", "SKU-1")),
            "First",
        ),
        ("2", Decimal(3), "CA", None, (), ""),
        ("3", Decimal(4), "EA", Decimal("9.5"), (ItemId("buyer", "B-7"),), ""),
        ("4", Decimal(5), "EA", Decimal(1), (ItemId("zz", "Z-9"),), ""),
        ("5", Decimal(6), "", None, (), ""),
    ]


@pytest.mark.parametrize(
    ("po1", "message"),
    [
        ("PO1*1**EA*1.25", "segment 5 (PO1): PO102 quantity is missing"),
        ("PO1*1", "segment 5 (PO1): PO102 quantity is missing"),
        ("PO1*1*two*EA*1.25", "segment 5 PO102: 'two' is not a number"),
        ("PO1*1*2*EA*1,25", "segment 5 PO104: '1,25' is not a number"),
        ("PO1*1*2*EA*NaN", "segment 5 PO104: 'NaN' is not a number"),
    ],
)
def test_po1_faults_name_the_segment(po1, message):
    with pytest.raises(InputError) as exc:
        translate("PO1*1*2*EA*1.25", "PID*F****Widget", po1, "CTT*2")
    assert exc.value.detail == message


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "UP", "VN", "ZZ", "X-1", "0123"]), max_size=14))
def test_po1_id_pairs_in_any_number(tail):
    """Item id pairs from PO106 on, however many (one and two pairs are read by written-out
    code, more by a loop): every (qualifier, id) pair with both present, in order, and a
    last qualifier without its id dropped."""
    order = translate("PO1*1*2*EA*1.25*" + "".join("*" + x for x in tail), "CTT*1")
    expected = tuple(
        ItemId(ITEM_KINDS[q], v) for q, v in zip(tail[0::2], tail[1::2], strict=False) if q and v
    )
    assert order.lines[0].item_ids == expected
