"""Feature: UBL 2.1, cXML and CSV partners (formats, profile sections, the cXML endpoint).

Wiring only: the flows (gateway.flows.ubl/cxml/csv) do the work, the protocol module
(gateway.protocols.cxml) answers cXML over HTTP. Importing this module registers the
`[ubl]`, `[cxml]` and `[csv]` profile sections.
"""

from __future__ import annotations

import compileall
from functools import partial
from pathlib import Path

from twisted.web import resource

from gateway.flows.csv import handle_csv
from gateway.flows.cxml import handle_cxml, verify_cxml
from gateway.flows.ubl import handle_ubl
from gateway.pipeline import Runtime

__all__ = ["http_routes", "init", "install"]


def install(rt: Runtime) -> None:
    rt.formats["ubl"] = handle_ubl
    rt.formats["cxml"] = handle_cxml
    rt.formats["csv"] = handle_csv


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
