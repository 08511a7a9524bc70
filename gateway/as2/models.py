"""The AS2 exchange table: one row per AS2 message in or out, with its MDN and MIC."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gateway.store.base import Base, utcnow

__all__ = ["As2Exchange"]


class As2Exchange(Base):
    """An AS2 transmission and its receipt.

    Inbound (`direction="in"`): `message_id` is the raw envelope as received,
    `payload_message_id` the decrypted payload handed to the pipeline; status is
    `accepted`, `refused` or `duplicate`; `mdn` holds the MDN we returned.
    Outbound (`direction="out"`): `document_id` is the outbound document; status is
    `awaiting_mdn`, `delivered` or `failed`; `mdn` holds the MDN the partner returned.
    """

    __tablename__ = "as2_exchange"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    partner_id: Mapped[str | None] = mapped_column(String(64))
    as2_message_id: Mapped[str] = mapped_column(String(255))
    message_id: Mapped[str | None] = mapped_column(String(32), index=True)
    payload_message_id: Mapped[str | None] = mapped_column(String(32))
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(16))
    mdn_mode: Mapped[str] = mapped_column(String(8), default="sync")
    mdn_url: Mapped[str | None] = mapped_column(Text)
    mdn_status: Mapped[str | None] = mapped_column(String(16))
    mdn_options: Mapped[str | None] = mapped_column(Text)  # Disposition-Notification-Options
    disposition: Mapped[str | None] = mapped_column(Text)
    mic: Mapped[str | None] = mapped_column(String(128))
    mic_alg: Mapped[str | None] = mapped_column(String(16))
    mdn: Mapped[bytes | None] = mapped_column(LargeBinary)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_as2_exchange_lookup", "direction", "partner_id", "as2_message_id"),)
