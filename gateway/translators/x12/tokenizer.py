"""X12 delimiters read from the ISA, and the split of an interchange into segments (X12.5/X12.6).

The ISA is the only fixed-width segment: the byte after "ISA" is the element separator,
ISA16 is the component separator and the byte after it the segment terminator; ISA11
is the repetition separator from version 00402 on (X12.5 section 3). Any byte that is
not a letter or digit may serve, control characters (0x1C, 0x1D, 0x15, 0x7F) included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from gateway.errors import EnvelopeError

__all__ = [
    "EBCDIC_ISA",
    "ISA_LENGTH",
    "Delimiters",
    "alternation",
    "ebcdic_to_latin1",
    "parse_isa",
    "read_delimiters",
    "split_segments",
    "strip_bom",
]

ISA_LENGTH = 106
_BOM = b"\xef\xbb\xbf"
_TRAILING = b"\r\n \t"
EBCDIC_ISA = b"\xc9\xe2\xc1"  # "ISA" in EBCDIC (cp037/cp500)
# byte -> byte table turning EBCDIC (cp037) into Latin-1, one byte per byte
_EBCDIC_TABLE = bytes(range(256)).decode("cp037").encode("latin-1", "replace")


@dataclass(frozen=True, slots=True)
class Delimiters:
    element: bytes
    component: bytes
    repetition: bytes | None
    segment: bytes


def ebcdic_to_latin1(data: bytes) -> bytes:
    """Translate EBCDIC (code page 037) bytes to Latin-1, keeping every offset."""
    return data.translate(_EBCDIC_TABLE)


def _alnum(b: bytes) -> bool:
    return b.isalnum() or b == b" "


def parse_isa(data: bytes, offset: int = 0) -> tuple[list[bytes], Delimiters, int]:
    """Read the ISA at `offset`, fixed width or trimmed; return (elements, delimiters, end).

    `elements[0]` is b"ISA", `elements[16]` is ISA16; `end` is the offset just after the
    segment terminator. Raises EnvelopeError (TA105 code) when no ISA can be read.
    """
    if data[offset : offset + 3] != b"ISA":
        raise EnvelopeError("interchange does not start with an ISA segment", code="024")
    element = data[offset + 3 : offset + 4]
    if not element or _alnum(element) or element in b"\r\n":
        raise EnvelopeError(
            f"ISA element separator {element!r} is a letter, digit or space", code="026"
        )
    # fast path: the standard fixed-width layout
    fixed = data[offset : offset + ISA_LENGTH]
    if (
        len(fixed) == ISA_LENGTH
        and fixed.count(element, 0, 104) == 16
        and all(
            fixed[p : p + 1] == element
            for p in (6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103)
        )
    ):
        parts = [*fixed[:103].split(element), fixed[104:105]]
        segment = fixed[105:106]
        end = offset + ISA_LENGTH
    else:
        # trimmed ISA: walk 16 separators, ISA16 is one byte, then the terminator
        pos = offset + 3
        for _ in range(15):
            nxt = data.find(element, pos + 1, pos + 200)
            if nxt < 0:
                raise EnvelopeError(
                    "ISA segment is incomplete (fewer than 16 elements)", code="023"
                )
            pos = nxt
        parts = data[offset:pos].split(element)
        if len(parts) != 16:
            raise EnvelopeError(
                f"ISA has {len(parts)} elements before ISA16, expected 15", code="022"
            )
        parts.append(data[pos + 1 : pos + 2])
        segment = data[pos + 2 : pos + 3]
        end = pos + 3
    component = parts[16]
    if len(segment) != 1:
        raise EnvelopeError("ISA segment is incomplete (no segment terminator)", code="023")
    if not component or _alnum(component) or component == element:
        raise EnvelopeError(f"ISA16 component separator {component!r} is invalid", code="027")
    if _alnum(segment) or segment in (element, component):
        raise EnvelopeError(f"segment terminator {segment!r} after ISA16 is invalid", code="004")
    rep = parts[11][:1]
    repetition = (
        rep
        if (
            parts[12] >= b"00402"
            and len(parts[11]) == 1
            and not _alnum(rep)
            and rep not in (element, component, segment)
        )
        else None
    )
    return parts, Delimiters(element, component, repetition, segment), end


def read_delimiters(data: bytes, offset: int = 0) -> Delimiters:
    """The delimiters of the ISA starting at `offset` (see `parse_isa`)."""
    return parse_isa(data, offset)[1]


def split_segments(data: bytes, delims: Delimiters, start: int = 0) -> Iterator[tuple[int, bytes]]:
    """Yield (offset, segment bytes) for each segment, dropping CR/LF/space after terminators."""
    term = delims.segment
    pos = start
    n = len(data)
    while pos < n:
        while pos < n and data[pos] in _TRAILING and data[pos : pos + 1] != term:
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


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of the literal `words`, as a prefix tree: a
    failing character is tested once per branch of the tree instead of once per word
    (code lists have hundreds), and longer words come first, as a backtracking matcher
    needs when one is another's prefix."""
    tree: dict[str, set[str]] = {}
    for w in words:
        tree.setdefault(w[:1], set()).add(w[1:])
    alts = []
    for head in sorted(tree):  # sorted: the same expression on every run
        rest = tree[head]
        if not head:
            continue
        alts.append(re.escape(head) + (alternation(rest) if rest != {""} else ""))
    if "" in tree:
        alts.append("")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
