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


def test_rows_bound_ahead_are_written_as_run_writes_them(db):
    d = db.engine.dialect
    bound = [fastsql.bind(d, _EVENT, {**_event("bound"), "job_id": 0}) for _ in range(3)]
    bound = [b.with_value("job_id", 10 + i) for i, b in enumerate(bound)]
    with db.transaction() as s:
        conn = s.connection()
        fastsql.run(conn, _EVENT, [{**_event("run"), "job_id": 10 + i} for i in range(3)])
        fastsql.run_bound(conn, bound)  # one executemany
        fastsql.run_bound(conn, [fastsql.bind(d, _EVENT, _event("alone"))])
    with db.reading() as s:
        ours, theirs = _rows(s, "bound"), _rows(s, "run")
        assert [r[:1] + r[2:] for r in ours] == [r[:1] + r[2:] for r in theirs]
        assert [r[-3] for r in ours] == [10, 11, 12]  # job_id
        assert len(_rows(s, "alone")) == 1


def test_bound_rows_refuse_what_they_cannot_do(db):
    d = db.engine.dialect
    row = fastsql.bind(d, _EVENT, _event("e"))
    with pytest.raises(ValueError, match="'data'"):  # JSON: serialised when bound
        row.with_value("data", {"late": True})
    with pytest.raises(ValueError, match="'nope'"):
        row.with_value("nope", 1)
    other = fastsql.bind(d, _EVENT, {"kind": "short", "detail": ""})
    with pytest.raises(ValueError, match="different"), db.transaction() as s:
        fastsql.run_bound(s.connection(), [row, other])


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


_probe = sa.Table(
    "fastsql_read_probe",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(20)),
    sa.Column("amount", sa.Numeric(18, 4)),
    sa.Column("due", sa.Date),
    sa.Column("at", sa.DateTime(timezone=True)),
    sa.Column("data", sa.JSON),
)
_P = _probe.c
# literal binds, a bound date, a list written as literals, LIMIT; Numeric, Date, DateTime,
# JSON and an aggregate over Numeric in the results
_READ = (
    select(_P.id, _P.kind, _P.amount, _P.due, _P.at, _P.data, _P.amount * 2)
    .where(
        _P.due >= bindparam("since"),
        _P.kind.in_([sa.literal("a"), sa.literal("b")]),
        _P.id != bindparam("not_id"),
    )
    .order_by(_P.id)
    .limit(3)
)
_SUM = select(sa.func.coalesce(sa.func.sum(_P.amount), 0), sa.func.min(_P.due)).where(
    _P.kind == bindparam("k")
)


@pytest.fixture
def probe(db):
    _probe.create(db.engine)
    rows = [
        {
            "kind": kind,
            "amount": Decimal(amount),
            "due": dt.date(2026, 11, day),
            "at": dt.datetime(2026, 11, day, 4, 5, 6, 789000, tzinfo=dt.UTC),
            "data": {"n": day, "tags": ["x", kind]},
        }
        for kind, amount, day in [
            ("a", "1234.5678", 1),
            ("b", "0.1", 2),
            ("c", "-7", 3),
            ("a", "19.99", 4),
            ("b", "3.0001", 5),
        ]
    ]
    with db.transaction() as s:
        s.connection().execute(_probe.insert(), rows)
    yield db
    _probe.drop(db.engine)


def test_read_rows_equal_sqlalchemys(probe):
    with probe.reading() as s:
        conn = s.connection()
        for params in (
            {"since": dt.date(2026, 11, 1), "not_id": 0},
            {"since": dt.date(2026, 11, 2), "not_id": 4},
            {"since": dt.date(2027, 1, 1), "not_id": 0},
        ):
            theirs = [tuple(r) for r in conn.execute(_READ, params)]
            ours = fastsql.rows(conn, _READ, params)
            assert ours == theirs
        assert len(fastsql.rows(conn, _READ, {"since": dt.date(2026, 11, 1), "not_id": 0})) == 3
        got = fastsql.rows(conn, _READ, {"since": dt.date(2026, 11, 1), "not_id": 0})[0]
        assert got[2] == Decimal("1234.5678") and got[3] == dt.date(2026, 11, 1)
        assert got[5] == {"n": 1, "tags": ["x", "a"]} and got[6] == Decimal("2469.1356")
        for kind in ("a", "b", "zz"):
            assert fastsql.rows(conn, _SUM, {"k": kind}) == [
                tuple(r) for r in conn.execute(_SUM, {"k": kind})
            ]
        assert fastsql.rows(conn, _SUM, {"k": "a"})[0] == (
            Decimal("1254.5578"),
            dt.date(2026, 11, 1),
        )
        one = select(_P.kind).where(_P.id == bindparam("i"))
        assert fastsql.scalar(conn, one, {"i": 3}) == "c"
        assert fastsql.scalar(conn, one, {"i": 99}) is None


def test_expanding_in_is_refused(probe):
    with probe.reading() as s:
        stmt = select(_P.id).where(_P.kind.in_(bindparam("kinds", expanding=True)))
        with pytest.raises(ValueError, match="expanding IN"):
            fastsql.rows(s.connection(), stmt, {"kinds": ["a"]})
        listed = select(_P.id).where(_P.kind.in_(["a", "b"]))  # a plain list expands too
        with pytest.raises(ValueError, match="expanding IN"):
            fastsql.rows(s.connection(), listed, {})


def test_rows_of_one_executemany_share_their_defaults_and_keep_their_own_times(db):
    """A Python-side default (the job's created_at) is taken once per call, so the rows of
    an executemany agree; each row's own datetimes are written as given, also when the
    same value comes back after another (the bind processor remembers its last value)."""
    t1, t2 = dt.datetime(2026, 1, 2, 3, 4, 5), dt.datetime(2027, 6, 7, 8, 9, 10, 11)
    with db.transaction() as s:
        conn = s.connection()
        many = [
            {"kind": "fs.many", "ref": str(i), "max_attempts": 3, "run_after": 1.0}
            for i in range(5)
        ]
        fastsql.run(conn, Job.__table__.insert(), many)
        fastsql.run(conn, Job.__table__.insert(), {**many[0], "ref": "5"})
        for when in (t1, t2, t1, t1, t2):
            fastsql.run(conn, _EVENT, {**_event("fs.when"), "at": when})
    with db.reading() as s:
        created = s.scalars(
            select(Job.created_at).where(Job.kind == "fs.many").order_by(Job.id)
        ).all()
        assert len(created) == 6 and len(set(created[:5])) == 1
        assert created[5] >= created[0]
        at = s.scalars(select(Event.at).where(Event.kind == "fs.when").order_by(Event.id)).all()
        assert [a.replace(tzinfo=None) for a in at] == [t1, t2, t1, t1, t2]


def test_an_error_while_fetching_rows_is_sqlalchemys(db):
    """A driver may raise only when it steps to a later row (SQLite does): that error comes
    out as SQLAlchemy's, as one raised by the execute itself does."""
    with db.transaction() as s:
        conn = s.connection()
        smallest = -(2**63) if conn.dialect.name == "sqlite" else -(2**31)
        for ref, attempts in (("fetch-a", 1), ("fetch-b", smallest)):
            fastsql.run(
                conn,
                Job.__table__.insert(),
                {"kind": "fetch", "ref": ref, "max_attempts": 1, "attempts": attempts},
            )
        # no ORDER BY: SQLite would compute every row before the first to sort them
        stmt = select(sa.func.abs(Job.__table__.c.attempts)).where(Job.__table__.c.kind == "fetch")
        with pytest.raises(sa.exc.DBAPIError):
            fastsql.rows(conn, stmt, {})
