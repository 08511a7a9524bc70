"""pyas2lib (an AS2 implementation this project did not write) against the gateway, both ways:
every signing algorithm x encryption algorithm x compression x sync/async MDN."""

import itertools
import time

import as2peer as peer
import pytest_twisted
from combos import CIPHERS, DIGESTS, SCHEMES
from sqlalchemy import func, select
from twisted.internet import reactor, threads
from twisted.web.server import Site

from gateway.as2.models import As2Exchange
from gateway.store import outbox
from gateway.store.models import Message, OutboundDocument, Payload
from gateway.worker import WorkerPool


def _sleep(seconds):
    from twisted.internet import task

    return task.deferLater(reactor, seconds, lambda: None)


@pytest_twisted.ensureDeferred
async def test_inbound_matrix_pyas2lib_verifies_every_mdn(sqlite_only, as2_env):
    env = as2_env
    sink = peer.MdnSink()
    port = reactor.listenTCP(0, Site(sink), interface="127.0.0.1")
    sink_url = f"http://127.0.0.1:{port.getHost().port}/mdn"
    pool = WorkerPool(env.rt, count=2)
    pool.start()
    org = peer.organization("PEER", env.keys["peer"], mdn_url=sink_url)
    sent, pending, failures = {}, {}, []
    try:
        combos = list(
            itertools.product(DIGESTS, SCHEMES, CIPHERS, (False, True), ("SYNC", "ASYNC"))
        )
        for i, (digest, scheme, cipher, compress, mode) in enumerate(combos):
            gw = peer.partner(
                "DEMODIST",
                env.keys["station"].cert,
                sign=True,
                encrypt=True,
                enc_alg=cipher,
                compress=compress,
                digest_alg=digest,
                sign_alg=scheme,
                mdn_mode=mode,
                mdn_digest_alg=digest,
            )
            data = f"ISA*{i:04d}*{digest}*{scheme}*{cipher}*{compress}~\nIEA*1~\n".encode()
            headers, body, msg = peer.build(org, gw, data)
            status, rh, rb = await threads.deferToThread(peer.http_post, env.url, headers, body)
            label = (digest, scheme, cipher, compress, mode)
            if status != 200:
                failures.append((label, status, rb[:200]))
                continue
            sent[msg.message_id] = data
            if mode == "SYNC":
                result = peer.check_mdn(msg, rh, rb)
                if result != ("processed", None):
                    failures.append((label, result))
            else:
                pending[msg.message_id] = (label, msg)
        await _wait(lambda: all(sink.find(m) for m in pending), 60)
        for mid, (label, msg) in pending.items():
            got = sink.find(mid)
            if got is None:
                failures.append((label, "no async MDN"))
                continue
            result = peer.check_mdn(msg, *got)
            if result != ("processed", None):
                failures.append((label, result))
    finally:
        await threads.deferToThread(pool.stop)
        await port.stopListening()
    assert failures == []
    assert len(sent) == len(combos) == 128
    # every payload stored exactly as pyas2lib sent it, one accepted exchange each
    with env.rt.db.reading() as s:
        rows = [
            (t, d)
            for t, d, meta in s.execute(
                select(Message.transport_id, Payload.data, Message.meta)
                .join(Payload, Payload.id == Message.payload_id)
                .where(Message.channel == "as2")
            )
            if "envelope" in meta
        ]
        accepted = s.scalar(
            select(func.count()).select_from(As2Exchange).where(As2Exchange.status == "accepted")
        )
    assert accepted == len(combos)
    stored = {t: d for t, d in rows if t in sent}
    assert len(stored) == len(sent)
    assert all(stored[m] == sent[m] for m in sent)


async def _wait(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not predicate():
        await _sleep(0.1)


@pytest_twisted.ensureDeferred
async def test_outbound_matrix_pyas2lib_receives_and_gateway_verifies_mdn(
    sqlite_only, matrix_partners, as2_env
):
    env = as2_env
    receiver = peer.Pyas2Receiver(env.keys["peer"], env.keys["station"].cert)
    port = reactor.listenTCP(0, Site(receiver), interface="127.0.0.1")
    url = f"http://127.0.0.1:{port.getHost().port}/as2"
    combos = matrix_partners
    docs = {}
    with env.rt.db.transaction() as s:
        for pid, name, _opts in combos:
            env.section(pid).url = url
            data = f"ISA*00*{pid}~\nIEA*1*{name}~\n".encode()
            doc = outbox.add_document(s, partner_id=pid, doc_type="855", channel="as2", data=data)
            docs[doc.id] = (pid, name, data)
    pool = WorkerPool(env.rt, count=8)
    pool.start()
    try:

        def settled():
            with env.rt.db.reading() as s:
                return (
                    s.scalar(
                        select(func.count())
                        .select_from(OutboundDocument)
                        .where(OutboundDocument.status.in_(("queued", "sending")))
                    )
                    == 0
                )

        await _wait_thread(settled, 120)
    finally:
        await threads.deferToThread(pool.stop)
        await port.stopListening()
    with env.rt.db.reading() as s:
        states = {d.id: (d.status, d.reason) for d in s.scalars(select(OutboundDocument))}
        exchanges = {
            e.document_id: e
            for e in s.scalars(select(As2Exchange).where(As2Exchange.direction == "out"))
        }
    bad = {docs[i][0]: st for i, st in states.items() if st[0] != "delivered"}
    assert bad == {}
    for doc_id, (pid, name, data) in docs.items():
        status, exc, content = receiver.results[name]
        assert status == "processed", (pid, exc)
        assert content == data.replace(b"\n", b"\r\n")  # canonical text signing
        ex = exchanges[doc_id]
        assert ex.status == "delivered" and ex.mdn and ex.mic


async def _wait_thread(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not await threads.deferToThread(predicate):
        await _sleep(0.2)
