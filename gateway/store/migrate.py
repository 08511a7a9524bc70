"""Apply the alembic migrations shipped in `gateway/store/migrations`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config as AlembicConfig

if TYPE_CHECKING:
    from gateway.store.db import Database

__all__ = ["alembic_config", "upgrade"]

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(db: Database) -> None:
    """Bring the schema to the newest revision (safe to run from several processes)."""
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        if not db.is_sqlite:
            # several nodes may start at once; SQLite serialises on BEGIN IMMEDIATE instead
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(726354)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
