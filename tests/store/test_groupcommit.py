"""Group commit: writes of threads that queue meanwhile share one transaction, each caller
gets its own result or exception, and a failing write never fails the others."""

from __future__ import annotations

import hashlib
import threading
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from gateway.store import events, inbox
from gateway.store.models import Event, Job, Message, Payload


def _store(n: int):
    def work(s):
        return inbox.add_received(s, partner_id="p1", channel="test", data=f"doc {n}".encode())

    return work


def _queued_behind_a_slow_write(db, works):
    """Run `works` from threads while a first write holds the leader's transaction; returns
    {index: result or exception}."""
    return _calls_queued_behind_a_slow_write(db, [lambda fn=fn: db.group.run(fn) for fn in works])


def _calls_queued_behind_a_slow_write(db, calls):
    """Make `calls` (each queues one write on db.group) from threads while a first write
    holds the leader's transaction; returns {index: result or exception}."""
    entered, go = threading.Event(), threading.Event()
    out: dict[int, object] = {}

    def slow(s):
        entered.set()
        assert go.wait(10)
        return _store(-1)(s)

    def call(i, fn):
        try:
            out[i] = fn()
        except Exception as exc:
            out[i] = exc

    first = threading.Thread(target=call, args=(-1, lambda: db.group.run(slow)))
    first.start()
    assert entered.wait(10)
    threads = [threading.Thread(target=call, args=(i, fn)) for i, fn in enumerate(calls)]
    for t in threads:
        t.start()
    deadline = time.time() + 10
    while len(db.group._pending) < len(calls) and time.time() < deadline:
        time.sleep(0.005)
    assert len(db.group._pending) == len(calls)
    go.set()
    for t in [first, *threads]:
        t.join(10)
    return out


def _count(db, model) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_writes_that_queue_meanwhile_commit_together(db):
    before = db.group.groups
    out = _queued_behind_a_slow_write(db, [_store(i) for i in range(12)])
    assert db.group.groups - before == 2  # the slow one, then the twelve that queued behind it
    ids = {r.message_id for r in out.values()}
    assert len(ids) == 13
    with db.reading() as s:
        stored = set(s.scalars(select(Message.id)))
        queued = set(s.scalars(select(Job.ref)))
    assert ids == stored == queued


def test_a_failing_write_fails_alone(db):
    def broken(s):
        _store(99)(s)  # written, then undone with the rest of its group
        raise ValueError("this one is bad")

    works = [_store(0), _store(1), broken, _store(3), _store(4)]
    out = _queued_behind_a_slow_write(db, works)
    assert isinstance(out[2], ValueError) and str(out[2]) == "this one is bad"
    good = {out[i].message_id for i in (-1, 0, 1, 3, 4)}
    with db.reading() as s:
        assert set(s.scalars(select(Message.id))) == good
    assert _count(db, Job) == 5


def test_an_error_reaches_the_caller_of_a_lone_write(db):
    def broken(s):
        raise LookupError("nothing to store")

    with pytest.raises(LookupError, match="nothing to store"):
        db.group.run(broken)
    assert db.group.run(_store(1)).size == len(b"doc 1")
    assert _count(db, Message) == 1


def test_many_threads_lose_nothing(db):
    results: list[str] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        for n in range(25):
            rec = inbox.receive(db, partner_id="p1", channel="test", data=f"{k}-{n}".encode())
            with lock:
                results.append(rec.message_id)

    before = db.group.groups
    threads = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(set(results)) == 200
    assert _count(db, Message) == 200 and _count(db, Job) == 200
    assert db.group.groups - before <= 200


