"""The buy route's moving parts: open purchase orders sent to vendors on a schedule (job
`po_send`), and vendors' ship notices applied to our POs (see `gateway.oms.receiving`).

Config `[purchasing]`: `send_interval` seconds between sends (0: only `gateway po send`).
Profile `[purchasing]` of a vendor: `receive_on_asn` books its ship notices as receipts
at once, into `warehouse` (our default stock warehouse when empty).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from gateway import config as gateway_config
from gateway import profiles
from gateway.canonical import Shipment
from gateway.oms.lifecycle import Cause
from gateway.oms.purchasing import send_purchase_orders
from gateway.oms.receiving import buy_po_for, record_asn
from gateway.pipeline import Runtime, runtime_outbox
from gateway.profiles import PartnerProfile
from gateway.store import queue
from gateway.store.models import Message
from gateway.store.queue import ClaimedJob

__all__ = [
    "JOB",
    "PurchasingConfig",
    "PurchasingProfile",
    "install",
    "schedule_send",
    "send_job",
    "vendor_notice_handler",
]

JOB = "po_send"


@dataclass
class PurchasingConfig:
    send_interval: float = 3600.0  # seconds between sends of open buy POs; 0: manual only
    check_seconds: float = 30.0  # how often the schedule is looked at


@dataclass
class PurchasingProfile:
    receive_on_asn: bool = False  # the vendor's ship notice is our receipt
    warehouse: str = ""  # receiving warehouse code; empty: the PO's (default) warehouse


gateway_config.register_section("purchasing", PurchasingConfig)
profiles.register_section("purchasing", PurchasingProfile)


def vendor_notice_handler(
    rt: Runtime, s: Session, doc: Shipment, profile: PartnerProfile, msg: Message
) -> str | None:
    """A vendor's ship notice for one of our buy POs to it; None when the Shipment names
    no such PO (then it is a dropshipper's ship confirmation)."""
    po = buy_po_for(s, doc)
    if po is None:
        return None
    sec: PurchasingProfile = profile.section("purchasing") or PurchasingProfile()
    got = record_asn(
        s,
        po,
        doc,
        receive=sec.receive_on_asn,
        cause=Cause(f"partner:{profile.id}", "vendor ship notice", msg.id),
        warehouse=sec.warehouse,
    )
    text = f"ship notice {doc.shipment_id} for {got.po_number}: {len(got.in_transit)} line(s)"
    if not got.received:
        return text + " in transit"
    return text + " received" + (f", released {', '.join(got.released)}" if got.released else "")


def send_job(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    """Job `po_send`: every open buy PO leaves for its vendor, in one transaction."""
    with rt.db.transaction() as s:
        send_purchase_orders(s, runtime_outbox(rt, s))
        queue.finish(s, job, worker)


def schedule_send(rt: Runtime) -> bool:
    """Queue the `po_send` job when its interval has passed since it last ran."""
    interval = rt.config.section("purchasing").send_interval
    if interval <= 0:
        return False
    with rt.db.transaction() as s:
        return queue.schedule_periodic(s, JOB, "buy", dt.timedelta(seconds=interval))


def install(rt: Runtime) -> None:
    rt.job_kinds[JOB] = send_job


def listen(rt: Runtime, reactor: Any, listening: Any) -> dict[str, int]:
    from gateway.periodic import Periodic

    cfg: PurchasingConfig = rt.config.section("purchasing")
    if cfg.send_interval > 0:
        listening.handles.append(Periodic("po_send", cfg.check_seconds, lambda: schedule_send(rt)))
    return {}
