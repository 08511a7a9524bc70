"""Inbound interchange references per partner and standard: duplicates and gaps.

One mechanism for X12 (ISA13) and EDIFACT (UNB 0020): a format handler asks
`earlier_interchange` whether another message already brought the same reference
from the partner inside the profile's window, and hands the interchanges it accepted
to `record_with`, which records them in the message's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from gateway.pipeline import Outgoing, Plan, Runtime
from gateway.profiles import PartnerProfile
from gateway.store import events, fastsql
from gateway.store.base import utcnow
from gateway.store.models import Interchange as InterchangeRow
from gateway.store.models import Message

__all__ = ["InterchangeSeen", "earlier_interchange", "record_interchange", "record_with"]

# standards whose references are a sequence: a jump is reported (EDIFACT 0020 is only unique)
_SEQUENCES = {"x12": "ISA13"}


@dataclass(frozen=True)
class InterchangeSeen:
    """A received interchange to record (duplicate and gap detection) in the message's
    transaction (see `record_with`)."""

    partner_id: str
    control: str
    message_id: str
    standard: str = "x12"


def earlier_interchange(
    rt: Runtime, partner_id: str, standard: str, control: str, message_id: str, window_days: int
) -> str | None:
    """The other message that already brought `control` inside the window, if any.

    The message itself does not count, so that `gateway reprocess` can run it again.
    """
    since = utcnow() - dt.timedelta(days=window_days)
    with rt.db.read_engine.connect() as conn:
        return fastsql.scalar(
            conn,
            _EARLIER,
            {"p": partner_id, "std": standard, "c": control, "since": since, "m": message_id},
        )


# prebuilt Core statements: they run for every interchange received
_ic = InterchangeRow.__table__
_EARLIER = (
    select(_ic.c.message_id)
    .where(
        _ic.c.partner_id == bindparam("p"),
        _ic.c.standard == bindparam("std"),
        _ic.c.control == bindparam("c"),
        _ic.c.received_at >= bindparam("since"),
        _ic.c.message_id != bindparam("m"),
    )
    .limit(1)
)
_LAST_CONTROL = (
    select(_ic.c.control)
    .where(_ic.c.partner_id == bindparam("p"), _ic.c.standard == bindparam("std"))
    .order_by(_ic.c.id.desc())
    .limit(1)
)
_RECORD = _ic.insert()


def record_with(
    plan: Plan, seen: list[InterchangeSeen], rt: Runtime, profile: PartnerProfile, msg: Message
) -> None:
    """Record the interchanges in the message's transaction, ahead of what it queues.

    They ride on an outgoing entry that renders nothing (so nothing is queued), not on
    the documents: they must never count as business documents placed.
    """
    if not seen:
        return

    def render(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        for doc in seen:
            record_interchange(rt, s, doc, profile, msg)
        return b"", (None, None, None)

    plan.outgoing.insert(0, Outgoing("interchanges", render))


def record_interchange(
    rt: Runtime, s: Session, doc: InterchangeSeen, profile: PartnerProfile, msg: Message
) -> str | None:
    """Remember an inbound reference; a gap in a sequence-numbered standard is an event."""
    conn = s.connection()
    last = fastsql.scalar(conn, _LAST_CONTROL, {"p": doc.partner_id, "std": doc.standard})
    fastsql.run(
        conn,
        _RECORD,
        {
            "partner_id": doc.partner_id,
            "standard": doc.standard,
            "control": doc.control,
            "message_id": doc.message_id,
            "received_at": utcnow(),
        },
    )
    label = _SEQUENCES.get(doc.standard)
    if (
        label
        and last
        and (last.isascii() and last.isdigit())
        and (doc.control.isascii() and doc.control.isdigit())
        and int(doc.control) > int(last) + 1
    ):
        events.record(
            s,
            f"{doc.standard}.control_gap",
            partner_id=doc.partner_id,
            message_id=msg.id,
            detail=f"{label} jumped from {last} to {doc.control}: interchanges"
            f" {int(last) + 1}..{int(doc.control) - 1} never arrived",
        )
    return None
