"""004010 transaction set structures: positions, loops, repeats (data only).

Keyed by (release, GS01, ST01) in `SPECS`; positions follow the 004010 table layouts
(header, detail and summary tables numbered as one sequence).
"""

from __future__ import annotations

from dataclasses import replace

from gateway.translators.x12.spec import Loop, M, O, Use
from gateway.translators.x12.v004010.segments import SEGMENTS as S

__all__ = ["SPECS"]

N = None  # ">1": no maximum


def U(seg: str, pos: int, req: str = O, mx: int | None = 1) -> Use:
    return Use(S[seg], pos, req, mx)


def L(loop_id: str, req: str, mx: int | None, *children: Use | Loop) -> Loop:
    return Loop(loop_id, req, mx, children)


def _n1(pos: int, *extra: Use | Loop, mx: int | None = 200) -> Loop:
    """The N1 party loop every set carries (name, address, references, contacts)."""
    return L(
        "N1",
        O,
        mx,
        U("N1", pos, M),
        U("N2", pos + 10, O, 2),
        U("N3", pos + 20, O, 2),
        U("N4", pos + 30, O, N),
        U("REF", pos + 50, O, 12),
        U("PER", pos + 60, O, N),
        *extra,
    )


def _set(set_id: str, group: str, *children: Use | Loop) -> Loop:
    return Loop(set_id, M, 1, (U("ST", 1, M), *children, U("SE", 99_999, M)), group)


# fmt: off
def _po_header(first: str) -> tuple[Use | Loop, ...]:
    """The header table the purchase order family (850, 855, 860, 865) shares."""
    return (
        U(first, 20, M), U("CUR", 40), U("REF", 50, O, N), U("PER", 60, O, 3),
        U("TAX", 70, O, N), U("FOB", 80, O, N), U("CTP", 90, O, N), U("CSH", 110, O, 5),
        L("SAC", O, 25, U("SAC", 120, M), U("CUR", 125)), U("ITD", 130, O, N),
        U("DIS", 140, O, 20), U("DTM", 150, O, 10), U("SI", 180, O, N), U("PID", 200, O, 200),
        U("MEA", 210, O, 40), U("PWK", 220, O, 25), U("PKG", 230, O, 200),
        U("TD1", 240, O, 2), U("TD5", 250, O, 12), U("TD3", 260, O, 12), U("TD4", 270, O, 5),
        U("MAN", 280, O, 10), U("CTB", 290, O, 5), U("TXI", 295, O, N),
        L("N9", O, 1000, U("N9", 300, M), U("DTM", 305, O, 10), U("MSG", 310, O, 1000),
          U("MTX", 315, O, N)),
        _n1(320, U("FOB", 390), U("TD1", 400, O, 2), U("TD5", 410, O, 12),
            U("TD3", 420, O, 12), U("TD4", 430, O, 5), U("PKG", 440, O, 200)),
    )


def _po_line(first: str, *tail: Use | Loop) -> Loop:
    """The detail line loop of the purchase order family, ended by each set's own loops."""
    return L(
        first, O, 100_000,
        U(first, 1010, M), U("LIN", 1015, O, N), U("SI", 1018, O, N), U("CUR", 1020),
        U("PO3", 1040, O, 25), U("CTP", 1050, O, N), U("MEA", 1070, O, 40),
        L("PID", O, 1000, U("PID", 1080, M), U("MEA", 1090, O, 10)),
        U("PWK", 1100, O, 25), U("PO4", 1110, O, N), U("REF", 1120, O, N),
        U("PER", 1130, O, 3), L("SAC", O, 25, U("SAC", 1140, M), U("CUR", 1145)),
        U("IT8", 1150), U("ITD", 1160, O, 2), U("DIS", 1170, O, 20), U("TAX", 1190, O, N),
        U("FOB", 1200, O, N), U("SDQ", 1210, O, 500), U("DTM", 1250, O, 10),
        U("TD1", 1270), U("TD5", 1280, O, 12), U("TD3", 1290, O, 12), U("TD4", 1300, O, 5),
        U("MAN", 1320, O, 10), U("MSG", 1330, O, N), U("TXI", 1335, O, N),
        *tail,
    )


_PO_N9 = L("N9", O, 1000, U("N9", 1440, M), U("DTM", 1445, O, 10), U("MSG", 1450, O, 1000))
_CTT = L("CTT", O, 1, U("CTT", 2010, M), U("AMT", 2020))
_ACK = L("ACK", O, 104, U("ACK", 1370, M), U("DTM", 1380, O, 10))

