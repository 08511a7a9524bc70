"""Bad AS2 input: the right MDN disposition or HTTP error, stored with its reason, no crash,
and the next good message is still processed. Duplicates per issue 5 point 3."""

import as2peer as peer
import pytest_twisted
from sqlalchemy import select
from twisted.internet import threads

from gateway.as2.models import As2Exchange
from gateway.store.models import Message, Payload


def _gw(env, **kw):
    kw.setdefault("mdn_mode", "SYNC")
    kw.setdefault("mdn_digest_alg", "sha256")
    return peer.partner("DEMODIST", env.keys["station"].cert, **kw)


async def _post(url, headers, body):
    return await threads.deferToThread(peer.http_post, url, headers, body)


def _envelopes(env, as2_message_id):
    with env.rt.db.reading() as s:
        rows = s.scalars(
            select(Message)
            .where(Message.transport_id == as2_message_id)
            .order_by(Message.received_at)
        ).all()
        return [(m.status, m.reason) for m in rows if "envelope" not in (m.meta or {})]


async def _good_message_still_processed(env):
    org = peer.organization("PEER", env.keys["peer"])
    headers, body, msg = peer.build(org, _gw(env, sign=True, encrypt=True), b"ISA*good~\n")
    status, rh, rb = await _post(env.url, headers, body)
    assert status == 200
    assert peer.check_mdn(msg, rh, rb) == ("processed", None)


@pytest_twisted.ensureDeferred
async def test_tampered_payload_is_integrity_check_failed(as2_env):
    env = as2_env
    org = peer.organization("LOOSE", env.keys["peer"])
    headers, body, msg = peer.build(org, _gw(env, sign=True), b"ISA*00*original~\n")
    assert b"original" in body
    status, rh, rb = await _post(env.url, headers, body.replace(b"original", b"forged!!"))
    assert status == 200
    assert peer.check_mdn(msg, rh, rb) == ("processed/error", "integrity-check-failed")
    [(state, reason)] = _envelopes(env, msg.message_id)
    assert state == "rejected" and reason.startswith("integrity-check-failed")
    await _good_message_still_processed(env)


@pytest_twisted.ensureDeferred
async def test_wrong_certificate_is_authentication_failed(as2_env):
    env = as2_env
    org = peer.organization("PEER", env.keys["wrong"])  # same name, another key
    headers, body, msg = peer.build(org, _gw(env, sign=True, encrypt=True), b"ISA*x~\n")
    status, rh, rb = await _post(env.url, headers, body)
    assert status == 200
    assert peer.check_mdn(msg, rh, rb) == ("processed/error", "authentication-failed")
    [(state, reason)] = _envelopes(env, msg.message_id)
    assert state == "rejected" and "not made with the partner's certificate" in reason
    await _good_message_still_processed(env)


@pytest_twisted.ensureDeferred
async def test_message_encrypted_for_another_key_is_decryption_failed(as2_env):
    env = as2_env
    org = peer.organization("PEER", env.keys["peer"])
    gw = peer.partner(
        "DEMODIST",
        env.keys["wrong"].cert,
        sign=True,
        encrypt=True,
        mdn_mode="SYNC",
        mdn_digest_alg="sha256",
    )
    headers, body, msg = peer.build(org, gw, b"ISA*x~\n")
    status, rh, rb = await _post(env.url, headers, body)
    assert status == 200
    # pyas2lib verifies our MDN with the cert it knows for us: give it the real one
    msg.receiver = _gw(env)
    assert peer.check_mdn(msg, rh, rb) == ("processed/error", "decryption-failed")
    [(state, reason)] = _envelopes(env, msg.message_id)
    assert state == "rejected" and "not encrypted for any of our certificates" in reason


@pytest_twisted.ensureDeferred
async def test_expired_partner_certificate_is_refused_with_date(as2_env):
    env = as2_env
    org = peer.organization("STALE", env.keys["expired"])
    headers, body, msg = peer.build(org, _gw(env, sign=True), b"ISA*x~\n")
    status, rh, rb = await _post(env.url, headers, body)
    assert status == 200, rb
    assert peer.check_mdn(msg, rh, rb) == ("processed/error", "authentication-failed")
    [(state, reason)] = _envelopes(env, msg.message_id)
    assert state == "rejected" and "expired on" in reason
    await _good_message_still_processed(env)


