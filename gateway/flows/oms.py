"""OMS documents beyond the Order: a dropshipper's ship confirmation (Shipment) and a
partner's change order (OrderChange), applied in the message's transaction; what the OMS
decides to send leaves through `pipeline.runtime_outbox`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gateway.canonical import OrderChange, Shipment
from gateway.oms.changes import apply_change
from gateway.oms.lifecycle import Cause
from gateway.oms.shipping import confirm_dropship
from gateway.pipeline import Runtime, runtime_outbox
from gateway.profiles import PartnerProfile
from gateway.store.models import Message

__all__ = ["change_handler", "install", "shipment_handler"]


def shipment_handler(
    rt: Runtime, s: Session, doc: Shipment, profile: PartnerProfile, msg: Message
) -> str | None:
    """A vendor's ship notice for our buy PO, else a dropshipper's ship confirmation."""
    from gateway.flows.purchasing import vendor_notice_handler

    note = vendor_notice_handler(rt, s, doc, profile, msg)
    if note is not None:
        return note
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
