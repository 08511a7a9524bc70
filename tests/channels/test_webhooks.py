"""Webhooks: signed ship requests out (with retries), signed shipment confirmations in."""

import datetime as dt
import json
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest_twisted
from sqlalchemy import select
from twisted.internet import threads

from gateway.canonical import ItemId, Order, OrderLine
from gateway.channels.webhook import sign, verify
from gateway.oms.orders import place_order
from gateway.pipeline import runtime_outbox
from gateway.store.models import Job
from tests.channels.helpers import add_outbound, document, events, messages, wait_for

SECRET = "test-webhook-secret"
TOKEN = "demo-shipfast-token"
SHIPMENT = {
    "shipment_id": "SF-000123",
    "ship_date": "2026-11-22",
    "po_numbers": ["DS-1"],
    "carrier": "UPS",
    "service": "GROUND",
    "tracking_numbers": ["1Z999AA10123456784"],
    "lines": [
        {
            "line_no": "1",
            "quantity": "2",
            "unit": "EA",
            "item_ids": [{"kind": "vendor", "value": "DRP-300"}],
        }
    ],
}


def _post(port, body, *, signature=None, token=TOKEN):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if signature:
        headers["X-Gateway-Signature"] = signature
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/webhooks/shipment",
        data=body,
        headers=headers,
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest_twisted.ensureDeferred
async def test_signed_shipment_confirmation_is_accepted_and_tampered_refused(
    chan_runtime, listening, workers
):
    db, port = chan_runtime.db, listening["http"]
    with db.transaction() as s:
        placed = place_order(
            s,
            Order(
                "acme-retail",
                "DS-1",
                dt.date(2026, 11, 20),
                (
                    OrderLine(
                        "1", Decimal(2), "EA", Decimal("3.25"), (ItemId("vendor", "DRP-300"),)
                    ),
                ),
            ),
            customer_number="ACME",
            outbox=runtime_outbox(chan_runtime, s),
        )
    body = json.dumps(SHIPMENT).encode()
    now = int(time.time())

    def run():
        out = {"ok": _post(port, body, signature=sign(SECRET, now, body))}
        tampered = body.replace(b"1Z999AA10123456784", b"1Z000000000000000")
        out["tampered"] = _post(port, tampered, signature=sign(SECRET, now, body))
        out["stale"] = _post(port, body, signature=sign(SECRET, now - 3600, body))
        out["wrong_key"] = _post(port, body, signature=sign("guess", now, body))
        out["no_sig"] = _post(port, body)
        out["no_token"] = _post(port, body, signature=sign(SECRET, now, body), token=None)
        bad = b'{"shipment_id": '
        out["bad_json"] = _post(port, bad, signature=sign(SECRET, now, bad))
        wrong = json.dumps({"po_numbers": ["DS-1"], "ship_date": "yesterday"}).encode()
        out["bad_fields"] = _post(port, wrong, signature=sign(SECRET, now, wrong))
        return out

    out = await threads.deferToThread(run)
    assert out["ok"][0] == 202
    for case in ("tampered", "stale", "wrong_key", "no_sig", "no_token"):
        assert out[case][0] == 401, case
    assert "does not match" in out["tampered"][1]["detail"]
    assert "away from our clock" in out["stale"][1]["detail"]
    assert out["bad_json"][0] == 400 and "not valid JSON" in out["bad_json"][1]["detail"]
    assert out["bad_fields"][0] == 202
    ok_id, bad_fields_id = out["ok"][1]["message_id"], out["bad_fields"][1]["message_id"]

    def settled():
        got = {m.id: m for m in messages(db, channel="webhook")}
        return got if all(m.status != "received" for m in got.values()) else None

    got = await threads.deferToThread(wait_for, settled, what="shipment processing")
    assert len(got) == 3  # the five refusals stored nothing
    assert got[ok_id].status == "processed" and got[ok_id].partner_id == "shipfast-dropship"
    assert got[ok_id].parsed == {"shipment_id": "SF-000123", "tracking": ["1Z999AA10123456784"]}
    assert got[bad_fields_id].status == "rejected"
    assert got[bad_fields_id].reason == ".ship_date: 'yesterday' is not a date (YYYY-MM-DD)"
    [ev] = events(db, "order.dropship_shipped")
    assert ev.order_id == placed.order_id and ev.detail.startswith("UPS 1Z999AA10123456784")
    assert len(events(db, "webhook.refused")) == 5


class _Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.calls.append((dict(self.headers), body))
        ok = len(self.server.calls) > 2  # fails twice first
        self.send_response(200 if ok else 500)
        self.end_headers()
        self.wfile.write(b"thanks" if ok else b"try later")

    def log_message(self, *args):
        pass


def test_signature_helpers_round_trip():
    body = b'{"a": 1}'
    header = sign(SECRET, 1_700_000_000, body)
    assert verify(SECRET, header, body, now=1_700_000_010) is None
    assert (
        verify(SECRET, header, body + b" ", now=1_700_000_010)
        == "signature does not match the body"
    )


@pytest_twisted.ensureDeferred
async def test_ship_request_is_posted_signed_and_retried(chan_runtime, workers):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    srv.calls = []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        profile = chan_runtime.partners.get("shipfast-dropship")
        profile.section("webhook").url = f"http://127.0.0.1:{srv.server_port}/ship"
        payload = json.dumps(
            {
                "order_number": "SO00000001",
                "po_number": "DS-1",
                "ship_to": {"role": "ST", "name": "Jane"},
                "lines": [],
            }
        ).encode()
        doc_id = add_outbound(
            chan_runtime.db,
            "shipfast-dropship",
            "webhook",
            payload,
            doc_type="ship_request",
            content_type="application/json",
        )
        doc = await threads.deferToThread(
            wait_for,
            lambda: (
                document(chan_runtime.db, doc_id).status == "delivered"
                and document(chan_runtime.db, doc_id)
            ),
            what="delivery",
        )
    finally:
        srv.shutdown()
    assert doc.transport_id == "HTTP 200"
    assert len(srv.calls) == 3
    for headers, body in srv.calls:
        assert body == payload
        assert verify(SECRET, headers["X-Gateway-Signature"], body) is None
        assert headers["X-Gateway-Document"] == str(doc_id)
        assert headers["Idempotency-Key"] == f"doc-{doc_id}"
    with chan_runtime.db.reading() as s:
        job = s.scalar(select(Job).where(Job.kind == "deliver", Job.ref == str(doc_id)))
    assert job.attempts == 3 and job.status == "done"
    assert "HTTP 500" in job.last_error
