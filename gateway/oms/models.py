"""OMS tables: customers, sales orders and their lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gateway.store.base import Base, utcnow

__all__ = ["Customer", "SalesOrder", "SalesOrderLine"]

Money = Numeric(18, 4)
Qty = Numeric(18, 4)


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    credit_limit: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    credit_hold: Mapped[bool] = mapped_column(default=False)
    terms: Mapped[str] = mapped_column(String(32), default="NET30")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


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
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    ship_to: Mapped[str] = mapped_column(String(64), default="")
    source_message_id: Mapped[str | None] = mapped_column(String(32), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", order_by="SalesOrderLine.id", cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("partner_id", "po_number"),)


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

    order: Mapped[SalesOrder] = relationship(back_populates="lines")
