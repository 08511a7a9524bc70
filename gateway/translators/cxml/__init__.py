"""cXML 1.2: OrderRequest, ConfirmationRequest, ShipNoticeRequest and InvoiceDetailRequest
into canonical documents; ConfirmationRequest, ShipNoticeRequest, InvoiceDetailRequest and
the Response (Status 200/4xx) out. Parsed with lxml; the DTD is never fetched."""

from gateway.translators.cxml.envelope import (
    Credential,
    CxmlError,
    Envelope,
    new_payload_id,
    read_envelope,
)
from gateway.translators.cxml.read import CxmlDocument, CxmlStatus, Source, read_cxml
from gateway.translators.cxml.write import (
    STATUS_TEXT,
    Route,
    render_confirmation,
    render_invoice_detail,
    render_response,
    render_ship_notice,
)

__all__ = [
    "STATUS_TEXT",
    "Credential",
    "CxmlDocument",
    "CxmlError",
    "CxmlStatus",
    "Envelope",
    "Route",
    "Source",
    "new_payload_id",
    "read_cxml",
    "read_envelope",
    "render_confirmation",
    "render_invoice_detail",
    "render_response",
    "render_ship_notice",
]
