"""Fax-to-mail: a PDF from the fax service becomes a manual item, entered into an order."""

import json
import urllib.error
import urllib.request

import pytest
import pytest_twisted
from fpdf import FPDF
from sqlalchemy import select
from twisted.internet import threads

from gateway.cli import main
from gateway.oms.models import SalesOrder
from gateway.store.manual import ManualItem
from tests.channels.conftest import OPERATOR_TOKEN
from tests.channels.helpers import events, messages
from tests.channels.test_email import _mail, _send

ORDER = {
    "po_number": "FAX-PO-77",
    "po_date": "2026-11-20",
    "lines": [
        {
            "line_no": "1",
            "quantity": "12",
            "unit": "EA",
            "unit_price": "3.25",
            "item_ids": [{"kind": "vendor", "value": "WID-100"}],
            "description": "Widget",
        },
    ],
    "notes": ["typed in from fax"],
}


def _pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 10, text)
    return bytes(pdf.output())


def _http(port, path, *, token=OPERATOR_TOKEN, body=None):
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=body,
        method="POST" if body is not None else "GET",
        headers={"Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest_twisted.ensureDeferred
async def test_fax_pdf_becomes_manual_item_then_order_with_image(
    chan_runtime, listening, tmp_path, capsys
):
    db, port = chan_runtime.db, listening["smtp"]
    pdf = _pdf("FAX ORDER FAX-PO-77: 12 x WID-100")
    fax = _mail(
        sender="fax@faxservice.example",
        to="fax-in@demodist.example",
        subject="Fax from +1 555 0100 (2 pages)",
        body="You have received a fax.",
        attachments=[("fax-0001.pdf", pdf, "application/pdf")],
    )
    code, text = await threads.deferToThread(_send, port, fax, tls=False)
    assert code == 250 and b"manual item 1" in text
    no_image = _mail(
        sender="fax@faxservice.example",
        to="fax-in@demodist.example",
        subject="Fax failed",
        body="transmission error",
    )

    assert await threads.deferToThread(_send, port, no_image, tls=False) == (
        554,
        b"5.6.0 refused: the fax mail carries no PDF or TIFF image",
    )

    def cli(*args):
        capsys.readouterr()
        rc = main(list(args))
        return rc, capsys.readouterr().out

    rc, out = await threads.deferToThread(cli, "manual", "list", "--json")
    assert rc == 0
    [item] = json.loads(out)
    assert (item["id"], item["partner"], item["status"]) == (1, "acme-retail", "pending")
    assert item["images"] == [
        {"n": 1, "filename": "fax-0001.pdf", "content_type": "application/pdf", "size": len(pdf)}
    ]
    rc, out = await threads.deferToThread(
        cli, "manual", "image", "1", "1", str(tmp_path / "fax.pdf")
    )
    assert rc == 0 and (tmp_path / "fax.pdf").read_bytes() == pdf
    # the API lists the same item and serves the image (operators only)
    http = listening["http"]
    status, body = await threads.deferToThread(_http, http, "/api/v1/manual")
    assert status == 200 and json.loads(body)["items"][0]["id"] == 1
    assert (await threads.deferToThread(_http, http, "/api/v1/manual", token="x"))[0] == 401
    status, body = await threads.deferToThread(_http, http, "/api/v1/manual/1/images/1")
    assert status == 200 and body == pdf
    # an operator types it in
    (tmp_path / "order.json").write_text(json.dumps(ORDER))
    rc, out = await threads.deferToThread(
        cli, "manual", "enter", "1", "--file", str(tmp_path / "order.json")
    )
    assert rc == 0, out
    assert "entered as order SO" in out
    with db.reading() as s:
        item_row = s.get(ManualItem, 1)
        order = s.scalar(select(SalesOrder).where(SalesOrder.po_number == "FAX-PO-77"))
        assert order is not None and order.partner_id == "acme-retail"
        assert item_row.status == "entered" and item_row.order_id == order.id
        assert order.source_message_id == item_row.message_id
        assert [ln.quantity for ln in order.lines] == [12]
    [ev] = events(db, "manual.entered")
    assert ev.order_id == order.id and len(ev.data["image_payloads"]) == 1
    [fax_msg] = messages(db, channel="fax", status="processed")
    assert fax_msg.id == item_row.message_id
    # entering it twice is refused
    status, body = await threads.deferToThread(
        _http, http, "/api/v1/manual/1/enter", body=json.dumps(ORDER).encode()
    )
    assert status == 409 and b"already entered" in body
    rc, out = await threads.deferToThread(cli, "manual", "list")
    assert rc == 0 and "FAX" not in out


@pytest.mark.parametrize("bad", [b"{", b'{"po_number": "X", "lines": [{"qty": 1}]}'])
def test_manual_entry_refuses_bad_order_json(chan_runtime, bad):
    from gateway.channels.manual import enter_item
    from gateway.errors import InputError
    from gateway.store.manual import add_item

    with chan_runtime.db.transaction() as s:
        item = add_item(
            s,
            message_id="m" * 32,
            partner_id="acme-retail",
            sender="fax@x",
            subject="s",
            images=[("a.pdf", "application/pdf", b"%PDF")],
        )
        item_id = item.id
    with pytest.raises(InputError):
        enter_item(chan_runtime, item_id, bad, actor="test")
