"""005010 transaction sets: the 004010 structures over 5010 segments, and the 999 (data only)."""

from __future__ import annotations

from dataclasses import replace

from gateway.translators.x12.spec import Loop, M, O, Use, rebind
from gateway.translators.x12.v004010.sets import SPECS as SPECS4
from gateway.translators.x12.v005010.segments import SEGMENTS as S

__all__ = ["SPECS"]


def U(seg: str, pos: int, req: str = O, mx: int | None = 1) -> Use:
    return Use(S[seg], pos, req, mx)


FA999 = Loop(
    "999",
    M,
    1,
    (
        U("ST", 10, M),
        U("AK1", 20, M),
        Loop(
            "2000",
            O,
            None,
            (
                U("AK2", 30, M),
                Loop(
                    "2100",
                    O,
                    None,
                    (
                        U("IK3", 40, M),
                        U("CTX", 50, O, 10),
                        Loop("2110", O, None, (U("IK4", 60, M), U("CTX", 70, O, 10))),
                    ),
                ),
                U("IK5", 80, M),
            ),
        ),
        U("AK9", 90, M),
        U("SE", 100, M),
    ),
    "FA",
)

SPECS: dict[tuple[str, str, str], Loop] = {
    **{("005010", g, s): rebind(spec, S) for (_, g, s), spec in SPECS4.items()},
    ("005010", "FA", "999"): FA999,
}
# 004010 partners also receive and send 999s when their profile says so
SPECS[("004010", "FA", "999")] = replace(FA999)
