"""Alembic environment: runs on the connection handed in by gateway.store.migrate."""

from alembic import context
from sqlalchemy import create_engine

import gateway.as2.models  # registers the AS2 exchange table
import gateway.oms.models  # registers the OMS tables
import gateway.store.manual  # registers the manual-entry tables of the channels
import gateway.store.models  # noqa: F401  (the message store, queue and outbox)
from gateway.store.base import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            context.run_migrations()
        return
    context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
    context.run_migrations()


run()
