"""Parse untrusted XML without ever resolving entities or fetching anything.

Every XML translator (UBL, cXML) reads its bytes through `parse_xml`: lxml with entity
resolution, DTD loading and network access switched off, and a refusal of any document
whose DOCTYPE carries an internal subset (that is where entities are declared: the
"billion laughs" and external-entity attacks both need one). A bare external DOCTYPE, as
every cXML document carries (`<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/...">`), is
accepted only for the root names the caller allows, and its DTD is never fetched.
"""

from __future__ import annotations

import re

from lxml import etree

from gateway.errors import InputError

__all__ = ["XmlError", "parse_xml", "qname_local", "root_info"]

_DOCTYPE = re.compile(rb"<!DOCTYPE\s+([^\s>\[]+)([^>\[]*)(\[)?", re.S)
_ENTITY = re.compile(rb"<!ENTITY", re.I)
_MAX_DEPTH = 100  # UBL and cXML documents nest 10-20 deep; libxml2 stops at 256


class XmlError(InputError):
    """A received XML document is refused; `code` says why (for the negative acknowledgement)."""

    code = "xml"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _check_prolog(data: bytes, allow_doctype: frozenset[str]) -> None:
    """Refuse entity declarations and unexpected DOCTYPEs before the parser sees them."""
    head = data[:65536]
    if _ENTITY.search(head):
        raise XmlError(
            "the document declares XML entities (<!ENTITY>); entity declarations"
            " are refused, send the document without a DTD subset",
            code="entities",
        )
    m = _DOCTYPE.search(head)
    if m is None:
        return
    if m.group(3):
        raise XmlError(
            "the document carries an internal DTD subset (<!DOCTYPE ... [ ]>);"
            " DTD subsets are refused",
            code="entities",
        )
    name = m.group(1).decode("latin-1")
    if name not in allow_doctype:
        raise XmlError(
            f"unexpected <!DOCTYPE {name}>: a DOCTYPE is accepted only on cXML documents",
            code="doctype",
        )


def parse_xml(data: bytes, *, allow_doctype: frozenset[str] = frozenset()) -> etree._Element:
    """Return the root element of `data`, or raise XmlError naming line and problem.

    Never resolves entities, never loads or fetches a DTD; refuses internal DTD subsets
    and any DOCTYPE whose root name is not in `allow_doctype`.
    """
    _check_prolog(data, allow_doctype)
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        line = f" at line {exc.lineno}, column {exc.offset}" if exc.lineno else ""
        code = "too_deep" if "Excessive depth" in exc.msg else "not_well_formed"
        raise XmlError(f"XML is not well-formed{line}: {exc.msg}", code=code) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None and tree.docinfo.internalDTD.entities():
        raise XmlError("the document declares XML entities; refused", code="entities")
    for el in root.iter(etree.Entity):
        raise XmlError(
            f"the document references the entity &{el.name}; entity references are refused",
            code="entities",
        )
    depth = _depth(root)
    if depth > _MAX_DEPTH:
        raise XmlError(
            f"XML nesting depth {depth} exceeds the limit of {_MAX_DEPTH}", code="too_deep"
        )
    return root


def _depth(root: etree._Element) -> int:
    depth = deepest = 0
    for event, _el in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def qname_local(tag: object) -> str:
    """The local part of an lxml tag (`{ns}Name` -> `Name`)."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def root_info(root: etree._Element) -> tuple[str, str]:
    """(namespace, local name) of the root element."""
    q = etree.QName(root)
    return q.namespace or "", q.localname
