"""A partner's CSV layout, as the `[csv]` section of its profile describes it.

Example (a web shop exporting one row per order line, semicolons, decimal commas):

    [csv]
    delimiter = ";"
    encoding = "cp1252"
    decimal_comma = true
    date_formats = ["%d.%m.%Y"]
    [csv.columns]                  # canonical field = header name, or 1-based position
    po_number = "Bestellnummer"
    po_date = "Datum"
    sku = "Artikelnummer"
    quantity = "Menge"
    unit_price = "Einzelpreis"

Rows are grouped into orders by the `key` field (the PO number by default).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from gateway.errors import ConfigError

__all__ = ["FIELDS", "CsvMapping", "check_mapping"]

# canonical fields a column can feed: field -> (level, what it is)
FIELDS: dict[str, tuple[str, str]] = {
    "po_number": ("order", "text"),
    "po_date": ("order", "date"),
    "currency": ("order", "text"),
    "requested_delivery_date": ("order", "date"),
    "notes": ("order", "text"),
    "ship_to_name": ("order", "text"),
    "ship_to_id": ("order", "text"),
    "ship_to_street": ("order", "text"),
    "ship_to_street2": ("order", "text"),
    "ship_to_city": ("order", "text"),
    "ship_to_region": ("order", "text"),
    "ship_to_postal_code": ("order", "text"),
    "ship_to_country": ("order", "text"),
    "line_no": ("line", "text"),
    "sku": ("line", "item:vendor"),
    "buyer_item": ("line", "item:buyer"),
    "gtin": ("line", "item:gtin"),
    "description": ("line", "text"),
    "quantity": ("line", "decimal"),
    "unit": ("line", "text"),
    "unit_price": ("line", "decimal"),
    "requested_date": ("line", "date"),
}
REQUIRED = ("po_number", "quantity")


@dataclass
class CsvMapping:
    columns: dict[str, str | int] = field(default_factory=dict)
    header: bool = True  # the first row names the columns
    delimiter: str = ","
    quotechar: str = '"'
    encoding: str = "utf-8-sig"
    decimal_comma: bool = False
    thousands_separator: str = ""
    date_formats: list[str] = field(default_factory=lambda: ["%Y-%m-%d"])
    key: str = "po_number"  # rows with the same value of this field form one order
    default_unit: str = "EA"
    default_currency: str = ""
    skip_rows: int = 0  # rows before the header (titles, export banners)


def check_mapping(m: CsvMapping, *, file: str = "", prefix: str = "csv") -> None:
    """Refuse a mapping that cannot work, naming the key (called when profiles load)."""
    for name, col in m.columns.items():
        if name not in FIELDS:
            known = ", ".join(FIELDS)
            raise ConfigError(
                f"unknown field (known: {known})", file=file, key=f"{prefix}.columns.{name}"
            )
        if isinstance(col, int) and col < 1:
            raise ConfigError(
                "column positions start at 1", file=file, key=f"{prefix}.columns.{name}"
            )
        if isinstance(col, str) and not m.header:
            raise ConfigError(
                "a column name needs header = true (or give a position)",
                file=file,
                key=f"{prefix}.columns.{name}",
            )
    for name in REQUIRED:
        if name not in m.columns:
            raise ConfigError(
                f"the mapping must name a column for {name!r}", file=file, key=f"{prefix}.columns"
            )
    if m.key not in m.columns:
        raise ConfigError(f"key field {m.key!r} has no column", file=file, key=f"{prefix}.key")
    if len(m.delimiter) != 1 or len(m.quotechar) != 1:
        raise ConfigError(
            "delimiter and quotechar must be one character each",
            file=file,
            key=f"{prefix}.delimiter",
        )
    try:
        codecs.lookup(m.encoding)
    except LookupError:
        raise ConfigError(
            f"unknown encoding {m.encoding!r}", file=file, key=f"{prefix}.encoding"
        ) from None
