"""Tables of the message store, queue, outbox, events and control numbers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from gateway.store.base import Base, utcnow

__all__ = ["ControlNumber", "Event", "Interchange", "Job", "Message", "OutboundDocument", "Payload"]


class Payload(Base):
    """Raw bytes exactly as received or sent, with their digest."""

    __tablename__ = "payload"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Message(Base):
    """One inbound message as a transport delivered it."""

    __tablename__ = "message"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    partner_id: Mapped[str | None] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)
    payload_id: Mapped[int] = mapped_column(ForeignKey("payload.id"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    transport_id: Mapped[str | None] = mapped_column(String(255))  # AS2 Message-ID, file name...
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    format: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    parsed: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_message_partner_transport", "partner_id", "transport_id"),)


class Job(Base):
    """A durable unit of work: claimed with a lease, retried with backoff, dead-lettered."""

    __tablename__ = "job"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    ref: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=6)
    run_after: Mapped[float] = mapped_column(Float, default=0.0)
    leased_until: Mapped[float | None] = mapped_column(Float)
    worker: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (
        UniqueConstraint("kind", "ref"),
        Index("ix_job_claim", "status", "id"),  # the oldest due jobs first (see claim)
    )


class Event(Base):
    """Append-only history: every state change of a message, document, order or partner."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(48), index=True)
    actor: Mapped[str] = mapped_column(String(64), default="system")
    partner_id: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(32), index=True)
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    order_id: Mapped[int | None] = mapped_column(Integer, index=True)
    job_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class OutboundDocument(Base):
    """A document we send to a partner, kept byte for byte with its delivery state."""

    __tablename__ = "outbound_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(String(64), index=True)
    doc_type: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    payload_id: Mapped[int] = mapped_column(ForeignKey("payload.id"))
    content_type: Mapped[str] = mapped_column(String(64), default="application/edi-x12")
    filename: Mapped[str] = mapped_column(String(128), default="")
    message_id: Mapped[str | None] = mapped_column(String(32), index=True)  # what caused it
    order_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # control numbers / references used to match the partner's acknowledgement
    interchange_control: Mapped[str | None] = mapped_column(String(16))
    group_control: Mapped[str | None] = mapped_column(String(16))
    set_control: Mapped[str | None] = mapped_column(String(16))
    transport_id: Mapped[str | None] = mapped_column(String(255))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[dt.datetime | None] = mapped_column()

    __table_args__ = (Index("ix_outbound_pickup", "partner_id", "channel", "status", "id"),)


class ControlNumber(Base):
    """The last control number used per partner and level (ISA13, GS06, ST02, UNB 0020...)."""

    __tablename__ = "control_number"
    partner_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    level: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Interchange(Base):
    """Inbound interchange control numbers seen per sender, for duplicate and gap detection."""

    __tablename__ = "interchange"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(String(64))
    standard: Mapped[str] = mapped_column(String(8))
    control: Mapped[str] = mapped_column(String(16))
    message_id: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_interchange_lookup", "partner_id", "standard", "control"),
        # the sender's newest interchange (gap detection) without sorting all of its rows
        Index("ix_interchange_last", "partner_id", "standard", "id"),
    )
