"""Benchmark: SFTP and SMTP intake of the gateway (listeners in-process, real clients).

Starts the runtime and its listeners on port 0 in a Twisted asyncio reactor, then from
client threads uploads N X12 files over SFTP (paramiko, one connection) and sends N mails
with one attachment each (smtplib, one connection). Every upload/mail is acknowledged only
after its message is committed, so the rates are end-to-end "stored" rates.

    python bench/channels_intake.py [N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway import reactor as _reactor  # noqa: E402

_reactor.install()

import bcrypt  # noqa: E402
import paramiko  # noqa: E402
from twisted.internet import reactor, threads  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
X12 = (ROOT / "docs" / "examples" / "acme-850.edi").read_bytes()


def setup(tmp: Path):
    import shutil

    from gateway.app import build_runtime, load_features
    from gateway.config import load_config

    load_features()  # every feature's config sections, as `gateway serve` loads them

    partners = tmp / "partners"
    shutil.copytree(ROOT / "partners", partners)
    pw = bcrypt.hashpw(b"bench-pw", bcrypt.gensalt(4)).decode()
    (partners / "bench.toml").write_text(
        f'id = "bench"\nrole = "customer"\ncustomer = "ACME"\n[sftp]\nuser = "bench"\n'
        f'password_bcrypt = "{pw}"\n[email]\nsenders = ["bench@bench.example"]\nreply = false\n'
    )
    os.environ.update(
        {
            "GATEWAY_DATA_DIR": str(tmp / "var"),
            "GATEWAY__HTTP__PORT": "0",
            "GATEWAY__SFTP__PORT": "0",
            "GATEWAY__SMTP__PORT": "0",
            "GATEWAY__SMTP__STARTTLS": "false",
            "GATEWAY__GATEWAY__PARTNERS_DIR": str(partners),
        }
    )
    return build_runtime(load_config(ROOT / "config" / "gateway.toml"))


def sftp_run(port: int) -> float:
    t = paramiko.Transport(("127.0.0.1", port))
    t.connect(username="bench", password="bench-pw")
    c = paramiko.SFTPClient.from_transport(t)
    start = time.perf_counter()
    for i in range(N):
        with c.open(f"/inbound/po-{i}.edi", "wb") as fh:
            fh.write(X12)
    elapsed = time.perf_counter() - start
    t.close()
    return elapsed


def smtp_run(port: int) -> float:
    import smtplib
    from email.message import EmailMessage
    from email.policy import SMTP

    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as s:
        s.ehlo()
        for i in range(N):
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = (
                "bench@bench.example",
                "orders@demodist.example",
                f"PO {i}",
            )
            m.set_content("order attached")
            m.add_attachment(X12, maintype="application", subtype="edi-x12", filename="po.edi")
            s.mail(m["From"])
            s.rcpt(m["To"])
            code, _ = s.data(m.as_bytes(policy=SMTP))
            assert code == 250, code
    return time.perf_counter() - start


def main() -> None:
    from gateway.app import start_listeners
    from gateway.store.models import Message

    with tempfile.TemporaryDirectory() as tmp:
        rt = setup(Path(tmp))
        ports = start_listeners(rt, reactor).ports
        result: dict[str, float] = {}

        def go() -> None:
            result["sftp"] = sftp_run(ports["sftp"])
            result["smtp"] = smtp_run(ports["smtp"])

        def done(res: object) -> None:
            if hasattr(res, "getTraceback"):
                print(res.getTraceback(), file=sys.stderr)
            reactor.stop()

        reactor.callWhenRunning(lambda: threads.deferToThread(go).addBoth(done))
        reactor.run()
        with rt.db.reading() as s:
            stored = s.query(Message).count()
        rt.db.dispose()
    sftp_rate, smtp_rate = N / result["sftp"], N / result["smtp"]
    print(
        f"RESULT n={N} stored={stored} sftp_files_per_s={sftp_rate:.1f}"
        f" smtp_mails_per_s={smtp_rate:.1f}"
    )


if __name__ == "__main__":
    main()
