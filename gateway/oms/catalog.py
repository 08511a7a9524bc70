"""Catalog look-ups: find our product from a partner's item ids, convert units, explode kits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gateway.canonical import OrderLine
from gateway.oms.masterdata import cached
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


def item_map(line: OrderLine) -> dict[str, str]:
    """The line's item ids by kind, the first of each kind (as `OrderLine.item` reads them)."""
    out: dict[str, str] = {}
    for i in line.item_ids:
        out.setdefault(i.kind, i.value)
    return out


def _gtins(ids: dict[str, str]) -> list[str]:
    out = []
    for kind in ("gtin", "upc", "ean"):
        v = ids.get(kind)
        if v:
            out.append(v.lstrip("0").zfill(14))
    return out


class Catalog:
    """Products (with their vendors' dropship flag), crosswalk and unit conversions for a
    batch of lines, in at most three queries; rows already read in this transaction are
    not read again."""

    def __init__(self, session: Session, customer_id: int, lines: Iterable[OrderLine]) -> None:
        lines = list(lines)
        # each line's ids, read once (matching looks at them many times)
        self.ids: dict[int, dict[str, str]] = {id(ln): item_map(ln) for ln in lines}
        maps = self.ids.values()
        gtins = {g for m in maps for g in _gtins(m)}
        skus = {v for m in maps for v in (m.get("vendor"), m.get("sku")) if v}
        buyer = {v for m in maps if (v := m.get("buyer"))}
        # ("gtin", g) / ("sku", s) / ("buyer", customer, item) -> Product or None (not found)
        known = cached(session, "products")
        dropship = cached(session, "vendor_dropship")  # vendor id -> bool
        want_g = {g for g in gtins if ("gtin", g) not in known}
        want_s = {v for v in skus if ("sku", v) not in known}
        if want_g or want_s:
            rows = session.execute(
                select(Product, Vendor.dropship)
                .outerjoin(Vendor, Vendor.id == Product.vendor_id)
                .where(or_(Product.gtin.in_(want_g), Product.sku.in_(want_s)))
            )
            for p, ds in rows:
                known[("sku", p.sku)] = p
                if p.gtin:
                    known[("gtin", p.gtin)] = p
                if p.vendor_id is not None:
                    dropship[p.vendor_id] = bool(ds)
            for g in want_g:
                known.setdefault(("gtin", g), None)
            for v in want_s:
                known.setdefault(("sku", v), None)
        want_b = {v for v in buyer if ("buyer", customer_id, v) not in known}
        if want_b:
            rows = session.execute(
                select(ItemCrosswalk.buyer_item, Product, Vendor.dropship)
                .join(Product, Product.id == ItemCrosswalk.product_id)
                .outerjoin(Vendor, Vendor.id == Product.vendor_id)
                .where(
                    ItemCrosswalk.customer_id == customer_id, ItemCrosswalk.buyer_item.in_(want_b)
                )
            )
            for item, p, ds in rows:
                known[("buyer", customer_id, item)] = p
                if p.vendor_id is not None:
                    dropship[p.vendor_id] = bool(ds)
            for v in want_b:
                known.setdefault(("buyer", customer_id, v), None)
        self.by_gtin: dict[str, Product] = {}
        self.by_sku: dict[str, Product] = {}
        self.by_buyer: dict[str, Product] = {}
        for g in gtins:
            if (p := known[("gtin", g)]) is not None:
                self._index(p)
        for v in skus:
            if (p := known[("sku", v)]) is not None:
                self._index(p)
        for v in buyer:
            if (p := known[("buyer", customer_id, v)]) is not None:
                self.by_buyer[v] = p
                self._index(p)
        self.dropship_vendors: set[int] = {
            p.vendor_id
            for p in self.by_sku.values()
            if p.vendor_id is not None and dropship.get(p.vendor_id)
        }
        # conversions only when some line is not in its product's base unit
        units = {ln.unit for ln in lines}
        conversions = cached(session, "uom")  # product id -> {unit: factor}
        ids = {p.id for p in self.by_sku.values() if units - {p.base_unit}}
        want = ids - conversions.keys()
        if want:
            for pid in want:
                conversions[pid] = {}
            for c in session.scalars(
                select(UomConversion).where(UomConversion.product_id.in_(want))
            ):
                conversions[c.product_id][c.unit] = c.factor
        self.units: dict[tuple[int, str], Decimal] = {
            (pid, unit): f for pid in ids for unit, f in conversions[pid].items()
        }

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
        ids = self.ids.get(id(line)) or item_map(line)
        product = next((self.by_gtin[g] for g in _gtins(ids) if g in self.by_gtin), None)
        for kind, index in (
            ("vendor", self.by_sku),
            ("sku", self.by_sku),
            ("buyer", self.by_buyer),
        ):
            if product is None and (v := ids.get(kind)):
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
