"""Feature: UBL 2.1, cXML and CSV partners (formats, profile sections, the cXML endpoint).

Wiring only: the flows (gateway.flows.ubl/cxml/csv) do the work, the protocol module
(gateway.protocols.cxml) answers cXML over HTTP. Importing this module registers the
`[ubl]`, `[cxml]` and `[csv]` profile sections.
"""

from __future__ import annotations

import compileall
from functools import partial
from pathlib import Path
from typing import Any

from twisted.web import resource

from gateway.canonical import FunctionalAck
from gateway.errors import BusinessError
from gateway.flows.csv import handle_csv
from gateway.flows.cxml import handle_cxml, verify_cxml
from gateway.flows.ubl import apply_ubl_ack, handle_ubl
from gateway.flows.xml_out import RENDERERS, Renderer
from gateway.pipeline import DocumentHandler, Runtime
from gateway.profiles import PartnerProfile

__all__ = ["http_routes", "init", "install"]


def install(rt: Runtime) -> None:
    rt.formats["ubl"] = handle_ubl
    rt.formats["cxml"] = handle_cxml
    rt.formats["csv"] = handle_csv
    rt.documents[FunctionalAck] = partial(_acks, rt.documents.get(FunctionalAck))
    registry = getattr(rt, "renderers", None)
    if registry is not None:  # an OMS that emits canonical documents renders them with ours
        from gateway.pipeline import Rendered  # type: ignore[attr-defined]

        for key, fn in RENDERERS.items():
            registry[key] = partial(_adapt, fn, Rendered)


def _acks(
    other: DocumentHandler | None,
    rt: Runtime,
    s: Any,
    ack: FunctionalAck,
    profile: PartnerProfile,
    msg: Any,
) -> str | None:
    """UBL acknowledgements here; any other standard's to the handler registered before."""
    if ack.standard == "ubl":
        return apply_ubl_ack(rt, s, ack, profile, msg)
    if other is None:
        raise BusinessError(f"no handler for {ack.standard} acknowledgements", code="no_handler")
    return other(rt, s, ack, profile, msg)


def _adapt(fn: Renderer, rendered: Any, rt: Runtime, s: Any, doc: Any, profile: Any) -> Any:
    out = fn(rt, s, doc, profile)
    if out is None:
        return None
    return rendered(
        doc_type=out.doc_type,
        data=out.data,
        controls=out.controls,
        content_type=out.content_type,
        filename=out.filename,
    )


def http_routes(rt: Runtime) -> dict[tuple[bytes, ...], resource.Resource]:
    from gateway.protocols.cxml import CxmlResource

    cxml = CxmlResource(
        rt.db,
        verify=partial(verify_cxml, rt),
        max_body=rt.config.limits.max_message_bytes,
        domain=rt.config.station.edifact_id,
    )
    return {(b"api", b"v1", b"cxml"): cxml}


def init(rt: Runtime) -> list[str]:
    """Byte-compile the generated UBL bindings (8 MB) so they import in 0.2 s, not 1.3 s."""
    import gateway.translators.ubl.bindings as bindings

    folder = Path(bindings.__file__).parent
    ok = compileall.compile_dir(folder, quiet=1, legacy=False)
    return [
        f"UBL bindings byte-compiled in {folder}"
        if ok
        else f"could not byte-compile the UBL bindings in {folder}"
    ]
