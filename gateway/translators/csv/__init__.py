"""CSV orders from web shops and spreadsheets, mapped per partner (`[csv]` profile section)."""

from gateway.translators.csv.mapping import FIELDS, CsvMapping, check_mapping
from gateway.translators.csv.reader import (
    CsvError,
    CsvGroup,
    CsvProblem,
    describe,
    read_csv_orders,
)

__all__ = [
    "FIELDS",
    "CsvError",
    "CsvGroup",
    "CsvMapping",
    "CsvProblem",
    "check_mapping",
    "describe",
    "read_csv_orders",
]
