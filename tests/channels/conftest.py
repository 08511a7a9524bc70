"""Fixtures of the channel tests: test partners with SFTP keys and passwords, a runtime whose
listeners are bound to port 0, and helpers to drive the OpenSSH client."""

import shutil
from pathlib import Path

import bcrypt
import pytest
import pytest_twisted
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

import gateway.channels  # noqa: F401  (registers config and profile sections)
from gateway.config import load_config
from gateway.profiles import hash_token

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "alpha-secret-pw"


def write_key(folder: Path, name: str, key) -> tuple[Path, str]:
    """Private key file (mode 600, OpenSSH format) and its one-line public key."""
    path = folder / name
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)
    pub = (
        key.public_key()
        .public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
        .decode()
    )
    (folder / f"{name}.pub").write_text(pub + "\n")
    return path, pub


@pytest.fixture
def user_keys(tmp_path):
    folder = tmp_path / "userkeys"
    folder.mkdir()
    return {
        "ed25519": write_key(folder, "alpha_ed25519", ed25519.Ed25519PrivateKey.generate()),
        "rsa": write_key(folder, "beta_rsa", rsa.generate_private_key(65537, 2048)),
        "ecdsa": write_key(folder, "gamma_ecdsa", ec.generate_private_key(ec.SECP256R1())),
        "stranger": write_key(folder, "stranger", ed25519.Ed25519PrivateKey.generate()),
    }


def _partner(pid: str, customer: str, body: str) -> str:
    return f'id = "{pid}"\nrole = "customer"\ncustomer = "{customer}"\n{body}\n'


@pytest.fixture
def partners_dir(tmp_path, user_keys):
    folder = tmp_path / "partners"
    shutil.copytree(ROOT / "partners", folder)
    pw = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()
    files = {
        "sftp-alpha": _partner(
            "sftp-alpha",
            "ACME",
            f'''
[sftp]
user = "alpha"
password_bcrypt = "{pw}"
public_keys = ["{user_keys["ed25519"][1]}"]
delivered_on = "download"
max_file_bytes = 200000
''',
        ),
        "sftp-beta": _partner(
            "sftp-beta",
            "BOBS",
            f'''
[sftp]
user = "beta"
public_keys = ["{user_keys["rsa"][1]}"]
delivered_on = "remove"
''',
        ),
        "sftp-gamma": _partner(
            "sftp-gamma",
            "BOBS",
            f'''
[sftp]
user = "gamma"
public_keys = ["{user_keys["ecdsa"][1]}"]
''',
        ),
    }
    acme = folder / "acme-retail.toml"
    smtp_pw = bcrypt.hashpw(ACME_SMTP_PASSWORD.encode(), bcrypt.gensalt(4)).decode()
    acme.write_text(
        acme.read_text()
        + f'''
[email]
senders = ["edi@acme.example"]
to = ["purchasing@acme.example"]
smtp_user = "acme"
smtp_password_bcrypt = "{smtp_pw}"
fax_numbers = ["+1 555 0100"]
'''
    )
    for pid, text in files.items():
        (folder / f"{pid}.toml").write_text(text)
    return folder


ACME_SMTP_PASSWORD = "acme-smtp-pw"
OPERATOR_TOKEN = "operator-test-token"
EXTRA_CONFIG = f"""
[smtp]
mailboxes = ["orders@demodist.example", "fax-in@demodist.example"]
starttls = true
max_bytes = 1000000

[fax]
senders = ["fax@faxservice.example"]
operator_token_sha256 = ["{hash_token(OPERATOR_TOKEN)}"]
"""


@pytest.fixture
def chan_config(tmp_path, db_url, monkeypatch, partners_dir):
    monkeypatch.setenv("GATEWAY_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GATEWAY_DATABASE_URL", db_url)
    monkeypatch.setenv("GATEWAY__GATEWAY__PARTNERS_DIR", str(partners_dir))
    monkeypatch.setenv("SHIPFAST_WEBHOOK_SECRET", "test-webhook-secret")
    (tmp_path / "config").mkdir()
    cfg = tmp_path / "config" / "gateway.toml"
    cfg.write_text((ROOT / "config" / "gateway.toml").read_text() + EXTRA_CONFIG)
    monkeypatch.setenv("GATEWAY_CONFIG", str(cfg))
    for section in ("http", "sftp", "smtp"):
        monkeypatch.setenv(f"GATEWAY__{section.upper()}__PORT", "0")
    monkeypatch.setenv("GATEWAY__WORKERS__BACKOFF_BASE", "0.2")
    monkeypatch.setenv("GATEWAY__WORKERS__POLL_INTERVAL", "0.05")
    return load_config(cfg)


@pytest.fixture
def chan_runtime(chan_config):
    from gateway.app import build_runtime, run_init_hooks
    from gateway.oms.seed import seed_file

    rt = build_runtime(chan_config)
    with rt.db.transaction() as s:
        seed_file(s, ROOT / "config" / "demo-data.toml")
    rt.init_lines = run_init_hooks(rt)
    yield rt
    rt.db.dispose()


@pytest_twisted.async_yield_fixture
async def listening(chan_runtime):
    from twisted.internet import reactor

    from gateway.app import start_listeners

    out = start_listeners(chan_runtime, reactor)
    yield out.ports
    for h in out.handles:
        d = h.stopListening()
        if d is not None:
            await d


@pytest.fixture
def workers(chan_runtime):
    from gateway.worker import WorkerPool

    pool = WorkerPool(chan_runtime, count=2, name="test")
    pool.start()
    yield pool
    pool.stop(timeout=10)


class Sink:
    """The receiving end of our outbound mail (aiosmtpd on the reactor loop)."""

    def __init__(self):
        self.mails = []
        self.port = 0

    async def handle_DATA(self, server, session, envelope):
        self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest_twisted.async_yield_fixture
async def smtp_sink(chan_runtime):
    import asyncio

    from aiosmtpd.smtp import SMTP
    from twisted.internet.defer import Deferred

    loop = asyncio.get_event_loop()
    sink = Sink()
    srv = await Deferred.fromFuture(
        asyncio.ensure_future(
            loop.create_server(lambda: SMTP(sink, loop=loop, hostname="sink"), "127.0.0.1", 0)
        )
    )
    sink.port = srv.sockets[0].getsockname()[1]
    chan_runtime.config.smtp_relay.host = "127.0.0.1"
    chan_runtime.config.smtp_relay.port = sink.port
    yield sink
    srv.close()
    await Deferred.fromFuture(asyncio.ensure_future(srv.wait_closed()))
