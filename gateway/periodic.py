"""Blocking housekeeping run in a thread every N seconds while the gateway serves (PO sends,
SFTP polls): a failed run is logged and the next one still happens."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from twisted.internet import task, threads

from gateway.logs import get_logger, log_event

__all__ = ["Periodic"]

_log = get_logger("periodic")


class Periodic:
    """A `LoopingCall` of `fn` in the reactor's thread pool; stops like a listening port."""

    def __init__(self, name: str, seconds: float, fn: Callable[[], object]) -> None:
        self.name = name
        self.fn = fn
        self.loop = task.LoopingCall(self._tick)
        self.loop.start(seconds, now=True)

    def _tick(self) -> Any:
        # the failure is handled here: an unhandled one would end the LoopingCall for good
        return threads.deferToThread(self.fn).addErrback(
            lambda f: log_event(
                _log,
                "periodic.failed",
                level=logging.WARNING,
                task=self.name,
                error=f.getErrorMessage(),
            )
        )

    def stopListening(self) -> None:
        if self.loop.running:
            self.loop.stop()
