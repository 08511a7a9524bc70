"""The UBL document types the gateway reads, as data, and the one entry point that reads them.

`read_ubl(data)` checks the bytes are safe XML (no entities, no DOCTYPE), that the root
is a UBL document we know, validates it, and turns it into a canonical document with the
identities of its sending party for partner matching. Validation is the OASIS XSDs with
lxml when `validate_xsd` and they are installed, else the pyxb-x bindings. The default
reader then walks the lxml tree already parsed (`view.py`); `reader="pyxb"` builds the
bindings and walks those (same readers, same canonical result, ~100x slower).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pyxb

from gateway.errors import InputError
from gateway.translators.ubl import schema
from gateway.translators.ubl._tree import get, txt
from gateway.translators.ubl.bindings import (
    application_response,
    credit_note,
    despatch_advice,
    invoice,
    order,
    order_cancellation,
    order_change,
    order_response,
    order_response_simple,
)
from gateway.translators.ubl.read import (
    Source,
    read_application_response,
    read_despatch_advice,
    read_invoice,
    read_order,
    read_order_cancellation,
    read_order_change,
    read_order_response,
    read_order_response_simple,
)
from gateway.translators.ubl.view import view
from gateway.translators.xmlsafe import XmlError, parse_xml, root_info

__all__ = ["DOCUMENTS", "UBL_NS_PREFIX", "UblDocument", "UblError", "read_ubl"]

UBL_NS_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"
CBC_NS = UBL_NS_PREFIX + "CommonBasicComponents-2"


class UblError(XmlError):
    """A UBL document is refused (code: not_well_formed, entities, unsupported, invalid...);
    `document_id` is its cbc:ID when the XML could be read that far."""

    document_id = ""


@dataclass(frozen=True, slots=True)
class DocSpec:
    module: ModuleType
    read: Callable[[Any, Source], Any]
    sender: str  # the element whose cac:Party sent the document


DOCUMENTS: dict[str, DocSpec] = {
    "Order": DocSpec(order, read_order, "BuyerCustomerParty"),
    "OrderChange": DocSpec(order_change, read_order_change, "BuyerCustomerParty"),
    "OrderCancellation": DocSpec(order_cancellation, read_order_cancellation, "BuyerCustomerParty"),
    "OrderResponse": DocSpec(order_response, read_order_response, "SellerSupplierParty"),
    "OrderResponseSimple": DocSpec(
        order_response_simple, read_order_response_simple, "SellerSupplierParty"
    ),
    "DespatchAdvice": DocSpec(despatch_advice, read_despatch_advice, "DespatchSupplierParty"),
    "Invoice": DocSpec(invoice, read_invoice, "AccountingSupplierParty"),
    "CreditNote": DocSpec(credit_note, read_invoice, "AccountingSupplierParty"),
    "ApplicationResponse": DocSpec(application_response, read_application_response, "SenderParty"),
}


@dataclass(frozen=True, slots=True)
class UblDocument:
    root: str
    document: Any
    document_id: str
    sender_ids: tuple[tuple[str, str], ...]  # (schemeID, id) of the sending party
    customization: str = ""


def _sender_ids(binding: Any, element: str) -> tuple[tuple[str, str], ...]:
    party = getattr(binding, element, None)
    party = party if element == "SenderParty" else get(binding, element, "Party")
    if party is None:
        return ()
    nodes = [party.EndpointID] if party.EndpointID is not None else []
    nodes += [pi.ID for pi in party.PartyIdentification]
    return tuple((getattr(n, "schemeID", None) or "", txt(n)) for n in nodes if txt(n))


def _pyxb_problem(exc: Exception) -> str:
    details = getattr(exc, "details", None)
    text = details() if callable(details) else str(exc)
    return " ".join(text.split())[:600]


READERS = ("lxml", "pyxb")


def read_ubl(
    data: bytes, *, source: Source | None = None, validate_xsd: bool = True, reader: str = "lxml"
) -> UblDocument:
    """Read one UBL document; raise UblError (an InputError) naming what is wrong.

    `reader`: "lxml" (default) reads the parsed tree, "pyxb" the generated bindings.
    """
    if reader not in READERS:
        raise ValueError(f"reader {reader!r} is not one of {READERS}")
    source = source or Source()
    try:
        root = parse_xml(data)
    except XmlError as exc:
        raise UblError(exc.detail, code=exc.code) from None
    ns, name = root_info(root)
    try:
        return _read(data, root, ns, name, source, validate_xsd, reader)
    except UblError as exc:
        exc.document_id = root.findtext(f"{{{CBC_NS}}}ID", "").strip()
        raise


def _read(
    data: bytes, root: Any, ns: str, name: str, source: Source, validate_xsd: bool, reader: str
) -> UblDocument:
    if not ns.startswith(UBL_NS_PREFIX):
        raise UblError(f"root element {{{ns}}}{name} is not a UBL document", code="unsupported")
    spec = DOCUMENTS.get(name)
    if spec is None:
        known = ", ".join(DOCUMENTS)
        raise UblError(
            f"UBL {name} documents are not accepted (accepted: {known})", code="unsupported"
        )
    checked = validate_xsd and schema.available(name)
    if checked:
        problems = schema.validate(root, name)
        if problems:
            raise UblError(
                f"UBL {name} is not valid against UBL-{name}-2.1.xsd: " + "; ".join(problems[:5]),
                code="invalid",
            )
    if reader == "lxml" and checked:
        binding: Any = view(root, getattr(spec.module, name).typeDefinition())
    else:  # the bindings read the document, and validate it when the XSDs did not
        try:
            binding = spec.module.CreateFromDocument(data)
        except pyxb.PyXBException as exc:
            raise UblError(
                f"UBL {name} is not valid UBL 2.1: {_pyxb_problem(exc)}", code="invalid"
            ) from None
    try:
        document = spec.read(binding, source)
    except InputError as exc:
        raise UblError(f"UBL {name} {txt(binding.ID)}: {exc.detail}", code=exc.code) from None
    return UblDocument(
        root=name,
        document=document,
        document_id=txt(binding.ID),
        sender_ids=_sender_ids(binding, spec.sender),
        customization=txt(binding.CustomizationID),
    )
