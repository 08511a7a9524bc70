"""Warehouse release, pick lists, packing into SSCC-18 labelled cartons, shipment confirmation
(stock moves, ship notice), and the dropshipper's ship confirmation."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import ItemId, Pack, Party
from gateway.canonical import Shipment as ShipmentDoc
from gateway.canonical import ShipmentLine as ShipmentLineDoc
from gateway.errors import BusinessError, StateError
from gateway.oms import inventory
from gateway.oms.lifecycle import Cause, move, order_event
from gateway.oms.models import (
    Carton,
    Customer,
    Product,
    PurchaseOrder,
    Reservation,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
    Vendor,
    Warehouse,
)
from gateway.oms.outbox import Outbox

__all__ = [
    "PickRow",
    "confirm_dropship",
    "pack",
    "pick",
    "pick_list",
    "release_to_warehouse",
    "ship",
    "sscc18",
]

ZERO = Decimal(0)
# GS1 company prefix of the demo station; SSCC = extension + prefix + serial + check digit
COMPANY_PREFIX = "0614141"


def gs1_check_digit(digits: str) -> str:
    """GS1 mod-10: weights 3,1,3,... from the rightmost digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def sscc18(serial: int, *, extension: str = "0", prefix: str = COMPANY_PREFIX) -> str:
    body = f"{extension}{prefix}{serial:0{16 - len(prefix)}d}"
    if len(body) != 17:
        raise ValueError(f"serial {serial} does not fit SSCC with prefix {prefix}")
    return body + gs1_check_digit(body)


def _open_shipments(session: Session, so: SalesOrder, status: str) -> list[Shipment]:
    return list(
        session.scalars(
            select(Shipment)
            .where(
                Shipment.order_id == so.id, Shipment.status == status, Shipment.dropship.is_(False)
            )
            .order_by(Shipment.id)
        )
    )


def release_to_warehouse(session: Session, so: SalesOrder, cause: Cause) -> list[Shipment]:
    """One shipment per warehouse for everything reserved and not yet released."""
    customer = session.get(Customer, so.customer_id)
    if (
        customer is not None
        and customer.ship_policy == "ship_complete"
        and so.status not in ("allocated",)
    ):
        raise BusinessError(
            f"order {so.number} ships complete and is {so.status}", code="ship_complete"
        )
    released = (
        select(ShipmentLine.reservation_id)
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .where(Shipment.order_id == so.id, Shipment.status != "shipped")
    )
    line_ids = [ln.id for ln in so.lines]
    rows = (
        session.execute(
            select(Reservation)
            .where(
                Reservation.line_id.in_(line_ids),
                Reservation.status == "active",
                Reservation.id.not_in(released),
            )
            .order_by(Reservation.id)
        )
        .scalars()
        .all()
    )
    lines = {ln.id: ln for ln in so.lines}
    per_wh: dict[int, list[Reservation]] = defaultdict(list)
    for r in rows:
        per_wh[r.warehouse_id].append(r)
    if not per_wh:
        raise BusinessError(
            f"order {so.number} has nothing reserved to release", code="nothing_to_release"
        )
    move(session, so, "released", cause)
    out = []
    for wh, res in per_wh.items():
        sh = Shipment(
            number=f"TMP-{so.id}-{wh}-{len(out)}",
            order_id=so.id,
            warehouse_id=wh,
            status="released",
            dropship=False,
            weight=ZERO,
        )
        session.add(sh)
        session.flush()
        sh.number = f"SH{sh.id:08d}"
        for r in res:
            ln = lines[r.line_id]
            session.add(
                ShipmentLine(
                    shipment_id=sh.id,
                    line_id=ln.id,
                    reservation_id=r.id,
                    quantity=r.quantity / ln.factor,
                )
            )
        out.append(sh)
    session.flush()
    return out


@dataclass(frozen=True, slots=True)
class PickRow:
    warehouse: str
    sku: str
    description: str
    quantity: Decimal
    unit: str
    order_line: str


def pick_list(session: Session, so: SalesOrder) -> list[PickRow]:
    """What to pick for the order's released shipments, by warehouse and SKU."""
    rows = session.execute(
        select(
            Warehouse.code,
            Product.sku,
            Product.description,
            Reservation.quantity,
            Product.base_unit,
            SalesOrderLine.line_no,
        )
        .select_from(ShipmentLine)
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .join(Reservation, Reservation.id == ShipmentLine.reservation_id)
        .join(Warehouse, Warehouse.id == Reservation.warehouse_id)
        .join(Product, Product.id == Reservation.product_id)
        .join(SalesOrderLine, SalesOrderLine.id == ShipmentLine.line_id)
        .where(Shipment.order_id == so.id, Shipment.status == "released")
        .order_by(Warehouse.code, Product.sku)
    )
    return [PickRow(*r) for r in rows]


