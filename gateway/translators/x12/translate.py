"""Which canonical translation handles which inbound transaction set (registry only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gateway.translators.x12.pc860 import change_from_860
from gateway.translators.x12.po850 import order_from_850
from gateway.translators.x12.readers import (
    advice_from_846,
    invoice_from_810,
    request_from_940,
    response_from_865,
)
from gateway.translators.x12.shipment import (
    response_from_855,
    shipment_from_856,
    shipment_from_945,
)

__all__ = ["INBOUND"]

# ST01 -> function(segments, partner_id=, component=, message_id=, control=)
INBOUND: dict[str, Callable[..., Any]] = {
    "850": order_from_850,
    "855": response_from_855,
    "856": shipment_from_856,
    "860": change_from_860,
    "945": shipment_from_945,
    "810": invoice_from_810,
    "846": advice_from_846,
    "865": response_from_865,
    "940": request_from_940,
}
