"""Documents a partner fetches itself (SFTP `outbound/` folder): list, read, mark delivered."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select, update

from gateway.store import events
from gateway.store.base import utcnow
from gateway.store.db import Database
from gateway.store.models import OutboundDocument, Payload

__all__ = ["PickupDoc", "fetch", "file_name", "mark_delivered", "parse_name", "pending"]

_EXTENSIONS = {
    "x12": ".edi",
    "edifact": ".edi",
    "xml": ".xml",
    "json": ".json",
    "csv": ".csv",
    "pdf": ".pdf",
    "rfc822": ".eml",
}
_NAME = re.compile(r"^(\d{8,})-")


@dataclass(frozen=True, slots=True)
class PickupDoc:
    id: int
    name: str
    size: int
    created: dt.datetime


def file_name(doc: OutboundDocument) -> str:
    """`00000042-855.edi`: the id first (so names never collide), then a readable part."""
    if doc.filename:
        readable = re.sub(r"[^A-Za-z0-9._-]", "_", doc.filename)
    else:
        ext = next((e for k, e in _EXTENSIONS.items() if k in doc.content_type), ".dat")
        readable = f"{doc.doc_type}{ext}"
    return f"{doc.id:08d}-{readable}"


def parse_name(name: str) -> int | None:
    m = _NAME.match(name)
    return int(m.group(1)) if m else None


def pending(db: Database, partner_id: str, channel: str) -> list[PickupDoc]:
    """Documents still waiting for the partner on `channel`, oldest first."""
    with db.reading() as s:
        rows = s.execute(
            select(OutboundDocument, Payload.size)
            .join(Payload, Payload.id == OutboundDocument.payload_id)
            .where(
                OutboundDocument.partner_id == partner_id,
                OutboundDocument.channel == channel,
                OutboundDocument.status == "queued",
            )
            .order_by(OutboundDocument.id)
        ).all()
        return [PickupDoc(d.id, file_name(d), size, d.created_at) for d, size in rows]


def fetch(db: Database, partner_id: str, channel: str, name: str) -> tuple[PickupDoc, bytes] | None:
    """The waiting document called `name` and its bytes, or None (never another partner's)."""
    doc_id = parse_name(name)
    if doc_id is None:
        return None
    with db.reading() as s:
        row = s.execute(
            select(OutboundDocument, Payload.data)
            .join(Payload, Payload.id == OutboundDocument.payload_id)
            .where(
                OutboundDocument.id == doc_id,
                OutboundDocument.partner_id == partner_id,
                OutboundDocument.channel == channel,
                OutboundDocument.status == "queued",
            )
        ).first()
        if row is None or file_name(row[0]) != name:
            return None
        doc, data = row
        return PickupDoc(doc.id, name, len(data), doc.created_at), data


def mark_delivered(db: Database, partner_id: str, doc_id: int, how: str) -> bool:
    """Mark a waiting document delivered (picked up); False if it was not waiting."""
    with db.transaction() as s:
        res = s.execute(
            update(OutboundDocument)
            .where(
                OutboundDocument.id == doc_id,
                OutboundDocument.partner_id == partner_id,
                OutboundDocument.status == "queued",
            )
            .values(status="delivered", delivered_at=utcnow(), transport_id=how)
            .execution_options(synchronize_session=False)
        )
        if res.rowcount != 1:
            return False
        events.record(
            s, "document.delivered", partner_id=partner_id, document_id=doc_id, detail=how
        )
        return True
