"""CSV orders: per-partner mappings (names or positions, delimiters, quoting, encodings,
decimal commas, date formats), grouping rows into orders, errors naming row and column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from gateway.errors import ConfigError
from gateway.translators.csv import CsvError, CsvMapping, check_mapping, read_csv_orders

SHOP = CsvMapping(
    delimiter=";",
    encoding="cp1252",
    decimal_comma=True,
    thousands_separator=".",
    date_formats=["%d.%m.%Y", "%Y-%m-%d"],
    default_currency="EUR",
    columns={
        "po_number": "Bestellnummer",
        "po_date": "Datum",
        "sku": "Artikelnummer",
        "gtin": "EAN",
        "description": "Bezeichnung",
        "quantity": "Menge",
        "unit_price": "Einzelpreis",
        "ship_to_name": "Empfänger",
        "ship_to_street": "Straße",
        "ship_to_city": "Ort",
        "ship_to_postal_code": "PLZ",
        "ship_to_country": "Land",
    },
)

SHOP_FILE = (
    "Bestellnummer;Datum;Artikelnummer;EAN;Bezeichnung;Menge;Einzelpreis;Empfänger;Straße;"
    "Ort;PLZ;Land\r\n"
    'WS-1001;05.03.2024;A-1;4006381333931;"Schraube; M4";10;1.234,50;Jürgen Müller;'
    "Hauptstraße 5;Köln;50667;DE\r\n"
    'WS-1001;05.03.2024;A-2;;"Dübel ""extra""";2,5;0,99;Jürgen Müller;Hauptstraße 5;Köln;'
    "50667;DE\r\n"
    "\r\n"
    "WS-1002;2024-03-06;B-7;;Hammer;1;19,90;Eva Schmidt;Ring 1;Bonn;53111;DE\r\n"
).encode("cp1252")


def orders(data: bytes, mapping: CsvMapping):
    return list(read_csv_orders(data, mapping, partner_id="webshop", message_id="m1"))


def test_shop_file_becomes_two_orders():
    groups = orders(SHOP_FILE, SHOP)
    assert [(g.key, g.first_row, g.last_row, g.problems) for g in groups] == [
        ("WS-1001", 2, 3, []),
        ("WS-1002", 5, 5, []),
    ]
    o1, o2 = (g.order for g in groups)
    assert (o1.po_number, o1.po_date, o1.currency, o1.partner_id) == (
        "WS-1001",
        dt.date(2024, 3, 5),
        "EUR",
        "webshop",
    )
    assert o1.source_message_id == "m1" and o1.source_control == "row 2"
    st = o1.party("ST")
    assert (st.name, st.address.lines, st.address.city, st.address.postal_code) == (
        "Jürgen Müller",
        ("Hauptstraße 5",),
        "Köln",
        "50667",
    )
    a, b = o1.lines
    assert (a.line_no, a.quantity, a.unit_price, a.unit, a.description) == (
        "1",
        D(10),
        D("1234.50"),
        "EA",
        "Schraube; M4",
    )
    assert a.item("vendor") == "A-1" and a.item("gtin") == "4006381333931"
    assert (b.line_no, b.quantity, b.unit_price, b.description) == (
        "2",
        D("2.5"),
        D("0.99"),
        'Dübel "extra"',
    )
    assert b.item("gtin") is None
    assert o2.po_date == dt.date(2024, 3, 6) and o2.lines[0].unit_price == D("19.90")


def test_positions_without_header_tabs_and_utf8():
    m = CsvMapping(
        header=False, delimiter="\t", columns={"po_number": 1, "sku": 2, "quantity": 3, "unit": 4}
    )
    data = b"PO-9\tX\t3\tBOX\nPO-9\tY\t4\t\nPO-10\tZ\t1\tEA\n"
    groups = orders(data, m)
    assert [g.key for g in groups] == ["PO-9", "PO-10"]
    assert [(ln.item("vendor"), ln.quantity, ln.unit) for ln in groups[0].order.lines] == [
        ("X", D(3), "BOX"),
        ("Y", D(4), "EA"),
    ]


def test_skip_rows_and_line_numbers_from_a_column():
    m = CsvMapping(skip_rows=2, columns={"po_number": "po", "line_no": "line", "quantity": "qty"})
    data = b"Export of 2024-03-05\n\npo,line,qty\nA,10,1\nA,20,2\n"
    (g,) = orders(data, m)
    assert [ln.line_no for ln in g.order.lines] == ["10", "20"] and g.first_row == 4


