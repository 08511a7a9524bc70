"""Worker processes beside `gateway serve` (`[workers] processes`): started with it,
started again when one dies, stopped with it.

Python runs one thread at a time per process, so listeners and order processing in one
process share one core; a worker process gives processing a core of its own. Each child
is `gateway worker` on the same config and database and dies with its parent.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from twisted.internet import task

from gateway.config import Config
from gateway.logs import get_logger, log_event

__all__ = ["WorkerProcesses"]

_log = get_logger("supervisor")
_PR_SET_PDEATHSIG = 1
# the child's `gateway worker` also watches this pid and stops once it is no longer its
# parent: the signal below can be lost (a parent gone before it was set, or no prctl)
PARENT_ENV = "GATEWAY_SUPERVISOR_PID"

try:  # resolved here, not in the forked child: loading a library there can fail or hang
    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):  # not Linux: the parent's stop() and the watch end it
    _prctl = None


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class WorkerProcesses:
    """`count` `gateway worker` children, checked every `check_seconds` from the reactor."""

    def __init__(self, config: Config, count: int, *, check_seconds: float = 1.0) -> None:
        self.command = [sys.executable, "-m", "gateway.cli"]
        if config.source != "<defaults>":
            self.command += ["--config", str(Path(config.source).resolve())]
        self.command.append("worker")
        self.children: list[subprocess.Popen[bytes] | None] = [None] * count
        self.stopping = False
        for slot in range(count):
            self._spawn(slot)
        self.loop = task.LoopingCall(self._check)
        self.loop.start(check_seconds, now=False)

    def _spawn(self, slot: int) -> None:
        env = {**os.environ, PARENT_ENV: str(os.getpid())}
        child = subprocess.Popen(self.command, preexec_fn=_die_with_parent, env=env)
        self.children[slot] = child
        log_event(_log, "worker_process.started", slot=slot, pid=child.pid)

    def _check(self) -> None:
        for slot, child in enumerate(self.children):
            if self.stopping or child is None or child.poll() is None:
                continue
            # its claimed jobs come back when their leases expire; start a fresh one
            log_event(
                _log,
                "worker_process.exited",
                level=logging.WARNING,
                slot=slot,
                pid=child.pid,
                code=child.returncode,
            )
            self._spawn(slot)

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM every child (they finish their jobs and release the rest), then wait."""
        self.stopping = True
        if self.loop.running:
            self.loop.stop()
        live = [c for c in self.children if c is not None and c.poll() is None]
        for child in live:
            child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for child in live:
            try:
                child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(10)
            log_event(_log, "worker_process.stopped", pid=child.pid, code=child.returncode)
