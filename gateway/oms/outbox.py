"""The OMS side of the transactional outbox: a one-method seam the caller passes in.

The OMS never renders or sends anything. When it decides that a partner must get a document
(an OrderResponse, ShipRequest, Shipment, Invoice or PurchaseOrder) it calls
`outbox(document, order_id=...)`; the pipeline's implementation turns it into an outbound
document in the same transaction. `Collected` is the in-memory implementation for tests and
for callers that decide later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = ["Collected", "Outbox"]


class Outbox(Protocol):
    def __call__(self, document: Any, *, order_id: int | None = None) -> None: ...


@dataclass
class Collected:
    """Keeps what was emitted, in order."""

    documents: list[tuple[Any, int | None]] = field(default_factory=list)

    def __call__(self, document: Any, *, order_id: int | None = None) -> None:
        self.documents.append((document, order_id))

    def of(self, kind: type) -> list[Any]:
        return [d for d, _ in self.documents if isinstance(d, kind)]