PO850 = _set(
    "850", "PO", *_po_header("BEG"),
    replace(_po_line(
        "PO1", _PO_N9,
        _n1(1460, U("SCH", 1555, O, 200), U("TD5", 1560, O, 12), U("PKG", 1590, O, 200)),
        L("SLN", O, 1000, U("SLN", 1600, M), U("MSG", 1605, O, N), U("PID", 1610, O, 1000),
          U("PO3", 1620, O, 104), U("CTP", 1630, O, 25), U("PO4", 1640),
          U("DTM", 1650, O, 10)),
        L("AMT", O, N, U("AMT", 1700, M), U("REF", 1710), U("DTM", 1720)),
        L("SCH", O, 200, U("SCH", 1800, M), U("TD1", 1810, O, 2), U("TD5", 1820, O, 12),
          U("REF", 1830, O, N)),
    ), req=M),
    _CTT,
)
PR855 = _set("855", "PR", *_po_header("BAK"),
             _po_line("PO1", _ACK, L("SCH", O, 104, U("SCH", 1400, M)), _PO_N9, _n1(1460)),
             _CTT)
PC860 = _set("860", "PC", *_po_header("BCH"),
             _po_line("POC", L("SCH", O, 104, U("SCH", 1400, M)), _PO_N9, _n1(1460)), _CTT)
CA865 = _set("865", "CA", *_po_header("BCA"),
             _po_line("POC", _ACK, L("SCH", O, 104, U("SCH", 1400, M)), _PO_N9, _n1(1460)),
             _CTT)
# fmt: on

_HL_CONTENT = (
    U("LIN", 20, O),
    U("SN1", 30),
    U("SLN", 40, O, 1000),
    U("PRF", 50),
    U("PO4", 60),
    U("PID", 70, O, 200),
    U("MEA", 80, O, 40),
    U("PWK", 90, O, 25),
    U("PKG", 100, O, 25),
    U("TD1", 110, O, 20),
    U("TD5", 120, O, 12),
    U("TD3", 130, O, 12),
    U("TD4", 140, O, 5),
    U("REF", 150, O, N),
    U("PER", 160, O, N),
    U("CUR", 165),
    U("MAN", 170, O, N),
    U("DTM", 200, O, 10),
    U("FOB", 210),
    U("SDQ", 215, O, 50),
    U("ITD", 220, O, 5),
    L(
        "N1",
        O,
        200,
        U("N1", 300, M),
        U("N2", 310, O, 2),
        U("N3", 320, O, 2),
        U("N4", 330),
        U("REF", 340, O, 12),
        U("PER", 350, O, 3),
        U("FOB", 360),
    ),
)
SH856 = _set(
    "856",
    "SH",
    U("BSN", 20, M),
    U("DTM", 40, O, 10),
    Loop("HL", M, 200_000, (U("HL", 10, M), *_HL_CONTENT)),
    L("CTT", O, 1, U("CTT", 2010, M), U("AMT", 2020)),
)

IN810 = _set(
    "810",
    "IN",
    U("BIG", 20, M),
    U("NTE", 30, O, 100),
    U("CUR", 40),
    U("REF", 50, O, 12),
    U("PER", 60, O, 3),
    _n1(70, mx=200),
    U("ITD", 130, O, N),
    U("DTM", 140, O, 10),
    U("FOB", 150),
    U("PID", 160, O, 200),
    U("MEA", 170, O, 40),
    U("PWK", 180, O, 25),
    U("PKG", 190, O, 25),
    U("TD1", 200, O, 2),
    U("TD5", 210, O, 12),
    U("TD3", 220, O, 12),
    U("TD4", 230, O, 5),
    L(
        "IT1",
        O,
        200_000,
        U("IT1", 1010, M),
        U("CUR", 1015),
        U("CTP", 1040, O, 25),
        U("PO4", 1060),
        U("SDQ", 1070, O, 500),
        L("PID", O, 1000, U("PID", 1080, M), U("MEA", 1090, O, 10)),
        U("PWK", 1110, O, 25),
        U("PKG", 1120, O, 25),
        U("PO4", 1130),
        U("ITD", 1140, O, 2),
        U("REF", 1150, O, N),
        U("PER", 1160, O, 5),
        U("DTM", 1170, O, 10),
        U("TXI", 1180, O, 10),
        U("SAC", 1190, O, 25),
        U("TD1", 1200),
        U("TD5", 1210, O, 12),
        U("TD3", 1220),
        U("TD4", 1230, O, 5),
        L(
            "SLN",
            O,
            1000,
            U("SLN", 1240, M),
            U("DTM", 1250),
            U("REF", 1260, O, N),
            U("PID", 1270, O, 1000),
        ),
        L(
            "N1",
            O,
            200,
            U("N1", 1300, M),
            U("N2", 1310, O, 2),
            U("N3", 1320, O, 2),
            U("N4", 1330),
            U("REF", 1340, O, 12),
            U("PER", 1350, O, 3),
            U("DTM", 1360),
        ),
    ),
    U("TDS", 2010, M),
    U("TXI", 2020, O, 10),
    U("CAD", 2030),
    U("AMT", 2031, O, N),
    L("SAC", O, 25, U("SAC", 2040, M), U("TXI", 2050, O, 10)),
    L("ISS", O, 100, U("ISS", 2060, M), U("PID", 2070)),
    U("CTT", 2080),
)