def _check_stored(db, received) -> None:
    """Every received message stored whole: its payload (bytes matching the digest), its
    job, its event; no row that belongs to no caller."""
    with db.reading() as s:
        messages = {m.id: m for m in s.scalars(select(Message))}
        payloads = {p.id: p for p in s.scalars(select(Payload))}
        jobs = [(j.kind, j.ref) for j in s.scalars(select(Job))]
        recorded = [(e.kind, e.message_id, e.data) for e in s.scalars(select(Event))]
    assert set(messages) == {r.message_id for r in received}
    assert len({m.payload_id for m in messages.values()}) == len(messages) == len(payloads)
    for r in received:
        m = messages[r.message_id]
        p = payloads[m.payload_id]
        assert r.sha256 == m.sha256 == p.sha256 == hashlib.sha256(p.data).hexdigest()
        assert r.size == m.size == p.size == len(p.data)
    assert sorted(jobs) == sorted(("inbound", r.message_id) for r in received)
    assert sorted(recorded, key=str) == sorted(
        (
            (
                "message.received",
                r.message_id,
                {"sha256": r.sha256, "size": r.size, "channel": "test"},
            )
            for r in received
        ),
        key=str,
    )


def test_received_messages_queued_meanwhile_are_written_together(db):
    before = db.group.groups
    calls = [
        lambda i=i: inbox.receive(db, partner_id="p1", channel="test", data=b"x" * i + b"!")
        for i in range(10)
    ]
    out = _calls_queued_behind_a_slow_write(db, calls)
    assert db.group.groups - before == 2  # the slow one, then the ten in one transaction
    _check_stored(db, list(out.values()))


def test_a_message_that_breaks_a_constraint_fails_alone(db):
    def store(i, channel="test"):
        return lambda: inbox.receive(db, partner_id="p1", channel=channel, data=b"doc %d" % i)

    calls = [store(0), store(1), store(2, channel=None), store(3), store(4)]
    out = _calls_queued_behind_a_slow_write(db, calls)
    assert isinstance(out[2], IntegrityError)  # message.channel is NOT NULL
    _check_stored(db, [out[i] for i in (-1, 0, 1, 3, 4)])


def test_many_threads_store_every_row_consistently(db):
    received: list[inbox.Received] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        for n in range(25):
            data = hashlib.sha256(b"%d-%d" % (k, n)).digest() * (1 + n % 5)
            rec = inbox.receive(db, partner_id="p1", channel="test", data=data)
            with lock:
                received.append(rec)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len({r.message_id for r in received}) == 200
    _check_stored(db, received)


def test_messages_added_in_the_callers_transaction_get_their_own_payloads(db):
    with db.transaction() as s:
        s.add(Payload(sha256="0" * 64, size=0, data=b""))  # an ORM row in the same transaction
        s.flush()
        a = inbox.add_received(s, partner_id="p1", channel="test", data=b"first")
        b = inbox.add_received(s, partner_id="p1", channel="test", data=b"second")
        s.add(Payload(sha256="1" * 64, size=0, data=b""))
    c = inbox.receive(db, partner_id="p1", channel="test", data=b"third")
    with db.reading() as s:
        ids = {m.id: m.payload_id for m in s.scalars(select(Message))}
        assert _count(db, Payload) == 5
        assert len(set(ids.values())) == 3
        for r in (a, b, c):
            assert s.get(Payload, ids[r.message_id]).sha256 == r.sha256


def test_writers_get_their_items_together_and_each_caller_its_result(db):
    batches: list[list[int]] = []

    def double(s, items):
        batches.append(list(items))
        if 13 in items:
            raise ValueError("13 is unlucky")
        return [2 * i for i in items]

    calls = [lambda i=i: db.group.write(double, i) for i in (1, 2, 13, 4)]
    calls.insert(2, lambda: db.group.run(_store(7)))  # a plain work in the same group
    out = _calls_queued_behind_a_slow_write(db, calls)
    assert sorted(batches[0]) == [1, 2, 4, 13]  # one call for the group, then each alone
    assert sorted(batches[1:]) == [[1], [2], [4], [13]]
    assert [out[i] for i in (0, 1, 4)] == [2, 4, 8]
    assert isinstance(out[3], ValueError)
    assert out[2].size == len(b"doc 7")


def test_a_message_added_in_a_batched_block_gets_its_event_at_the_end(db):
    with db.transaction() as s, events.batched(s):
        rec = inbox.add_received(s, partner_id="p1", channel="test", data=b"batched")
        assert len(s.info["event_batch"]) == 1  # written when the block ends
    _check_stored(db, [rec])
