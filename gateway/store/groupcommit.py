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

_PENDING, _DONE, _FAILED = 0, 1, 2


class _Work(Generic[T]):
    __slots__ = ("error", "fn", "result", "state")

    def __init__(self, fn: Callable[[Session], T]) -> None:
        self.fn = fn
        self.state = _PENDING
        self.result: T | None = None
        self.error: BaseException | None = None


class GroupCommit:
    """Runs `work(session)` in a write transaction it may share with other threads' work."""

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
        work: _Work[T] = _Work(fn)
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
                    results = [w.fn(s) for w in group]
            except Exception as exc:
                if len(group) == 1:
                    group[0].error, group[0].state = exc, _FAILED
                    return
                self._alone(group or self._take())
                return
            self.groups += 1
            for w, result in zip(group, results, strict=True):
                w.result, w.state = result, _DONE
        finally:
            for w in group:  # interrupted: no owner may wait for a leader that left
                if w.state == _PENDING:
                    w.error, w.state = RuntimeError("group commit interrupted"), _FAILED

    def _alone(self, group: list[_Work]) -> None:
        for w in group:
            try:
                with self.db.transaction() as s:
                    w.result = w.fn(s)
                self.groups += 1
                w.state = _DONE
            except BaseException as exc:  # handed to the thread whose work it was
                w.error, w.state = exc, _FAILED
