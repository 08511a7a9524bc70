"""Shared fixtures: the asyncio reactor first, then databases (SQLite, and PostgreSQL when
GATEWAY_TEST_DATABASE_URL is set), runtimes and the corpus location."""

from gateway import reactor as _reactor

_reactor.install()  # before anything imports another reactor (stack notes 8, 18)

import os  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from gateway.app import load_features  # noqa: E402
from gateway.config import load_config  # noqa: E402
from gateway.store.db import Database  # noqa: E402

load_features()  # channel and standard modules register their config and profile sections

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("GATEWAY_CORPUS", ROOT.parent / "shared" / "corpus"))


# every listener of a test gateway takes a free port, so tests never collide on fixed ones
LISTENERS_ON_FREE_PORTS = {"GATEWAY__SFTP__PORT": "0", "GATEWAY__SMTP__PORT": "0"}
for _name, _value in LISTENERS_ON_FREE_PORTS.items():
    os.environ.setdefault(_name, _value)


def _backends() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get("GATEWAY_TEST_DATABASE_URL") else ["sqlite"]


def make_database_url(kind: str, tmp_path: Path) -> tuple[str, object]:
    """A fresh empty database of `kind`; returns (url, cleanup)."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'gateway.db'}", lambda: None
    base = os.environ["GATEWAY_TEST_DATABASE_URL"]
    name = f"gwtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + f"/{name}"

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


@pytest.fixture(params=_backends())
def db_url(request, tmp_path):
    """URL of a fresh, empty database: SQLite always, PostgreSQL too when configured."""
    url, cleanup = make_database_url(request.param, tmp_path)
    yield url
    cleanup()


@pytest.fixture
def db(db_url):
    """A migrated Database on a fresh database."""
    database = Database(db_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture
def config(tmp_path, db_url, monkeypatch):
    """The repository's config and demo partners, with data in tmp_path and the test database."""
    monkeypatch.setenv("GATEWAY_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GATEWAY_DATABASE_URL", db_url)
    for name, value in LISTENERS_ON_FREE_PORTS.items():
        monkeypatch.setenv(name, value)
    return load_config(ROOT / "config" / "gateway.toml")


@pytest.fixture
def runtime(config):
    """A runtime (migrated database, demo partners and demo master data) without listeners."""
    from gateway.app import build_runtime
    from gateway.oms.seed import seed_file

    rt = build_runtime(config)
    with rt.db.transaction() as s:
        seed_file(s, ROOT / "config" / "demo-data.toml")
    yield rt
    rt.db.dispose()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set GATEWAY_CORPUS)")
    return CORPUS
