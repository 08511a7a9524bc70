"""Small helpers shared by the channel wiring: events outside a transaction, key paths."""

from __future__ import annotations

from pathlib import Path

from gateway.config import Config
from gateway.store import events
from gateway.store.db import Database

__all__ = ["keys_dir", "note"]


def note(db: Database, kind: str, partner_id: str | None, detail: str, **kw: object) -> None:
    """Record one event in its own transaction (for refusals that store nothing else)."""
    with db.transaction() as s:
        events.record(s, kind, partner_id=partner_id, detail=detail, **kw)  # type: ignore[arg-type]


def keys_dir(config: Config) -> Path:
    path = config.data_dir / "keys"
    path.mkdir(parents=True, exist_ok=True)
    return path
