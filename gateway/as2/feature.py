"""Wiring of the AS2 channel into the gateway (listed in `gateway.app.FEATURES`).

install      the `as2` deliverer and the `as2_mdn` job kind (async MDNs we owe)
http_routes  POST /as2 beside the HTTP API
listen       an HTTPS listener when `[as2] https_port` is set; the daily expiry check
init         demo station certificate (and demo partner certificates) for `gateway init`
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from gateway.as2 import certs as certs_mod
from gateway.as2 import settings as _settings  # noqa: F401  (registers the [as2] sections)
from gateway.as2.errors import As2Error
from gateway.as2.sending import deliver, send_mdn_job, station_of
from gateway.as2.settings import validate_partner
from gateway.as2.station import Station
from gateway.errors import ConfigError
from gateway.logs import get_logger, log_event
from gateway.store import events

__all__ = ["check_expiry", "http_routes", "init", "install", "listen"]

_log = get_logger("as2")

# demo partners whose key pairs `gateway init` creates (their private key stays with them
# in real life; here it lets the demo and tests play the partner)
DEMO_PARTNERS = {"acme-retail": "ACMERETAIL"}


def install(rt: Any) -> None:
    for p in rt.partners:
        sec = p.section("as2")
        if sec is not None:
            validate_partner(sec, file=p.source)
    rt.deliverers["as2"] = deliver
    rt.job_kinds["as2_mdn"] = send_mdn_job


def http_routes(rt: Any) -> dict[tuple[bytes, ...], Any]:
    from gateway.protocols.as2 import As2Resource

    st = station_of(rt)
    if not st.settings.enabled:
        return {}
    return {(b"as2",): As2Resource(st)}


def _tls_pair(st: Station) -> certs_mod.KeyPair:
    if st.settings.tls_cert:
        key, chain = certs_mod.load_material(Path(st.settings.tls_cert).read_bytes())
        if key is None or not chain:
            raise ValueError(f"{st.settings.tls_cert} needs a private key and a certificate")
        return certs_mod.KeyPair(key, chain[0])
    return st.certs.signing_pair()


def listen(rt: Any, reactor: Any, listening: Any) -> dict[str, int]:
    from twisted.internet import ssl, task, threads

    from gateway.app import load_features
    from gateway.protocols.http import build_site

    st = station_of(rt)
    out: dict[str, int] = {}
    if st.settings.enabled and st.settings.https_port is not None:
        try:
            pair = _tls_pair(st)
        except (As2Error, OSError, ValueError) as exc:
            raise ConfigError(
                f"HTTPS for AS2 needs a certificate: {exc}", key="as2.https_port"
            ) from None
        opts = ssl.CertificateOptions(privateKey=pair.key, certificate=pair.cert)
        opts.getContext()
        extra: dict[tuple[bytes, ...], Any] = {}
        for module in load_features():
            routes = getattr(module, "http_routes", None)
            if routes is not None:
                extra.update(routes(rt))
        site = build_site(
            rt.db, rt.partners, max_body=rt.config.limits.max_message_bytes, extra=extra
        )
        port = reactor.listenSSL(
            st.settings.https_port, site, opts, interface=st.settings.https_host
        )
        listening.handles.append(port)
        out["https"] = port.getHost().port
    crypto = st.crypto  # start the crypto processes now, not on the first message
    listening.handles.append(_Stopper(crypto.close))
    loop = task.LoopingCall(
        lambda: threads.deferToThread(check_expiry, st).addErrback(
            lambda f: log_event(_log, "as2.expiry_check_failed", error=f.getTraceback())
        )
    )
    loop.clock = reactor
    loop.start(st.settings.expiry_check_hours * 3600, now=True)
    listening.handles.append(_Stopper(lambda: loop.stop() if loop.running else None))
    return out


class _Stopper:
    """Lets `serve()` stop the expiry loop and the crypto pool like a port."""

    def __init__(self, stop: Any) -> None:
        self.stop = stop

    def stopListening(self) -> None:
        self.stop()


def check_expiry(st: Station, now: dt.datetime | None = None) -> list[str]:
    """Record a `cert.expiring` event for every certificate within the warning window
    (and `cert.expired` for expired ones); return the lines."""
    lines: list[str] = []
    warn = st.settings.expiry_warning_days
    with st.db.transaction() as s:
        for owner, path, cert in st.certs.inventory(st.all_partner_files()):
            days = certs_mod.days_left(cert, now)
            if days > warn:
                continue
            kind = "cert.expired" if days < 0 else "cert.expiring"
            text = (
                f"{owner} certificate {certs_mod.describe(cert)} in {path}"
                + (f" expired {-days} days ago" if days < 0 else f" expires in {days} days")
                + f" ({cert.not_valid_after_utc:%Y-%m-%d})"
            )
            events.record(
                s,
                kind,
                partner_id=None if owner == "station" else owner,
                detail=text,
                data={"fingerprint": certs_mod.fingerprint(cert), "days": days},
            )
            lines.append(text)
    return lines


def init(rt: Any) -> list[str]:
    """`gateway init`: a station certificate if none is valid, demo partner key pairs."""
    st = station_of(rt)
    lines = []
    if not st.certs.station_pairs():
        pair = certs_mod.generate(st.name, days=st.settings.station_cert_days)
        path = st.certs.add_station(pair)
        lines.append(f"as2: station certificate for {st.name} in {path}")
    else:
        lines.append(f"as2: station certificate present ({len(st.certs.station_pairs())} valid)")
    for partner_id, cn in DEMO_PARTNERS.items():
        profile = rt.partners.get(partner_id)
        if profile is None or profile.section("as2") is None:
            continue
        demo = st.certs.root / "demo" / f"{partner_id}.pem"
        if demo.exists():
            continue
        pair = certs_mod.generate(cn, days=st.settings.station_cert_days)
        demo.parent.mkdir(parents=True, exist_ok=True)
        demo.touch(mode=0o600)
        demo.write_bytes(certs_mod.pem_of(pair))
        st.certs.import_partner(partner_id, pair.cert)
        lines.append(f"as2: demo key pair for partner {partner_id} in {demo}")
    return lines
