"""Manual entry: an operator turns a faxed order (a manual item) into an order.

Used by `gateway manual enter` and `POST /api/v1/manual/{id}/enter`. The order goes
through the same document handler as every EDI order; the item keeps the fax images
and records the order it became, and the order's chatter names the item and images.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from gateway.canonical import Order
from gateway.errors import BusinessError
from gateway.oms.models import SalesOrder
from gateway.pipeline import Runtime
from gateway.store import events
from gateway.store.base import utcnow
from gateway.store.manual import ManualItem, images_of, list_items
from gateway.store.models import Message, Payload
from gateway.translators.canonical_json import loads

__all__ = ["EnteredOrder", "describe_items", "enter_item", "image_bytes"]


@dataclass(frozen=True)
class EnteredOrder:
    item_id: int
    order_id: int
    order_number: str


def describe_items(rt: Runtime, status: str | None = "pending") -> list[dict[str, Any]]:
    with rt.db.reading() as s:
        out = []
        for item in list_items(s, status):
            imgs = images_of(s, item.id)
            sizes = dict(
                s.execute(
                    select(Payload.id, Payload.size).where(
                        Payload.id.in_([i.payload_id for i in imgs])
                    )
                ).all()
            )
            out.append(
                {
                    "id": item.id,
                    "status": item.status,
                    "partner": item.partner_id,
                    "sender": item.sender,
                    "subject": item.subject,
                    "received_at": item.received_at,
                    "message_id": item.message_id,
                    "order_id": item.order_id,
                    "images": [
                        {
                            "n": n,
                            "filename": i.filename,
                            "content_type": i.content_type,
                            "size": sizes.get(i.payload_id, 0),
                        }
                        for n, i in enumerate(imgs, 1)
                    ],
                }
            )
        return out


def image_bytes(rt: Runtime, item_id: int, n: int) -> tuple[bytes, str] | None:
    with rt.db.reading() as s:
        imgs = images_of(s, item_id)
        if not 1 <= n <= len(imgs):
            return None
        img = imgs[n - 1]
        data = s.scalar(select(Payload.data).where(Payload.id == img.payload_id)) or b""
        return data, img.content_type


def enter_item(
    rt: Runtime, item_id: int, order_json: bytes, *, actor: str, partner_id: str | None = None
) -> EnteredOrder:
    """Place the order typed in for item `item_id`; BusinessError/InputError say why not."""
    with rt.db.reading() as s:
        item = s.get(ManualItem, item_id)
        if item is None:
            raise BusinessError(f"no manual item {item_id}", code="not_found")
        if item.status != "pending":
            raise BusinessError(
                f"manual item {item_id} was already entered as order {item.order_id}",
                code="already_entered",
            )
        payload_ids = [i.payload_id for i in images_of(s, item_id)]
    pid = partner_id or item.partner_id
    profile = rt.partners.get(pid) if pid else None
    if profile is None:
        raise BusinessError(
            f"manual item {item_id} names no known partner: pass the partner"
            " id (--partner / ?partner=)",
            code="no_partner",
        )
    order = loads(Order, order_json, partner_id=profile.id, source_message_id=item.message_id)
    handler = rt.documents[Order]
    with rt.db.transaction() as s:
        msg = s.get(Message, item.message_id)
        handler(rt, s, order, profile, msg)
        so = s.scalar(
            select(SalesOrder).where(
                SalesOrder.partner_id == profile.id, SalesOrder.po_number == order.po_number
            )
        )
        assert so is not None
        res = s.execute(
            update(ManualItem)
            .where(ManualItem.id == item_id, ManualItem.status == "pending")
            .values(
                status="entered",
                order_id=so.id,
                entered_by=actor,
                entered_at=utcnow(),
                partner_id=profile.id,
            )
            .execution_options(synchronize_session=False)
        )
        if res.rowcount != 1:
            raise BusinessError(
                f"manual item {item_id} was entered meanwhile", code="already_entered"
            )
        s.execute(
            update(Message)
            .where(Message.id == item.message_id)
            .values(status="processed", partner_id=profile.id, format="manual")
            .execution_options(synchronize_session=False)
        )
        events.record(
            s,
            "manual.entered",
            actor=actor,
            partner_id=profile.id,
            message_id=item.message_id,
            order_id=so.id,
            detail=f"manual item {item_id} entered as order {so.number}"
            f" (PO {order.po_number}); fax images kept with the order",
            data={"manual_item": item_id, "image_payloads": payload_ids},
        )
        return EnteredOrder(item_id, so.id, so.number)
