"""OMS tables: customers, catalog, pricing, tax, stock, orders, purchasing, shipping,
invoicing with its ledger, returns and payments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gateway.store.base import Base, utcnow

__all__ = [
    "Carton",
    "Contact",
    "Customer",
    "Invoice",
    "InvoiceLine",
    "ItemCrosswalk",
    "JournalEntry",
    "JournalLine",
    "KitComponent",
    "OrderNote",
    "PartnerIdentifier",
    "Payment",
    "PaymentAllocation",
    "PriceList",
    "PriceRule",
    "Product",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "Receipt",
    "Reservation",
    "ReturnAuthorisation",
    "ReturnLine",
    "SalesOrder",
    "SalesOrderLine",
    "ShipTo",
    "Shipment",
    "ShipmentLine",
    "Stock",
    "Substitute",
    "TaxJurisdiction",
    "UomConversion",
    "Vendor",
    "Warehouse",
]

Money = Numeric(18, 4)
Qty = Numeric(18, 4)
ZERO = Decimal(0)


# --- customers ------------------------------------------------------------------------------


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    credit_limit: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    credit_hold: Mapped[bool] = mapped_column(default=False)
    terms: Mapped[str] = mapped_column(String(32), default="NET30")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    bill_name: Mapped[str] = mapped_column(String(200), default="")
    bill_street: Mapped[str] = mapped_column(String(200), default="")
    bill_city: Mapped[str] = mapped_column(String(100), default="")
    bill_region: Mapped[str] = mapped_column(String(32), default="")
    bill_postal: Mapped[str] = mapped_column(String(16), default="")
    bill_country: Mapped[str] = mapped_column(String(2), default="US")
    tax_exempt: Mapped[bool] = mapped_column(default=False)
    overdue_grace_days: Mapped[int] = mapped_column(Integer, default=15)
    # per-partner allocation rule: ship_partial, ship_complete, cancel_backorders
    ship_policy: Mapped[str] = mapped_column(String(20), default="ship_partial")
    # the partner's PO price is accepted within this percentage of ours
    price_tolerance_pct: Mapped[Decimal] = mapped_column(Money, default=Decimal("1"))
    # outside the tolerance: "change" (confirm at our price), "reject" the line, "hold" the order
    price_mismatch: Mapped[str] = mapped_column(String(8), default="change")
    price_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))

    ship_tos: Mapped[list[ShipTo]] = relationship(back_populates="customer", order_by="ShipTo.id")
    contacts: Mapped[list[Contact]] = relationship(order_by="Contact.id")


class ShipTo(Base):
    __tablename__ = "ship_to"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(32), default="")
    postal: Mapped[str] = mapped_column(String(16), default="")
    country: Mapped[str] = mapped_column(String(2), default="US")
    jurisdiction_id: Mapped[int | None] = mapped_column(ForeignKey("tax_jurisdiction.id"))

    customer: Mapped[Customer] = relationship(back_populates="ship_tos")
    __table_args__ = (UniqueConstraint("customer_id", "code"),)


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32), default="buyer")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")


class PartnerIdentifier(Base):
    """How a partner names a party in its documents (N1*ST*..*92*0118) -> account and ship-to."""

    __tablename__ = "partner_identifier"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(String(64))
    qualifier: Mapped[str] = mapped_column(String(8))
    value: Mapped[str] = mapped_column(String(80))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    ship_to_id: Mapped[int | None] = mapped_column(ForeignKey("ship_to.id"))
    __table_args__ = (UniqueConstraint("partner_id", "qualifier", "value"),)


# --- catalog, pricing, tax ------------------------------------------------------------------


class Vendor(Base):
    __tablename__ = "vendor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    partner_id: Mapped[str | None] = mapped_column(String(64))
    dropship: Mapped[bool] = mapped_column(default=False)


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    base_unit: Mapped[str] = mapped_column(String(8), default="EA")
    active: Mapped[bool] = mapped_column(default=True)
    kit: Mapped[bool] = mapped_column(default=False)
    buy_on_demand: Mapped[bool] = mapped_column(default=False)
    dropship: Mapped[bool] = mapped_column(default=False)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendor.id"))
    cost: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    weight: Mapped[Decimal] = mapped_column(Qty, default=ZERO)  # kg per base unit


class UomConversion(Base):
    """`factor` base units in one `unit` (CA -> 12 EA)."""

    __tablename__ = "uom_conversion"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    unit: Mapped[str] = mapped_column(String(8))
    factor: Mapped[Decimal] = mapped_column(Qty)
    __table_args__ = (
        UniqueConstraint("product_id", "unit"),
        CheckConstraint("factor > 0", name="factor_positive"),
    )


class ItemCrosswalk(Base):
    """A buyer's own part number for one of our products."""

    __tablename__ = "item_crosswalk"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    buyer_item: Mapped[str] = mapped_column(String(64))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    __table_args__ = (UniqueConstraint("customer_id", "buyer_item"),)