OW940 = _set(
    "940",
    "OW",
    U("W05", 20, M),
    L(
        "N1",
        O,
        10,
        U("N1", 40, M),
        U("N2", 50, O, 2),
        U("N3", 60, O, 2),
        U("N4", 70),
        U("REF", 80, O, 12),
        U("PER", 90, O, 3),
    ),
    U("N9", 85, O, 10),
    U("G62", 100, O, 10),
    U("NTE", 110, O, 10),
    U("W66", 120, O),
    L(
        "LX",
        O,
        9999,
        U("LX", 1005, M),
        L(
            "W01",
            M,
            9999,
            U("W01", 1020, M),
            U("G69", 1030, O, 5),
            U("N9", 1040, O, 200),
            U("W20", 1050),
            U("NTE", 1055, O, 10),
            U("MAN", 1060, O, 10),
        ),
    ),
    U("W76", 2010, O),
)

SW945 = _set(
    "945",
    "SW",
    U("W06", 20, M),
    L(
        "N1",
        O,
        10,
        U("N1", 40, M),
        U("N2", 50, O, 2),
        U("N3", 60, O, 2),
        U("N4", 70),
        U("PER", 80, O, 3),
    ),
    U("N9", 90, O, 30),
    U("G62", 100, O, 10),
    U("W27", 110, M),
    U("W10", 120, O, 5),
    L(
        "LX",
        M,
        9999,
        U("LX", 1005, M),
        U("MAN", 1010, O, 10),
        L(
            "W12",
            M,
            9999,
            U("W12", 1020, M),
            U("G69", 1030, O, 5),
            U("N9", 1040, O, 20),
            U("MAN", 1050, O, 10),
        ),
    ),
    U("W03", 2010, M),
)

IB846 = _set(
    "846",
    "IB",
    U("BIA", 20, M),
    U("CUR", 30),
    U("REF", 40, O, 12),
    U("PER", 50, O, 3),
    U("DTM", 60, O, 10),
    L(
        "N1",
        O,
        200,
        U("N1", 100, M),
        U("N2", 110, O, 2),
        U("N3", 120, O, 2),
        U("N4", 130),
        U("REF", 140, O, 12),
        U("PER", 150, O, 3),
    ),
    L(
        "LIN",
        M,
        10_000,
        U("LIN", 1010, M),
        U("SLN", 1015, O, 1000),
        U("PID", 1020, O, 200),
        U("DTM", 1030, O, 10),
        U("REF", 1040, O, N),
        U("PER", 1050, O, 3),
        U("MEA", 1060, O, 40),
        U("CTP", 1070, O, 25),
        U("PO4", 1080, O, 25),
        U("UIT", 1090, O, 1),
        L(
            "QTY",
            O,
            N,
            U("QTY", 1100, M),
            U("SCH", 1110, O, 25),
            U("DTM", 1120, O, 10),
            U("SDQ", 1130, O, N),
        ),
        L(
            "N1",
            O,
            N,
            U("N1", 1200, M),
            U("N3", 1210, O, 2),
            U("N4", 1220),
            U("QTY", 1230, O, N),
            U("DTM", 1240),
        ),
    ),
    U("CTT", 2010),
)

FA997 = _set(
    "997",
    "FA",
    U("AK1", 20, M),
    L(
        "AK2",
        O,
        None,
        U("AK2", 30, M),
        L("AK3", O, None, U("AK3", 40, M), U("AK4", 50, O, 99)),
        U("AK5", 60, M),
    ),
    U("AK9", 70, M),
)

SPECS: dict[tuple[str, str, str], Loop] = {
    ("004010", s.functional_id, s.id): s
    for s in (PO850, PR855, SH856, IN810, PC860, CA865, OW940, SW945, IB846, FA997)
}
