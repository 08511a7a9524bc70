"""Load master data (tax, price lists, customers with ship-tos and contacts, further ship-tos
of customers, vendors, warehouses, products with units, crosswalk and prices, kits,
substitutes, stock, partner identifiers) from a TOML file; idempotent (rows found by their
natural key are left alone)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.oms.models import (
    Contact,
    Customer,
    ItemCrosswalk,
    KitComponent,
    PartnerIdentifier,
    PriceList,
    PriceRule,
    Product,
    ShipTo,
    Stock,
    Substitute,
    TaxJurisdiction,
    UomConversion,
    Vendor,
    Warehouse,
)

__all__ = ["LOADERS", "seed", "seed_file"]

Row = dict[str, Any]


def _d(value: Any, default: str = "0") -> Decimal:
    return Decimal(str(value if value is not None else default))


def _id(s: Session, model: Any, **key: Any) -> int | None:
    return s.scalar(select(model.id).filter_by(**key))


def _need(s: Session, model: Any, what: str, **key: Any) -> int:
    found = _id(s, model, **key)
    if found is None:
        raise ValueError(f"demo data: unknown {what} {next(iter(key.values()))!r}")
    return found


def _tax(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        if _id(s, TaxJurisdiction, code=row["code"]) is None:
            s.add(TaxJurisdiction(code=row["code"], name=row.get("name", ""), rate=_d(row["rate"])))
            added += 1
    s.flush()
    return added


def _price_lists(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        if _id(s, PriceList, code=row["code"]) is None:
            s.add(
                PriceList(
                    code=row["code"], name=row.get("name", ""), currency=row.get("currency", "USD")
                )
            )
            added += 1
    s.flush()
    return added


_CUSTOMER_FIELDS = (
    "bill_name",
    "bill_street",
    "bill_city",
    "bill_region",
    "bill_postal",
    "bill_country",
    "tax_exempt",
    "overdue_grace_days",
    "ship_policy",
    "price_mismatch",
)


def _customers(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        if _id(s, Customer, number=row["number"]) is not None:
            continue
        c = Customer(
            number=row["number"],
            name=row["name"],
            credit_limit=_d(row.get("credit_limit")),
            terms=row.get("terms", "NET30"),
            credit_hold=row.get("credit_hold", False),
            price_tolerance_pct=_d(row.get("price_tolerance_pct"), "1"),
            **{k: row[k] for k in _CUSTOMER_FIELDS if k in row},
        )
        if "parent" in row:
            c.parent_id = _need(s, Customer, "customer", number=row["parent"])
        if "price_list" in row:
            c.price_list_id = _need(s, PriceList, "price list", code=row["price_list"])
        s.add(c)
        s.flush()
        for st in row.get("ship_tos", []):
            _add_ship_to(s, c.id, st)
        for ct in row.get("contacts", []):
            s.add(
                Contact(
                    customer_id=c.id,
                    name=ct["name"],
                    role=ct.get("role", "buyer"),
                    email=ct.get("email", ""),
                    phone=ct.get("phone", ""),
                )
            )
        added += 1
    s.flush()
    return added


def _add_ship_to(s: Session, customer_id: int, st: Row) -> None:
    jur = _need(s, TaxJurisdiction, "tax jurisdiction", code=st["tax"]) if "tax" in st else None
    s.add(
        ShipTo(
            customer_id=customer_id,
            code=st["code"],
            name=st.get("name", ""),
            street=st.get("street", ""),
            city=st.get("city", ""),
            region=st.get("region", ""),
            postal=st.get("postal", ""),
            country=st.get("country", "US"),
            jurisdiction_id=jur,
        )
    )


def _ship_tos(s: Session, rows: list[Row]) -> int:
    """Ship-to locations added to customers loaded before (each row names its customer)."""
    added = 0
    for row in rows:
        cid = _need(s, Customer, "customer", number=row["customer"])
        if _id(s, ShipTo, customer_id=cid, code=row["code"]) is None:
            _add_ship_to(s, cid, row)
            added += 1
    s.flush()
    return added


def _vendors(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        if _id(s, Vendor, code=row["code"]) is None:
            s.add(
                Vendor(
                    code=row["code"],
                    name=row["name"],
                    partner_id=row.get("partner"),
                    dropship=row.get("dropship", False),
                )
            )
            added += 1
    s.flush()
    return added


def _warehouses(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        if _id(s, Warehouse, code=row["code"]) is None:
            s.add(
                Warehouse(
                    code=row["code"],
                    name=row.get("name", ""),
                    kind=row.get("kind", "stock"),
                    priority=row.get("priority", 1),
                )
            )
            added += 1
    s.flush()
    return added


def _products(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        if _id(s, Product, sku=row["sku"]) is not None:
            continue
        gtin = str(row["gtin"]).zfill(14) if row.get("gtin") else None
        p = Product(
            sku=row["sku"],
            gtin=gtin,
            description=row.get("description", ""),
            base_unit=row.get("unit", "EA"),
            active=row.get("active", True),
            kit=row.get("kit", False),
            buy_on_demand=row.get("buy_on_demand", False),
            dropship=row.get("dropship", False),
            cost=_d(row.get("cost")),
            weight=_d(row.get("weight")),
        )
        if "vendor" in row:
            p.vendor_id = _need(s, Vendor, "vendor", code=row["vendor"])
        s.add(p)
        s.flush()
        for unit, factor in row.get("units", {}).items():
            s.add(UomConversion(product_id=p.id, unit=unit, factor=_d(factor)))
        for number, item in row.get("crosswalk", {}).items():
            s.add(
                ItemCrosswalk(
                    customer_id=_need(s, Customer, "customer", number=number),
                    product_id=p.id,
                    buyer_item=item,
                )
            )
        for pr in row.get("prices", []):
            rule = PriceRule(
                product_id=p.id,
                kind=pr.get("kind", "list"),
                min_qty=_d(pr.get("min_qty"), "1"),
                unit_price=_d(pr["price"]),
                valid_from=pr.get("from"),
                valid_to=pr.get("to"),
            )
            if "list" in pr:
                rule.price_list_id = _need(s, PriceList, "price list", code=pr["list"])
            if "customer" in pr:
                rule.customer_id = _need(s, Customer, "customer", number=pr["customer"])
            s.add(rule)
        added += 1
    s.flush()
    return added


def _kits(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        kit = _need(s, Product, "product", sku=row["kit"])
        comp = _need(s, Product, "product", sku=row["component"])
        if _id(s, KitComponent, kit_id=kit, component_id=comp) is None:
            s.add(KitComponent(kit_id=kit, component_id=comp, quantity=_d(row["quantity"])))
            added += 1
    return added


def _substitutes(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        p = _need(s, Product, "product", sku=row["sku"])
        sub = _need(s, Product, "product", sku=row["substitute"])
        if _id(s, Substitute, product_id=p, substitute_id=sub) is None:
            s.add(Substitute(product_id=p, substitute_id=sub, priority=row.get("priority", 1)))
            added += 1
    return added


def _stock(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        p = _need(s, Product, "product", sku=row["sku"])
        wh = _need(s, Warehouse, "warehouse", code=row["warehouse"])
        if _id(s, Stock, product_id=p, warehouse_id=wh) is None:
            s.add(
                Stock(
                    product_id=p,
                    warehouse_id=wh,
                    on_hand=_d(row["on_hand"]),
                    reserved=Decimal(0),
                    incoming=Decimal(0),
                )
            )
            added += 1
    s.flush()
    return added


def _identifiers(s: Session, rows: list[Row]) -> int:
    added = 0
    for row in rows:
        key = {"partner_id": row["partner"], "qualifier": row["qualifier"], "value": row["value"]}
        if _id(s, PartnerIdentifier, **key) is not None:
            continue
        cid = _need(s, Customer, "customer", number=row["customer"])
        st = (
            _need(s, ShipTo, "ship-to", code=row["ship_to"], customer_id=cid)
            if "ship_to" in row
            else None
        )
        s.add(PartnerIdentifier(customer_id=cid, ship_to_id=st, **key))
        added += 1
    return added


# section name -> loader, in dependency order
LOADERS: dict[str, Callable[[Session, list[Row]], int]] = {
    "tax_jurisdictions": _tax,
    "price_lists": _price_lists,
    "customers": _customers,
    "ship_tos": _ship_tos,
    "vendors": _vendors,
    "warehouses": _warehouses,
    "products": _products,
    "kits": _kits,
    "substitutes": _substitutes,
    "stock": _stock,
    "partner_identifiers": _identifiers,
}


def seed(s: Session, data: dict[str, Any]) -> dict[str, int]:
    """Insert what is missing from `data`; returns how many rows of each kind were added."""
    return {name: fn(s, data.get(name, [])) for name, fn in LOADERS.items()}


def seed_file(s: Session, path: Path) -> dict[str, int]:
    return seed(s, tomllib.loads(path.read_text(encoding="utf-8")))
