"""OpenSSL's `openssl cms` as a second independent implementation, both directions."""

import base64
import hashlib
import subprocess
from pathlib import Path

import as2peer as peer
import pytest
import pytest_twisted
from sqlalchemy import select
from twisted.internet import reactor, threads
from twisted.web import resource
from twisted.web.server import Site

from gateway.as2.certs import pem_of
from gateway.store import outbox
from gateway.store.models import OutboundDocument
from gateway.worker import WorkerPool

pytestmark = pytest.mark.skipif(
    subprocess.run(["openssl", "version"], capture_output=True).returncode != 0,
    reason="openssl command line not installed",
)

PAYLOAD = b"ISA*00*openssl~\nGS*PO~\nIEA*1~\n"


def openssl(*args, cwd):
    done = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    return done


def _split(data: bytes):
    head, body = data.split(b"\n\n", 1)
    headers = [
        tuple(x.strip() for x in line.split(":", 1))
        for line in head.decode().splitlines()
        if ":" in line
    ]
    return headers, body


@pytest.mark.parametrize(
    "cipher,oaep,digest",
    [
        ("-des3", False, "sha1"),
        ("-aes-128-cbc", False, "sha256"),
        ("-aes-192-cbc", True, "sha384"),
        ("-aes-256-cbc", True, "sha512"),
    ],
)
@pytest_twisted.ensureDeferred
async def test_openssl_signed_and_encrypted_message_is_accepted(
    sqlite_only, as2_env, tmp_path, cipher, oaep, digest
):
    env = as2_env
    d = tmp_path
    (d / "peer.pem").write_bytes(pem_of(env.keys["peer"]))
    (d / "station.pem").write_bytes(peer.pem_cert(env.keys["station"].cert))
    (d / "payload.mime").write_bytes(
        b"Content-Type: application/edi-x12\r\n"
        b'Content-Disposition: attachment; filename="po.edi"\r\n'
        b"\r\n" + PAYLOAD
    )
    openssl(
        "cms",
        "-sign",
        "-in",
        "payload.mime",
        "-signer",
        "peer.pem",
        "-inkey",
        "peer.pem",
        "-md",
        digest,
        "-out",
        "signed.smime",
        cwd=d,
    )
    extra = ["-keyopt", "rsa_padding_mode:oaep"] if oaep else []
    openssl(
        "cms",
        "-encrypt",
        "-in",
        "signed.smime",
        "-out",
        "enc.smime",
        cipher,
        "-recip",
        "station.pem",
        *extra,
        cwd=d,
    )
    headers, body = _split((d / "enc.smime").read_bytes())
    assert ("Content-Transfer-Encoding", "base64") in headers  # base64 transfer encoding
    headers += [
        ("AS2-Version", "1.2"),
        ("AS2-From", "PEER"),
        ("AS2-To", "DEMODIST"),
        ("Message-ID", f"<openssl-{digest}@test>"),
        ("Disposition-Notification-To", "edi@peer.example"),
        (
            "Disposition-Notification-Options",
            f"signed-receipt-protocol=optional, pkcs7-signature; "
            f"signed-receipt-micalg=optional, {digest}",
        ),
    ]
    status, rh, rb = await threads.deferToThread(peer.http_post, env.url, headers, body)
    assert status == 200, rb
    # openssl verifies the MDN's signature with our certificate
    ctype = dict(rh)["Content-Type"]
    (d / "mdn.eml").write_bytes(f"Content-Type: {ctype}\r\n\r\n".encode() + rb)
    openssl(
        "cms",
        "-verify",
        "-in",
        "mdn.eml",
        "-CAfile",
        "station.pem",
        "-purpose",
        "any",
        "-out",
        "report.txt",
        cwd=d,
    )
    report = (d / "report.txt").read_bytes()
    assert b"Disposition: automatic-action/MDN-sent-automatically; processed\r\n" in report
    # the MIC is over the signed part exactly as openssl signed it (canonical CRLF text)
    signed_part = (
        b"Content-Type: application/edi-x12\r\n"
        b'Content-Disposition: attachment; filename="po.edi"\r\n\r\n'
        + PAYLOAD.replace(b"\n", b"\r\n")
    )
    mic = base64.b64encode(hashlib.new(digest, signed_part).digest()).decode()
    assert f"Received-Content-MIC: {mic}, {digest}".encode() in report
    with env.rt.db.reading() as s:
        from gateway.store.models import Message, Payload

        rows = s.execute(
            select(Payload.data, Message.meta)
            .join(Message, Message.payload_id == Payload.id)
            .where(Message.transport_id == f"openssl-{digest}@test")
        ).all()
    assert [data for data, meta in rows if "envelope" in meta] == [PAYLOAD.replace(b"\n", b"\r\n")]