def pick(session: Session, so: SalesOrder, cause: Cause) -> None:
    shipments = _open_shipments(session, so, "released")
    if not shipments:
        raise StateError(
            f"order {so.number} has no released shipment to pick", code="nothing_to_pick"
        )
    for sh in shipments:
        sh.status = "picked"
    move(session, so, "picked", cause)


def pack(session: Session, so: SalesOrder, cause: Cause, *, per_carton: int = 0) -> list[Carton]:
    """Pack each picked shipment into cartons (all in one, or `per_carton` lines each), every
    carton labelled with a fresh SSCC-18."""
    shipments = _open_shipments(session, so, "picked")
    if not shipments:
        raise StateError(
            f"order {so.number} has no picked shipment to pack", code="nothing_to_pack"
        )
    cartons = []
    for sh in shipments:
        lines = list(
            session.scalars(
                select(ShipmentLine)
                .where(ShipmentLine.shipment_id == sh.id)
                .order_by(ShipmentLine.id)
            )
        )
        size = per_carton or len(lines)
        for i in range(0, len(lines), size):
            carton = Carton(shipment_id=sh.id, sscc=f"T{sh.id}-{i}", weight=ZERO)
            session.add(carton)
            session.flush()
            carton.sscc = sscc18(carton.id)
            weight = ZERO
            for sl in lines[i : i + size]:
                sl.carton_id = carton.id
                ln = session.get(SalesOrderLine, sl.line_id)
                product = session.get(Product, ln.product_id) if ln else None
                if ln is not None and product is not None:
                    weight += product.weight * _base_units(ln, sl.quantity)
            carton.weight = weight
            sh.weight += weight
            cartons.append(carton)
        sh.status = "packed"
    move(session, so, "packed", cause)
    return cartons


def _base_units(line: SalesOrderLine, qty: Decimal) -> Decimal:
    return qty * line.factor


def ship(
    session: Session,
    so: SalesOrder,
    outbox: Outbox,
    cause: Cause,
    *,
    carrier: str,
    service: str = "",
    tracking: str = "",
    ship_date: dt.date | None = None,
) -> list[Shipment]:
    """Confirm the packed shipments: stock leaves, lines count as shipped, ship notices go."""
    ship_date = ship_date or dt.date.today()
    shipments = _open_shipments(session, so, "packed")
    if not shipments:
        raise StateError(
            f"order {so.number} has no packed shipment to ship", code="nothing_to_ship"
        )
    lines = {ln.id: ln for ln in so.lines}
    for sh in shipments:
        for sl in sh.lines:
            ln = lines[sl.line_id]
            inventory.consume(session, ln, _base_units(ln, sl.quantity))
            ln.shipped_qty += sl.quantity
        sh.status, sh.carrier, sh.service, sh.tracking = "shipped", carrier, service, tracking
        sh.ship_date = ship_date
    _sync_kit_shipped(so)
    _after_shipping(session, so, cause)
    for sh in shipments:
        outbox(shipment_doc(session, so, sh), order_id=so.id)
    return shipments


def _sync_kit_shipped(so: SalesOrder) -> None:
    """A kit line has shipped as many units as all of its components allow."""
    from gateway.oms.orders import kit_units

    for kit in so.lines:
        if kit.route == "kit":
            kit.shipped_qty = kit_units(so, kit, "shipped_qty")


def _after_shipping(session: Session, so: SalesOrder, cause: Cause) -> None:
    lines = [ln for ln in so.lines if ln.ack_code != "IR" and ln.parent_line_id is None]
    done = all(ln.shipped_qty + ln.cancelled_qty >= ln.quantity for ln in lines)
    move(session, so, "shipped" if done else "partially_shipped", cause)


def shipment_doc(session: Session, so: SalesOrder, sh: Shipment) -> ShipmentDoc:
    """Our ship notice for one shipment, packs with SSCC-18 and their lines."""
    lines = {ln.id: ln for ln in so.lines}

    def doc_line(sl: ShipmentLine) -> ShipmentLineDoc:
        ln = lines[sl.line_id]
        ids = tuple(
            ItemId(k, v)
            for k, v in (("upc", ln.gtin), ("vendor", ln.vendor_item), ("buyer", ln.buyer_item))
            if v
        )
        return ShipmentLineDoc(ln.line_no, sl.quantity, ln.unit, ids, so.po_number)

    visible = [sl for sl in sh.lines if lines[sl.line_id].parent_line_id is None]
    packs = tuple(
        Pack(c.sscc, tuple(doc_line(sl) for sl in visible if sl.carton_id == c.id), c.weight)
        for c in sh.cartons
    )
    loose = tuple(doc_line(sl) for sl in visible if sl.carton_id is None)
    return ShipmentDoc(
        partner_id=so.partner_id,
        shipment_id=sh.number,
        ship_date=sh.ship_date,
        po_numbers=(so.po_number,),
        packs=packs,
        lines=loose,
        carrier=sh.carrier,
        service=sh.service,
        tracking_numbers=tuple(t for t in sh.tracking.split(",") if t),
        weight=sh.weight,
        parties=(Party(role="ST", id=so.ship_to, id_qualifier="92"),),
        order_number=so.number,
    )


