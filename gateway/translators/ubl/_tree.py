"""Small helpers over the pyxb-x UBL bindings: typed reads, plural-aware writes, parties.

pyxb gives every cbc element its own class with simple content (`.value()`), plural
elements as list-like bindings, and `xs:date` values that subclass `datetime` (stack
note 21); these helpers turn them into plain `str`, `Decimal` and `date` and back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, MutableSequence
from decimal import Decimal
from typing import Any

from gateway.canonical import Address, ItemId, Party
from gateway.translators.ubl.bindings import _cac as cac
from gateway.translators.ubl.bindings import _cbc as cbc

__all__ = [
    "ITEM_IDS",
    "add",
    "day",
    "dec",
    "first",
    "get",
    "items_in",
    "items_out",
    "party_in",
    "party_out",
    "txt",
]


def _value(node: Any) -> Any:
    if node is None:
        return None
    fn = getattr(node, "value", None)
    return fn() if callable(fn) else node


def first(node: Any) -> Any:
    """The first item of a plural binding, the node itself if singular, or None."""
    if isinstance(node, MutableSequence):
        return node[0] if len(node) else None
    return node


def get(node: Any, *path: str) -> Any:
    """Walk `path` from `node`, taking the first item of every plural step; None if absent."""
    for name in path:
        if node is None:
            return None
        node = first(getattr(node, name, None))
    return node


def txt(node: Any) -> str:
    v = _value(first(node))
    return "" if v is None else str(v).strip()


def dec(node: Any) -> Decimal | None:
    v = _value(first(node))
    return None if v is None else Decimal(str(v))


def day(node: Any) -> dt.date | None:
    v = _value(first(node))
    return None if v is None else dt.date(v.year, v.month, v.day)


def add(parent: Any, name: str, value: Any) -> Any:
    """Set element `name` of `parent`, appending when the element repeats; returns value."""
    current = getattr(parent, name)
    if isinstance(current, MutableSequence):
        current.append(value)
        return current[-1]
    setattr(parent, name, value)
    return getattr(parent, name)


# cac:Item children holding identifiers, in schema order, with the canonical kind they carry
ITEM_IDS: dict[str, str] = {
    "BuyersItemIdentification": "buyer",
    "SellersItemIdentification": "vendor",
    "ManufacturersItemIdentification": "manufacturer",
    "StandardItemIdentification": "gtin",
}
# schemeID of a StandardItemIdentification <-> canonical kind (ISO 6523 ICD 0160 is GS1 GTIN)
_STANDARD = {"gtin": "0160", "upc": "UPC", "ean": "EAN"}
_SCHEME_KIND = {**{v: k for k, v in _STANDARD.items()}, "GTIN": "gtin"}
_ELEMENT_OF = {kind: element for element, kind in ITEM_IDS.items()}


def items_in(item: Any) -> tuple[ItemId, ...]:
    """Item identifiers of a cac:Item, in schema order."""
    if item is None:
        return ()
    out = []
    for element, kind in ITEM_IDS.items():
        ident = get(item, element, "ID")
        if ident is None or not txt(ident):
            continue
        if element == "StandardItemIdentification":
            kind = _SCHEME_KIND.get(getattr(ident, "schemeID", None) or "", "gtin")
        out.append(ItemId(kind, txt(ident)))
    return tuple(out)


def items_out(item: Any, ids: Iterable[ItemId]) -> None:
    """Write canonical item ids into a cac:Item (kinds without a UBL home become seller ids)."""
    for i in ids:
        if i.kind in _STANDARD:
            node = cac.StandardItemIdentification(ID=cbc.ID(i.value, schemeID=_STANDARD[i.kind]))
            add(item, "StandardItemIdentification", node)
        else:
            element = _ELEMENT_OF.get(i.kind, "SellersItemIdentification")
            add(item, element, getattr(cac, element)(ID=i.value))


def _address_in(node: Any) -> Address | None:
    if node is None:
        return None
    lines = [
        txt(node.StreetName),
        txt(node.AdditionalStreetName),
        *(txt(al.Line) for al in node.AddressLine),
    ]
    return Address(
        lines=tuple(x for x in lines if x),
        city=txt(node.CityName),
        region=txt(node.CountrySubentity),
        postal_code=txt(node.PostalZone),
        country=txt(get(node, "Country", "IdentificationCode")),
    )


def _address_out(a: Address, cls: type = cac.PostalAddress) -> Any:
    node = cls()
    if a.lines:
        node.StreetName = a.lines[0]
    if len(a.lines) > 1:
        node.AdditionalStreetName = a.lines[1]
    for line in a.lines[2:]:
        add(node, "AddressLine", cac.AddressLine(Line=line))
    if a.city:
        node.CityName = a.city
    if a.postal_code:
        node.PostalZone = a.postal_code
    if a.region:
        node.CountrySubentity = a.region
    if a.country:
        node.Country = cac.Country(IdentificationCode=a.country)
    return node


def party_in(role: str, party: Any, *, location: Any = None) -> Party | None:
    """A cac:Party (and, for deliveries, its cac:DeliveryLocation) as a canonical Party.

    The id is the EndpointID when present (qualifier = its schemeID), else the first
    PartyIdentification. A party with neither name, id nor address is treated as absent.
    """
    name = ident = qualifier = ""
    address = None
    if party is not None:
        name = txt(get(party, "PartyName", "Name")) or txt(
            get(party, "PartyLegalEntity", "RegistrationName")
        )
        node = (
            party.EndpointID
            if party.EndpointID is not None
            else get(party, "PartyIdentification", "ID")
        )
        if node is not None:
            ident, qualifier = txt(node), getattr(node, "schemeID", None) or ""
        address = _address_in(party.PostalAddress)
    if location is not None:
        if not ident and location.ID is not None:
            ident, qualifier = txt(location.ID), getattr(location.ID, "schemeID", None) or ""
        if address is None:
            address = _address_in(location.Address)
    if not (name or ident or address):
        return None
    return Party(role=role, name=name, id=ident, id_qualifier=qualifier, address=address)


def party_out(p: Party | None) -> Any:
    """A canonical Party as a cac:Party (an empty one when `p` is None)."""
    node = cac.Party()
    if p is None:
        return node
    if p.id and p.id_qualifier:
        node.EndpointID = cbc.EndpointID(p.id, schemeID=p.id_qualifier)
    elif p.id:
        add(node, "PartyIdentification", cac.PartyIdentification(ID=p.id))
    if p.name:
        add(node, "PartyName", cac.PartyName(Name=p.name))
    if p.address is not None:
        node.PostalAddress = _address_out(p.address)
    return node
