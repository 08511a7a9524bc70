"""The lxml reader (`ubl/view.py`, the default) and the pyxb-x bindings give the same result.

Every UBL document of the corpus (and the broken one), documents we render, and documents
with the lexical quirks where the two could differ (whitespace rules per XSD type, signed
and zero-padded decimals, dates with a time zone, indicator spellings) are read both ways.
"""

from __future__ import annotations

import dataclasses

import pytest

from gateway.translators import ubl
from gateway.translators.ubl import read_ubl

SRC = ubl.Source("p", "m")


def both(data: bytes):
    """(lxml result, pyxb result); each a UblDocument or the UblError code and text."""
    out = []
    for reader in ("lxml", "pyxb"):
        try:
            out.append(read_ubl(data, source=SRC, reader=reader))
        except ubl.UblError as exc:
            out.append(("refused", exc.code, exc.detail, exc.document_id))
    return out


def _corpus_files(corpus):
    files = sorted((corpus / "xml" / "ubl").rglob("*.xml")) + sorted(
        (corpus / "broken" / "xml").rglob("*.xml")
    )
    assert len(files) >= 20
    return files


def test_every_corpus_document_reads_the_same_both_ways(corpus, ubl_schemas):
    read = 0
    for path in _corpus_files(corpus):
        fast, slow = both(path.read_bytes())
        assert fast == slow, path.name
        read += isinstance(fast, ubl.UblDocument)
    assert read >= 19  # all but the broken despatch advice


def test_rendered_documents_read_the_same_both_ways(ubl_schemas, order_response, shipment, invoice):
    credit = dataclasses.replace(invoice, credit_note=True)
    docs = [
        ubl.render_order_response(order_response, document_id="R-1"),
        ubl.render_order_response(
            dataclasses.replace(order_response, status="rejected", lines=()), document_id="R-2"
        ),
        ubl.render_despatch_advice(shipment),
        ubl.render_invoice(invoice),
        ubl.render_invoice(credit),
    ]
    for data in docs:
        fast, slow = both(data)
        assert isinstance(fast, ubl.UblDocument) and fast == slow


NS = (
    'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" '
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"'
)


def _order(head: str, line: str) -> bytes:
    return (
        f"<Order {NS}><cbc:ID>{head}</cbc:ID><cbc:IssueDate>2024-03-01+14:00</cbc:IssueDate>"
        "<cbc:Note>first\n  line\tand more </cbc:Note><cbc:Note/>"
        "<cac:BuyerCustomerParty><cac:Party>"
        '<cbc:EndpointID schemeID=" 0192\n">  987654325 </cbc:EndpointID>'
        "<cac:PartyName><cbc:Name>  Buyer\n AS </cbc:Name></cac:PartyName>"
        "<cac:PostalAddress><cbc:StreetName>Street\n1</cbc:StreetName>"
        "<cac:Country><cbc:IdentificationCode> NO </cbc:IdentificationCode></cac:Country>"
        "</cac:PostalAddress></cac:Party></cac:BuyerCustomerParty>"
        "<cac:SellerSupplierParty><cac:Party><cac:PartyIdentification><cbc:ID>S 1</cbc:ID>"
        "</cac:PartyIdentification></cac:Party></cac:SellerSupplierParty>"
        f"<cac:OrderLine><cac:LineItem>{line}</cac:LineItem></cac:OrderLine></Order>"
    ).encode()


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (
            " PO\n7 ",
            "<cbc:ID> 1 </cbc:ID><cbc:Quantity unitCode='EA '> +007.50 </cbc:Quantity>"
            "<cac:Price><cbc:PriceAmount currencyID='EUR'>1.</cbc:PriceAmount>"
            "<cbc:BaseQuantity>.5</cbc:BaseQuantity></cac:Price>"
            "<cac:Item><cbc:Description>d\n1</cbc:Description><cbc:Name> n\n </cbc:Name>"
            "<cac:StandardItemIdentification><cbc:ID schemeID='0160'>0123</cbc:ID>"
            "</cac:StandardItemIdentification></cac:Item>",
        ),
        (
            "PO-8",
            "<cbc:ID>2</cbc:ID><cbc:Quantity>-0.0</cbc:Quantity>"
            "<cac:Delivery><cac:RequestedDeliveryPeriod><cbc:StartDate>2024-02-29Z"
            "</cbc:StartDate></cac:RequestedDeliveryPeriod></cac:Delivery><cac:Item/>",
        ),
    ],
)
def test_lexical_quirks_read_the_same_both_ways(ubl_schemas, head, line):
    fast, slow = both(_order(head, line))
    assert isinstance(fast, ubl.UblDocument), fast
    assert fast == slow
    assert fast.document.notes == slow.document.notes


def test_undeclared_elements_raise_like_the_bindings(ubl_schemas, invoice):
    from gateway.translators.ubl.bindings import credit_note
    from gateway.translators.ubl.view import view
    from gateway.translators.xmlsafe import parse_xml

    root = parse_xml(ubl.render_invoice(dataclasses.replace(invoice, credit_note=True)))
    doc = view(root, credit_note.CreditNote.typeDefinition())
    assert not hasattr(doc, "InvoiceLine") and hasattr(doc, "CreditNoteLine")
    assert isinstance(doc.CreditNoteLine, list) and doc.ID.value() == invoice.number
    with pytest.raises(AttributeError):
        doc.NoSuchElement
