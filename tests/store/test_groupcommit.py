"""Group commit: writes of threads that queue meanwhile share one transaction, each caller
gets its own result or exception, and a failing write never fails the others."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from gateway.store import inbox
from gateway.store.models import Job, Message


def _store(n: int):
    def work(s):
        return inbox.add_received(s, partner_id="p1", channel="test", data=f"doc {n}".encode())

    return work


def _queued_behind_a_slow_write(db, works):
    """Run `works` from threads while a first write holds the leader's transaction; returns
    {index: result or exception}."""
    entered, go = threading.Event(), threading.Event()
    out: dict[int, object] = {}

    def slow(s):
        entered.set()
        assert go.wait(10)
        return _store(-1)(s)

    def call(i, fn):
        try:
            out[i] = db.group.run(fn)
        except Exception as exc:
            out[i] = exc

    first = threading.Thread(target=call, args=(-1, slow))
    first.start()
    assert entered.wait(10)
    threads = [threading.Thread(target=call, args=(i, fn)) for i, fn in enumerate(works)]
    for t in threads:
        t.start()
    deadline = time.time() + 10
    while len(db.group._pending) < len(works) and time.time() < deadline:
        time.sleep(0.005)
    assert len(db.group._pending) == len(works)
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
