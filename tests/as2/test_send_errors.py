"""Outbound AS2 failures: never green without a verified MDN carrying our MIC; retries with
backoff for transport problems, immediate failure with the reason for refusals; resend."""

import as2peer as peer
import pytest_twisted
from sqlalchemy import select, update
from twisted.internet import reactor, threads
from twisted.web.server import Site

from gateway.as2.models import As2Exchange
from gateway.as2.sending import resend
from gateway.store import outbox
from gateway.store.models import Job, OutboundDocument
from gateway.worker import WorkerPool

DATA = b"ISA*00*855~\nIEA*1~\n"


async def _deliver_once(env, receiver=None, pid="peer", **section):
    port = None
    if receiver is not None:
        port = reactor.listenTCP(0, Site(receiver), interface="127.0.0.1")
        env.section(pid).url = f"http://127.0.0.1:{port.getHost().port}/as2"
    for k, v in section.items():
        setattr(env.section(pid), k, v)
    with env.rt.db.transaction() as s:
        doc_id = outbox.add_document(s, partner_id=pid, doc_type="855", channel="as2", data=DATA).id
    try:
        assert await threads.deferToThread(WorkerPool(env.rt, count=1).run_once, "t")
    finally:
        if port is not None:
            await port.stopListening()
    return doc_id


def _state(env, doc_id):
    with env.rt.db.reading() as s:
        doc = s.get(OutboundDocument, doc_id)
        job = s.scalars(select(Job).where(Job.kind == "deliver", Job.ref == str(doc_id))).one()
        exchanges = s.scalars(
            select(As2Exchange).where(As2Exchange.document_id == doc_id).order_by(As2Exchange.id)
        ).all()
        return doc.status, doc.reason or "", job.status, [(e.status, e.reason) for e in exchanges]


def _receiver(env, **kw):
    return peer.Pyas2Receiver(env.keys["peer"], env.keys["station"].cert, **kw)


def _set_mic(value):
    def tamper(msg):
        msg.mic = value

    return tamper


@pytest_twisted.ensureDeferred
async def test_sync_mdn_with_matching_mic_is_delivered(as2_env):
    doc_id = await _deliver_once(as2_env, _receiver(as2_env))
    status, _reason, job, exchanges = _state(as2_env, doc_id)
    assert (status, job) == ("delivered", "done")
    assert exchanges == [("delivered", None)]


@pytest_twisted.ensureDeferred
async def test_mdn_with_a_different_mic_fails_the_document(as2_env):
    doc_id = await _deliver_once(as2_env, _receiver(as2_env, tamper=_set_mic(b"AAAA")))
    status, reason, job, _ex = _state(as2_env, doc_id)
    assert (status, job) == ("failed", "dead")
    assert "MDN MIC AAAA differs from ours" in reason


@pytest_twisted.ensureDeferred
async def test_mdn_without_mic_is_not_a_delivery(as2_env):
    doc_id = await _deliver_once(as2_env, _receiver(as2_env, tamper=_set_mic(None)))
    status, reason, _job, _ex = _state(as2_env, doc_id)
    assert status == "failed" and "no Received-Content-MIC" in reason


@pytest_twisted.ensureDeferred
async def test_negative_mdn_fails_with_the_partners_reason(as2_env):
    receiver = _receiver(as2_env, tamper=lambda msg: ("processed/error", "decryption-failed"))
    doc_id = await _deliver_once(as2_env, receiver)
    status, reason, job, _ex = _state(as2_env, doc_id)
    assert (status, job) == ("failed", "dead")
    assert "partner refused the message: processed/error: decryption-failed" in reason


@pytest_twisted.ensureDeferred
async def test_unsigned_mdn_when_signed_was_asked_fails(as2_env):
    def unsign(msg):
        del msg.payload["disposition-notification-options"]

    doc_id = await _deliver_once(as2_env, _receiver(as2_env, tamper=unsign))
    status, reason, _job, _ex = _state(as2_env, doc_id)
    assert status == "failed" and "got an unsigned one" in reason


