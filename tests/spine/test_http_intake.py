"""A real `gateway serve` on port 0, driven by a real HTTP client (httpx)."""

from __future__ import annotations

import re

import httpx
import pytest
from sqlalchemy import func, select

from gateway.oms.models import SalesOrder
from gateway.store.db import Database
from gateway.store.models import Event, Message
from tests.gwprocess import GatewayProcess, gateway_env, wait_for
from tests.x12data import make_850, segments

ACME = {"Authorization": "Bearer demo-acme-token"}
BOBS = {"Authorization": "Bearer demo-bobs-token"}


@pytest.fixture
def gw(tmp_path, db_url):
    env = gateway_env(
        tmp_path,
        db_url,
        GATEWAY__LIMITS__MAX_MESSAGE_BYTES="200000",
        GATEWAY__WORKERS__POLL_INTERVAL="0.05",
    )
    proc = GatewayProcess(tmp_path, env).start()
    with httpx.Client(base_url=proc.url, timeout=30) as client:
        client.proc = proc  # type: ignore[attr-defined]
        client.db = Database(db_url)  # type: ignore[attr-defined]
        yield client
        client.db.dispose()  # type: ignore[attr-defined]
    assert proc.stop() == 0, proc.output()


def _status(client: httpx.Client, mid: str, headers=ACME) -> dict:
    r = client.get(f"/api/v1/messages/{mid}", headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def _wait_done(client: httpx.Client, mid: str) -> dict:
    return wait_for(
        lambda: (b := _status(client, mid))["status"] != "received" and b,
        timeout=30,
        what=f"message {mid} processed",
    )


def _outbound(client: httpx.Client, after: int = 0) -> list[dict]:
    r = client.get("/api/v1/outbound", params={"after": after}, headers=ACME)
    assert r.status_code == 200, r.text
    return r.json()["documents"]


def test_850_becomes_order_and_997(gw):
    data = make_850("PO-1", lines=3, isa_control=77, gs_control=4242)
    r = gw.post("/api/v1/inbound", content=data, headers=ACME)
    assert r.status_code == 202
    mid = r.json()["message_id"]
    assert r.json()["size"] == len(data)
    body = _wait_done(gw, mid)
    assert body["status"] == "processed", body
    kinds = [e["kind"] for e in body["events"]]
    assert kinds[0] == "message.received" and "order.received" in kinds
    assert kinds[-1] == "message.processed"
    with gw.db.reading() as s:
        order = s.scalars(select(SalesOrder).where(SalesOrder.po_number == "PO-1")).one()
        assert [ln.line_no for ln in order.lines] == ["1", "2", "3"]
        assert order.total == order.subtotal + order.tax_total
        raw = s.scalar(select(Message).where(Message.id == mid)).sha256
    assert len(raw) == 64
    docs = _outbound(gw)
    assert sorted(d["type"] for d in docs) == ["855", "997"]  # ack and order response
    ack = next(d for d in docs if d["type"] == "997")
    seg = segments(ack["content"].encode())
    assert seg[0][0] == "ISA" and seg[0][6].strip() == "DEMODIST"
    assert seg[0][8].strip() == "ACMERETAIL"
    tags = [s[0] for s in seg]
    assert tags == ["ISA", "GS", "ST", "AK1", "AK2", "AK5", "AK9", "SE", "GE", "IEA"]
    assert seg[3] == ["AK1", "PO", "4242"]
    assert seg[4] == ["AK2", "850", "0001"]
    assert seg[5] == ["AK5", "A"]
    assert seg[6] == ["AK9", "A", "1", "1", "1"]
    assert seg[7] == ["SE", "6", seg[2][2]]
    assert seg[8] == ["GE", "1", seg[1][6]] and seg[9] == ["IEA", "1", seg[0][13]]
    # the next 997 uses the next control numbers, never the same
    r = gw.post("/api/v1/inbound", content=make_850("PO-2", isa_control=78), headers=ACME)
    _wait_done(gw, r.json()["message_id"])
    docs2 = _outbound(gw, after=docs[-1]["id"])
    ack2 = next(d for d in docs2 if d["type"] == "997")
    seg2 = segments(ack2["content"].encode())
    # control numbers only go up (the 855 in between took its own)
    assert int(seg2[0][13]) > int(seg[0][13]) and int(seg2[1][6]) > int(seg[1][6])
    # picked-up documents are marked delivered and not listed as new again
    assert _outbound(gw, after=docs2[-1]["id"]) == []
    assert {d["status"] for d in _status(gw, mid)["documents"]} == {"delivered"}


def test_auth_errors_are_json_401(gw):
    data = make_850("PO-X")
    r = gw.post("/api/v1/inbound", content=data)
    assert r.status_code == 401 and r.json()["error"] == "unauthorized"
    r = gw.post(
        "/api/v1/inbound", content=data, headers={"Authorization": "Bearer nope-not-a-token-1"}
    )
    assert r.status_code == 401 and "unknown" in r.json()["detail"]
    r = gw.get("/api/v1/outbound", headers={"Authorization": "Basic c2VjcmV0LXVzZXI6cGFzcw=="})
    assert r.status_code == 401
    with gw.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0
    # each refusal is one structured log line; the credentials offered are not in it
    out = wait_for(
        lambda: (o := gw.proc.output()).count("http.refused") >= 3 and o,
        timeout=10,
        what="refusals logged",
    )
    refused = [ln for ln in out.splitlines() if "http.refused" in ln]
    assert len(refused) == 3 and all("401" in ln and "unauthorized" in ln for ln in refused)
    assert "nope-not-a-token-1" not in out and "c2VjcmV0LXVzZXI6cGFzcw" not in out


def test_empty_and_oversized_bodies(gw):
    r = gw.post("/api/v1/inbound", content=b"", headers=ACME)
    assert r.status_code == 400 and r.json()["error"] == "empty_body"
    r = gw.post("/api/v1/inbound", content=b"x" * 200_001, headers=ACME)
    assert r.status_code == 413 and r.json()["error"] == "too_large"

    def chunks():
        for _ in range(30):
            yield b"y" * 10_000

    r = gw.post("/api/v1/inbound", content=chunks(), headers=ACME)
    assert r.status_code == 413
    with gw.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0
    assert gw.get("/healthz").json() == {"status": "ok"}


def test_garbage_is_stored_and_rejected(gw):
    r = gw.post("/api/v1/inbound", content=b"\x00\x01hello this is not EDI", headers=ACME)
    assert r.status_code == 202
    body = _wait_done(gw, r.json()["message_id"])
    assert body["status"] == "rejected"
    assert "not a document format" in body["reason"]
    assert _outbound(gw) == []


def test_truncated_interchange_gets_ta1_rejection(gw):
    data = make_850("PO-T", isa_control=555)
    cut = data[: data.index(b"SE*")]
    r = gw.post("/api/v1/inbound", content=cut, headers=ACME)
    body = _wait_done(gw, r.json()["message_id"])
    assert body["status"] == "rejected"
    assert "IEA" in body["reason"]
    docs = _outbound(gw)
    assert [d["type"] for d in docs] == ["TA1"]
    ta1 = next(s for s in segments(docs[0]["content"].encode()) if s[0] == "TA1")
    assert ta1[1] == "000000555" and ta1[4] == "R" and ta1[5] == "023"
    with gw.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrder)) == 0


