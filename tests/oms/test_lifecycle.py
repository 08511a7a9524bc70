"""The order state machine: every allowed transition records its event, every other is refused;
notes attach to the order; the migrated schema matches the models."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from oms_helpers import ROOT
from sqlalchemy import select

from gateway.errors import StateError
from gateway.oms.lifecycle import TRANSITIONS, Cause, add_note, can_move, move
from gateway.oms.models import OrderNote, SalesOrder
from gateway.store.base import Base
from gateway.store.models import Event

STATES = sorted(TRANSITIONS)
PAIRS = [(a, b) for a in STATES for b in STATES]


def test_table_is_closed_and_cancel_only_before_shipment():
    for state, targets in TRANSITIONS.items():
        assert targets <= set(TRANSITIONS), state
    shipped = {"partially_shipped", "shipped", "invoiced", "paid", "closed"}
    for state in TRANSITIONS:
        assert can_move(state, "cancelled") == (state not in shipped | {"cancelled", "rejected"})
    path = [
        "received",
        "confirmed",
        "allocated",
        "released",
        "picked",
        "packed",
        "shipped",
        "invoiced",
        "paid",
        "closed",
    ]
    assert all(can_move(a, b) for a, b in itertools.pairwise(path))


def test_every_transition_on_the_database(oms_db):
    with oms_db.transaction() as s:
        orders = {}
        for i, (a, b) in enumerate(PAIRS):
            so = SalesOrder(
                number=f"T{i}",
                partner_id="acme-retail",
                customer_id=1,
                po_number=f"P{i}",
                po_date=dt.date(2026, 11, 22),
                status=a,
            )
            s.add(so)
            orders[(a, b)] = so
        s.flush()
        allowed = 0
        for (a, b), so in orders.items():
            cause = Cause("tester", f"{a}->{b}", None)
            if can_move(a, b):
                move(s, so, b, cause)
                assert so.status == b
                allowed += 1
            else:
                with pytest.raises(StateError) as exc:
                    move(s, so, b, cause)
                assert exc.value.code == "illegal_transition"
                assert f"cannot go from {a} to {b}" in exc.value.detail
                assert so.status == a
        s.flush()
        evs = s.scalars(select(Event).where(Event.kind.like("order.%"))).all()
        assert len(evs) == allowed == sum(len(t) for t in TRANSITIONS.values())
        assert all(e.actor == "tester" and e.order_id and e.data["from"] for e in evs)
        so = orders[("received", "confirmed")]
        add_note(
            s, so, "buyer phoned: deliver to the back door", author="pat", kind="correspondence"
        )
        s.flush()
        assert (
            s.scalars(select(OrderNote.body).where(OrderNote.order_id == so.id)).one()
            == "buyer phoned: deliver to the back door"
        )


def test_migrated_schema_matches_models(oms_db):
    with oms_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_open_order_triggers_know_every_open_state():
    """customer_open_orders is kept by triggers written with the open states of their
    migration: a state added to the lifecycle needs a migration recreating them."""
    import importlib.util

    from gateway.oms.lifecycle import OPEN_STATES

    path = ROOT / "gateway/store/migrations/versions/oms_0003_customer_open_orders.py"
    spec = importlib.util.spec_from_file_location("oms_0003", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.OPEN_STATES) == set(OPEN_STATES)
