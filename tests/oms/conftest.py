"""OMS fixtures: a database seeded with the demo master data (SQLite, and PostgreSQL when
GATEWAY_TEST_DATABASE_URL is set) and an `Oms` driver over it."""

from __future__ import annotations

import pytest
from oms_helpers import ROOT, Oms

from gateway.oms.seed import seed_file
from gateway.store.db import Database


@pytest.fixture
def oms_db(db: Database) -> Database:
    with db.transaction() as s:
        seed_file(s, ROOT / "config" / "demo-data.toml")
    return db


@pytest.fixture
def oms(oms_db: Database) -> Oms:
    return Oms(oms_db)
