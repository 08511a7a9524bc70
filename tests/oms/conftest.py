"""OMS fixtures: a database migrated and seeded with the demo master data (SQLite, and
PostgreSQL when GATEWAY_TEST_DATABASE_URL is set) and an `Oms` driver over it.

The schema and master data are built once per session into a template (a SQLite file, a
PostgreSQL template database); each test gets a fresh copy of it."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from oms_helpers import ROOT, Oms
from sqlalchemy import create_engine, text

from gateway.oms.lifecycle import OPEN_STATES
from gateway.oms.seed import seed_file
from gateway.store.db import Database

PG = os.environ.get("GATEWAY_TEST_DATABASE_URL", "")


def _build(url: str) -> None:
    db = Database(url)
    db.migrate()
    with db.transaction() as s:
        seed_file(s, ROOT / "config" / "demo-data.toml")
    db.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("oms-template") / "template.db"
    _build(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    name = f"gwtmpl_oms_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    _build(PG.rsplit("/", 1)[0] + f"/{name}")
    yield name
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def assert_open_totals_kept(db: Database) -> None:
    """The triggers' customer_open_orders equal the open orders summed (every OMS test ends
    with this check, whatever it did to orders)."""
    open_states = ", ".join(f"'{s}'" for s in OPEN_STATES)
    with db.reading() as s:
        summed = dict(
            s.execute(
                text(
                    "SELECT customer_id, SUM(total) FROM sales_order"
                    f" WHERE status IN ({open_states}) GROUP BY customer_id"
                )
            ).all()
        )
        kept = dict(s.execute(text("SELECT customer_id, total FROM customer_open_orders")).all())
    cent = Decimal("0.0001")
    for cid in summed.keys() | kept.keys():
        got = Decimal(str(kept.get(cid) or 0)).quantize(cent)
        want = Decimal(str(summed.get(cid) or 0)).quantize(cent)
        assert got == want, f"customer {cid}: kept {got}, open orders sum to {want}"


@pytest.fixture(params=["sqlite", "postgresql"] if PG else ["sqlite"])
def oms_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        path = tmp_path / "oms.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        db = Database(f"sqlite:///{path}")
        yield db
        assert_open_totals_kept(db)
        db.dispose()
        return
    template = request.getfixturevalue("pg_template")
    name = f"gwtest_oms_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    db = Database(PG.rsplit("/", 1)[0] + f"/{name}")
    yield db
    try:
        assert_open_totals_kept(db)
    finally:
        db.dispose()
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def oms(oms_db: Database) -> Oms:
    return Oms(oms_db)
