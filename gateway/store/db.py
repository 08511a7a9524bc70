"""Engines and sessions for SQLite (WAL, one writer at a time) and PostgreSQL.

SQLite: every write transaction starts with BEGIN IMMEDIATE so that concurrent
processes serialise on the write lock instead of failing on upgrade; reads use a
second engine with plain deferred transactions. Writers queue before BEGIN IMMEDIATE:
threads of one process on a lock, processes (`gateway serve` and its workers) on a
POSIX lock of a file beside the database, where the kernel wakes the next one as soon
as the lock is free. SQLite's own busy handler sleeps in steps of up to 100 ms, which
turned concurrent intakes into 300 ms latency tails and left a worker waiting tens of
milliseconds per batch after the lock was already free.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from gateway.store.groupcommit import GroupCommit

__all__ = ["Database"]

try:
    import fcntl
except ImportError:  # not POSIX: processes fall back on SQLite's busy handler
    fcntl = None  # type: ignore[assignment]


class _ProcessLock:
    """An exclusive POSIX lock on `path`, taken by the outermost write transaction of a
    thread that already holds its Database's own lock. POSIX locks belong to the process,
    so they queue processes only: two Database objects of one process never block each
    other here (SQLite arbitrates between them as before)."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self.depth = 0

    def acquire(self) -> None:
        self.depth += 1
        if self.depth == 1:
            fcntl.lockf(self.fd, fcntl.LOCK_EX)

    def release(self) -> None:
        self.depth -= 1
        if self.depth == 0:
            fcntl.lockf(self.fd, fcntl.LOCK_UN)

    def close(self) -> None:
        os.close(self.fd)


def _sqlite_engine(url: str, *, immediate: bool, echo: bool) -> Engine:
    engine = create_engine(url, echo=echo, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi.isolation_level = None
        for pragma in (
            "journal_mode=WAL",
            "busy_timeout=60000",
            "foreign_keys=ON",
            "synchronous=NORMAL",
        ):
            dbapi.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """The gateway's database: a write engine, a read engine and session factories."""

    def __init__(self, url: str, *, echo: bool = False, pool_size: int = 5) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self._process_lock: _ProcessLock | None = None
        if self.is_sqlite:
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                if fcntl is not None:
                    self._process_lock = _ProcessLock(f"{path}.writelock")
            self.engine = _sqlite_engine(url, immediate=True, echo=echo)
            self.read_engine = _sqlite_engine(url, immediate=False, echo=echo)
        else:
            self.engine = create_engine(url, echo=echo, pool_size=pool_size, pool_pre_ping=True)
            self.read_engine = self.engine
        # Re-entrant: a thread that already writes must not wait on itself.
        self._write_lock = threading.RLock() if self.is_sqlite else None
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)
        # small writes of many threads (every channel's intake) committed together
        self.group = GroupCommit(self)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: commit on success, roll back on any exception."""
        if self._write_lock is None:
            with self._write() as session, session.begin():
                yield session
            return
        with self._write_lock:
            if self._process_lock is None:
                with self._write() as session, session.begin():
                    yield session
                return
            self._process_lock.acquire()
            try:
                with self._write() as session, session.begin():
                    yield session
            finally:
                self._process_lock.release()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def migrate(self) -> None:
        from gateway.store.migrate import upgrade

        upgrade(self)

    def dispose(self) -> None:
        if self._process_lock is not None:
            self._process_lock.close()
            self._process_lock = None
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
