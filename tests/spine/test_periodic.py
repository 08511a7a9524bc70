"""Periodic housekeeping keeps running after a failed run, and logs the failure."""

from __future__ import annotations

import logging
import threading

import pytest_twisted
from twisted.internet import reactor, task

from gateway.periodic import Periodic


@pytest_twisted.ensureDeferred
async def test_a_failed_run_is_logged_and_the_next_one_still_happens(caplog):
    calls: list[str] = []

    def fn() -> None:
        calls.append(threading.current_thread().name)
        if len(calls) == 1:
            raise RuntimeError("database is locked")

    with caplog.at_level(logging.INFO):
        p = Periodic("test_task", 0.05, fn)
        try:
            for _ in range(100):
                if len(calls) >= 3:
                    break
                await task.deferLater(reactor, 0.02, lambda: None)
        finally:
            p.stopListening()
    assert len(calls) >= 3, calls
    assert threading.main_thread().name not in calls  # run off the reactor thread
    failed = [r.fields for r in caplog.records if r.getMessage() == "periodic.failed"]
    assert failed == [{"task": "test_task", "error": "database is locked"}]
    assert not p.loop.running
