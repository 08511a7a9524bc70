"""Group commit: short write transactions from many threads, committed together.

Every channel stores what it receives before it acknowledges, one small write each. On
SQLite those writes queue on the single write lock, mostly behind a worker's batch
transaction; each then paid its own BEGIN IMMEDIATE, session and COMMIT, and held the
lock while its thread waited for the interpreter lock. Here the threads that queue meanwhile
are written by one of them (the leader) in one transaction, each still told its own result.

Leader and followers: a thread appends its work, then takes the leader lock; if its work
was done by an earlier leader meanwhile, it returns at once, else it commits everything
pending. A failed group is written again one work per transaction, so one bad write never
fails the others.

Works of one kind can also be written together: `write(writer, item)` queues `item` for
`writer(session, items)`, which the leader calls once per group with the items of every
thread queued for that writer (one executemany per table instead of statements per item).
`run(fn)` is the plain case: its writer calls each queued function in turn.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from gateway.store.db import Database

__all__ = ["GroupCommit"]

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 - an item

# writes many items in the caller's transaction; returns one result per item, in order
Writer = Callable[[Session, list[I]], list[T]]

_PENDING, _DONE, _FAILED = 0, 1, 2


class _Work(Generic[I, T]):
    __slots__ = ("error", "item", "result", "state", "writer")

    def __init__(self, writer: Writer[I, T], item: I) -> None:
        self.writer = writer
        self.item = item
        self.state = _PENDING
        self.result: T | None = None
        self.error: BaseException | None = None


def _call_each(s: Session, fns: list[Callable[[Session], T]]) -> list[T]:
    return [fn(s) for fn in fns]


class GroupCommit:
    """Runs writes in a write transaction it may share with other threads' writes."""

    def __init__(self, db: Database, *, max_group: int = 64) -> None:
        self.db = db
        self.max_group = max_group
        self._pending: list[_Work] = []
        self._mutex = threading.Lock()
        self._leader = threading.Lock()
        self.groups = 0  # transactions committed (a test and a benchmark read it)

    def run(self, fn: Callable[[Session], T]) -> T:
        """`fn(session)` committed before this returns; its result, or its exception.

        `fn` may run twice (once in a group that failed, then alone): it must only write
        through the session it is given."""
        return self.write(_call_each, fn)

    def write(self, writer: Writer[I, T], item: I) -> T:
        """`item` written by `writer(session, items)` together with the items other threads
        queue for the same writer meanwhile, committed before this returns; its result, or
        the exception of writing it alone.

        A writer returns one result per item, in order, or raises for all of them: then
        each item is written again alone (so it may see an item twice), and must only write
        through the session it is given. Do what needs no transaction before calling this:
        on SQLite the writer holds the one write lock."""
        work: _Work[I, T] = _Work(writer, item)
        with self._mutex:
            self._pending.append(work)
        while work.state == _PENDING:
            with self._leader:
                if work.state == _PENDING:
                    self._lead()
        if work.state == _FAILED:
            raise work.error  # type: ignore[misc]
        return work.result  # type: ignore[return-value]

    def _take(self) -> list[_Work]:
        with self._mutex:
            group = self._pending[: self.max_group]
            del self._pending[: self.max_group]
        return group

    def _lead(self) -> None:
        group: list[_Work] = []
        try:
            try:
                # the group is taken once the write lock is ours: everything that queued
                # while another writer (a worker's batch) held it goes in
                with self.db.transaction() as s:
                    group = self._take()
                    results = _write(s, group)
            except Exception as exc:
                if len(group) == 1:
                    group[0].error, group[0].state = exc, _FAILED
                    return
                self._alone(group or self._take())
                return
            self.groups += 1
            for w, result in results:
                w.result, w.state = result, _DONE
        finally:
            for w in group:  # interrupted: no owner may wait for a leader that left
                if w.state == _PENDING:
                    w.error, w.state = RuntimeError("group commit interrupted"), _FAILED

    def _alone(self, group: list[_Work]) -> None:
        for w in group:
            try:
                with self.db.transaction() as s:
                    ((_, result),) = _write(s, [w])
                w.result = result
                self.groups += 1
                w.state = _DONE
            except BaseException as exc:  # handed to the thread whose work it was
                w.error, w.state = exc, _FAILED


def _write(s: Session, group: list[_Work]) -> list[tuple[_Work, object]]:
    """Each writer of `group` called once with its items, in the order the writers first
    queued (the works are concurrent: any order is one they could have run in); returns
    (work, result) pairs."""
    by_writer: dict[Writer, list[_Work]] = {}
    for w in group:
        by_writer.setdefault(w.writer, []).append(w)
    done: list[tuple[_Work, object]] = []
    for writer, works in by_writer.items():
        results = writer(s, [w.item for w in works])
        if len(results) != len(works):
            raise RuntimeError(f"{writer!r} returned {len(results)} results for {len(works)} items")
        done.extend(zip(works, results, strict=True))
    return done