def test_bad_set_gets_negative_997(gw):
    data = re.sub(rb"SE\*\d+\*0001", b"SE*99*0001", make_850("PO-C"))
    r = gw.post("/api/v1/inbound", content=data, headers=ACME)
    body = _wait_done(gw, r.json()["message_id"])
    assert body["status"] == "rejected" and "SE01" in body["reason"]
    seg = segments(_outbound(gw)[0]["content"].encode())
    assert ["AK5", "R", "4"] in seg
    assert next(s for s in seg if s[0] == "AK9")[:5] == ["AK9", "R", "1", "1", "0"]


def test_duplicate_po_is_refused_with_event(gw):
    first = gw.post("/api/v1/inbound", content=make_850("PO-D", isa_control=1), headers=ACME)
    _wait_done(gw, first.json()["message_id"])
    again = gw.post("/api/v1/inbound", content=make_850("PO-D", isa_control=2), headers=ACME)
    body = _wait_done(gw, again.json()["message_id"])
    assert body["status"] == "duplicate"
    assert "already received" in body["reason"]
    assert any(e["kind"] == "order.duplicate" for e in body["events"])
    with gw.db.reading() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(SalesOrder).where(SalesOrder.po_number == "PO-D")
            )
            == 1
        )
        assert (
            s.scalar(select(func.count()).select_from(Event).where(Event.kind == "order.duplicate"))
            == 1
        )


def test_sender_must_be_the_authenticated_partner(gw):
    # bobs-hardware's token, but the ISA says ACMERETAIL
    r = gw.post("/api/v1/inbound", content=make_850("PO-S"), headers=BOBS)
    assert r.status_code == 202
    mid = r.json()["message_id"]
    body = wait_for(
        lambda: (b := _status(gw, mid, BOBS))["status"] != "received" and b, what="processed"
    )
    assert body["status"] == "rejected" and "belongs to partner acme-retail" in body["reason"]
    # and a partner never sees another partner's messages
    r = gw.get(f"/api/v1/messages/{mid}", headers=ACME)
    assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_unknown_routes_are_json_404(gw):
    r = gw.get("/nope")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
