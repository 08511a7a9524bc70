"""OMS documents beyond the Order: a ship notice (Shipment: a vendor's for one of our buy
POs is a receipt, a dropshipper's a ship confirmation) and a partner's change order
(OrderChange), applied in the message's transaction; what the OMS
decides to send leaves through `pipeline.runtime_outbox`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gateway.canonical import OrderChange, Shipment
from gateway.oms.changes import apply_change
from gateway.oms.lifecycle import Cause
from gateway.oms.purchasing import receive_ship_notice
from gateway.oms.shipping import confirm_dropship
from gateway.pipeline import Runtime, runtime_outbox
from gateway.profiles import PartnerProfile
from gateway.store.models import Message

__all__ = ["change_handler", "install", "shipment_handler"]


def shipment_handler(
    rt: Runtime, s: Session, doc: Shipment, profile: PartnerProfile, msg: Message
) -> str | None:
    received = receive_ship_notice(s, doc, Cause(f"partner:{profile.id}", "ship notice", msg.id))
    if received is not None:  # a vendor shipped one of our buy POs: a receipt, not a dropship
        po, released = received
        return f"ship notice {doc.shipment_id} received on {po.number}" + (
            f"; backorders released on {', '.join(o.number for o in released)}" if released else ""
        )
    sh = confirm_dropship(
        s,
        doc,
        runtime_outbox(rt, s, message_id=msg.id),
        Cause(f"partner:{profile.id}", "ship confirmation", msg.id),
    )
    return f"dropship shipment {sh.number} ({doc.carrier} {','.join(doc.tracking_numbers)})"


def change_handler(
    rt: Runtime, s: Session, doc: OrderChange, profile: PartnerProfile, msg: Message
) -> str | None:
    resp = apply_change(
        s,
        doc,
        runtime_outbox(rt, s, message_id=msg.id),
        Cause(f"partner:{profile.id}", "change order", msg.id),
    )
    return f"change to PO {doc.po_number}: {resp.status}"


def install(rt: Runtime) -> None:
    rt.documents.setdefault(Shipment, shipment_handler)
    rt.documents.setdefault(OrderChange, change_handler)
