"""Human-readable renderings of canonical documents for e-mail: text bodies, invoice PDFs.

Pure functions (canonical object in, text or PDF bytes out). PDFs are made with fpdf2
and its core fonts, so text is limited to Latin-1 (anything else becomes `?`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fpdf import FPDF

from gateway.canonical import Invoice, OrderResponse, Shipment

__all__ = ["RENDERERS", "invoice_pdf", "render_text"]


def _money(v: Decimal | None) -> str:
    return "" if v is None else f"{v:,.2f}"


def _order_response(doc: OrderResponse) -> tuple[str, str]:
    lines = [
        f"Order confirmation for your PO {doc.po_number}",
        f"Our order number: {doc.order_number or '-'}",
        f"Status: {doc.status}" + (f" ({doc.reason})" if doc.reason else ""),
        "",
    ]
    for ln in doc.lines:
        item = ", ".join(i.value for i in ln.item_ids)
        lines.append(
            f"  line {ln.line_no}: {ln.quantity} {ln.unit} {item} {ln.status}"
            f" {_money(ln.unit_price)} {ln.reason}".rstrip()
        )
    return f"Order confirmation: PO {doc.po_number}", "\n".join(lines)


def _shipment(doc: Shipment) -> tuple[str, str]:
    lines = [
        f"Your order has shipped: {', '.join(doc.po_numbers)}",
        f"Shipment: {doc.shipment_id}, ship date {doc.ship_date or '-'}",
        f"Carrier: {doc.carrier} {doc.service}".rstrip(),
        f"Tracking: {', '.join(doc.tracking_numbers) or '-'}",
        "",
    ]
    for ln in doc.all_lines():
        item = ", ".join(i.value for i in ln.item_ids)
        lines.append(f"  line {ln.line_no}: {ln.quantity} {ln.unit} {item}".rstrip())
    return f"Shipped: PO {', '.join(doc.po_numbers)}", "\n".join(lines)


def _invoice(doc: Invoice) -> tuple[str, str]:
    body = (
        f"Please find attached invoice {doc.number} of {doc.invoice_date} for PO"
        f" {doc.po_number}.\nTotal: {doc.currency} {_money(doc.total)}"
        + (f", due {doc.due_date}" if doc.due_date else "")
    )
    return f"Invoice {doc.number} (PO {doc.po_number})", body


RENDERERS: dict[type, Any] = {
    OrderResponse: _order_response,
    Shipment: _shipment,
    Invoice: _invoice,
}


def render_text(doc: Any) -> tuple[str, str]:
    """(subject, body) of a canonical document."""
    return RENDERERS[type(doc)](doc)


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def invoice_pdf(inv: Invoice, *, seller: str) -> bytes:
    """An A4 invoice: header, parties, line table, taxes and total."""
    pdf = FPDF(format="A4")
    pdf.set_title(_latin1(f"Invoice {inv.number}"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, _latin1(seller), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, _latin1(f"Invoice {inv.number}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for label, value in (
        ("Invoice date", inv.invoice_date),
        ("PO number", inv.po_number),
        ("Terms", inv.terms or "-"),
        ("Due date", inv.due_date or "-"),
    ):
        pdf.cell(0, 6, _latin1(f"{label}: {value}"), new_x="LMARGIN", new_y="NEXT")
    bill = next((p for p in inv.parties if p.role in ("BT", "BY")), None)
    if bill is not None:
        pdf.cell(0, 6, _latin1(f"Bill to: {bill.name}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (15, 85, 20, 15, 25, 30)
    pdf.set_font("Helvetica", "B", 10)
    for w, head in zip(widths, ("Line", "Item", "Qty", "Unit", "Price", "Amount"), strict=True):
        pdf.cell(w, 7, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    for ln in inv.lines:
        item = ln.description or ", ".join(i.value for i in ln.item_ids)
        cells = (
            ln.line_no,
            item[:45],
            str(ln.quantity),
            ln.unit,
            _money(ln.unit_price),
            _money(ln.amount),
        )
        for w, text in zip(widths, cells, strict=True):
            pdf.cell(w, 7, _latin1(text), border=1)
        pdf.ln()
    pdf.ln(2)
    for tax in inv.taxes:
        pdf.cell(
            0,
            6,
            _latin1(f"{tax.kind} {tax.rate}%: {_money(tax.amount)}"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    for label, amount in inv.charges:
        pdf.cell(0, 6, _latin1(f"{label}: {_money(amount)}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0, 8, _latin1(f"Total {inv.currency} {_money(inv.total)}"), new_x="LMARGIN", new_y="NEXT"
    )
    return bytes(pdf.output())
