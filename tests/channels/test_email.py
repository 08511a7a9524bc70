"""E-mail in (smtplib -> our aiosmtpd listener) and out (worker -> aiosmtpd sink)."""

import datetime as dt
import email
import email.policy
import io
import smtplib
import ssl
import zipfile
from decimal import Decimal
from email.message import EmailMessage

import pytest
import pytest_twisted
from pypdf import PdfReader
from sqlalchemy import select
from twisted.internet import threads

from gateway.canonical import Invoice, InvoiceLine, ItemId, TaxLine
from gateway.store.models import Job
from gateway.translators.canonical_json import dumps
from tests.channels.conftest import ACME_SMTP_PASSWORD
from tests.channels.helpers import X12_850, add_outbound, document, events, messages, wait_for


def _mail(
    sender="edi@acme.example", to="orders@demodist.example", subject="PO", body="hi", attachments=()
):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m["Message-ID"] = email.utils.make_msgid()
    m.set_content(body)
    for name, data, ctype in attachments:
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return m


def _send(port, msg, *, login=None, tls=True, sender=None, rcpt=None):
    """Send one mail; returns the (code, text) answer to DATA (or raises)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=20) as s:
        s.ehlo()
        if tls:
            ctx = ssl.create_default_context()
            ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
            s.starttls(context=ctx)
            s.ehlo()
        if login:
            s.login(*login)
        code, text = s.mail(sender or msg["From"])
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, text, sender or msg["From"])
        code, text = s.rcpt(rcpt or msg["To"])
        if code != 250:
            raise smtplib.SMTPRecipientsRefused({rcpt or msg["To"]: (code, text)})
        return s.data(msg.as_bytes(policy=email.policy.SMTP))


def _sink_mail(sink, rcpt, subject_part, timeout=30):
    def find():
        for _frm, rcpts, content in sink.mails:
            m = email.message_from_bytes(content, policy=email.policy.default)
            if rcpt in rcpts and subject_part in str(m["Subject"]):
                return m
        return None

    return wait_for(find, timeout=timeout, what=f"mail to {rcpt} about {subject_part!r}")


@pytest_twisted.ensureDeferred
async def test_order_mail_with_attachments_is_stored_processed_and_answered(
    chan_runtime, listening, workers, smtp_sink
):
    db = chan_runtime.db
    msg = _mail(
        subject="Orders week 47",
        attachments=[
            ("po-1.edi", X12_850, "application/edi-x12"),
            ("po-1-again.edi", X12_850, "application/octet-stream"),
            ("logo.png", b"\x89PNG....", "image/png"),
        ],
    )
    code, text = await threads.deferToThread(
        _send, listening["smtp"], msg, login=("acme", ACME_SMTP_PASSWORD)
    )
    assert code == 250 and b"stored 2 document(s)" in text, text
    parts = [m for m in messages(db, channel="email") if m.transport_id and "#" in m.transport_id]
    assert sorted(m.meta["filename"] for m in parts) == ["po-1-again.edi", "po-1.edi"]
    assert {m.partner_id for m in parts} == {"acme-retail"}
    reply = await threads.deferToThread(_sink_mail, smtp_sink, "edi@acme.example", "Orders week 47")
    body = reply.get_content()
    assert str(reply["Subject"]).startswith("Received:")
    assert "po-1.edi" in body and "po-1-again.edi" in body
    assert ": processed" in body and "order SO" in body and "PO-10001" in body
    assert "already received" in body  # the second copy is reported with its reason
    # the same mail again (same Message-ID) is acknowledged but not stored twice
    code, text = await threads.deferToThread(
        _send, listening["smtp"], msg, login=("acme", ACME_SMTP_PASSWORD)
    )
    assert code == 250 and b"already received" in text
    assert len(messages(db, channel="email")) == 3


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("orders.edi", b"\0" * 20_000_000)
    return buf.getvalue()


@pytest_twisted.ensureDeferred
async def test_bad_mail_is_refused_with_reasons_and_the_listener_keeps_serving(
    chan_runtime, listening, workers, smtp_sink
):
    db, port = chan_runtime.db, listening["smtp"]
    good = _mail(attachments=[("po.edi", X12_850, "application/edi-x12")])

    def refused(code, fn):
        with pytest.raises(smtplib.SMTPException) as info:
            fn()
        err = info.value
        got = (
            next(iter(err.args[0].values()))[0]
            if isinstance(err, smtplib.SMTPRecipientsRefused)
            else err.args[0]
        )
        assert got == code, err
        return err

    def answer(fn):
        try:
            return fn()
        except smtplib.SMTPDataError as exc:
            return exc.smtp_code, exc.smtp_error

    def run():
        out = {}
        out["stranger"] = refused(550, lambda: _send(port, _mail(sender="x@evil.example")))
        out["auth"] = refused(535, lambda: _send(port, good, login=("acme", "wrong")))
        out["rcpt"] = refused(550, lambda: _send(port, good, rcpt="nobody@demodist.example"))
        out["no_doc"] = answer(
            lambda: _send(
                port, _mail(subject="pics", attachments=[("logo.png", b"\x89PNG", "image/png")])
            )
        )
        out["bomb"] = answer(
            lambda: _send(
                port,
                _mail(subject="zip", attachments=[("orders.zip", _zip_bomb(), "application/zip")]),
            )
        )
        raw = _mail(subject="cut", attachments=[("po.edi", X12_850, "application/edi-x12")])
        cut = raw.as_bytes(policy=email.policy.SMTP)
        cut = cut[: cut.rfind(b"--")]  # the closing boundary is missing
        with smtplib.SMTP("127.0.0.1", port, timeout=20) as s:
            s.ehlo()
            s.mail("edi@acme.example")
            s.rcpt("orders@demodist.example")
            out["mime"] = answer(lambda: s.data(cut))
        out["big"] = answer(
            lambda: _send(
                port,
                _mail(
                    subject="big",
                    attachments=[("po.edi", b"ISA" + b"x" * 1_200_000, "application/edi-x12")],
                ),
            )
        )
        out["ok"] = _send(port, good)
        return out

    out = await threads.deferToThread(run)
    assert out["big"][0] == 552
    assert out["no_doc"][0] == 554 and b"no usable attachment" in out["no_doc"][1]
    assert b"logo.png (image/png)" in out["no_doc"][1]
    assert out["bomb"][0] == 554 and b"ZIP bomb" in out["bomb"][1]
    assert out["mime"][0] == 554 and b"malformed MIME" in out["mime"][1]
    assert out["ok"][0] == 250
    stored = messages(db, channel="email")
    assert all(m.partner_id == "acme-retail" for m in stored)  # nothing from the stranger
    rejected = [m for m in stored if m.status == "rejected" and "#" not in (m.transport_id or "")]
    assert sorted(m.meta["subject"] for m in rejected) == ["cut", "pics", "zip"]
    kinds = [e.kind for e in events(db)]
    for kind in (
        "smtp.sender_refused",
        "smtp.auth_refused",
        "smtp.recipient_refused",
        "smtp.too_large",
    ):
        assert kind in kinds, kind
    reply = await threads.deferToThread(_sink_mail, smtp_sink, "edi@acme.example", "pics")
    assert str(reply["Subject"]) == "Rejected: pics"
    assert "no usable attachment" in reply.get_content()


@pytest_twisted.ensureDeferred
async def test_invoice_mail_has_pdf_with_number_and_total_and_is_retried(
    chan_runtime, workers, smtp_sink
):
    db = chan_runtime.db
    sink_port = smtp_sink.port
    chan_runtime.config.smtp_relay.port = 1  # nothing listens: the first attempts fail
    inv = Invoice(
        partner_id="bobs-hardware",
        number="INV-2026-0042",
        invoice_date=dt.date(2026, 11, 22),
        po_number="BOB-7781",
        lines=(
            InvoiceLine(
                "1",
                Decimal(10),
                "EA",
                Decimal("12.50"),
                Decimal("125.00"),
                (ItemId("vendor", "WID-100"),),
                "Widget, blue",
            ),
            InvoiceLine(
                "2",
                Decimal(3),
                "EA",
                Decimal("40.00"),
                Decimal("120.00"),
                description="Gadget case",
            ),
        ),
        total=Decimal("264.60"),
        terms="2/10NET30",
        taxes=(TaxLine("sales tax", Decimal("8.00"), Decimal("19.60")),),
    )
    inv.check_totals()
    doc_id = add_outbound(
        db,
        "bobs-hardware",
        "email",
        dumps(inv),
        doc_type="invoice",
        content_type="application/json",
    )

    def failed_once():
        with db.reading() as s:
            job = s.scalar(select(Job).where(Job.kind == "deliver", Job.ref == str(doc_id)))
            return job is not None and job.last_error and "Connection refused" in job.last_error

    await threads.deferToThread(wait_for, failed_once, what="a failed first attempt")
    chan_runtime.config.smtp_relay.port = sink_port
    mail = await threads.deferToThread(
        _sink_mail, smtp_sink, "orders@bobs-hardware.example", "INV-2026-0042"
    )
    assert "Total: USD 264.60" in mail.get_body(("plain",)).get_content()
    [pdf] = [p for p in mail.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == "invoice-INV-2026-0042.pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.get_content())).pages)
    assert "Invoice INV-2026-0042" in text and "Total USD 264.60" in text
    assert "BOB-7781" in text and "Widget, blue" in text
    doc = await threads.deferToThread(
        wait_for, lambda: document(db, doc_id).status == "delivered" and document(db, doc_id)
    )
    assert doc.transport_id == f"<gateway-doc-{doc_id}@demodist.example>"


@pytest_twisted.ensureDeferred
async def test_order_confirmation_and_ship_notice_mails(chan_runtime, workers, smtp_sink):
    from gateway.canonical import OrderResponse, OrderResponseLine, Shipment, ShipmentLine

    db = chan_runtime.db
    resp = OrderResponse(
        "bobs-hardware",
        "BOB-7781",
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 22),
        "accepted",
        (
            OrderResponseLine(
                "1",
                "IA",
                Decimal(10),
                "EA",
                Decimal("12.50"),
                item_ids=(ItemId("vendor", "WID-100"),),
            ),
        ),
        order_number="SO00000042",
    )
    ship = Shipment(
        "bobs-hardware",
        "SH-9",
        dt.date(2026, 11, 23),
        ("BOB-7781",),
        lines=(ShipmentLine("1", Decimal(10), "EA"),),
        carrier="UPS",
        tracking_numbers=("1Z999AA10123456784",),
    )
    add_outbound(
        db,
        "bobs-hardware",
        "email",
        dumps(resp),
        doc_type="order_response",
        content_type="application/json",
    )
    add_outbound(
        db,
        "bobs-hardware",
        "email",
        dumps(ship),
        doc_type="ship_notice",
        content_type="application/json",
    )
    conf = await threads.deferToThread(
        _sink_mail, smtp_sink, "orders@bobs-hardware.example", "Order confirmation: PO BOB-7781"
    )
    body = conf.get_content()
    assert "Our order number: SO00000042" in body and "WID-100" in body
    assert str(conf["From"]) == chan_runtime.config.smtp_relay.sender
    note = await threads.deferToThread(
        _sink_mail, smtp_sink, "orders@bobs-hardware.example", "Shipped: PO BOB-7781"
    )
    assert "Tracking: 1Z999AA10123456784" in note.get_content()