class KitComponent(Base):
    __tablename__ = "kit_component"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kit_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    component_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)


class Substitute(Base):
    __tablename__ = "substitute"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    substitute_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    priority: Mapped[int] = mapped_column(Integer, default=1)


class PriceList(Base):
    __tablename__ = "price_list"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3), default="USD")


class PriceRule(Base):
    """One price per base unit: kind list (on a price list), contract (a customer's) or promo;
    `min_qty` makes quantity breaks, valid_from/valid_to bound promotions."""

    __tablename__ = "price_rule"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="list")
    price_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    min_qty: Mapped[Decimal] = mapped_column(Qty, default=Decimal(1))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class TaxJurisdiction(Base):
    __tablename__ = "tax_jurisdiction"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    rate: Mapped[Decimal] = mapped_column(Numeric(9, 6))  # 0.0625 for 6.25 %


# --- stock ----------------------------------------------------------------------------------


class Warehouse(Base):
    __tablename__ = "warehouse"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(8), default="stock")  # stock, returns
    priority: Mapped[int] = mapped_column(Integer, default=1)


class Stock(Base):
    """Base units on hand, reserved for orders and incoming on purchase orders."""

    __tablename__ = "stock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    on_hand: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    reserved: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    incoming: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    __table_args__ = (
        UniqueConstraint("warehouse_id", "product_id"),
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("reserved >= 0 AND reserved <= on_hand", name="reserved_within_on_hand"),
    )


class Reservation(Base):
    __tablename__ = "reservation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("sales_order_line.id"), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)  # base units, still held
    status: Mapped[str] = mapped_column(String(12), default="active")  # active, done, released
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --- sales orders ---------------------------------------------------------------------------


class SalesOrder(Base):
    __tablename__ = "sales_order"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    partner_id: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    po_number: Mapped[str] = mapped_column(String(64))
    po_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24), default="received")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    ship_to: Mapped[str] = mapped_column(String(64), default="")
    source_message_id: Mapped[str | None] = mapped_column(String(32), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ship_to_id: Mapped[int | None] = mapped_column(ForeignKey("ship_to.id"))
    subtotal: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    tax_total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    hold_reason: Mapped[str] = mapped_column(String(16), default="")  # credit, price, address...
    requested_ship_date: Mapped[dt.date | None] = mapped_column(Date)
    response_status: Mapped[str] = mapped_column(String(10), default="")  # accepted/changed/...

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", order_by="SalesOrderLine.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("partner_id", "po_number"),
        Index("ix_sales_order_status", "status"),
    )


class CustomerOpenOrders(Base):
    """The sum of each customer's open order totals, kept by triggers on sales_order
    (migration oms_0003) whoever writes the orders: the credit check reads one row instead
    of summing a customer's open orders for every order placed."""

    __tablename__ = "customer_open_orders"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    total: Mapped[Decimal] = mapped_column(Money, default=ZERO)


class SalesOrderLine(Base):
    __tablename__ = "sales_order_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    line_no: Mapped[str] = mapped_column(String(20))
    buyer_item: Mapped[str] = mapped_column(String(64), default="")
    vendor_item: Mapped[str] = mapped_column(String(64), default="")
    gtin: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[Decimal] = mapped_column(Qty)
    unit: Mapped[str] = mapped_column(String(8))
    unit_price: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(16), default="open")
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"), index=True)
    parent_line_id: Mapped[int | None] = mapped_column(ForeignKey("sales_order_line.id"))
    factor: Mapped[Decimal] = mapped_column(Qty, default=Decimal(1))  # base units per unit
    po_price: Mapped[Decimal | None] = mapped_column(Money)  # what the partner sent
    route: Mapped[str] = mapped_column(
        String(8), default="stock"
    )  # stock, buy, dropship, kit, part (of a kit)
    ack_code: Mapped[str] = mapped_column(String(2), default="")  # X12 ACK01: IA, IB, IR...
    reason: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(9, 6), default=ZERO)
    tax_amount: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    allocated_qty: Mapped[Decimal] = mapped_column(Qty, default=ZERO)  # order units, ever
    shipped_qty: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    cancelled_qty: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    returned_qty: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    requested_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    order: Mapped[SalesOrder] = relationship(back_populates="lines")

    @property
    def open_qty(self) -> Decimal:
        """Units still to allocate (ordered minus allocated minus cancelled)."""
        return self.quantity - self.allocated_qty - self.cancelled_qty


