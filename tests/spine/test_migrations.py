"""The alembic migrations produce exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import gateway.app
from gateway.store.base import Base


def test_migrated_schema_matches_models(db):
    gateway.app.load_features()
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], diff


def test_migrations_run_twice_without_harm(db):
    db.migrate()
    db.migrate()
