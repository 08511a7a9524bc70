"""AS2 fixtures: shared keys, a gateway with /as2 on HTTP and HTTPS (port 0), test partners,
and pyas2lib (behind the oscrypto shim, stack notes section 3) as the independent peer."""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import as2peer  # noqa: F401  (oscrypto shim before any pyas2lib import)
import pytest
import pytest_twisted
from combos import matrix
from cryptography.hazmat.primitives.serialization import Encoding

from gateway.as2 import certs
from gateway.as2 import feature as _feature  # noqa: F401  (registers [as2] sections)

ROOT = Path(__file__).resolve().parents[2]

PARTNERS = {
    # strict: requires signing and encryption (the usual retailer set-up)
    "peer": dict(name="PEER", require_signing=True, require_encryption=True),
    # loose: accepts unsigned and unencrypted messages
    "loose": dict(name="LOOSE", require_signing=False, require_encryption=False),
    # binary: signs and verifies without CRLF canonicalisation
    "binary": dict(
        name="BINARY", require_signing=True, require_encryption=False, binary_signing=True
    ),
    # stale: its only certificate has expired
    "stale": dict(
        name="STALE", require_signing=True, require_encryption=False, certs=["expired.pem"]
    ),
}


@pytest.fixture(scope="session")
def keys():
    """Key pairs made once per session (RSA generation is the slow part)."""
    now = dt.datetime.now(dt.UTC)
    return {
        "station": certs.generate("DEMODIST"),
        "peer": certs.generate("PEER"),
        "wrong": certs.generate("PEER"),
        "expired": certs.generate("PEER", days=30, not_before=now - dt.timedelta(days=60)),
    }


def pem(cert) -> bytes:
    return cert.public_bytes(Encoding.PEM)


@dataclass
class Env:
    rt: object
    ports: dict
    tmp: Path
    keys: dict
    handles: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.ports['http']}/as2"

    @property
    def https_url(self) -> str:
        return f"https://127.0.0.1:{self.ports['https']}/as2"

    def profile(self, pid: str):
        return self.rt.partners.get(pid)

    def section(self, pid: str):
        return self.rt.partners.get(pid).section("as2")


def _toml(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value) + '"' if isinstance(value, str) else str(value)


def write_partners(folder: Path, cert_file: Path, *, with_matrix: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    every = dict(PARTNERS)
    if with_matrix:
        every.update({pid: dict(name=name, **opts) for pid, name, opts in matrix()})
    for pid, opts in every.items():
        section = {"certs": [str(cert_file)], "url": "http://127.0.0.1:1/unused", **opts}
        lines = "\n".join(f"{k} = {_toml(v)}" for k, v in section.items())
        (folder / f"{pid}.toml").write_text(
            f'id = "{pid}"\nname = "Test partner {pid}"\nrole = "customer"\n'
            f'customer = "ACME"\n\n[as2]\n{lines}\n'
        )


@pytest.fixture
def as2_env(request, tmp_path, monkeypatch, db_url, keys):
    """A running gateway: /as2 on HTTP and HTTPS, station key in the data folder."""
    from twisted.internet import reactor

    from gateway.app import build_runtime, start_listeners
    from gateway.config import load_config

    peer_cert = tmp_path / "peer.pem"
    peer_cert.write_bytes(pem(keys["peer"].cert))
    (tmp_path / "partners").mkdir()
    (tmp_path / "partners" / "expired.pem").write_bytes(pem(keys["expired"].cert))
    with_matrix = "matrix_partners" in request.fixturenames
    write_partners(tmp_path / "partners", peer_cert, with_matrix=with_matrix)
    monkeypatch.setenv("GATEWAY_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GATEWAY_DATABASE_URL", db_url)
    monkeypatch.setenv("GATEWAY__GATEWAY__PARTNERS_DIR", str(tmp_path / "partners"))
    monkeypatch.setenv("GATEWAY__HTTP__PORT", "0")
    monkeypatch.setenv("GATEWAY__AS2__HTTPS_PORT", "0")
    monkeypatch.setenv("GATEWAY__AS2__HTTP_TIMEOUT", "10")
    cfg = load_config(ROOT / "config" / "gateway.toml")
    rt = build_runtime(cfg)
    from gateway.as2.sending import station_of

    station_of(rt).certs.add_station(keys["station"])
    listening = start_listeners(rt, reactor)
    env = Env(rt, dict(listening.ports), tmp_path, keys, listening.handles)
    rt.config.section("as2").mdn_url = env.url
    yield env
    for h in listening.handles:
        d = h.stopListening()
        if d is not None:
            pytest_twisted.blockon(d)
    rt.db.dispose()


@pytest.fixture
def sqlite_only(db_url):
    """For interoperability tests whose outcome cannot depend on the database."""
    if not db_url.startswith("sqlite"):
        pytest.skip("database-independent interoperability test: runs on SQLite only")


@pytest.fixture
def matrix_partners():
    """Ask `as2_env` for one partner profile per outbound combination (see `matrix()`)."""
    return matrix()