def _dropships_for(session: Session, order_id: int, partner_id: str) -> bool:
    """Whether `partner_id` is a dropship vendor of the order (was sent its ship request)."""
    return (
        session.scalar(
            select(PurchaseOrder.id)
            .join(Vendor, Vendor.id == PurchaseOrder.vendor_id)
            .where(
                PurchaseOrder.sales_order_id == order_id,
                PurchaseOrder.kind == "dropship",
                Vendor.partner_id == partner_id,
            )
            .limit(1)
        )
        is not None
    )


def confirm_dropship(
    session: Session, doc: ShipmentDoc, outbox: Outbox, cause: Cause, *, invoice: bool = True
) -> Shipment:
    """The dropshipper shipped (945/856 from them): record carrier and tracking, mark the lines
    shipped, send our own ship notice to the customer and (unless `invoice` is false) invoice
    the shipment."""
    stmt = select(SalesOrder)
    if doc.order_number:
        stmt = stmt.where(SalesOrder.number == doc.order_number)
    elif doc.po_numbers:
        stmt = stmt.where(SalesOrder.po_number == doc.po_numbers[0])
    else:
        raise BusinessError("ship confirmation names no order or PO", code="unknown_order")
    so = session.scalar(stmt)
    if so is None:
        raise BusinessError(
            f"ship confirmation {doc.shipment_id} is for an unknown order"
            f" ({doc.order_number or doc.po_numbers})",
            code="unknown_order",
        )
    if doc.partner_id and not _dropships_for(session, so.id, doc.partner_id):
        # as unknown as a missing order: a partner never learns of another's orders
        raise BusinessError(
            f"ship confirmation {doc.shipment_id} is for an unknown order"
            f" ({doc.order_number or doc.po_numbers})",
            code="unknown_order",
        )
    lines = {ln.line_no: ln for ln in so.lines if ln.route == "dropship"}
    sh = Shipment(
        number=f"TMP-{doc.partner_id}-{doc.shipment_id}"[:32],
        order_id=so.id,
        status="shipped",
        dropship=True,
        carrier=doc.carrier,
        service=doc.service,
        tracking=",".join(doc.tracking_numbers),
        weight=doc.weight or ZERO,
        ship_date=doc.ship_date or dt.date.today(),
    )
    session.add(sh)
    session.flush()
    sh.number = f"SH{sh.id:08d}"
    for pack_ in doc.packs:
        session.add(Carton(shipment_id=sh.id, sscc=pack_.sscc, weight=pack_.weight or ZERO))
    session.flush()
    sscc = {
        c.sscc: c.id for c in session.scalars(select(Carton).where(Carton.shipment_id == sh.id))
    }
    pairs = [(pl, p.sscc) for p in doc.packs for pl in p.lines] + [(pl, None) for pl in doc.lines]
    for pl, code in pairs:
        ln = lines.get(pl.line_no)
        if ln is None:
            raise BusinessError(
                f"ship confirmation line {pl.line_no} is not a dropship line of {so.number}",
                code="unknown_line",
            )
        if ln.shipped_qty + pl.quantity > ln.quantity - ln.cancelled_qty:
            raise BusinessError(
                f"line {pl.line_no}: shipped {ln.shipped_qty} + {pl.quantity}"
                f" exceeds ordered {ln.quantity}",
                code="over_shipment",
            )
        ln.shipped_qty += pl.quantity
        session.add(
            ShipmentLine(
                shipment_id=sh.id,
                line_id=ln.id,
                quantity=pl.quantity,
                carton_id=sscc.get(code) if code else None,
            )
        )
    session.flush()
    session.refresh(sh)
    order_event(
        session,
        so,
        "dropship_shipped",
        cause,
        f"{doc.carrier} {','.join(doc.tracking_numbers)} as {sh.number}",
    )
    _after_shipping(session, so, cause)
    outbox(shipment_doc(session, so, sh), order_id=so.id)
    if invoice:
        from gateway.oms.billing import invoice_shipment

        invoice_shipment(session, sh, outbox, cause, today=sh.ship_date)
    return sh
