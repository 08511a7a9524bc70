"""005010 segments: the 004010 definitions with their 5010 changes, plus the 999's (data only)."""

from __future__ import annotations

from dataclasses import replace

from gateway.translators.x12.spec import AN, ID, N0, El, M, O, Seg, X
from gateway.translators.x12.v004010.codes import CODES as C
from gateway.translators.x12.v004010.segments import SEGMENTS as S4

__all__ = ["SEGMENTS"]

# 999 error codes (X12.6 005010: 620 IK304, 621 IK403, 618 IK502)
IK304 = frozenset("1 2 3 4 5 6 7 8 I4 I6 I7 I8 I9".split())
IK403 = frozenset("1 2 3 4 5 6 7 8 9 10 12 13 I10 I11 I12 I13 I6 I9".split())
IK502 = frozenset("1 2 3 4 5 6 7 8 9 10 11 12 13 15 16 17 18 19 23 24 25 26 27 I5 I6".split())
C030 = El(
    "C030", M, components=(El("722", M, N0, 1, 2), El("1528", O, N0, 1, 2), El("1686", O, N0, 1, 4))
)
C998 = El("C998", M, components=(El("9999", M, AN, 1, 35), El("1271", O, AN, 1, 65)))
C999 = El("C999", O, components=(El("1528", M, N0, 1, 2), El("1528", O, N0, 1, 2)))


def _extend(seg: Seg, *more: El) -> Seg:
    return replace(seg, elements=(*seg.elements, *more))


_CHANGED = [
    _extend(S4["ST"], El("1705", O, AN, 1, 35)),
    _extend(S4["AK1"], El("480", O, AN, 1, 12)),
    _extend(S4["AK2"], El("1705", O, AN, 1, 35)),
    replace(S4["AK4"], elements=(C030, *S4["AK4"].elements[1:])),
    _extend(S4["N4"], El("1715", O, ID, 3, 3)),
    replace(
        S4["REF"],
        elements=(*S4["REF"].elements[:2], El("352", X, AN, 1, 80), *S4["REF"].elements[3:]),
    ),
    replace(
        S4["PER"],
        elements=tuple(replace(e, max=256) if e.ref == "364" else e for e in S4["PER"].elements),
    ),
    Seg(
        "IK3",
        "Implementation Data Segment Note",
        (
            El("721", M, ID, 2, 3),
            El("719", M, N0, 1, 10),
            El("447", O, AN, 1, 4),
            El("620", O, ID, 1, 3, IK304),
        ),
    ),
    Seg(
        "CTX",
        "Context",
        (
            C998,
            El("721", X, ID, 2, 3),
            El("719", X, N0, 1, 10),
            El("447", O, AN, 1, 4),
            replace(C030, req=O),
            C999,
        ),
        ("P0203",),
    ),
    Seg(
        "IK4",
        "Implementation Data Element Note",
        (C030, El("725", O, N0, 1, 4), El("621", M, ID, 1, 3, IK403), El("724", O, AN, 1, 99)),
    ),
    Seg(
        "IK5",
        "Implementation Transaction Set Response Trailer",
        (El("717", M, ID, 1, 1, C["717"]), *(El("618", O, ID, 1, 3, IK502) for _ in range(5))),
    ),
]

SEGMENTS: dict[str, Seg] = {**S4, **{s.id: s for s in _CHANGED}}
