"""Catalog look-ups: find our product from a partner's item ids, convert units, explode kits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gateway.canonical import OrderLine
from gateway.oms.models import (
    ItemCrosswalk,
    KitComponent,
    Product,
    Substitute,
    UomConversion,
    Vendor,
)

__all__ = ["Catalog", "Resolved", "components", "search_products", "substitutes"]


# the same unit under its X12 (355) and UN/ECE Rec. 20 (EDIFACT, UBL) codes
UNIT_SYNONYMS = {
    "PCE": "EA",
    "C62": "EA",
    "H87": "EA",
    "KGM": "KG",
    "CS": "CA",
    "CT": "CA",
    "LBR": "LB",
    "MTR": "MR",
    "LTR": "LT",
}


def same_unit(code: str) -> str:
    """One spelling for a unit whatever standard named it."""
    return UNIT_SYNONYMS.get(code.upper(), code.upper())


@dataclass(frozen=True, slots=True)
class Resolved:
    """An order line matched to a product, with the units converted, or the reason it wasn't."""

    product: Product | None
    factor: Decimal = Decimal(1)
    code: str = ""  # refusal code: unknown_product, discontinued, unknown_unit, bad_quantity
    reason: str = ""


def _gtins(line: OrderLine) -> list[str]:
    out = []
    for kind in ("gtin", "upc", "ean"):
        v = line.item(kind)
        if v:
            out.append(v.lstrip("0").zfill(14))
    return out


class Catalog:
    """Products (with their vendors' dropship flag), crosswalk and unit conversions for a
    batch of lines, in at most three queries."""

    def __init__(self, session: Session, customer_id: int, lines: Iterable[OrderLine]) -> None:
        lines = list(lines)
        gtins = {g for ln in lines for g in _gtins(ln)}
        skus = {v for ln in lines for v in (ln.item("vendor"), ln.item("sku")) if v}
        buyer = {v for ln in lines if (v := ln.item("buyer"))}
        self.by_gtin: dict[str, Product] = {}
        self.by_sku: dict[str, Product] = {}
        self.by_buyer: dict[str, Product] = {}
        cond = [Product.gtin.in_(gtins), Product.sku.in_(skus)]
        self.dropship_vendors: set[int] = set()
        rows = session.execute(
            select(Product, Vendor.dropship)
            .outerjoin(Vendor, Vendor.id == Product.vendor_id)
            .where(or_(*cond))
        )
        for p, dropship in rows:
            self._index(p)
            if dropship:
                self.dropship_vendors.add(p.vendor_id)
        if buyer:
            rows = session.execute(
                select(ItemCrosswalk.buyer_item, Product)
                .join(Product, Product.id == ItemCrosswalk.product_id)
                .where(
                    ItemCrosswalk.customer_id == customer_id, ItemCrosswalk.buyer_item.in_(buyer)
                )
            )
            for item, p in rows:
                self.by_buyer[item] = p
                self._index(p)
        # conversions only when some line is not in its product's base unit
        units = {ln.unit for ln in lines}
        ids = {p.id for p in self.by_sku.values() if units - {p.base_unit}}
        self.units: dict[tuple[int, str], Decimal] = {}
        if ids:
            for c in session.scalars(
                select(UomConversion).where(UomConversion.product_id.in_(ids))
            ):
                self.units[(c.product_id, c.unit)] = c.factor

    def _index(self, p: Product) -> None:
        self.by_sku[p.sku] = p
        if p.gtin:
            self.by_gtin[p.gtin] = p

    def factor(self, product: Product, unit: str) -> Decimal | None:
        unit = same_unit(unit)
        if unit == same_unit(product.base_unit):
            return Decimal(1)
        return self.units.get((product.id, unit)) or next(
            (f for (pid, u), f in self.units.items() if pid == product.id and same_unit(u) == unit),
            None,
        )

    def resolve(self, line: OrderLine) -> Resolved:
        """Our product for `line`: by GTIN/UPC, our SKU (vendor part), then the buyer's part."""
        product = next((self.by_gtin[g] for g in _gtins(line) if g in self.by_gtin), None)
        for kind, index in (
            ("vendor", self.by_sku),
            ("sku", self.by_sku),
            ("buyer", self.by_buyer),
        ):
            if product is None and (v := line.item(kind)):
                product = index.get(v)
        if line.quantity <= 0:
            return Resolved(
                product,
                code="bad_quantity",
                reason=f"quantity {line.quantity} must be greater than zero",
            )
        if product is None:
            ids = ", ".join(f"{i.kind} {i.value}" for i in line.item_ids) or "no item id"
            return Resolved(None, code="unknown_product", reason=f"unknown item ({ids})")
        if not product.active:
            return Resolved(
                product, code="discontinued", reason=f"item {product.sku} is discontinued"
            )
        factor = self.factor(product, line.unit)
        if factor is None:
            return Resolved(
                product,
                code="unknown_unit",
                reason=f"unit {line.unit!r} is not sold for item {product.sku}"
                f" (base unit {product.base_unit})",
            )
        return Resolved(product, factor)


def components(session: Session, kit_id: int) -> list[tuple[Product, Decimal]]:
    """What one unit of a kit explodes into: (component, quantity per kit)."""
    rows = session.execute(
        select(Product, KitComponent.quantity)
        .join(KitComponent, KitComponent.component_id == Product.id)
        .where(KitComponent.kit_id == kit_id)
        .order_by(KitComponent.id)
    )
    return [(p, q) for p, q in rows]


def substitutes(session: Session, product_id: int) -> list[Product]:
    """Active substitutes of a product, best first."""
    return list(
        session.scalars(
            select(Product)
            .join(Substitute, Substitute.substitute_id == Product.id)
            .where(Substitute.product_id == product_id, Product.active.is_(True))
            .order_by(Substitute.priority, Product.id)
        )
    )


def search_products(session: Session, text: str, *, limit: int = 50) -> list[Product]:
    """Products whose SKU, GTIN or description contains `text`."""
    like = f"%{text}%"
    return list(
        session.scalars(
            select(Product)
            .where(
                or_(
                    Product.sku.ilike(like),
                    Product.gtin.ilike(like),
                    Product.description.ilike(like),
                )
            )
            .order_by(Product.sku)
            .limit(limit)
        )
    )
