"""A read-only view of a parsed UBL document (lxml) with the attribute API of the pyxb bindings.

The readers in `read.py` walk documents as pyxb-x bindings: `doc.OrderLine` is a list,
`li.ID` one node or None, `node.value()` its typed value, `node.schemeID` an attribute,
and an element the schema does not declare on that type raises AttributeError. `view`
gives the same answers straight from the lxml tree that `read_ubl` has parsed (and
validated against the XSDs) already, without building bindings (about 0.5 ms per element
in pyxb). What each type declares (names, plurality, child types, value types and
whitespace rules) is read once per type from the generated bindings, so the two paths
cannot drift apart; `tests/xml/test_ubl_view.py` compares them on every corpus document.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pyxb.binding.datatypes as xs
from lxml import etree

__all__ = ["Node", "view"]

# how a simple value is read: the XSD built-in it derives from, or its whitespace rule
_DECIMAL, _DATE, _BOOL, _PRESERVE, _REPLACE, _COLLAPSE, _OTHER = range(7)
_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_BREAKS = str.maketrans("\t\n\r", "   ")


def _kind(simple: type) -> int:
    if issubclass(simple, xs.decimal):
        return _DECIMAL
    if issubclass(simple, xs.date):
        return _DATE
    if issubclass(simple, xs.boolean):
        return _BOOL
    if not issubclass(simple, xs.string):
        return _OTHER
    facet = getattr(simple, "_CF_whiteSpace", None)
    rule = str(facet.value()) if facet is not None and facet.value() is not None else "preserve"
    return {"replace": _REPLACE, "collapse": _COLLAPSE}.get(rule, _PRESERVE)


def _convert(text: str, kind: int, simple: type | None) -> Any:
    """The value pyxb would give for `text` (the document is schema-valid already)."""
    if kind == _PRESERVE:
        return text
    if kind == _REPLACE:
        return text.translate(_BREAKS)
    if kind == _COLLAPSE:
        return " ".join(text.split())
    if kind == _DECIMAL:
        return Decimal(text.strip())
    if kind == _DATE:
        m = _DAY.match(text)
        if m is not None:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if kind == _BOOL:
        return text.strip() in ("true", "1")
    return simple(text.strip()) if simple is not None else text  # rare types: pyxb's own parse


class _Type:
    """What one binding type declares: child elements, attributes, its simple content."""

    __slots__ = ("attributes", "content", "content_kind", "elements")

    def __init__(self, cls: type) -> None:
        self.elements: dict[str, tuple[str, bool, type]] = {}
        for name, decl in getattr(cls, "_ElementMap", {}).items():
            tag = f"{{{name.namespaceURI()}}}{name.localName()}"
            child = decl.elementBinding().typeDefinition()
            self.elements[name.localName()] = (tag, decl.isPlural(), child)
        self.attributes: dict[str, tuple[str, int, type]] = {}
        for name, decl in getattr(cls, "_AttributeMap", {}).items():
            ns = name.namespaceURI()
            tag = name.localName() if ns is None else f"{{{ns}}}{name.localName()}"
            data_type = decl.dataType()
            self.attributes[name.localName()] = (tag, _kind(data_type), data_type)
        simple = getattr(cls, "_TypeDefinition", None)
        if simple is None and issubclass(cls, xs.anySimpleType):
            simple = cls
        self.content: type | None = simple
        self.content_kind = _kind(simple) if simple is not None else _PRESERVE


_TYPES: dict[type, _Type] = {}


def _type(cls: type) -> _Type:
    got = _TYPES.get(cls)
    if got is None:
        got = _TYPES[cls] = _Type(cls)
    return got


class _Many(list):  # type: ignore[type-arg]
    """A repeated element: a list, like pyxb's plural bindings (a MutableSequence)."""


class Node:
    """One element of the tree, answering like its pyxb binding would."""

    __slots__ = ("_el", "_t")

    def __init__(self, el: etree._Element, t: _Type) -> None:
        self._el = el
        self._t = t

    def __getattr__(self, name: str) -> Any:
        t = self._t
        member = t.elements.get(name)
        if member is not None:
            tag, plural, cls = member
            child = _type(cls)
            if plural:
                return _Many(Node(e, child) for e in self._el.iterchildren(tag))
            e = next(self._el.iterchildren(tag), None)
            return None if e is None else Node(e, child)
        attribute = t.attributes.get(name)
        if attribute is not None:
            tag, kind, data_type = attribute
            raw = self._el.get(tag)
            return None if raw is None else _convert(raw, kind, data_type)
        raise AttributeError(f"{self._el.tag} has no element or attribute {name!r}")

    def value(self) -> Any:
        return _convert(self._el.text or "", self._t.content_kind, self._t.content)


def view(root: etree._Element, root_type: type) -> Node:
    """The document element `root` seen as the pyxb binding type `root_type`."""
    return Node(root, _type(root_type))