@pytest_twisted.ensureDeferred
async def test_unsigned_message_to_partner_requiring_signing(as2_env):
    env = as2_env
    org = peer.organization("PEER", env.keys["peer"])
    headers, body, msg = peer.build(org, _gw(env, sign=False, encrypt=True), b"ISA*x~\n")
    status, rh, rb = await _post(env.url, headers, body)
    assert status == 200
    assert peer.check_mdn(msg, rh, rb) == ("processed/error", "insufficient-message-security")
    [(state, reason)] = _envelopes(env, msg.message_id)
    assert state == "rejected" and "requires signed messages" in reason
    # and unencrypted to a partner requiring encryption
    headers, body, msg = peer.build(org, _gw(env, sign=True, encrypt=False), b"ISA*y~\n")
    status, rh, rb = await _post(env.url, headers, body)
    assert status == 200
    assert peer.check_mdn(msg, rh, rb) == ("processed/error", "insufficient-message-security")
    await _good_message_still_processed(env)


@pytest_twisted.ensureDeferred
async def test_unknown_as2_from_is_403_and_stored(as2_env):
    env = as2_env
    org = peer.organization("NOBODY", env.keys["peer"])
    headers, body, msg = peer.build(org, _gw(env, sign=True), b"ISA*x~\n")
    status, _rh, rb = await _post(env.url, headers, body)
    assert status == 403 and b"unknown AS2-From 'NOBODY'" in rb
    [(state, reason)] = _envelopes(env, msg.message_id)
    assert state == "rejected" and "NOBODY" in reason
    # wrong AS2-To
    headers = [(k, "SOMEONE-ELSE" if k == "AS2-To" else v) for k, v in headers]
    headers = [(k, "PEER" if k == "AS2-From" else v) for k, v in headers]
    status, _rh, rb = await _post(env.url, headers, body)
    assert status == 403 and b"is not this station" in rb
    await _good_message_still_processed(env)


