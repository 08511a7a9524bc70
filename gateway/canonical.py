"""The canonical document model: one shape for every standard the gateway speaks.

Translators turn bytes into these objects and back; the OMS consumes and produces
them and never learns which standard a document came in. Frozen dataclasses, no
behaviour beyond checks of their own invariants.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

__all__ = [
    "AckError",
    "AckStatus",
    "Address",
    "FunctionalAck",
    "Invoice",
    "InvoiceLine",
    "InventoryAdvice",
    "InventoryLine",
    "ItemId",
    "builder",
    "Order",
    "OrderChange",
    "OrderChangeLine",
    "OrderLine",
    "OrderResponse",
    "OrderResponseLine",
    "Pack",
    "Party",
    "Purpose",
    "PurchaseOrder",
    "Reference",
    "SetAck",
    "ShipRequest",
    "Shipment",
    "ShipmentLine",
    "TaxLine",
]


class Purpose(StrEnum):
    ORIGINAL = "original"
    REPLACE = "replace"
    CANCEL = "cancel"
    TEST = "test"


@dataclass(frozen=True, slots=True)
class Address:
    lines: tuple[str, ...] = ()
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class Party:
    """A buyer, seller, ship-to or bill-to; `role` uses X12 N101 codes (BY, SE, ST, BT, VN)."""

    role: str
    name: str = ""
    id: str = ""
    id_qualifier: str = ""
    address: Address | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    qualifier: str
    value: str


@dataclass(frozen=True, slots=True)
class ItemId:
    """An item identifier with its kind: gtin, upc, buyer, vendor, sku, ean."""

    kind: str
    value: str


@dataclass(frozen=True, slots=True)
class OrderLine:
    line_no: str
    quantity: Decimal
    unit: str
    unit_price: Decimal | None = None
    item_ids: tuple[ItemId, ...] = ()
    description: str = ""
    requested_date: dt.date | None = None
    references: tuple[Reference, ...] = ()

    def item(self, kind: str) -> str | None:
        return next((i.value for i in self.item_ids if i.kind == kind), None)


@dataclass(frozen=True, slots=True)
class Order:
    partner_id: str
    po_number: str
    po_date: dt.date | None
    lines: tuple[OrderLine, ...]
    purpose: Purpose = Purpose.ORIGINAL
    order_type: str = ""
    currency: str = ""
    parties: tuple[Party, ...] = ()
    requested_ship_date: dt.date | None = None
    requested_delivery_date: dt.date | None = None
    terms: str = ""
    references: tuple[Reference, ...] = ()
    notes: tuple[str, ...] = ()
    source_message_id: str = ""
    source_control: str = ""

    def party(self, role: str) -> Party | None:
        return next((p for p in self.parties if p.role == role), None)


@dataclass(frozen=True, slots=True)
class OrderChangeLine:
    line_no: str
    change: str  # add, delete, quantity, price, date, replace
    quantity: Decimal | None = None
    unit: str = ""
    unit_price: Decimal | None = None
    item_ids: tuple[ItemId, ...] = ()
    requested_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class OrderChange:
    partner_id: str
    po_number: str
    change_date: dt.date | None
    lines: tuple[OrderChangeLine, ...]
    purpose: str = "change"
    parties: tuple[Party, ...] = ()
    requested_ship_date: dt.date | None = None
    source_message_id: str = ""


@dataclass(frozen=True, slots=True)
class OrderResponseLine:
    line_no: str
    status: str  # X12 ACK01 style: IA accepted, IB backordered, IC changed, IR rejected, ...
    quantity: Decimal
    unit: str
    unit_price: Decimal | None = None
    date: dt.date | None = None
    item_ids: tuple[ItemId, ...] = ()
    reason: str = ""
    ordered_quantity: Decimal | None = None
    backordered_quantity: Decimal | None = None  # of `quantity`, how much waits for stock


@dataclass(frozen=True, slots=True)
class OrderResponse:
    partner_id: str
    po_number: str
    po_date: dt.date | None
    response_date: dt.date
    status: str  # accepted, rejected, changed, held (acknowledged while on hold)
    lines: tuple[OrderResponseLine, ...] = ()
    order_number: str = ""
    parties: tuple[Party, ...] = ()
    reason: str = ""
    currency: str = ""
    answers_change: bool = False  # it answers a change order (X12 865), not an order (855)


@dataclass(frozen=True, slots=True)
class ShipmentLine:
    line_no: str
    quantity: Decimal
    unit: str
    item_ids: tuple[ItemId, ...] = ()
    po_number: str = ""


@dataclass(frozen=True, slots=True)
class Pack:
    sscc: str
    lines: tuple[ShipmentLine, ...]
    weight: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Shipment:
    partner_id: str
    shipment_id: str
    ship_date: dt.date | None
    po_numbers: tuple[str, ...]
    packs: tuple[Pack, ...] = ()
    lines: tuple[ShipmentLine, ...] = ()
    carrier: str = ""
    service: str = ""
    tracking_numbers: tuple[str, ...] = ()
    weight: Decimal | None = None
    parties: tuple[Party, ...] = ()
    order_number: str = ""
    source_message_id: str = ""

    def all_lines(self) -> tuple[ShipmentLine, ...]:
        return self.lines + tuple(ln for p in self.packs for ln in p.lines)


@dataclass(frozen=True, slots=True)
class ShipRequest:
    partner_id: str
    order_number: str
    po_number: str
    ship_to: Party
    lines: tuple[OrderLine, ...]
    carrier: str = ""
    service: str = ""
    request_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TaxLine:
    kind: str
    rate: Decimal
    amount: Decimal
    jurisdiction: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    line_no: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal
    item_ids: tuple[ItemId, ...] = ()
    description: str = ""
    taxes: tuple[TaxLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Invoice:
    partner_id: str
    number: str
    invoice_date: dt.date
    po_number: str
    lines: tuple[InvoiceLine, ...]
    total: Decimal
    currency: str = "USD"
    terms: str = ""
    due_date: dt.date | None = None
    taxes: tuple[TaxLine, ...] = ()
    charges: tuple[tuple[str, Decimal], ...] = ()
    parties: tuple[Party, ...] = ()
    credit_note: bool = False
    shipment_id: str = ""

    def check_totals(self) -> None:
        lines = sum((ln.amount for ln in self.lines), Decimal(0))
        taxes = sum((t.amount for t in self.taxes), Decimal(0))
        charges = sum((amt for _, amt in self.charges), Decimal(0))
        if lines + taxes + charges != self.total:
            raise ValueError(
                f"invoice {self.number}: total {self.total} != lines {lines} + tax {taxes}"
                f" + charges {charges}"
            )


@dataclass(frozen=True, slots=True)
class PurchaseOrder:
    partner_id: str
    po_number: str
    po_date: dt.date
    lines: tuple[OrderLine, ...]
    ship_to: Party | None = None
    dropship_for: str = ""


@dataclass(frozen=True, slots=True)
class InventoryLine:
    item_ids: tuple[ItemId, ...]
    quantity: Decimal
    unit: str
    warehouse: str = ""


@dataclass(frozen=True, slots=True)
class InventoryAdvice:
    partner_id: str
    advice_date: dt.date
    lines: tuple[InventoryLine, ...]


class AckStatus(StrEnum):
    ACCEPTED = "A"
    ACCEPTED_WITH_ERRORS = "E"
    PARTIAL = "P"
    REJECTED = "R"


@dataclass(frozen=True, slots=True)
class AckError:
    """One problem found in a received document, located as precisely as the standard allows."""

    code: str
    message: str
    segment_id: str = ""
    segment_position: int | None = None
    loop_id: str = ""
    element_position: int | None = None
    component_position: int | None = None
    element_ref: str = ""
    bad_value: str = ""
    level: str = "element"  # interchange, group, set, segment, element


@dataclass(frozen=True, slots=True)
class SetAck:
    set_id: str
    control_number: str
    status: AckStatus
    errors: tuple[AckError, ...] = ()


@dataclass(frozen=True, slots=True)
class FunctionalAck:
    """A 997/999/TA1/CONTRL, received or to be sent."""

    partner_id: str
    standard: str  # x12, edifact
    group_id: str
    group_control: str
    status: AckStatus
    sets: tuple[SetAck, ...] = ()
    interchange_control: str = ""
    errors: tuple[AckError, ...] = ()
    sets_included: int = 0
    sets_received: int = 0
    sets_accepted: int = 0
    version: str = ""
    # EDIFACT CONTRL addresses the interchange's own parties (UCI S002/S003, "id:qualifier")
    interchange_sender: str = ""
    interchange_recipient: str = ""

    @property
    def accepted(self) -> bool:
        return self.status in (AckStatus.ACCEPTED, AckStatus.ACCEPTED_WITH_ERRORS)


def _fast_init(cls: type) -> None:
    """Give a frozen slots dataclass an __init__ that stores each field through its slot
    descriptor instead of `object.__setattr__(self, name, value)`.

    Same signature, defaults, instances, equality and immutability; construction costs
    about half (translators build tens of thousands of lines per second).
    """
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(
        f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only for f in fields
    ):
        return  # keep the generated __init__ where it does more than store fields
    ns: dict[str, object] = {}
    params, body = [], []
    for f in fields:
        ns[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            ns[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body)}", ns)  # noqa: S102
    init = ns["__init__"]
    assert callable(init)
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__annotations__ = cls.__init__.__annotations__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]


for _cls in list(globals().values()):
    if isinstance(_cls, type) and dataclasses.is_dataclass(_cls):
        _fast_init(_cls)


_BUILDERS: dict[type, Callable[..., Any]] = {}


def builder(cls: type) -> Callable[..., Any]:
    """A constructor of frozen slots record `cls` for translators' hot loops: every field
    positional, about half the cost of `cls(...)`; what it returns is an ordinary `cls`.

    It is a plain function (called from Python code, it runs in the caller's interpreter
    loop, where a class's `__init__` is entered from C): it makes an instance of a twin
    class with the same slots and no frozen `__setattr__`, stores the fields by plain
    attribute assignment (the interpreter's fast path for slots) and then turns it into a
    `cls`, which Python allows because the two layouts are identical. The frozen
    `__init__` has to call a slot descriptor per field.
    """
    make = _BUILDERS.get(cls)
    if make is not None:
        return make
    params = dataclasses.fields(cls)
    if getattr(cls, "__slots__", None) != tuple(f.name for f in params) or hasattr(
        cls, "__post_init__"
    ):
        raise TypeError(f"{cls.__name__} is not a plain frozen slots record")
    names = [f.name for f in params]
    body = "".join(f"    self.{n} = {n}\n" for n in names)
    twin = type(f"{cls.__name__}Builder", (), {"__slots__": cls.__slots__})
    ns: dict[str, object] = {"_cls": cls, "_twin": twin}
    name = f"new_{cls.__name__}"
    src = f"def {name}({', '.join(names)}):\n    self = _twin()\n"
    exec(f"{src}{body}    self.__class__ = _cls\n    return self\n", ns)  # noqa: S102
    make = ns[name]
    assert callable(make)
    _BUILDERS[cls] = make
    return make
