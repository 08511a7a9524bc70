"""Limits and odd encodings: nesting depth, UTF-16 documents, body size on the cXML endpoint,
deploymentMode, and the `gateway init` hook that byte-compiles the UBL bindings."""

from __future__ import annotations

import codecs

import pytest
import pytest_twisted
from twisted.internet import threads

from gateway.features.xmlcsv import http_routes, init
from gateway.flows.cxml import verify_cxml
from gateway.protocols.http import build_site
from gateway.translators.cxml import read_cxml
from gateway.translators.ubl import read_ubl
from gateway.translators.xmlsafe import XmlError, parse_xml

httpx = pytest.importorskip("httpx")


def test_nesting_depth_is_bounded():
    for depth in (101, 300, 5000):
        with pytest.raises(XmlError) as err:
            parse_xml(b"<a>" * depth + b"</a>" * depth)
        assert err.value.code == "too_deep", err.value.detail
    assert parse_xml(b"<a>" * 100 + b"</a>" * 100).tag == "a"


def test_utf16_documents(corpus):
    ubl = (corpus / "xml/ubl/Order/peppol-poacc__Order_Example.xml").read_text("utf-8")
    data = codecs.BOM_UTF16_LE + ubl.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(
        "utf-16-le"
    )
    order = read_ubl(data).document
    assert order.po_number == "34" and order.party("ST").address.city == "Lørenskog"
    cx = (corpus / "xml/cxml/cxmlphp__OrderRequest.xml").read_text("utf-8")
    data = codecs.BOM_UTF16_BE + cx.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode(
        "utf-16-be"
    )
    assert read_cxml(data).document.po_number == "DO1234"


def test_deployment_mode_must_match(runtime, corpus):
    data = (corpus / "xml/cxml/cxmlphp__OrderRequest.xml").read_bytes()
    data = data.replace(b"inbound@prominate-platform.com", b"AN01000000001").replace(
        b"coyote", b"demo-cxml-secret"
    )
    section = runtime.partners.get("cxml-buyer").section("cxml")
    assert verify_cxml(runtime, data).status == 200  # "any"
    section.deployment_mode = "production"
    verdict = verify_cxml(runtime, data)
    assert (verdict.status, verdict.partner_id) == (406, None)
    assert "deploymentMode 'test'" in verdict.reason


@pytest.fixture
def small_site_url(runtime):
    from twisted.internet import reactor

    site = build_site(runtime.db, runtime.partners, max_body=1000, extra=http_routes(runtime))
    port = reactor.listenTCP(0, site, interface="127.0.0.1")
    yield f"http://127.0.0.1:{port.getHost().port}/api/v1/cxml"
    pytest_twisted.blockon(port.stopListening())


@pytest_twisted.ensureDeferred
async def test_cxml_body_limit_and_empty_body(small_site_url):
    r = await threads.deferToThread(httpx.post, small_site_url, content=b"<cXML/>" * 500)
    assert r.status_code == 413
    assert read_cxml(r.content).document.code == 413
    r = await threads.deferToThread(httpx.post, small_site_url, content=b"  ")
    assert r.status_code == 400 and b"body is empty" in r.content


def test_init_byte_compiles_the_bindings(runtime):
    from pathlib import Path

    import gateway.translators.ubl.bindings as bindings

    lines = init(runtime)
    assert lines and "byte-compiled" in lines[0]
    cache = Path(bindings.__file__).parent / "__pycache__"
    assert any(p.name.startswith("_cac.") and p.suffix == ".pyc" for p in cache.iterdir())


def test_the_cxml_dtd_is_never_fetched(corpus):
    """A DOCTYPE pointing at a live local server: the document is read, the server never hit."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.3)
    port = server.getsockname()[1]
    data = (
        (corpus / "xml/cxml/cxmlphp__OrderRequest.xml")
        .read_bytes()
        .replace(
            b"http://xml.cXML.org/schemas/cXML/1.2.050/cXML.dtd",
            f"http://127.0.0.1:{port}/cXML.dtd".encode(),
        )
    )
    try:
        assert read_cxml(data).document.po_number == "DO1234"
        with pytest.raises(TimeoutError):
            server.accept()
    finally:
        server.close()
