"""Reports: open orders, backorders (release order), holds, late shipments, top customers,
sales trend and receivables aging; customer search and history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from oms_helpers import TODAY, order, ship_reserved, widgets
from sqlalchemy import select, update

from gateway.oms import billing, reports
from gateway.oms.customers import order_history, search_customers
from gateway.oms.lifecycle import Cause
from gateway.oms.models import Customer, Invoice, Stock

D = Decimal
ADMIN = Cause("admin", "test")


def test_reports(oms):
    oms.run(lambda s: s.execute(update(Stock).where(Stock.id.in_((1, 2))).values(on_hand=D(30))))
    a = oms.place(order("R-1", widgets("20"), requested_ship_date=TODAY - dt.timedelta(days=3)))
    b = oms.place(order("R-2", widgets("25")))  # 20 + 25 of 60 widgets
    c = oms.place(order("R-3", widgets("30")))  # 15 left: c waits for 15
    oms.place(order("R-4", widgets("1"), st="7777"))  # address hold

    def ship_a(s):
        so = oms.order(s, a.order_id)
        ship_reserved(s, so, oms.out)
        billing.invoice_shipped(s, oms.out, ADMIN, today=TODAY - dt.timedelta(days=45))

    oms.run(ship_a)
    with oms.db.reading() as s:
        assert [o.po_number for o in reports.open_orders(s)] == ["R-2", "R-3", "R-4"]
        assert [(r.po_number, r.backordered) for r in reports.backorders(s)] == [("R-3", D(15))]
        assert [o.po_number for o in reports.holds(s)] == ["R-4"]
        assert reports.late_shipments(s, today=TODAY) == []  # R-1 has shipped
        inv = s.scalar(select(Invoice))
        assert inv.due_date == TODAY - dt.timedelta(days=15)
        assert reports.aging(s, today=TODAY) == {
            "ACME": {"current": D(0), "1-30": inv.total, "31-60": D(0), "61-90": D(0), "90+": D(0)}
        }
        assert reports.aging(s, today=TODAY + dt.timedelta(days=80))["ACME"]["90+"] == inv.total
        assert reports.top_customers(s) == [("ACME", "ACME Retail Stores", D("65.00"))]
        month = (TODAY - dt.timedelta(days=45)).strftime("%Y-%m")
        assert reports.sales_trend(s, "WID-100") == [(month, D(20), D("65.00"))]
        assert [c.number for c in search_customers(s, "acme")] == ["ACME"]
        assert [c.number for c in search_customers(s, "0118")] == ["ACME"]
        acme = s.scalar(select(Customer).where(Customer.number == "ACME"))
        assert [o.po_number for o in order_history(s, acme.id)] == ["R-4", "R-3", "R-2", "R-1"]
    del b, c
