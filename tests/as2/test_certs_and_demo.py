"""Certificates (CLI, rollover, expiry events) and the demo ACME partner over AS2 end to end."""

import datetime as dt
import subprocess
from pathlib import Path

import as2peer as peer
import pytest
import pytest_twisted
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    pkcs12,
)
from sqlalchemy import select
from twisted.internet import threads

from gateway.as2 import certs, mdn, message, mime
from gateway.as2.feature import check_expiry
from gateway.as2.sending import station_of
from gateway.cli import main
from gateway.store.models import Event, Message, OutboundDocument

ROOT = Path(__file__).resolve().parents[2]


def test_certs_cli_generate_import_list_export(tmp_path, monkeypatch, capsys, keys):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "gateway.toml").write_text(
        (ROOT / "config" / "gateway.toml").read_text()
    )
    (tmp_path / "partners").mkdir()
    for f in (ROOT / "partners").glob("*.toml"):
        (tmp_path / "partners" / f.name).write_text(f.read_text())
    monkeypatch.setenv("GATEWAY_CONFIG", str(tmp_path / "config" / "gateway.toml"))
    monkeypatch.delenv("GATEWAY_DATA_DIR", raising=False)
    monkeypatch.delenv("GATEWAY_DATABASE_URL", raising=False)
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "as2: station certificate for DEMODIST" in out
    assert "as2: demo key pair for partner acme-retail" in out
    assert main(["certs", "generate", "--days", "10"]) == 0
    assert "it signs from now on" in capsys.readouterr().out
    # PEM, DER and PKCS#12 imports
    pem = tmp_path / "p.pem"
    pem.write_bytes(keys["peer"].cert.public_bytes(Encoding.PEM))
    der = tmp_path / "p.der"
    der.write_bytes(keys["wrong"].cert.public_bytes(Encoding.DER))
    p12 = tmp_path / "ours.p12"
    ours = certs.generate("DEMODIST", days=400)
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ours", ours.key, ours.cert, None, BestAvailableEncryption(b"pw")
        )
    )
    assert main(["certs", "import", str(pem), "--partner", "acme-retail"]) == 0
    assert main(["certs", "import", str(der), "--partner", "acme-retail"]) == 0
    assert main(["certs", "import", str(p12), "--password", "pw"]) == 0
    expired = tmp_path / "old.pem"
    expired.write_bytes(keys["expired"].cert.public_bytes(Encoding.PEM))
    assert main(["certs", "import", str(expired), "--partner", "acme-retail"]) == 1
    err = capsys.readouterr().err
    assert "expired on" in err
    assert main(["certs", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    station = [line for line in listing if line.startswith("station")]
    acme = [line for line in listing if line.startswith("acme-retail")]
    assert len(station) == 3 and len(acme) == 3
    assert any("EXPIRING" in line and " 9 " in line for line in station)
    assert main(["certs", "export", "--out", str(tmp_path / "export.pem")]) == 0
    exported = (tmp_path / "export.pem").read_bytes()
    assert b"BEGIN CERTIFICATE" in exported
    assert main(["as2", "resend", "12345"]) == 1
    assert "no outbound document 12345" in capsys.readouterr().err


def test_rollover_old_certificate_still_decrypts_newest_signs(as2_env):
    env = as2_env
    st = station_of(env.rt)
    old = env.keys["station"]
    new = certs.generate("DEMODIST", not_before=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    st.certs.add_station(new)
    assert st.certs.signing_pair().cert == new.cert
    assert len(st.our_keys()) == 2
    for target in (old, new):  # partners still using our old certificate keep working
        built = message.wrap(
            b"ISA~",
            content_type="application/edi-x12",
            filename="x",
            options=message.SendOptions(),
            signer=env.keys["peer"],
            recipient=target.cert,
        )
        got = message.unwrap(
            mime.Entity(tuple(built.headers), built.body, b""),
            keys=st.our_keys,
            partner_certs=lambda: [env.keys["peer"].cert],
        )
        assert got.content == b"ISA~" and got.mic == built.mic
    headers, body = mdn.build(
        original_message_id="x",
        ours="DEMODIST",
        theirs="PEER",
        disposition=mdn.disposition_line(None),
        mic=None,
        mic_alg=None,
        text="t",
        signer=st.certs.signing_pair(),
    )
    entity = mime.Entity(tuple(headers), body, b"")
    assert mdn.parse(entity, certs=lambda: [new.cert]).signed
    with pytest.raises(Exception, match="not made with"):
        mdn.parse(entity, certs=lambda: [old.cert])


def test_expiry_warning_events_30_days_ahead(as2_env):
    env = as2_env
    st = station_of(env.rt)
    soon = certs.generate("DEMODIST", days=20)
    st.certs.add_station(soon)
    lines = check_expiry(st)
    assert any(
        "station certificate CN=DEMODIST" in line and "expires in 19 days" in line for line in lines
    )
    assert any("stale certificate CN=PEER" in line and "expired" in line for line in lines)
    assert not any(f"{env.keys['station'].cert.serial_number:x}" in line for line in lines)
    with env.rt.db.reading() as s:
        kinds = [
            (e.kind, e.partner_id)
            for e in s.scalars(select(Event).where(Event.kind.like("cert.%")))
        ]
    assert ("cert.expiring", None) in kinds and ("cert.expired", "stale") in kinds


@pytest.fixture
def demo_env(runtime):
    """The repository's own partners and config after `gateway init` (demo certificates)."""
    from twisted.internet import reactor

    from gateway.app import run_init_hooks
    from gateway.as2.feature import http_routes
    from gateway.protocols.http import build_site

    lines = run_init_hooks(runtime)
    assert any("acme-retail" in line for line in lines)
    site = build_site(runtime.db, runtime.partners, max_body=1 << 20, extra=http_routes(runtime))
    port = reactor.listenTCP(0, site, interface="127.0.0.1")
    yield runtime, f"http://127.0.0.1:{port.getHost().port}/as2"
    pytest_twisted.blockon(port.stopListening())


@pytest_twisted.ensureDeferred
async def test_acme_sends_an_850_over_as2_and_the_order_is_placed(demo_env):
    rt, url = demo_env
    st = station_of(rt)
    demo_key = certs.load_material((st.certs.root / "demo" / "acme-retail.pem").read_bytes())
    acme = certs.KeyPair(demo_key[0], demo_key[1][0])
    org = peer.organization("ACMERETAIL", acme)
    gw = peer.partner(
        "DEMODIST",
        st.certs.signing_pair().cert,
        sign=True,
        encrypt=True,
        enc_alg="aes_256_cbc",
        mdn_mode="SYNC",
        mdn_digest_alg="sha256",
    )
    edi = (ROOT / "docs" / "examples" / "acme-850.edi").read_bytes()
    headers, body, msg = peer.build(org, gw, edi, content_type="application/octet-stream")
    status, rh, rb = await threads.deferToThread(peer.http_post, url, headers, body)
    assert status == 200 and peer.check_mdn(msg, rh, rb) == ("processed", None)
    from gateway.worker import WorkerPool

    pool = WorkerPool(rt, count=1)
    while await threads.deferToThread(pool.run_once, "t"):
        pass
    with rt.db.reading() as s:
        msgs = s.scalars(select(Message).where(Message.transport_id == msg.message_id)).all()
        payload = next(m for m in msgs if "envelope" in m.meta)
        envelope = next(m for m in msgs if "envelope" not in m.meta)
        docs = s.scalars(
            select(OutboundDocument).where(OutboundDocument.message_id == payload.id)
        ).all()
    assert envelope.status == "processed" and envelope.format == "as2"
    assert payload.status == "processed", payload.reason
    assert payload.format == "x12"
    assert {d.doc_type for d in docs} >= {"997"}


def test_openssl_is_available_for_the_interop_tests():
    assert subprocess.run(["openssl", "version"], capture_output=True).returncode == 0
