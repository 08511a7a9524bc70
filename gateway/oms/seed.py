"""Load master data (customers, ...) from a TOML file; idempotent, used for the demo data."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.oms.models import Customer

__all__ = ["seed", "seed_file"]


def _customers(s: Session, rows: list[dict[str, Any]]) -> int:
    added = 0
    for row in rows:
        if s.scalar(select(Customer.id).where(Customer.number == row["number"])) is not None:
            continue
        s.add(Customer(number=row["number"], name=row["name"],
                       credit_limit=Decimal(str(row.get("credit_limit", "0"))),
                       terms=row.get("terms", "NET30")))
        added += 1
    return added


# section name -> loader; the OMS adds catalog, stock, price lists here
LOADERS = {"customers": _customers}


def seed(s: Session, data: dict[str, Any]) -> dict[str, int]:
    """Insert what is missing from `data`; returns how many rows of each kind were added."""
    return {name: fn(s, data.get(name, [])) for name, fn in LOADERS.items()}


def seed_file(s: Session, path: Path) -> dict[str, int]:
    return seed(s, tomllib.loads(path.read_text(encoding="utf-8")))
