"""`gateway certs generate|import|list|export` and `gateway as2 resend`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from gateway.as2 import certs as certs_mod
from gateway.as2.errors import As2Error
from gateway.errors import StateError

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    cp = sub.add_parser("certs", help="AS2 certificates: ours (with rollover) and partners'")
    csub = cp.add_subparsers(dest="action", required=True)
    g = csub.add_parser("generate", help="a new station key pair; the newest valid one signs")
    g.add_argument("--name", help="common name (default: the station's AS2 name)")
    g.add_argument("--days", type=int, default=None, help="validity in days")
    i = csub.add_parser("import", help="import PEM, DER or PKCS#12")
    i.add_argument("file")
    i.add_argument("--partner", help="partner id (without it: our own key pair)")
    i.add_argument("--password", default=None, help="PKCS#12 / key password")
    csub.add_parser("list", help="every certificate with its expiry in days")
    e = csub.add_parser("export", help="print our newest certificate (PEM) for partners")
    e.add_argument("--out", help="write to this file instead of stdout")
    ap = sub.add_parser("as2", help="AS2 operations")
    asub = ap.add_subparsers(dest="action", required=True)
    r = asub.add_parser("resend", help="send an outbound document again (new Message-ID)")
    r.add_argument("document_id", type=int)


def run(args: argparse.Namespace, config: Any) -> int:
    from gateway.app import build_runtime
    from gateway.as2.sending import resend, station_of

    rt = build_runtime(config)
    st = station_of(rt)
    try:
        if args.command == "as2":
            print(resend(rt.db, args.document_id, actor="admin:cli"))
            return 0
        return _ACTIONS[args.action](args, st)
    except (As2Error, StateError, OSError, ValueError) as exc:
        print(f"error: {getattr(exc, 'detail', exc)}", file=sys.stderr)
        return 1
    finally:
        rt.db.dispose()


def _generate(args: argparse.Namespace, st: Any) -> int:
    pair = certs_mod.generate(args.name or st.name, days=args.days or st.settings.station_cert_days)
    path = st.certs.add_station(pair)
    print(
        f"new station certificate {certs_mod.describe(pair.cert)} valid until"
        f" {pair.cert.not_valid_after_utc:%Y-%m-%d}: {path}"
    )
    print(
        "it signs from now on; older valid certificates still decrypt (rollover)."
        " Send partners the output of `gateway certs export`."
    )
    return 0


def _import(args: argparse.Namespace, st: Any) -> int:
    data = Path(args.file).read_bytes()
    password = args.password.encode() if args.password else None
    key, chain = certs_mod.load_material(data, password)
    if not chain:
        raise ValueError(f"{args.file} holds no certificate")
    cert = chain[0]
    certs_mod.check_valid(cert, what="imported")
    if args.partner:
        if st.partners.get(args.partner) is None:
            raise ValueError(f"no partner profile {args.partner!r}")
        path = st.certs.import_partner(args.partner, cert)
        print(
            f"partner {args.partner}: {certs_mod.describe(cert)}, expires in"
            f" {certs_mod.days_left(cert)} days: {path}"
        )
        return 0
    if key is None:
        raise ValueError("our own certificate needs its private key (PKCS#12 or PEM with key)")
    path = st.certs.add_station(certs_mod.KeyPair(key, cert))
    print(
        f"station: {certs_mod.describe(cert)}, expires in {certs_mod.days_left(cert)} days: {path}"
    )
    return 0


def _list(args: argparse.Namespace, st: Any) -> int:
    signing = None
    try:
        signing = st.certs.signing_pair().cert
    except As2Error:
        pass
    print(f"{'OWNER':20} {'DAYS':>6}  {'EXPIRES':10}  {'STATE':9} SUBJECT / FILE")
    for owner, path, cert in st.certs.inventory(st.all_partner_files()):
        days = certs_mod.days_left(cert)
        state = "expired" if days < 0 else ("signing" if cert == signing else "valid")
        if 0 <= days <= st.settings.expiry_warning_days:
            state = "EXPIRING"
        print(
            f"{owner:20} {days:>6}  {cert.not_valid_after_utc:%Y-%m-%d}  {state:9}"
            f" {certs_mod.describe(cert)}  {path}"
        )
    return 0


def _export(args: argparse.Namespace, st: Any) -> int:
    from cryptography.hazmat.primitives.serialization import Encoding

    pem = st.certs.signing_pair().cert.public_bytes(Encoding.PEM)
    if args.out:
        Path(args.out).write_bytes(pem)
    else:
        sys.stdout.write(pem.decode())
    return 0


_ACTIONS = {"generate": _generate, "import": _import, "list": _list, "export": _export}
