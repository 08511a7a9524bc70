"""Structured logging: one line per event, `ts level event key=value ...`, secrets never logged."""

from __future__ import annotations

import logging
import sys
from typing import Any

__all__ = ["get_logger", "log_event", "setup_logging"]

_SECRET_KEYS = ("password", "token", "secret", "authorization", "key")


def _fmt(value: Any) -> str:
    text = str(value)
    if not text or any(c in text for c in ' "='):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return text


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", {})
        parts = [
            self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            record.levelname.lower(),
            record.getMessage(),
        ]
        for k, v in fields.items():
            if v is None:
                continue
            if any(s in k.lower() for s in _SECRET_KEYS):
                v = "***"
            parts.append(f"{k}={_fmt(v)}")
        line = " ".join(parts)
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def setup_logging(level: str = "info") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter())
    root = logging.getLogger("gateway")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name if name.startswith("gateway") else f"gateway.{name}")


def log_event(
    logger: logging.Logger, event: str, *, level: int = logging.INFO, **fields: Any
) -> None:
    logger.log(level, event, extra={"fields": fields})
