"""The `gateway` command: init, serve, worker, partners check, messages, reprocess, manual,
po, certs, as2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from gateway.config import Config, load_config
from gateway.errors import ConfigError

__all__ = ["main"]


def _config(args: argparse.Namespace) -> Config:
    from gateway.app import load_features

    load_features()  # feature modules register their config sections on import
    return load_config(args.config or os.environ.get("GATEWAY_CONFIG"))


def initialize(cfg: Config) -> list[str]:
    """Create the data folder, migrate the database, load demo data, run channel init hooks.

    Idempotent: `serve` runs it on every start.
    """
    from gateway.app import build_runtime, run_init_hooks
    from gateway.oms.seed import seed_file

    cfg.data_dir.mkdir(parents=True, exist_ok=True)
    rt = build_runtime(cfg)
    lines = []
    demo = cfg.base_dir / cfg.gateway.demo_data if cfg.gateway.demo_data else None
    if demo is not None and demo.exists():
        with rt.db.transaction() as s:
            counts = seed_file(s, demo)
        lines.append(f"demo data:   {', '.join(f'{v} {k} added' for k, v in counts.items())}")
    lines.extend(run_init_hooks(rt))
    lines.append(f"data folder: {cfg.data_dir}")
    lines.append(f"database:    {_safe_url(cfg.database_url)} (migrated)")
    lines.append(f"partners:    {len(rt.partners.partners)} profiles in {cfg.partners_dir}")
    rt.db.dispose()
    return lines


def cmd_init(args: argparse.Namespace) -> int:
    for line in initialize(_config(args)):
        print(line)
    return 0


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url


def cmd_serve(args: argparse.Namespace) -> int:
    from gateway.app import serve

    cfg = _config(args)
    if args.port is not None:
        cfg.http.port = args.port
    for line in initialize(cfg):
        print(line, flush=True)
    return serve(cfg, workers=args.workers, ready_file=args.ready_file)


def cmd_worker(args: argparse.Namespace) -> int:
    import signal
    import threading

    from gateway.app import build_runtime, freeze_startup_objects
    from gateway.logs import get_logger, log_event, setup_logging
    from gateway.supervisor import PARENT_ENV
    from gateway.worker import WorkerPool

    _log = get_logger("worker")
    cfg = _config(args)
    setup_logging(cfg.gateway.log_level)
    rt = build_runtime(cfg)
    pool = WorkerPool(rt, count=args.workers)
    freeze_startup_objects()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    pool.start()
    parent = int(os.environ.get(PARENT_ENV) or 0)  # set when `gateway serve` started us
    # a timed wait, never stop.wait(): a signal the kernel hands to another thread only
    # flags the main thread, and an untimed wait never woke to run the handler (a worker
    # that ignored SIGTERM and outlived serve, seen under load in CI)
    while not stop.wait(1.0):
        if parent and os.getppid() != parent:  # serve is gone (its signal may be lost)
            log_event(_log, "worker.orphaned", parent=parent)
            break
    pool.stop()
    rt.db.dispose()
    return 0


def cmd_partners_check(args: argparse.Namespace) -> int:
    from gateway.app import load_features
    from gateway.profiles import check_partner_files

    cfg = _config(args)
    load_features()
    folder = Path(args.dir) if args.dir else cfg.partners_dir
    if not folder.is_dir():
        print(f"{folder}: partners folder not found", file=sys.stderr)
        return 1
    errors = check_partner_files(folder)
    for e in errors:
        print(f"{e.file}:{e.key}: {e.problem}" if e.key else f"{e.file}: {e.problem}")
    files = len(list(folder.glob("*.toml")))
    if errors:
        print(f"{len(errors)} of {files} profiles invalid", file=sys.stderr)
        return 1
    print(f"{files} profiles OK")
    return 0


def cmd_messages(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from gateway.store.db import Database
    from gateway.store.models import Event, Message, OutboundDocument, Payload

    cfg = _config(args)
    db = Database(cfg.database_url)
    with db.reading() as s:
        if args.action == "list":
            q = select(Message).order_by(Message.received_at.desc()).limit(args.limit)
            if args.status:
                q = q.where(Message.status == args.status)
            if args.partner:
                q = q.where(Message.partner_id == args.partner)
            rows = s.scalars(q).all()
            if args.json:
                print(json.dumps([_msg_dict(m) for m in rows], default=str, indent=1))
                return 0
            print(
                f"{'ID':32}  {'PARTNER':16} {'CHANNEL':8} {'STATUS':10} {'FORMAT':7}"
                f" {'SIZE':>8}  RECEIVED"
            )
            for m in rows:
                print(
                    f"{m.id:32}  {m.partner_id or '-':16} {m.channel:8} {m.status:10}"
                    f" {m.format or '-':7} {m.size:>8}  {m.received_at:%Y-%m-%d %H:%M:%S}"
                )
            return 0
        msg = s.get(Message, args.id)
        if msg is None:
            print(f"no message {args.id}", file=sys.stderr)
            return 1
        data = s.scalar(select(Payload.data).where(Payload.id == msg.payload_id)) or b""
        evs = s.scalars(select(Event).where(Event.message_id == msg.id).order_by(Event.id)).all()
        docs = s.scalars(
            select(OutboundDocument)
            .where(OutboundDocument.message_id == msg.id)
            .order_by(OutboundDocument.id)
        ).all()
        if args.json:
            d = _msg_dict(msg) | {
                "events": [{"at": e.at, "kind": e.kind, "detail": e.detail} for e in evs],
                "parsed": msg.parsed,
                "documents": [{"id": x.id, "type": x.doc_type, "status": x.status} for x in docs],
            }
            print(json.dumps(d, default=str, indent=1))
            return 0
        view = args.view
        if view in ("all", "status"):
            for k, v in _msg_dict(msg).items():
                print(f"{k:12} {v}")
            print("\nevents:")
            for e in evs:
                print(f"  {e.at:%Y-%m-%d %H:%M:%S}  {e.kind:22} {e.detail}")
            print("\noutbound documents:")
            for x in docs:
                print(f"  #{x.id} {x.doc_type} via {x.channel}: {x.status}")
        if view in ("all", "parsed"):
            print("\nparsed:")
            print(json.dumps(msg.parsed, indent=1, default=str))
        if view in ("all", "raw"):
            print("\nraw:")
            sys.stdout.write(data.decode("utf-8", "replace"))
            print()
    db.dispose()
    return 0


def _msg_dict(m: Any) -> dict[str, Any]:
    return {
        "id": m.id,
        "partner": m.partner_id,
        "channel": m.channel,
        "status": m.status,
        "format": m.format,
        "size": m.size,
        "sha256": m.sha256,
        "received_at": m.received_at,
        "reason": m.reason,
        "meta": m.meta,
    }


def cmd_reprocess(args: argparse.Namespace) -> int:
    from sqlalchemy import update

    from gateway.store import events, queue
    from gateway.store.db import Database
    from gateway.store.models import Message

    cfg = _config(args)
    db = Database(cfg.database_url)
    with db.transaction() as s:
        msg = s.get(Message, args.id)
        if msg is None:
            print(f"no message {args.id}", file=sys.stderr)
            return 1
        if not queue.requeue(s, "inbound", msg.id):
            if queue.enqueue(s, "inbound", msg.id) is None:
                print(f"message {msg.id} is being processed already", file=sys.stderr)
                return 1
        s.execute(update(Message).where(Message.id == msg.id).values(status="received"))
        events.record(
            s,
            "message.reprocess",
            actor="admin:cli",
            partner_id=msg.partner_id,
            message_id=msg.id,
            detail=f"requeued from status {msg.status}",
        )
    print(f"message {args.id} queued for processing again")
    db.dispose()
    return 0


def cmd_manual(args: argparse.Namespace) -> int:
    """Manual-entry items (faxed orders): list them, save their images, enter them."""
    from gateway.app import build_runtime
    from gateway.channels.manual import describe_items, enter_item, image_bytes
    from gateway.errors import BusinessError, InputError

    rt = build_runtime(_config(args), migrate=False)
    try:
        if args.action == "list":
            items = describe_items(rt, None if args.status == "all" else args.status)
            if args.json:
                print(json.dumps(items, default=str, indent=1))
                return 0
            print(f"{'ID':>5}  {'STATUS':8} {'PARTNER':18} {'IMAGES':>6}  {'RECEIVED':19}  SUBJECT")
            for it in items:
                print(
                    f"{it['id']:>5}  {it['status']:8} {it['partner'] or '-':18}"
                    f" {len(it['images']):>6}  {it['received_at']:%Y-%m-%d %H:%M:%S}"
                    f"  {it['subject']}"
                )
            return 0
        if args.action == "image":
            got = image_bytes(rt, args.id, args.n)
            if got is None:
                print(f"no image {args.n} in manual item {args.id}", file=sys.stderr)
                return 1
            Path(args.out).write_bytes(got[0])
            print(f"wrote {args.out} ({got[1]}, {len(got[0])} bytes)")
            return 0
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        try:
            done = enter_item(rt, args.id, data, actor="admin:cli", partner_id=args.partner)
        except (BusinessError, InputError) as exc:
            print(f"error: {exc.detail}", file=sys.stderr)
            return 1
        print(
            f"manual item {done.item_id} entered as order {done.order_number}"
            f" (id {done.order_id}); the fax images stay linked to it"
        )
        return 0
    finally:
        rt.db.dispose()


def cmd_po(args: argparse.Namespace) -> int:
    """Buy-route purchase orders: list them, send the open ones now, receive goods."""
    from decimal import Decimal, InvalidOperation

    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from gateway.app import build_runtime
    from gateway.errors import BusinessError
    from gateway.oms.lifecycle import Cause
    from gateway.oms.models import PurchaseOrder, Vendor
    from gateway.oms.purchasing import send_purchase_orders
    from gateway.oms.receiving import receive_po
    from gateway.pipeline import runtime_outbox

    rt = build_runtime(_config(args), migrate=False)
    try:
        if args.action == "list":
            with rt.db.reading() as s:
                q = (
                    select(PurchaseOrder, Vendor.code)
                    .join(Vendor, Vendor.id == PurchaseOrder.vendor_id)
                    .options(selectinload(PurchaseOrder.lines))
                    .order_by(PurchaseOrder.id)
                )
                if args.status != "all":
                    q = q.where(PurchaseOrder.status == args.status)
                print(
                    f"{'PO':12} {'KIND':8} {'STATUS':10} {'VENDOR':10}"
                    " LINES (ordered/notified/received)"
                )
                for po, vendor in s.execute(q):
                    lines = "  ".join(
                        f"{pl.quantity:f}/{pl.asn_qty:f}/{pl.received_qty:f}" for pl in po.lines
                    )
                    print(f"{po.number:12} {po.kind:8} {po.status:10} {vendor:10} {lines}")
            return 0
        if args.action == "send":
            with rt.db.transaction() as s:
                sent = [po.number for po in send_purchase_orders(s, runtime_outbox(rt, s))]
            print(f"sent {len(sent)} purchase order(s){': ' + ', '.join(sent) if sent else ''}")
            return 0
        lines = None
        if args.line:
            try:
                lines = {no: Decimal(q) for no, _, q in (x.partition("=") for x in args.line)}
            except InvalidOperation:
                print("error: --line takes LINE=QUANTITY, e.g. --line 1=24", file=sys.stderr)
                return 1
        try:
            with rt.db.transaction() as s:
                got = receive_po(
                    s, args.po, lines, cause=Cause("admin:cli", "receipt"), warehouse=args.warehouse
                )
        except BusinessError as exc:
            print(f"error: {exc.detail}", file=sys.stderr)
            return 1
        what = ", ".join(f"line {no}: {q:f}" for no, q in got.received.items())
        print(f"received on {got.po_number}: {what}")
        if got.released:
            print(f"backorders released: {', '.join(got.released)}")
        return 0
    finally:
        rt.db.dispose()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="gateway", description=__doc__)
    p.add_argument(
        "--config", help="path of gateway.toml (default: $GATEWAY_CONFIG or ./config/gateway.toml)"
    )
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="create the data folder, database and demo secrets")
    sp = sub.add_parser("serve", help="run listeners and workers")
    sp.add_argument("--workers", type=int, default=None)
    sp.add_argument("--port", type=int, default=None, help="HTTP port (0: any free port)")
    sp.add_argument("--ready-file", help="write the bound ports as JSON here once listening")
    wp = sub.add_parser("worker", help="run extra workers on the same database")
    wp.add_argument("--workers", type=int, default=None)
    pp = sub.add_parser("partners", help="partner profiles")
    psub = pp.add_subparsers(dest="action", required=True)
    pc = psub.add_parser("check", help="validate every profile")
    pc.add_argument("--dir", help="partners folder (default from config)")
    mp = sub.add_parser("messages", help="inspect stored messages")
    msub = mp.add_subparsers(dest="action", required=True)
    ml = msub.add_parser("list")
    ml.add_argument("--status")
    ml.add_argument("--partner")
    ml.add_argument("--limit", type=int, default=50)
    ml.add_argument("--json", action="store_true")
    ms = msub.add_parser("show")
    ms.add_argument("id")
    ms.add_argument("--view", choices=("all", "status", "raw", "parsed"), default="all")
    ms.add_argument("--json", action="store_true")
    rp = sub.add_parser("reprocess", help="run a message through the pipeline again")
    rp.add_argument("id")
    from gateway.as2.cli import register as as2_commands

    as2_commands(sub)  # certs generate|import|list|export, as2 resend
    mn = sub.add_parser("manual", help="faxed orders waiting for manual entry")
    mnsub = mn.add_subparsers(dest="action", required=True)
    mnl = mnsub.add_parser("list")
    mnl.add_argument("--status", default="pending", help="pending, entered or all")
    mnl.add_argument("--json", action="store_true")
    mni = mnsub.add_parser("image", help="save one image of an item")
    mni.add_argument("id", type=int)
    mni.add_argument("n", type=int, help="image number (1 = first)")
    mni.add_argument("out", help="file to write")
    mne = mnsub.add_parser("enter", help="turn an item into an order")
    mne.add_argument("id", type=int)
    mne.add_argument("--file", required=True, help="the order as canonical JSON ('-': stdin)")
    mne.add_argument("--partner", help="partner id, when the fax named none")
    po = sub.add_parser("po", help="buy-route purchase orders to vendors")
    posub = po.add_subparsers(dest="action", required=True)
    pol = posub.add_parser("list")
    pol.add_argument("--status", default="all", help="open, sent, in_transit, received or all")
    posub.add_parser("send", help="send every open buy PO to its vendor now")
    por = posub.add_parser("receive", help="book goods received on a PO into stock")
    por.add_argument("po", help="PO number, e.g. PO00000001")
    por.add_argument(
        "--line",
        action="append",
        help="LINE=QUANTITY in base units (repeatable); default: what the vendor notified"
        " and is not received yet, else everything open",
    )
    por.add_argument("--warehouse", default="", help="warehouse code (default: the PO's)")
    return p


COMMANDS = {
    "init": cmd_init,
    "serve": cmd_serve,
    "worker": cmd_worker,
    "messages": cmd_messages,
    "reprocess": cmd_reprocess,
    "manual": cmd_manual,
    "po": cmd_po,
}


def main(argv: list[str] | None = None) -> int:
    from gateway import reactor

    reactor.install()  # before any feature module imports Twisted (stack notes 6, 8)
    args = build_parser().parse_args(argv)
    try:
        if args.command == "partners":
            return cmd_partners_check(args)
        if args.command in ("certs", "as2"):
            from gateway.as2.cli import run as as2_run

            return as2_run(args, _config(args))
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
