"""Buy route and dropship: purchase orders to vendors, receipts that release backorders, ship
requests to dropship partners."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gateway.canonical import ItemId, OrderLine, Party, ShipmentLine, ShipRequest
from gateway.canonical import PurchaseOrder as PurchaseOrderDoc
from gateway.canonical import Shipment as ShipmentDoc
from gateway.errors import BusinessError
from gateway.oms import inventory
from gateway.oms.lifecycle import Cause, order_event
from gateway.oms.models import (
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    ShipTo,
    Stock,
    Vendor,
    Warehouse,
)
from gateway.oms.outbox import Outbox
from gateway.store import events

__all__ = [
    "buy_on_demand",
    "default_warehouse",
    "receive_po_line",
    "receive_ship_notice",
    "request_dropship",
    "send_purchase_orders",
]


def default_warehouse(session: Session) -> Warehouse:
    wh = session.scalar(
        select(Warehouse)
        .where(Warehouse.kind == "stock")
        .order_by(Warehouse.priority, Warehouse.id)
    )
    if wh is None:
        raise BusinessError("no stock warehouse is set up", code="no_warehouse")
    return wh


def _open_po(
    session: Session, vendor_id: int, kind: str, warehouse_id: int | None, order_id: int | None
) -> PurchaseOrder:
    po = None
    if kind == "buy":
        po = session.scalar(
            select(PurchaseOrder)
            .where(
                PurchaseOrder.vendor_id == vendor_id,
                PurchaseOrder.kind == "buy",
                PurchaseOrder.status == "open",
            )
            .order_by(PurchaseOrder.id)
        )
    if po is None:
        po = PurchaseOrder(
            number=f"TMP{order_id}-{vendor_id}-{kind}",
            vendor_id=vendor_id,
            kind=kind,
            status="open",
            warehouse_id=warehouse_id,
            sales_order_id=order_id,
        )
        session.add(po)
        session.flush()
        po.number = f"PO{po.id:08d}"
    return po


def buy_on_demand(
    session: Session, so: SalesOrder, lines: list[SalesOrderLine], cause: Cause
) -> list[PurchaseOrder]:
    """Create or extend an open purchase order per vendor for the lines' quantities; the
    quantity is incoming at the default warehouse and the lines wait (backordered)."""
    if not lines:
        return []
    wh = default_warehouse(session)
    pos: dict[int, PurchaseOrder] = {}
    for ln in lines:
        product = session.get(Product, ln.product_id)
        if product is None or product.vendor_id is None:
            raise BusinessError(
                f"line {ln.line_no}: buy-on-demand item has no vendor", code="no_vendor"
            )
        po = pos.get(product.vendor_id) or _open_po(session, product.vendor_id, "buy", wh.id, None)
        pos[product.vendor_id] = po
        qty = ln.open_qty * ln.factor
        session.add(
            PurchaseOrderLine(
                po_id=po.id,
                product_id=product.id,
                quantity=qty,
                received_qty=Decimal(0),
                unit_cost=product.cost,
                order_line_id=ln.id,
            )
        )
        _add_incoming(session, wh.id, product.id, qty)
        order_event(
            session,
            so,
            "buy_route",
            cause,
            f"line {ln.line_no}: {qty} {product.base_unit} of {product.sku} on {po.number}",
        )
    return list(pos.values())


def _add_incoming(session: Session, warehouse_id: int, product_id: int, qty: Decimal) -> None:
    res = session.execute(
        update(Stock)
        .where(Stock.warehouse_id == warehouse_id, Stock.product_id == product_id)
        .values(incoming=Stock.incoming + qty)
    )
    if res.rowcount == 0:
        session.add(
            Stock(
                warehouse_id=warehouse_id,
                product_id=product_id,
                on_hand=Decimal(0),
                reserved=Decimal(0),
                incoming=qty,
            )
        )
        session.flush()


def _po_doc(
    session: Session,
    po: PurchaseOrder,
    vendor: Vendor,
    ship_to: Party | None,
    dropship_for: str,
    today: dt.date,
) -> PurchaseOrderDoc:
    lines = []
    for i, pl in enumerate(
        session.scalars(
            select(PurchaseOrderLine)
            .where(PurchaseOrderLine.po_id == po.id)
            .order_by(PurchaseOrderLine.id)
        ),
        1,
    ):
        product = session.get(Product, pl.product_id)
        assert product is not None
        ids = tuple(
            ItemId(k, v) for k, v in (("sku", product.sku), ("gtin", product.gtin or "")) if v
        )
        lines.append(
            OrderLine(
                str(i), pl.quantity, product.base_unit, pl.unit_cost, ids, product.description
            )
        )
    return PurchaseOrderDoc(
        partner_id=vendor.partner_id or "",
        po_number=po.number,
        po_date=today,
        lines=tuple(lines),
        ship_to=ship_to,
        dropship_for=dropship_for,
    )


def send_purchase_orders(
    session: Session, outbox: Outbox, *, today: dt.date | None = None
) -> list[PurchaseOrder]:
    """Send every open buy PO to its vendor (the buy route's batch step)."""
    today = today or dt.date.today()
    sent = []
    for po in session.scalars(
        select(PurchaseOrder).where(PurchaseOrder.status == "open", PurchaseOrder.kind == "buy")
    ):
        vendor = session.get(Vendor, po.vendor_id)
        assert vendor is not None
        po.status = "sent"
        outbox(_po_doc(session, po, vendor, None, "", today), order_id=None)
        events.record(
            session, "po.sent", partner_id=vendor.partner_id, detail=f"{po.number} to {vendor.code}"
        )
        sent.append(po)
    return sent


def request_dropship(
    session: Session,
    so: SalesOrder,
    lines: list[SalesOrderLine],
    outbox: Outbox,
    cause: Cause,
    today: dt.date,
) -> None:
    """One dropship PO and ShipRequest per vendor; the lines count as allocated."""
    if not lines:
        return
    ship_to = session.get(ShipTo, so.ship_to_id) if so.ship_to_id else None
    party = Party(role="ST", name=ship_to.name if ship_to else "", id=so.ship_to, id_qualifier="92")
    by_vendor: dict[int, list[SalesOrderLine]] = {}
    for ln in lines:
        product = session.get(Product, ln.product_id)
        assert product is not None and product.vendor_id is not None
        by_vendor.setdefault(product.vendor_id, []).append(ln)
    for vendor_id, vlines in by_vendor.items():
        vendor = session.get(Vendor, vendor_id)
        assert vendor is not None
        if not vendor.partner_id:
            raise BusinessError(
                f"dropship vendor {vendor.code} has no partner to send to",
                code="dropship_unroutable",
            )
        po = _open_po(session, vendor_id, "dropship", None, so.id)
        po.status = "sent"
        out = []
        for ln in vlines:
            session.add(
                PurchaseOrderLine(
                    po_id=po.id,
                    product_id=ln.product_id,
                    quantity=ln.quantity * ln.factor,
                    received_qty=Decimal(0),
                    order_line_id=ln.id,
                )
            )
            ln.allocated_qty = ln.quantity
            ids = tuple(
                ItemId(k, v) for k, v in (("upc", ln.gtin), ("vendor", ln.vendor_item)) if v
            )
            out.append(OrderLine(ln.line_no, ln.quantity, ln.unit, None, ids, ln.description))
        session.flush()
        outbox(
            ShipRequest(
                partner_id=vendor.partner_id,
                order_number=so.number,
                po_number=so.po_number,
                ship_to=party,
                lines=tuple(out),
                request_date=today,
            ),
            order_id=so.id,
        )
        order_event(
            session,
            so,
            "dropship_requested",
            cause,
            f"{len(vlines)} lines to {vendor.code} ({vendor.partner_id}) on {po.number}",
        )


def receive_po_line(
    session: Session,
    po_line_id: int,
    quantity: Decimal,
    *,
    warehouse_id: int | None = None,
    actor: str = "system",
) -> list[SalesOrder]:
    """Receive against a PO line; stock goes up and backorders are released oldest first.
    Returns the orders whose allocation changed (their status is brought up to date)."""
    pl = session.get(PurchaseOrderLine, po_line_id)
    if pl is None:
        raise BusinessError(f"no purchase order line {po_line_id}", code="unknown_po_line")
    if pl.received_qty + quantity > pl.quantity:
        raise BusinessError(
            f"receiving {quantity} would exceed the {pl.quantity} ordered"
            f" ({pl.received_qty} already received)",
            code="over_receipt",
        )
    po = session.get(PurchaseOrder, pl.po_id)
    assert po is not None
    wh = warehouse_id or po.warehouse_id or default_warehouse(session).id
    inventory.receive_stock(
        session,
        product_id=pl.product_id,
        warehouse_id=wh,
        quantity=quantity,
        po_line=pl,
        actor=actor,
    )
    if all(ln.received_qty >= ln.quantity for ln in po.lines):
        po.status = "received"
    return release_backorders(session, pl.product_id, Cause(actor, f"receipt on {po.number}"))


def receive_ship_notice(
    session: Session, doc: ShipmentDoc, cause: Cause
) -> tuple[PurchaseOrder, list[SalesOrder]] | None:
    """A vendor's ship notice (856) for one of our buy POs: each shipped line is received
    against its PO line (stock up, backorders released oldest first). None when the notice
    names no buy PO placed with the sender (it is then a dropshipper's confirmation)."""
    if not doc.po_numbers:
        return None
    po = session.scalar(
        select(PurchaseOrder)
        .join(Vendor, Vendor.id == PurchaseOrder.vendor_id)
        .where(
            PurchaseOrder.number == doc.po_numbers[0],
            PurchaseOrder.kind == "buy",
            Vendor.partner_id == doc.partner_id,
        )
    )
    if po is None:
        return None
    po_lines = list(
        session.scalars(
            select(PurchaseOrderLine)
            .where(PurchaseOrderLine.po_id == po.id)
            .order_by(PurchaseOrderLine.id)
        )
    )
    touched: dict[int, SalesOrder] = {}
    for sl in [pl for p in doc.packs for pl in p.lines] + list(doc.lines):
        pl = _po_line(session, po_lines, sl)
        if pl is None:
            raise BusinessError(
                f"ship notice {doc.shipment_id} line {sl.line_no} is not a line of {po.number}",
                code="unknown_line",
            )
        for so in receive_po_line(session, pl.id, sl.quantity, actor=cause.actor):
            touched[so.id] = so
    events.record(
        session,
        "purchase.ship_notice",
        actor=cause.actor,
        partner_id=doc.partner_id,
        message_id=cause.message_id,
        detail=f"ship notice {doc.shipment_id} received against {po.number}",
    )
    return po, list(touched.values())


def _po_line(
    session: Session, po_lines: list[PurchaseOrderLine], sl: ShipmentLine
) -> PurchaseOrderLine | None:
    """The PO line a shipped line answers: by its line number (our 850 numbers lines from 1
    in order), else by our SKU or GTIN among its item ids."""
    if sl.line_no.isdigit() and 1 <= int(sl.line_no) <= len(po_lines):
        return po_lines[int(sl.line_no) - 1]
    wanted = {i.value for i in sl.item_ids}
    for pl in po_lines:
        product = session.get(Product, pl.product_id)
        if product is not None and wanted & {product.sku, product.gtin}:
            return pl
    return None


def release_backorders(session: Session, product_id: int, cause: Cause) -> list[SalesOrder]:
    """Allocate free stock of a product to waiting orders, oldest first, and move them."""
    from gateway.oms.lifecycle import move
    from gateway.oms.orders import allocation_status, sync_kits

    touched = inventory.release_backorders(session, product_id)
    for so in touched:
        sync_kits(so)
        target = allocation_status(so)
        if target == so.status or (so.status == "partially_shipped" and target != "allocated"):
            continue
        move(session, so, target, cause)
    return touched


def create_purchase_order(
    session: Session,
    vendor_code: str,
    lines: list[tuple[str, Decimal]],
    *,
    warehouse_code: str = "",
) -> PurchaseOrder:
    """A replenishment PO (base units per SKU), open until `send_purchase_orders`."""
    vendor = session.scalar(select(Vendor).where(Vendor.code == vendor_code))
    if vendor is None:
        raise BusinessError(f"unknown vendor {vendor_code!r}", code="unknown_vendor")
    wh = (
        session.scalar(select(Warehouse).where(Warehouse.code == warehouse_code))
        if warehouse_code
        else default_warehouse(session)
    )
    if wh is None:
        raise BusinessError(f"unknown warehouse {warehouse_code!r}", code="unknown_warehouse")
    po = PurchaseOrder(
        number=f"TMP-R-{vendor.id}",
        vendor_id=vendor.id,
        kind="buy",
        status="open",
        warehouse_id=wh.id,
    )
    session.add(po)
    session.flush()
    po.number = f"PO{po.id:08d}"
    for sku, qty in lines:
        product = session.scalar(select(Product).where(Product.sku == sku))
        if product is None:
            raise BusinessError(f"unknown product {sku!r}", code="unknown_product")
        session.add(
            PurchaseOrderLine(
                po_id=po.id,
                product_id=product.id,
                quantity=qty,
                received_qty=Decimal(0),
                unit_cost=product.cost,
            )
        )
        _add_incoming(session, wh.id, product.id, qty)
    session.flush()
    session.refresh(po)
    return po
