"""X12 delimiters read from the ISA, and the split of an interchange into segments (X12.5/X12.6)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from gateway.errors import EnvelopeError

__all__ = ["ISA_LENGTH", "Delimiters", "read_delimiters", "split_segments"]

ISA_LENGTH = 106
_BOM = b"\xef\xbb\xbf"
_TRAILING = b"\r\n \t"


@dataclass(frozen=True, slots=True)
class Delimiters:
    element: bytes
    component: bytes
    repetition: bytes | None
    segment: bytes


def read_delimiters(data: bytes, offset: int = 0) -> Delimiters:
    """Take the delimiters from the fixed-width ISA starting at `offset`.

    The element separator is the byte after "ISA", the component separator is ISA16 and
    the segment terminator the byte after it; ISA11 is the repetition separator from
    version 00402 on (it is "U" before).
    """
    isa = data[offset : offset + ISA_LENGTH]
    if len(isa) < ISA_LENGTH or not isa.startswith(b"ISA"):
        raise EnvelopeError("interchange does not start with a complete 106-byte ISA segment",
                            code="024")
    element = isa[3:4]
    parts = isa.split(element)
    if len(parts) != 17:
        raise EnvelopeError(f"ISA has {len(parts) - 1} elements, expected 16", code="024")
    repetition = parts[11][:1] if parts[12] >= b"00402" and parts[11] != b"U" else None
    component = isa[104:105]
    segment = isa[105:106]
    if len({element, component, segment}) != 3 or segment.isalnum() or element.isalnum():
        raise EnvelopeError("ISA delimiters are not distinct non-alphanumeric characters",
                            code="026")
    return Delimiters(element, component, repetition, segment)


def split_segments(data: bytes, delims: Delimiters, start: int = 0) -> Iterator[tuple[int, bytes]]:
    """Yield (offset, segment bytes) for each segment, dropping CR/LF/space after terminators."""
    term = delims.segment
    pos = start
    n = len(data)
    while pos < n:
        while pos < n and data[pos] in _TRAILING:
            pos += 1
        if pos >= n:
            return
        end = data.find(term, pos)
        if end < 0:
            yield pos, data[pos:]
            return
        yield pos, data[pos:end]
        pos = end + 1


def strip_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(_BOM) else data
