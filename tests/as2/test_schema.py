"""The as2_exchange migration produces exactly what the model declares."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import gateway.as2.models
import gateway.oms.models
import gateway.store.models  # noqa: F401
from gateway.store.base import Base


def _about_as2(diff) -> bool:
    return "as2_exchange" in repr(diff)


def test_migrated_as2_schema_matches_the_model(db):
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if _about_as2(d)] == []
    with db.engine.connect() as conn:
        assert "as2_exchange" in conn.dialect.get_table_names(conn)
