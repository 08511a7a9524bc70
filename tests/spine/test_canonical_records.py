"""The canonical dataclasses keep their dataclass behaviour with the faster constructor:
same signature and defaults, frozen, equal and hashable by value, replace/fields/pickle."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from decimal import Decimal

import pytest

from gateway import canonical
from gateway.canonical import ItemId, Order, OrderLine, Purpose

RECORDS = [
    c for c in vars(canonical).values() if isinstance(c, type) and dataclasses.is_dataclass(c)
]


def test_every_record_has_the_fast_constructor_with_the_dataclass_signature():
    assert len(RECORDS) >= 20
    for cls in RECORDS:
        params = list(inspect.signature(cls).parameters.values())
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields], cls
        for p, f in zip(params, fields, strict=True):
            expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            assert p.default == expected, (cls, f.name)
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"


def test_records_stay_frozen_value_objects():
    line = OrderLine("1", Decimal("2"), "EA", item_ids=(ItemId("upc", "0123"),))
    assert line.unit_price is None and line.description == "" and line.references == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.unit = "CA"  # type: ignore[misc]
    same = OrderLine("1", Decimal("2.0"), "EA", None, (ItemId("upc", "0123"),))
    assert line == same and hash(line) == hash(same)
    assert line != OrderLine("2", Decimal("2"), "EA", item_ids=line.item_ids)
    assert pickle.loads(pickle.dumps(line)) == line
    changed = dataclasses.replace(line, unit="CA")
    assert changed.unit == "CA" and changed.line_no == "1" and line.unit == "EA"
    order = Order(partner_id="p", po_number="PO-1", po_date=None, lines=(line,))
    assert order.purpose is Purpose.ORIGINAL and order.lines[0] is line
    with pytest.raises(TypeError):
        OrderLine("1", Decimal("2"))  # type: ignore[call-arg]  # unit is required
    with pytest.raises(TypeError):
        ItemId("upc", "1", kind="gtin")  # type: ignore[misc]


def test_builder_makes_ordinary_frozen_records():
    """canonical.builder: a positional constructor for hot loops whose result is the record
    itself (type, equality, hash, frozenness, pickle), not a look-alike."""
    new_line = canonical.builder(OrderLine)
    assert canonical.builder(OrderLine) is new_line
    ids = (canonical.builder(ItemId)("upc", "0123"),)
    built = new_line("1", Decimal("2"), "EA", None, ids, "", None, ())
    plain = OrderLine("1", Decimal("2"), "EA", item_ids=(ItemId("upc", "0123"),))
    assert type(built) is OrderLine and type(ids[0]) is ItemId
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.unit = "CA"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(built)) == plain
    assert dataclasses.replace(built, unit="CA").unit == "CA"
    with pytest.raises(TypeError):
        new_line("1", Decimal("2"), "EA")  # every field is required
    order = canonical.builder(Order)(
        **{
            f.name: getattr(o, f.name)
            for o in [Order("p", "PO-1", None, (plain,))]
            for f in dataclasses.fields(o)
        }
    )
    assert order == Order("p", "PO-1", None, (plain,)) and type(order) is Order