class OpensslReceiver(resource.Resource):
    """Decrypts and verifies what the gateway sends with the openssl command line."""

    isLeaf = True

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder
        self.results: list[tuple[int, bytes, bytes]] = []

    binary = False  # openssl -binary: verify the signed bytes without canonicalising them

    def _check(self, body: bytes) -> None:
        n = len(self.results)
        (self.folder / f"in{n}.der").write_bytes(body)
        dec = subprocess.run(
            [
                "openssl",
                "cms",
                "-decrypt",
                "-inform",
                "DER",
                "-in",
                f"in{n}.der",
                "-recip",
                "peer.pem",
                "-inkey",
                "peer.pem",
                "-out",
                f"dec{n}.eml",
            ],
            cwd=self.folder,
            capture_output=True,
        )
        verify = [
            "openssl",
            "cms",
            "-verify",
            "-CAfile",
            "station.pem",
            "-purpose",
            "any",
            "-out",
            f"content{n}",
        ]
        if self.binary and dec.returncode == 0:
            # openssl's S/MIME reader rewrites line ends inside parts, which breaks binary
            # parts: hand it the exact signed bytes and the signature separately instead
            raw = (self.folder / f"dec{n}.eml").read_bytes()
            boundary = raw.split(b'boundary="', 1)[1].split(b'"', 1)[0]
            parts = raw.split(b"--" + boundary)
            (self.folder / f"part{n}").write_bytes(parts[1][2:-2])
            sig = parts[2].split(b"\r\n\r\n", 1)[1]
            (self.folder / f"sig{n}.der").write_bytes(base64.b64decode(sig))
            verify += ["-binary", "-inform", "DER", "-in", f"sig{n}.der", "-content", f"part{n}"]
        else:
            verify += ["-in", f"dec{n}.eml"]
        ver = subprocess.run(verify, cwd=self.folder, capture_output=True)
        content = (self.folder / f"content{n}").read_bytes() if ver.returncode == 0 else b""
        self.results.append((dec.returncode + ver.returncode, dec.stderr + ver.stderr, content))

    def render_POST(self, request):
        _headers, body = peer.request_raw(request)

        def done(_):
            request.write(b"ok")
            request.finish()

        threads.deferToThread(self._check, body).addCallback(done)
        from twisted.web.server import NOT_DONE_YET

        return NOT_DONE_YET


@pytest_twisted.ensureDeferred
async def test_openssl_decrypts_and_verifies_what_the_gateway_sends(sqlite_only, as2_env, tmp_path):
    env = as2_env
    (tmp_path / "peer.pem").write_bytes(pem_of(env.keys["peer"]))
    (tmp_path / "station.pem").write_bytes(peer.pem_cert(env.keys["station"].cert))
    receiver = OpensslReceiver(tmp_path)
    port = reactor.listenTCP(0, Site(receiver), interface="127.0.0.1")
    sec = env.section("loose")
    sec.url = f"http://127.0.0.1:{port.getHost().port}/as2"
    sec.mdn = "none"
    variants = [
        ("3des", "rsaes_pkcs1v15", "sha1", "none"),
        ("aes128", "rsaes_oaep", "sha256", "before-signing"),
        ("aes192", "rsaes_pkcs1v15", "sha384", "none"),
        ("aes256", "rsaes_oaep", "sha512", "none"),
    ]
    pool = WorkerPool(env.rt, count=1)
    try:
        for cipher, transport, digest, compress in variants:
            sec.cipher, sec.key_transport, sec.digest, sec.compress = (
                cipher,
                transport,
                digest,
                compress,
            )
            # a compressed (binary) part is signed as is: openssl must not canonicalise it
            receiver.binary = compress != "none"
            with env.rt.db.transaction() as s:
                doc = outbox.add_document(
                    s,
                    partner_id="loose",
                    doc_type="855",
                    channel="as2",
                    data=PAYLOAD,
                    filename="po855.edi",
                )
            assert await threads.deferToThread(pool.run_once, "t")
            with env.rt.db.reading() as s:
                assert s.get(OutboundDocument, doc.id).status == "delivered"
    finally:
        await port.stopListening()
    assert len(receiver.results) == 4
    for (code, err, content), variant in zip(receiver.results, variants, strict=True):
        assert code == 0, (variant, err.decode())
        if variant[3] == "none":
            assert content.endswith(b"\r\n\r\n" + PAYLOAD.replace(b"\n", b"\r\n")), variant
            assert b'filename="po855.edi"' in content
        else:
            assert b"compressed-data" in content
