"""fastsql runs prebuilt Core DML on the driver's cursor: the rows it writes must be the
rows Connection.execute writes (defaults, literals, Decimals, JSON, datetimes), and its
errors must be SQLAlchemy's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy import bindparam, select

from gateway.store import fastsql
from gateway.store.models import Event, Job

_EVENT = Event.__table__.insert()
_JOB = Job.__table__.insert().returning(Job.__table__.c.id)
_job = Job.__table__
_DONE = (
    _job.update()
    .where(_job.c.id == bindparam("jid"), _job.c.status == "queued")
    .values(status="done", finished_at=bindparam("at"))
)


def _event(kind: str) -> dict:
    return {
        "at": dt.datetime(2026, 11, 23, 4, 5, 6, 789000),
        "kind": kind,
        "detail": "d",
        "actor": "a",
        "partner_id": "p",
        "message_id": "m",
        "document_id": None,
        "order_id": None,
        "job_id": None,
        "data": {"sha256": "ab", "n": [1, 2]},
    }


def _rows(s, kind: str) -> list[tuple]:
    return [
        tuple(r)[1:]
        for r in s.execute(select(Event.__table__).where(Event.kind == kind).order_by(Event.id))
    ]


def test_written_rows_equal_sqlalchemys(db):
    with db.transaction() as s:
        conn = s.connection()
        conn.execute(_EVENT, [_event("sa.one"), _event("sa.two")])
        fastsql.run(conn, _EVENT, [_event("fast.one"), _event("fast.two")])
        fastsql.run(conn, _EVENT, _event("fast.three"))
    with db.reading() as s:
        ours = _rows(s, "fast.one") + _rows(s, "fast.two")
        theirs = _rows(s, "sa.one") + _rows(s, "sa.two")
        strip = [r[:1] + r[2:] for r in ours], [r[:1] + r[2:] for r in theirs]
        assert strip[0] == strip[1]
        assert ours[0][-1] == {"sha256": "ab", "n": [1, 2]}
        at = _rows(s, "fast.three")[0][0]
        assert at.replace(tzinfo=None) == dt.datetime(2026, 11, 23, 4, 5, 6, 789000)


def test_defaults_literals_returning_and_rowcount(db):
    with db.transaction() as s:
        conn = s.connection()
        # created_at, status and attempts come from the columns' Python-side defaults
        jid = fastsql.run(
            conn, _JOB, {"kind": "k", "ref": "r", "max_attempts": 3, "run_after": 1.0}
        ).fetchone()[0]
        at = dt.datetime(2026, 11, 23, 1, 2, 3)
        assert fastsql.run(conn, _DONE, {"jid": jid, "at": at}).rowcount == 1
        # the literal status == "queued" is part of the statement: no row matches twice
        assert fastsql.run(conn, _DONE, [{"jid": jid, "at": at}]).rowcount == 0
    with db.reading() as s:
        job = s.get(Job, jid)
        assert (job.status, job.attempts) == ("done", 0)
        assert job.finished_at.replace(tzinfo=None) == at
        assert job.created_at is not None


def test_decimals_keep_their_value(db):
    probe = sa.Table(
        "fastsql_probe",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("amount", sa.Numeric(18, 4)),
    )
    probe.create(db.engine)
    try:
        ins = probe.insert().returning(probe.c.id)
        with db.transaction() as s:
            ids = [
                fastsql.run(s.connection(), ins, {"amount": Decimal(v)}).fetchone()[0]
                for v in ("1234.5678", "0.1", "-7")
            ]
        with db.reading() as s:
            got = [s.scalar(select(probe.c.amount).where(probe.c.id == i)) for i in ids]
        assert got == [Decimal("1234.5678"), Decimal("0.1"), Decimal("-7")]
    finally:
        probe.drop(db.engine)


def test_errors_are_sqlalchemys_and_missing_values_refused(db):
    with db.transaction() as s:
        jid = fastsql.run(
            s.connection(), _JOB, {"kind": "k", "ref": "r", "max_attempts": 3, "run_after": 1.0}
        ).fetchone()[0]
    with pytest.raises(sa.exc.IntegrityError), db.transaction() as s:
        row = {"id": jid, "kind": "k", "ref": "r", "max_attempts": 3, "run_after": 1.0}
        fastsql.run(s.connection(), Job.__table__.insert(), row)
    with pytest.raises(sa.exc.ArgumentError, match="jid"), db.transaction() as s:
        fastsql.run(s.connection(), _DONE, {"at": dt.datetime(2026, 1, 1)})
