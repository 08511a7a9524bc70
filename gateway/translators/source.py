"""Where a document being translated came from: the partner and the stored message."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """Who sent the document and which stored message it came in (both may be unknown)."""

    partner_id: str = ""
    message_id: str = ""