@pytest_twisted.ensureDeferred
async def test_garbage_mime(as2_env):
    env = as2_env
    base = [
        ("AS2-Version", "1.2"),
        ("AS2-From", "LOOSE"),
        ("AS2-To", "DEMODIST"),
        ("Disposition-Notification-To", "x@example.com"),
    ]
    cases = {
        "signed-no-boundary": (
            [("Content-Type", "multipart/signed")],
            b"junk\r\n",
            "unexpected-processing-error",
        ),
        "enveloped-junk": (
            [
                ("Content-Type", "application/pkcs7-mime; smime-type=enveloped-data"),
                ("Content-Transfer-Encoding", "binary"),
            ],
            b"\x30\x03\x02\x01",
            "decryption-failed",
        ),
        "bad-base64": (
            [
                ("Content-Type", "application/pkcs7-mime; smime-type=compressed-data"),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b"!!!not base64!!!",
            "unexpected-processing-error",
        ),
        "compressed-junk": (
            [
                ("Content-Type", "application/pkcs7-mime; smime-type=compressed-data"),
                ("Content-Transfer-Encoding", "binary"),
            ],
            b"\x00\x01garbage",
            "decompression-failed",
        ),
    }
    from gateway.as2 import mdn, mime

    for i, (name, (ct, body, expected)) in enumerate(cases.items()):
        headers = [*base, ("Message-ID", f"<garbage-{i}@test>"), *ct]
        status, rh, rb = await _post(env.url, headers, body)
        assert status == 200, (name, rb)
        receipt = mdn.parse(mime.Entity(tuple(rh), rb, b""), certs=lambda: [])
        assert receipt.status == f"processed/error: {expected}", name
        [(state, reason)] = _envelopes(env, f"garbage-{i}@test")
        assert state == "rejected" and reason.startswith(expected), name
    # not AS2 at all
    status, _rh, rb = await _post(env.url, [("Content-Type", "text/plain")], b"hello")
    assert status == 400 and b"missing AS2-From, AS2-To, Message-ID" in rb
    await _good_message_still_processed(env)


@pytest_twisted.ensureDeferred
async def test_100_mb_payload_is_413_and_recorded(as2_env):
    env = as2_env
    limit = env.rt.config.limits.max_message_bytes
    body = b"A" * (100 * 1024 * 1024)
    assert len(body) > limit
    headers = [
        ("AS2-From", "LOOSE"),
        ("AS2-To", "DEMODIST"),
        ("Message-ID", "<huge@test>"),
        ("Content-Type", "application/octet-stream"),
    ]
    status, _rh, rb = await _post(env.url, headers, body)
    del body
    assert status == 413 and f"exceeds the limit of {limit} bytes".encode() in rb
    [(state, reason)] = _envelopes(env, "huge@test")
    assert state == "rejected" and "exceeds the limit" in reason
    await _good_message_still_processed(env)


@pytest_twisted.ensureDeferred
async def test_duplicate_of_stored_message_gets_same_mdn_and_is_not_processed_twice(as2_env):
    env = as2_env
    org = peer.organization("PEER", env.keys["peer"])
    headers, body, msg = peer.build(org, _gw(env, sign=True, encrypt=True), b"ISA*dup~\n")
    first = await _post(env.url, headers, body)
    second = await _post(env.url, headers, body)
    assert first[0] == second[0] == 200
    assert peer.check_mdn(msg, first[1], first[2]) == ("processed", None)
    assert peer.check_mdn(msg, second[1], second[2]) == ("processed", None)
    # the MIC header line (a line of the MDN's base64 signature may hold "MIC" by chance)
    mics = [
        line
        for line in (first[2] + second[2]).splitlines()
        if line.startswith(b"Received-Content-MIC:")
    ]
    assert len(mics) == 2 and mics[0] == mics[1]  # the same disposition and MIC again
    states = [st for st, _ in _envelopes(env, msg.message_id)]
    assert states == ["processed", "duplicate"]
    with env.rt.db.reading() as s:
        metas = s.scalars(select(Message.meta).where(Message.transport_id == msg.message_id))
        payloads = [m for m in metas if "envelope" in m]
    assert len(payloads) == 1


@pytest_twisted.ensureDeferred
async def test_retry_of_a_failed_copy_is_processed_normally(as2_env):
    env = as2_env
    org = peer.organization("LOOSE", env.keys["peer"])
    headers, body, msg = peer.build(
        org, _gw(env, sign=True), b"ISA*00*retry~\n", message_id="retry-1"
    )
    bad = await _post(env.url, headers, body.replace(b"retry", b"RETRY"))
    assert peer.check_mdn(msg, bad[1], bad[2]) == ("processed/error", "integrity-check-failed")
    good = await _post(env.url, headers, body)
    assert peer.check_mdn(msg, good[1], good[2]) == ("processed", None)
    assert [st for st, _ in _envelopes(env, msg.message_id)] == ["rejected", "processed"]
    with env.rt.db.reading() as s:
        [data] = [
            d
            for d, meta in s.execute(
                select(Payload.data, Message.meta)
                .join(Message, Message.payload_id == Payload.id)
                .where(Message.transport_id == msg.message_id)
            )
            if "envelope" in meta
        ]
        kinds = s.scalars(
            select(As2Exchange.status)
            .where(As2Exchange.as2_message_id == msg.message_id)
            .order_by(As2Exchange.id)
        ).all()
    assert data == b"ISA*00*retry~\n"
    assert kinds == ["refused", "accepted"]


@pytest_twisted.ensureDeferred
async def test_https_listener_and_binary_signing_partner(as2_env):
    env = as2_env
    org = peer.organization("BINARY", env.keys["peer"])
    gw = _gw(env, sign=True, canonicalize_as_binary=True)
    data = b"ISA*bin~\nbare LF lines stay as they are\n"
    headers, body, msg = peer.build(org, gw, data, content_type="application/edi-x12")
    status, rh, rb = await _post(env.https_url, headers, body)
    assert status == 200
    assert peer.check_mdn(msg, rh, rb) == ("processed", None)


@pytest_twisted.ensureDeferred
async def test_without_mdn_request_the_http_status_tells_the_result(as2_env):
    env = as2_env
    org = peer.organization("PEER", env.keys["peer"])
    gw = peer.partner("DEMODIST", env.keys["station"].cert, sign=True, encrypt=True)
    headers, body, msg = peer.build(org, gw, b"ISA*nomdn~\n")
    assert not any(k.lower().startswith("disposition-notification") for k, _ in headers)
    status, _rh, rb = await _post(env.url, headers, body)
    assert (status, rb) == (200, b"message received\n")
    headers, body, msg = peer.build(org, gw, b"ISA*nomdn~\n")
    status, _rh, rb = await _post(env.url, headers, body.replace(b"\x30", b"\x31", 1))
    assert status == 400 and rb.startswith(b"message refused: decryption-failed")
    assert _envelopes(env, msg.message_id)[0][0] == "rejected"


@pytest_twisted.ensureDeferred
async def test_overlong_message_id_is_refused(as2_env):
    headers = [
        ("AS2-From", "LOOSE"),
        ("AS2-To", "DEMODIST"),
        ("Message-ID", f"<{'x' * 300}>"),
        ("Content-Type", "application/edi-x12"),
    ]
    status, _rh, rb = await _post(as2_env.url, headers, b"ISA~")
    assert status == 400 and b"longer than 255" in rb
    await _good_message_still_processed(as2_env)