def test_bad_numbers_and_dates_name_row_and_column():
    data = SHOP_FILE.replace(b";10;1.234,50;", b";zehn;1.234,50;").replace(
        b"WS-1002;2024-03-06;", b"WS-1002;06/03/2024;"
    )
    g1, g2 = orders(data, SHOP)
    assert g1.order is None and [str(p) for p in g1.problems] == [
        "row 2, column 'Menge' (quantity): 'zehn' is not a number (this partner uses a"
        " decimal comma)"
    ]
    assert g2.order is None and [str(p) for p in g2.problems] == [
        "row 5, column 'Datum' (po_date): '06/03/2024' is not a date in the format(s)"
        " %d.%m.%Y, %Y-%m-%d"
    ]


def test_empty_required_cells_and_short_rows():
    m = CsvMapping(columns={"po_number": 1, "quantity": 3}, header=False)
    g1, g2 = orders(b"P1,x,\nP2,y\n", m)
    assert [str(p) for p in g1.problems] == ["row 1, column 3 (quantity): is empty"]
    assert [str(p) for p in g2.problems] == ["row 2, column 3 (quantity): the row has 2 columns"]


def test_missing_header_column_is_a_file_error():
    data = SHOP_FILE.replace(b"Menge", b"Anzahl", 1)
    with pytest.raises(CsvError) as err:
        orders(data, SHOP)
    assert str(err.value).startswith(
        "row 1, column 'Menge' (quantity): column is missing from"
        " the header row (found: 'Bestellnummer', 'Datum'"
    )


def test_non_consecutive_order_rows_are_refused():
    m = CsvMapping(columns={"po_number": "po", "quantity": "qty"})
    groups = orders(b"po,qty\nA,1\nB,1\nA,2\n", m)
    assert [g.order is not None for g in groups] == [True, True, False]
    assert str(groups[2].problems[0]) == (
        "row 4, column 'po' (po_number): order 'A' already ended at row 2: the rows of one"
        " order must be consecutive"
    )


@pytest.mark.parametrize(
    ("data", "mapping", "message"),
    [
        (
            b"po,qty\nA,\xff1\n",
            CsvMapping(columns={"po_number": "po", "quantity": "qty"}),
            "row 2: bytes are not valid utf-8-sig",
        ),
        (
            b'po,qty\nA,"1\n',
            CsvMapping(columns={"po_number": "po", "quantity": "qty"}),
            "not valid CSV",
        ),
        (
            b"po,qty\n\n",
            CsvMapping(columns={"po_number": "po", "quantity": "qty"}),
            "row 2: the file has no data rows",
        ),
        (
            b"",
            CsvMapping(columns={"po_number": "po", "quantity": "qty"}),
            "row 1: the header row is missing",
        ),
    ],
)
def test_file_level_errors(data, mapping, message):
    with pytest.raises(CsvError) as err:
        orders(data, mapping)
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("mapping", "key"),
    [
        (CsvMapping(columns={"po_number": "po"}), "csv.columns"),
        (
            CsvMapping(columns={"po_number": "po", "quantity": "q", "colour": "c"}),
            "csv.columns.colour",
        ),
        (
            CsvMapping(columns={"po_number": 0, "quantity": 1}, header=False),
            "csv.columns.po_number",
        ),
        (
            CsvMapping(columns={"po_number": "po", "quantity": "q"}, header=False),
            "csv.columns.po_number",
        ),
        (CsvMapping(columns={"po_number": "po", "quantity": "q"}, delimiter=";;"), "csv.delimiter"),
        (
            CsvMapping(columns={"po_number": "po", "quantity": "q"}, encoding="klingon"),
            "csv.encoding",
        ),
    ],
)
def test_bad_mappings_are_refused_at_load(mapping, key):
    with pytest.raises(ConfigError) as err:
        check_mapping(mapping, file="partners/shop.toml")
    assert err.value.key == key


def test_streams_large_files_in_constant_memory():
    m = CsvMapping(columns={"po_number": "po", "quantity": "qty", "sku": "sku"})
    rows = b"".join(b"PO%06d,%d,SKU-%d\n" % (i // 5, i % 7 + 1, i) for i in range(50_000))
    it = read_csv_orders(b"po,qty,sku\n" + rows, m)
    first = next(it)
    assert first.key == "PO000000" and len(first.order.lines) == 5
    assert sum(1 for _ in it) == 9_999
