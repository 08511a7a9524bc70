"""Manual-entry items: faxed or scanned orders waiting for an operator to type them in.

An item holds the images (PDF/TIFF payloads) and, once entered, the order it became;
the images stay linked to that order.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from gateway.store import events
from gateway.store.base import Base, utcnow
from gateway.store.models import Payload

__all__ = ["ManualImage", "ManualItem", "add_item", "images_of", "list_items"]


class ManualItem(Base):
    __tablename__ = "manual_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(32), index=True)  # the stored fax mail
    partner_id: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    sender: Mapped[str] = mapped_column(String(255), default="")
    subject: Mapped[str] = mapped_column(String(255), default="")
    order_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entered_by: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    entered_at: Mapped[dt.datetime | None] = mapped_column()


class ManualImage(Base):
    __tablename__ = "manual_image"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("manual_item.id"), index=True)
    payload_id: Mapped[int] = mapped_column(ForeignKey("payload.id"))
    filename: Mapped[str] = mapped_column(String(255), default="")
    content_type: Mapped[str] = mapped_column(String(64), default="application/pdf")


def add_item(
    s: Session,
    *,
    message_id: str,
    partner_id: str | None,
    sender: str,
    subject: str,
    images: list[tuple[str, str, bytes]],
) -> ManualItem:
    """Queue a manual item with its images (filename, content type, bytes) in `s`."""
    item = ManualItem(
        message_id=message_id, partner_id=partner_id, sender=sender[:255], subject=subject[:255]
    )
    s.add(item)
    s.flush()
    for name, ctype, data in images:
        payload = Payload(sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)
        s.add(payload)
        s.flush()
        s.add(
            ManualImage(
                item_id=item.id, payload_id=payload.id, filename=name[:255], content_type=ctype[:64]
            )
        )
    events.record(
        s,
        "manual.queued",
        partner_id=partner_id,
        message_id=message_id,
        detail=f"manual item {item.id}: {len(images)} image(s) from {sender}",
        data={"manual_item": item.id},
    )
    return item


def list_items(s: Session, status: str | None = "pending") -> list[ManualItem]:
    q = select(ManualItem).order_by(ManualItem.id)
    if status:
        q = q.where(ManualItem.status == status)
    return list(s.scalars(q))


def images_of(s: Session, item_id: int) -> list[ManualImage]:
    return list(
        s.scalars(
            select(ManualImage).where(ManualImage.item_id == item_id).order_by(ManualImage.id)
        )
    )
