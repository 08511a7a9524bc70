"""CSV order files into canonical Orders, one row per order line, grouped by a key column.

The rows stream (one order in memory at a time); rows of one order must be consecutive.
Every problem names its row (as a spreadsheet numbers it, the header being row 1) and its
column (header name or position, and the field it feeds), e.g.
`row 7, column 'Menge' (quantity): '1,5x' is not a number`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from gateway.canonical import Address, ItemId, Order, OrderLine, Party
from gateway.errors import InputError
from gateway.translators.csv.mapping import FIELDS, CsvMapping

__all__ = ["CsvError", "CsvGroup", "CsvProblem", "describe", "read_csv_orders"]

MAX_PROBLEMS = 50


@dataclass(frozen=True, slots=True)
class CsvProblem:
    row: int
    column: str  # "'Menge'" or "3"
    field: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (
            f", column {self.column} ({self.field})" if self.column else ""
        )
        return f"{where}: {self.message}"


class CsvError(InputError):
    """The file as a whole cannot be read (encoding, header, layout)."""

    code = "csv"

    def __init__(self, problems: list[CsvProblem]) -> None:
        super().__init__("; ".join(map(str, problems[:MAX_PROBLEMS])))
        self.problems = problems


@dataclass
class CsvGroup:
    """The rows of one order: the order when they were all good, else the problems."""

    key: str
    first_row: int
    last_row: int
    order: Order | None = None
    problems: list[CsvProblem] = field(default_factory=list)


class _Columns:
    """Resolves mapped fields to row positions once the header (if any) is known."""

    def __init__(self, mapping: CsvMapping, header: list[str] | None, header_row: int) -> None:
        self.index: dict[str, int] = {}
        self.label: dict[str, str] = {}
        missing = []
        names = [h.strip() for h in header] if header is not None else []
        for name, col in mapping.columns.items():
            if isinstance(col, int):
                self.index[name], self.label[name] = col - 1, str(col)
            elif col.strip() in names:
                self.index[name], self.label[name] = names.index(col.strip()), repr(col)
            else:
                missing.append(
                    CsvProblem(
                        header_row,
                        repr(col),
                        name,
                        f"column is missing from the header row (found: "
                        f"{', '.join(repr(n) for n in names)})",
                    )
                )
        if missing:
            raise CsvError(missing)


def _decoded_lines(data: bytes, encoding: str) -> Iterator[str]:
    """Decode line by line, so a bad byte is reported with the line it is on."""
    decoder = codecs.getincrementaldecoder(encoding)()
    for n, raw in enumerate(io.BytesIO(data), start=1):
        try:
            yield decoder.decode(raw)
        except UnicodeDecodeError as exc:
            raise CsvError(
                [
                    CsvProblem(
                        n,
                        "",
                        "",
                        f"bytes are not valid {encoding}: "
                        f"{exc.reason} ({raw[exc.start : exc.end]!r})",
                    )
                ]
            ) from None
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


def _rows(data: bytes, m: CsvMapping) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(
        _decoded_lines(data, m.encoding), delimiter=m.delimiter, quotechar=m.quotechar, strict=True
    )
    n = 0
    try:
        for n, row in enumerate(reader, start=1):
            yield n, row
    except csv.Error as exc:
        raise CsvError([CsvProblem(n + 1, "", "", f"not valid CSV: {exc}")]) from None


class _Row:
    def __init__(
        self, n: int, cells: list[str], cols: _Columns, m: CsvMapping, problems: list[CsvProblem]
    ) -> None:
        self.n, self.cells, self.cols, self.m, self.problems = n, cells, cols, m, problems

    def raw(self, name: str) -> str | None:
        """The cell feeding `name`; None (and a problem) when the row is too short."""
        i = self.cols.index.get(name)
        if i is None:
            return ""
        if i >= len(self.cells):
            self.fail(name, f"the row has {len(self.cells)} columns")
            return None
        return self.cells[i].strip()

    def fail(self, name: str, message: str) -> None:
        self.problems.append(CsvProblem(self.n, self.cols.label.get(name, ""), name, message))

    def text(self, name: str, *, required: bool = False) -> str:
        value = self.raw(name)
        if required and value == "" and name in self.cols.index:
            self.fail(name, "is empty")
        return value or ""

    def decimal(self, name: str, *, required: bool = False) -> Decimal | None:
        value = self.text(name, required=required)
        if not value:
            return None
        clean = (
            value.replace(self.m.thousands_separator, "") if self.m.thousands_separator else value
        )
        clean = clean.replace(",", ".") if self.m.decimal_comma else clean
        try:
            number = Decimal(clean)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            sep = "decimal comma" if self.m.decimal_comma else "decimal point"
            self.fail(name, f"{value!r} is not a number (this partner uses a {sep})")
            return None
        return number

    def date(self, name: str) -> dt.date | None:
        value = self.text(name)
        if not value:
            return None
        for fmt in self.m.date_formats:
            try:
                return dt.datetime.strptime(value, fmt).date()
            except ValueError:
                continue
        self.fail(
            name, f"{value!r} is not a date in the format(s) {', '.join(self.m.date_formats)}"
        )
        return None


# fields that carry item ids (with the id kind) and the ship-to address
_ITEM_FIELDS = tuple(
    (n, k.split(":", 1)[1]) for n, (_, k) in FIELDS.items() if k.startswith("item:")
)
_SHIP_TO_FIELDS = tuple(n for n in FIELDS if n.startswith("ship_to_"))


def _line(row: _Row, seq: int) -> OrderLine | None:
    qty = row.decimal("quantity", required=True)
    mapped = row.cols.index
    ids = tuple(
        ItemId(kind, value)
        for name, kind in _ITEM_FIELDS
        if name in mapped and (value := row.text(name))
    )
    if qty is None:
        return None
    return OrderLine(
        line_no=row.text("line_no") or str(seq),
        quantity=qty,
        unit=row.text("unit") or row.m.default_unit,
        unit_price=row.decimal("unit_price"),
        item_ids=ids,
        description=row.text("description"),
        requested_date=row.date("requested_date"),
    )


def _order(first: _Row, lines: list[OrderLine], partner_id: str, message_id: str) -> Order:
    street = tuple(s for s in (first.text("ship_to_street"), first.text("ship_to_street2")) if s)
    ship_to = Party(
        "ST",
        first.text("ship_to_name"),
        first.text("ship_to_id"),
        "",
        Address(
            street,
            first.text("ship_to_city"),
            first.text("ship_to_region"),
            first.text("ship_to_postal_code"),
            first.text("ship_to_country"),
        ),
    )
    has_ship_to = any(first.text(f) for f in _SHIP_TO_FIELDS if f in first.cols.index)
    po = first.text("po_number", required=first.m.key != "po_number")  # the key is checked
    return Order(
        partner_id=partner_id,
        po_number=po,
        po_date=first.date("po_date"),
        lines=tuple(lines),
        currency=first.text("currency") or first.m.default_currency,
        parties=(ship_to,) if has_ship_to else (),
        requested_delivery_date=first.date("requested_delivery_date"),
        notes=(first.text("notes"),) if first.text("notes") else (),
        source_message_id=message_id,
        source_control=f"row {first.n}",
    )


def _close(g: CsvGroup, rows: list[_Row], partner_id: str, message_id: str) -> CsvGroup:
    lines = [ln for seq, r in enumerate(rows, start=1) if (ln := _line(r, seq)) is not None]
    order = _order(rows[0], lines, partner_id, message_id)
    if not g.problems:
        g.order = order
    return g


def read_csv_orders(
    data: bytes, mapping: CsvMapping, *, partner_id: str = "", message_id: str = ""
) -> Iterator[CsvGroup]:
    """Yield one CsvGroup per order, in file order. Raises CsvError for file-level faults
    (encoding, malformed quoting, header columns missing, no data rows)."""
    rows = _rows(data, mapping)
    header_row = mapping.skip_rows + 1
    header: list[str] | None = None
    if mapping.header:
        header = next((cells for n, cells in rows if n == header_row), None)
        if header is None:
            raise CsvError([CsvProblem(header_row, "", "", "the header row is missing")])
    cols = _Columns(mapping, header, header_row)
    key_at = cols.index[mapping.key]
    seen: dict[str, int] = {}
    group: CsvGroup | None = None
    group_rows: list[_Row] = []
    count = 0
    for n, cells in rows:
        if n < header_row or not any(c.strip() for c in cells):
            continue  # banner rows before the data, blank lines
        count += 1
        key = cells[key_at].strip() if key_at < len(cells) else ""
        started = group is None or key != group.key
        if started:
            if group is not None:
                yield _close(group, group_rows, partner_id, message_id)
            group, group_rows = CsvGroup(key=key, first_row=n, last_row=n), []
        assert group is not None
        group.last_row = n
        row = _Row(n, cells, cols, mapping, group.problems)
        row.text(mapping.key, required=True)
        if started and key and key in seen:
            row.fail(
                mapping.key,
                f"order {key!r} already ended at row {seen[key]}: the rows"
                " of one order must be consecutive",
            )
        seen[key] = n
        group_rows.append(row)
    if group is not None:
        yield _close(group, group_rows, partner_id, message_id)
    if count == 0:
        raise CsvError([CsvProblem(header_row + 1, "", "", "the file has no data rows")])


def describe(groups: list[CsvGroup]) -> dict[str, Any]:
    return {
        "orders": [
            {
                "key": g.key,
                "rows": [g.first_row, g.last_row],
                "problems": [str(p) for p in g.problems],
            }
            for g in groups
        ]
    }