class OrderNote(Base):
    """Free text and correspondence attached to an order (its chatter beside the events)."""

    __tablename__ = "order_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(64), default="system")
    kind: Mapped[str] = mapped_column(String(16), default="note")  # note, correspondence
    body: Mapped[str] = mapped_column(Text)


# --- purchasing -----------------------------------------------------------------------------


class PurchaseOrder(Base):
    __tablename__ = "purchase_order"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="buy")  # buy, dropship
    # open, sent, in_transit (all notified by the vendor), received
    status: Mapped[str] = mapped_column(String(12), default="open")
    sales_order_id: Mapped[int | None] = mapped_column(ForeignKey("sales_order.id"))
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    lines: Mapped[list[PurchaseOrderLine]] = relationship(order_by="PurchaseOrderLine.id")


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    po_id: Mapped[int] = mapped_column(ForeignKey("purchase_order.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)  # base units
    received_qty: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    asn_qty: Mapped[Decimal] = mapped_column(Qty, default=ZERO)  # notified by the vendor
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("sales_order_line.id"))


class Receipt(Base):
    __tablename__ = "receipt"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    po_line_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_order_line.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --- shipping -------------------------------------------------------------------------------


class Shipment(Base):
    __tablename__ = "shipment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    status: Mapped[str] = mapped_column(String(12), default="released")  # picked/packed/shipped
    dropship: Mapped[bool] = mapped_column(default=False)
    carrier: Mapped[str] = mapped_column(String(32), default="")
    service: Mapped[str] = mapped_column(String(32), default="")
    tracking: Mapped[str] = mapped_column(String(200), default="")
    weight: Mapped[Decimal] = mapped_column(Qty, default=ZERO)
    ship_date: Mapped[dt.date | None] = mapped_column(Date)
    invoiced: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    lines: Mapped[list[ShipmentLine]] = relationship(order_by="ShipmentLine.id")
    cartons: Mapped[list[Carton]] = relationship(order_by="Carton.id")


class Carton(Base):
    __tablename__ = "carton"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id"), index=True)
    sscc: Mapped[str] = mapped_column(String(18), unique=True)
    weight: Mapped[Decimal] = mapped_column(Qty, default=ZERO)


class ShipmentLine(Base):
    __tablename__ = "shipment_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("sales_order_line.id"), index=True)
    reservation_id: Mapped[int | None] = mapped_column(ForeignKey("reservation.id"))
    carton_id: Mapped[int | None] = mapped_column(ForeignKey("carton.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)  # order units


# --- invoicing and the ledger ---------------------------------------------------------------


class Invoice(Base):
    """An invoice or (kind="credit") a credit note; amounts positive in both."""

    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default="invoice")  # invoice, credit
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id"))
    return_id: Mapped[int | None] = mapped_column(ForeignKey("return_authorisation.id"))
    status: Mapped[str] = mapped_column(String(8), default="draft")  # draft, posted, paid
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    subtotal: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    tax: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    paid: Mapped[Decimal] = mapped_column(Money, default=ZERO)  # allocated payments/credits
    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.id")

    @property
    def balance(self) -> Decimal:
        return self.total - self.paid


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("sales_order_line.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(9, 6), default=ZERO)
    tax_amount: Mapped[Decimal] = mapped_column(Money, default=ZERO)


class JournalEntry(Base):
    __tablename__ = "journal_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    date: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(48))  # invoice:INV..., payment:PAY...
    memo: Mapped[str] = mapped_column(String(200), default="")
    lines: Mapped[list[JournalLine]] = relationship(order_by="JournalLine.id")


class JournalLine(Base):
    __tablename__ = "journal_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    account: Mapped[str] = mapped_column(String(16), index=True)
    debit: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    credit: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))


# --- returns and payments -------------------------------------------------------------------


class ReturnAuthorisation(Base):
    __tablename__ = "return_authorisation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="authorised")  # received, credited
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    lines: Mapped[list[ReturnLine]] = relationship(order_by="ReturnLine.id")


class ReturnLine(Base):
    __tablename__ = "return_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("return_authorisation.id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("sales_order_line.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)  # order units authorised
    received_qty: Mapped[Decimal] = mapped_column(Qty, default=ZERO)


class Payment(Base):
    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="payment")  # payment, credit, refund
    amount: Mapped[Decimal] = mapped_column(Money)
    allocated: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    reference: Mapped[str] = mapped_column(String(64), default="")
    date: Mapped[dt.date] = mapped_column(Date)
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))


class PaymentAllocation(Base):
    __tablename__ = "payment_allocation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
