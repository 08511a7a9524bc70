"""The cXML envelope: `<cXML payloadID timestamp>` with a Header of From/To/Sender
credentials and one Request, Response or Message (cXML 1.2 User's Guide, ch. 2).

Reading never fetches the DTD named by the DOCTYPE every cXML document carries; writing
produces that DOCTYPE as text only. `CxmlError.status` is the cXML status code the
answer should carry (400 malformed, 401 unauthenticated, 406 not acceptable, 450 not
implemented).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from lxml import etree

from gateway.errors import InputError
from gateway.translators.xmlsafe import XmlError, parse_xml

__all__ = [
    "CXML_VERSION",
    "Credential",
    "CxmlError",
    "Envelope",
    "build_envelope",
    "new_payload_id",
    "read_envelope",
    "serialise",
]

CXML_VERSION = "1.2.050"
DOCTYPE = f'<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/{CXML_VERSION}/cXML.dtd">'


class CxmlError(InputError):
    """A cXML document is refused; `status` is the cXML status code to answer with."""

    code = "cxml"

    def __init__(self, detail: str, *, status: int = 400, code: str | None = None) -> None:
        super().__init__(detail, code=code)
        self.status = status


@dataclass(frozen=True, slots=True)
class Credential:
    domain: str
    identity: str
    shared_secret: str = ""


@dataclass(frozen=True, slots=True)
class Envelope:
    payload_id: str
    timestamp: str
    kind: str  # Request, Response or Message
    body: str  # OrderRequest, ConfirmationRequest, ... (empty for a bare Response)
    from_: tuple[Credential, ...] = ()
    to: tuple[Credential, ...] = ()
    sender: tuple[Credential, ...] = ()
    user_agent: str = ""
    deployment_mode: str = "production"
    status_code: int | None = None  # Response/Status@code
    status_text: str = ""


def _credentials(parent: etree._Element | None) -> tuple[Credential, ...]:
    if parent is None:
        return ()
    return tuple(
        Credential(
            domain=c.get("domain", ""),
            identity=(c.findtext("Identity") or "").strip(),
            shared_secret=(c.findtext("SharedSecret") or "").strip(),
        )
        for c in parent.findall("Credential")
    )


def read_envelope(data: bytes) -> tuple[Envelope, etree._Element]:
    """Parse `data` safely and return the envelope and the body element (or the Response)."""
    try:
        root = parse_xml(data, allow_doctype=frozenset({"cXML"}))
    except XmlError as exc:
        raise CxmlError(exc.detail, status=400, code=exc.code) from None
    if root.tag != "cXML":
        raise CxmlError(f"root element is <{root.tag}>, not <cXML>", code="not_cxml")
    payload_id = root.get("payloadID", "")
    if not payload_id:
        raise CxmlError("the cXML element has no payloadID attribute", code="envelope")
    header = root.find("Header")
    kind_el = next(
        (root.find(k) for k in ("Request", "Response", "Message") if root.find(k) is not None), None
    )
    if kind_el is None:
        raise CxmlError("the cXML document has no Request, Response or Message", code="envelope")
    body = next((c for c in kind_el if isinstance(c.tag, str) and c.tag != "Status"), None)
    status = kind_el.find("Status")
    if kind_el.tag != "Response" and header is None:
        raise CxmlError(f"a cXML {kind_el.tag} needs a Header with From/To/Sender", code="envelope")
    if kind_el.tag != "Response" and body is None:
        raise CxmlError(f"the cXML {kind_el.tag} element is empty", code="envelope")
    code = status.get("code") if status is not None else None
    env = Envelope(
        payload_id=payload_id,
        timestamp=root.get("timestamp", ""),
        kind=kind_el.tag,
        body=body.tag if body is not None else "",
        from_=_credentials(header.find("From") if header is not None else None),
        to=_credentials(header.find("To") if header is not None else None),
        sender=_credentials(header.find("Sender") if header is not None else None),
        user_agent=(header.findtext("Sender/UserAgent") or "").strip()
        if header is not None
        else "",
        deployment_mode=kind_el.get("deploymentMode", "production"),
        status_code=int(code) if code and code.isdigit() else None,
        status_text=status.get("text", "") if status is not None else "",
    )
    return env, body if body is not None else kind_el


def new_payload_id(domain: str = "gateway", sequence: int | None = None) -> str:
    """A globally unique payloadID, `<time>.<sequence>.<random>@<domain>` as the cXML guide
    suggests; `sequence` (our control number) lets an answer be traced back."""
    seq = f"{sequence}." if sequence is not None else ""
    return f"{int(dt.datetime.now(dt.UTC).timestamp())}.{seq}{uuid.uuid4().hex[:12]}@{domain}"


def _credential(parent: etree._Element, cred: Credential, *, secret: bool = False) -> None:
    el = etree.SubElement(parent, "Credential", domain=cred.domain)
    etree.SubElement(el, "Identity").text = cred.identity
    if secret and cred.shared_secret:
        etree.SubElement(el, "SharedSecret").text = cred.shared_secret


def build_envelope(
    *,
    from_: Credential,
    to: Credential,
    sender: Credential,
    body: str,
    payload_id: str,
    timestamp: dt.datetime,
    user_agent: str = "EDI gateway",
    deployment_mode: str = "production",
) -> tuple[etree._Element, etree._Element]:
    """A `<cXML>` request envelope; returns (root, the empty body element named `body`)."""
    root = etree.Element(
        "cXML", payloadID=payload_id, timestamp=timestamp.isoformat(), version=CXML_VERSION
    )
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "en-US")
    header = etree.SubElement(root, "Header")
    for name, cred in (("From", from_), ("To", to), ("Sender", sender)):
        _credential(etree.SubElement(header, name), cred, secret=name == "Sender")
    etree.SubElement(header.find("Sender"), "UserAgent").text = user_agent
    request = etree.SubElement(root, "Request")
    if deployment_mode != "production":
        request.set("deploymentMode", deployment_mode)
    return root, etree.SubElement(request, body)


def serialise(root: etree._Element) -> bytes:
    """The document with its XML declaration and the standard cXML DOCTYPE (never fetched)."""
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPE.encode() + b"\n" + body