@pytest_twisted.ensureDeferred
async def test_http_503_is_retried_then_delivered_and_resend_works(as2_env):
    env = as2_env
    receiver = _receiver(env, http_status=503)
    port = reactor.listenTCP(0, Site(receiver), interface="127.0.0.1")
    env.section("peer").url = f"http://127.0.0.1:{port.getHost().port}/as2"
    try:
        with env.rt.db.transaction() as s:
            doc_id = outbox.add_document(
                s, partner_id="peer", doc_type="855", channel="as2", data=DATA
            ).id
        pool = WorkerPool(env.rt, count=1)
        assert await threads.deferToThread(pool.run_once, "t")
        status, _r, job, exchanges = _state(env, doc_id)
        assert (status, job) == ("queued", "queued")  # waiting for its backoff
        assert exchanges[0][0] == "failed" and "HTTP 503" in exchanges[0][1]
        receiver.http_status = 200
        with env.rt.db.transaction() as s:
            s.execute(update(Job).where(Job.ref == str(doc_id)).values(run_after=0))
        assert await threads.deferToThread(pool.run_once, "t")
        status, _r, job, exchanges = _state(env, doc_id)
        assert (status, job) == ("delivered", "done")
        assert [e[0] for e in exchanges] == ["failed", "delivered"]
        # manual resend: a new AS2 message, delivered again
        assert "queued for delivery again" in resend(env.rt.db, doc_id, actor="admin:test")
        assert await threads.deferToThread(pool.run_once, "t")
        status, _r, _job, exchanges = _state(env, doc_id)
        assert status == "delivered" and [e[0] for e in exchanges][-1] == "delivered"
        assert len(exchanges) == 3
    finally:
        await port.stopListening()


@pytest_twisted.ensureDeferred
async def test_connection_refused_retries_until_failed_with_reason(as2_env):
    env = as2_env
    env.section("peer").url = "http://127.0.0.1:9/as2"  # nothing listens on the discard port
    with env.rt.db.transaction() as s:
        doc_id = outbox.add_document(
            s, partner_id="peer", doc_type="855", channel="as2", data=DATA, max_attempts=2
        ).id
    pool = WorkerPool(env.rt, count=1)
    for _ in range(2):
        with env.rt.db.transaction() as s:
            s.execute(update(Job).where(Job.ref == str(doc_id)).values(run_after=0))
        assert await threads.deferToThread(pool.run_once, "t")
    status, reason, job, exchanges = _state(env, doc_id)
    assert (status, job) == ("failed", "dead")
    assert "ConnectionRefusedError" in reason
    assert len(exchanges) == 2  # a new Message-ID per attempt


@pytest_twisted.ensureDeferred
async def test_async_mdn_missing_within_timeout_is_retried(as2_env):
    receiver = _receiver(as2_env, send_async=False)
    doc_id = await _deliver_once(as2_env, receiver, mdn="async", mdn_timeout=0.5)
    status, _reason, job, exchanges = _state(as2_env, doc_id)
    assert (status, job) == ("queued", "queued")
    assert "no asynchronous MDN" in exchanges[0][1]


@pytest_twisted.ensureDeferred
async def test_expired_partner_certificate_fails_without_sending(as2_env):
    receiver = _receiver(as2_env)
    doc_id = await _deliver_once(as2_env, receiver, pid="stale")
    status, reason, job, exchanges = _state(as2_env, doc_id)
    assert (status, job) == ("failed", "dead")
    assert "expired on" in reason and exchanges == []
    assert receiver.results == {}


@pytest_twisted.ensureDeferred
async def test_https_partner_with_its_own_ca_and_a_response_without_mdn(as2_env):
    from twisted.internet import ssl

    env = as2_env
    pair = env.keys["peer"]  # its certificate names localhost
    ca = env.tmp / "peer-ca.pem"
    ca.write_bytes(peer.pem_cert(pair.cert))
    receiver = _receiver(env)
    opts = ssl.CertificateOptions(privateKey=pair.key, certificate=pair.cert)
    port = reactor.listenSSL(0, Site(receiver), opts, interface="127.0.0.1")
    sec = env.section("peer")
    sec.url, sec.tls_ca = f"https://localhost:{port.getHost().port}/as2", str(ca)
    try:
        doc_id = await _deliver_once(env)
        assert _state(env, doc_id)[0] == "delivered"
        # a 200 without an MDN is not a delivery: retried later
        receiver.render_POST = lambda request: b"OK, no MDN"
        doc_id = await _deliver_once(env)
        status, _r, job, exchanges = _state(env, doc_id)
        assert (status, job) == ("queued", "queued")
        assert "without an MDN" in exchanges[0][1]
    finally:
        await port.stopListening()
