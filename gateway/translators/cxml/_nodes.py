"""cXML building blocks shared by the readers and writers: Money, dates, ItemID,
Address/Contact. Each pair (`*_in`, `*_out`) is exact inverse of the other."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from lxml import etree

from gateway.canonical import Address, ItemId, Party
from gateway.translators.cxml.envelope import CxmlError

__all__ = [
    "contact_out",
    "date_in",
    "date_out",
    "decimal_in",
    "item_id_in",
    "item_id_out",
    "money_in",
    "money_out",
    "party_in",
    "sub",
    "text",
]

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# ItemID children -> canonical item id kind; other ids travel as IdReference domain=kind
ITEM_ELEMENTS = {"SupplierPartID": "vendor", "BuyerPartID": "buyer"}
# the order item ids come out in, the same for every standard (UBL's schema order)
_KIND_ORDER = {"buyer": 0, "vendor": 1, "manufacturer": 2}


def text(el: etree._Element | None, path: str = ".") -> str:
    if el is None:
        return ""
    found = el.find(path)
    return "" if found is None else "".join(found.itertext()).strip()


def sub(parent: etree._Element, tag: str, value: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, {k: v for k, v in attrs.items() if v != ""})
    if value is not None:
        el.text = value
    return el


def decimal_in(value: str | None, where: str) -> Decimal | None:
    if value is None or not value.strip():
        return None
    try:
        return Decimal(value.strip())
    except InvalidOperation:
        raise CxmlError(f"{where}: {value!r} is not a number", code="bad_number") from None


def date_in(value: str | None, where: str) -> dt.date | None:
    """The calendar date of a cXML datetime (`2000-10-12T18:39:09-08:00`), as written."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise CxmlError(f"{where}: {value!r} is not an ISO 8601 date", code="bad_date") from None


def date_out(value: dt.date) -> str:
    return f"{value.isoformat()}T00:00:00+00:00"


def money_in(parent: etree._Element | None, where: str) -> tuple[Decimal | None, str]:
    """(amount, currency) of the Money child of `parent`."""
    money = parent.find("Money") if parent is not None else None
    if money is None:
        return None, ""
    return decimal_in(money.text, f"{where}/Money"), money.get("currency", "")


def money_out(parent: etree._Element, tag: str, amount: Decimal, currency: str) -> etree._Element:
    el = sub(parent, tag)
    sub(el, "Money", str(amount), currency=currency)
    return el


def item_id_in(
    item_id: etree._Element | None, detail: etree._Element | None = None
) -> tuple[ItemId, ...]:
    out: list[ItemId] = []
    if item_id is not None:
        for tag, kind in ITEM_ELEMENTS.items():
            if text(item_id, tag):
                out.append(ItemId(kind, text(item_id, tag)))
        for ref in item_id.findall("IdReference"):
            if ref.get("identifier"):
                out.append(ItemId(ref.get("domain", "gtin"), ref.get("identifier", "")))
    if detail is not None and text(detail, "ManufacturerPartID"):
        out.append(ItemId("manufacturer", text(detail, "ManufacturerPartID")))
    return tuple(sorted(out, key=lambda i: _KIND_ORDER.get(i.kind, len(_KIND_ORDER))))


def item_id_out(parent: etree._Element, ids: tuple[ItemId, ...]) -> etree._Element:
    """An ItemID (SupplierPartID is required by the DTD, so it is written even when empty)."""
    by_kind = {i.kind: i.value for i in ids}
    el = sub(parent, "ItemID")
    sub(el, "SupplierPartID", by_kind.get("vendor", ""))
    if "buyer" in by_kind:
        sub(el, "BuyerPartID", by_kind["buyer"])
    for i in ids:
        if i.kind not in ("vendor", "buyer"):
            sub(el, "IdReference", identifier=i.value, domain=i.kind)
    return el


def party_in(el: etree._Element | None, role: str) -> Party | None:
    """An Address or Contact element as a canonical Party."""
    if el is None:
        return None
    address = None
    pa = el.find("PostalAddress")
    if pa is not None:
        country = pa.find("Country")
        address = Address(
            lines=tuple(t for t in (text(x) for x in pa if x.tag in ("DeliverTo", "Street")) if t),
            city=text(pa, "City"),
            region=text(pa, "State"),
            postal_code=text(pa, "PostalCode"),
            country=country.get("isoCountryCode", "") if country is not None else "",
        )
    return Party(
        role=role,
        name=text(el, "Name"),
        id=el.get("addressID", ""),
        id_qualifier=el.get("addressIDDomain", ""),
        address=address,
    )


def contact_out(
    parent: etree._Element, party: Party, role: str, tag: str = "Contact"
) -> etree._Element:
    el = sub(parent, tag, role=role, addressID=party.id, addressIDDomain=party.id_qualifier)
    name = sub(el, "Name", party.name)
    name.set(_LANG, "en")
    a = party.address
    if a is not None:
        pa = sub(el, "PostalAddress")
        for line in a.lines:
            sub(pa, "Street", line)
        sub(pa, "City", a.city)
        if a.region:
            sub(pa, "State", a.region)
        if a.postal_code:
            sub(pa, "PostalCode", a.postal_code)
        sub(pa, "Country", a.country, isoCountryCode=a.country)
    return el
