"""Message structures (data only): ORDERS, ORDCHG, ORDRSP, DESADV, INVOIC, APERAK, CONTRL.

Each structure lists the segment groups of the UN/EDIFACT message in the order of its
directory (D96A, D01B) with status and repetitions. ORDERS, ORDCHG and ORDRSP share
the header and line groups of the ordering family; the builder functions take the
directory's segments so D96A and D01B each get their own element definitions.
`SPECS` is keyed by the UNH S009 (message type, version, release); `spec_for`
looks one up.
"""

from __future__ import annotations

from gateway.translators.edifact.segments import D01B, D96A, SERVICE
from gateway.translators.edifact.spec import G, Group, Seg, U, Use

__all__ = ["DIRECTORIES", "SPECS", "spec_for"]

MANY = 9_999_999


def _rff(d: dict[str, Seg], name: str, rep: int = 99) -> Group:
    return G(name, "C", rep, U(d["RFF"], "M", 1), U(d["DTM"], "C", 5))


def _alc_group(d: dict[str, Seg], name: str) -> Group:
    return G(
        name,
        "C",
        99,
        U(d["ALC"], "M", 1),
        U(d["ALI"], "C", 5),
        U(d["DTM"], "C", 5),
        G(f"{name}.QTY", "C", 1, U(d["QTY"], "M", 1), U(d["RNG"], "C", 1)),
        G(f"{name}.PCD", "C", 1, U(d["PCD"], "M", 1), U(d["RNG"], "C", 1)),
        G(f"{name}.MOA", "C", 2, U(d["MOA"], "M", 1), U(d["RNG"], "C", 1)),
        G(f"{name}.RTE", "C", 1, U(d["RTE"], "M", 1), U(d["RNG"], "C", 1)),
        G(f"{name}.TAX", "C", 5, U(d["TAX"], "M", 1), U(d["MOA"], "C", 1)),
    )


def _nad_group(d: dict[str, Seg], name: str) -> Group:
    return G(
        name,
        "C",
        99,
        U(d["NAD"], "M", 1),
        U(d["LOC"], "C", 25),
        U(d["FII"], "C", 5),
        _rff(d, f"{name}.RFF", 9999),
        G(f"{name}.DOC", "C", 5, U(d["DOC"], "M", 1), U(d["DTM"], "C", 5)),
        G(f"{name}.CTA", "C", 5, U(d["CTA"], "M", 1), U(d["COM"], "C", 5)),
    )


def _header(d: dict[str, Seg]) -> tuple[Use | Group, ...]:
    """UNH .. the groups before the line items, common to the ordering and billing family."""
    return (
        U(SERVICE["UNH"], "M", 1),
        U(d["BGM"], "M", 1),
        U(d["DTM"], "C", 35),
        U(d["PAI"], "C", 1),
        U(d["ALI"], "C", 5),
        U(d["IMD"], "C", 1),
        U(d["FTX"], "C", 99),
        _rff(d, "SG1"),
        _nad_group(d, "SG2"),
        G("SG6", "C", 5, U(d["TAX"], "M", 1), U(d["MOA"], "C", 1), U(d["LOC"], "C", 5)),
        G("SG7", "C", 5, U(d["CUX"], "M", 1), U(d["PCD"], "C", 5), U(d["DTM"], "C", 5)),
        G(
            "SG8",
            "C",
            10,
            U(d["PAT"], "M", 1),
            U(d["DTM"], "C", 5),
            U(d["PCD"], "C", 1),
            U(d["MOA"], "C", 1),
        ),
        G(
            "SG9",
            "C",
            10,
            U(d["TDT"], "M", 1),
            G("SG10", "C", 10, U(d["LOC"], "M", 1), U(d["DTM"], "C", 5)),
        ),
        G("SG11", "C", 5, U(d["TOD"], "M", 1), U(d["LOC"], "C", 2)),
        G(
            "SG12",
            "C",
            1000,
            U(d["PAC"], "M", 1),
            U(d["MEA"], "C", 5),
            G(
                "SG13",
                "C",
                5,
                U(d["PCI"], "M", 1),
                U(d["RFF"], "C", 1),
                U(d["DTM"], "C", 5),
                U(d["GIN"], "C", 10),
            ),
        ),
        G(
            "SG14",
            "C",
            10,
            U(d["EQD"], "M", 1),
            U(d["HAN"], "C", 5),
            U(d["MEA"], "C", 5),
            U(d["FTX"], "C", 5),
        ),
        G(
            "SG15",
            "C",
            10,
            U(d["SCC"], "M", 1),
            U(d["FTX"], "C", 5),
            U(d["RFF"], "C", 5),
            G("SG16", "C", 10, U(d["QTY"], "M", 1), U(d["DTM"], "C", 5)),
        ),
        G("SG17", "C", 25, U(d["APR"], "M", 1), U(d["DTM"], "C", 5), U(d["RNG"], "C", 1)),
        _alc_group(d, "SG18"),
        G(
            "SG24",
            "C",
            10,
            U(d["RCS"], "M", 1),
            U(d["RFF"], "C", 5),
            U(d["DTM"], "C", 5),
            U(d["FTX"], "C", 5),
        ),
    )


def _line(d: dict[str, Seg]) -> Group:
    """The line item group (LIN ...) of ORDERS/ORDCHG/ORDRSP/INVOIC."""
    return G(
        "SG25",
        "C",
        200_000,
        U(d["LIN"], "M", 1),
        U(d["PIA"], "C", 25),
        U(d["IMD"], "C", 99),
        U(d["MEA"], "C", 99),
        U(d["QTY"], "C", 99),
        U(d["PCD"], "C", 5),
        U(d["ALI"], "C", 5),
        U(d["DTM"], "C", 35),
        U(d["MOA"], "C", 10),
        U(d["GIN"], "C", 1000),
        U(d["GIR"], "C", 1000),
        U(d["QVR"], "C", 1),
        U(d["DOC"], "C", 5),
        U(d["PAI"], "C", 1),
        U(d["FTX"], "C", 99),
        G(
            "SG26",
            "C",
            999,
            U(d["PAT"], "M", 1),
            U(d["DTM"], "C", 5),
            U(d["PCD"], "C", 1),
            U(d["MOA"], "C", 1),
        ),
        G(
            "SG28",
            "C",
            25,
            U(d["PRI"], "M", 1),
            U(d["CUX"], "C", 1),
            U(d["APR"], "C", 1),
            U(d["RNG"], "C", 1),
            U(d["DTM"], "C", 5),
        ),
        _rff(d, "SG29", 9999),
        G(
            "SG30",
            "C",
            99,
            U(d["PAC"], "M", 1),
            U(d["MEA"], "C", 5),
            U(d["QTY"], "C", 5),
            U(d["DTM"], "C", 5),
            _rff(d, "SG30.RFF", 1),
            G(
                "SG31",
                "C",
                10,
                U(d["PCI"], "M", 1),
                U(d["RFF"], "C", 1),
                U(d["DTM"], "C", 5),
                U(d["GIN"], "C", 10),
            ),
        ),
        G("SG32", "C", 9999, U(d["LOC"], "M", 1), U(d["QTY"], "C", 100), U(d["DTM"], "C", 5)),
        G("SG33", "C", 99, U(d["TAX"], "M", 1), U(d["MOA"], "C", 1), U(d["LOC"], "C", 5)),
        _nad_group(d, "SG34"),
        _alc_group(d, "SG38"),
        G(
            "SG44",
            "C",
            10,
            U(d["TDT"], "M", 1),
            G("SG45", "C", 10, U(d["LOC"], "M", 1), U(d["DTM"], "C", 5)),
        ),
        G("SG46", "C", 5, U(d["TOD"], "M", 1), U(d["LOC"], "C", 2)),
        G(
            "SG47",
            "C",
            10,
            U(d["EQD"], "M", 1),
            U(d["HAN"], "C", 5),
            U(d["MEA"], "C", 5),
            U(d["FTX"], "C", 5),
        ),
        G(
            "SG48",
            "C",
            100,
            U(d["SCC"], "M", 1),
            U(d["FTX"], "C", 5),
            U(d["RFF"], "C", 5),
            G("SG49", "C", 100, U(d["QTY"], "M", 1), U(d["DTM"], "C", 5)),
        ),
        G(
            "SG50",
            "C",
            100,
            U(d["RCS"], "M", 1),
            U(d["RFF"], "C", 5),
            U(d["DTM"], "C", 5),
            U(d["FTX"], "C", 5),
        ),
        G(
            "SG51",
            "C",
            10,
            U(d["STG"], "M", 1),
            G("SG52", "C", 3, U(d["QTY"], "M", 1), U(d["DTM"], "C", 5)),
        ),
    )


def ordering(name: str, d: dict[str, Seg]) -> Group:
    """ORDERS, ORDCHG and ORDRSP: header, line items, summary section."""
    return G(
        name,
        "M",
        1,
        *_header(d),
        _line(d),
        U(d["UNS"], "M", 1),
        U(d["MOA"], "C", 12),
        U(d["CNT"], "C", 10),
        _alc_group(d, "SG53"),
        U(SERVICE["UNT"], "M", 1),
    )


def invoic(d: dict[str, Seg]) -> Group:
    return G(
        "INVOIC",
        "M",
        1,
        *_header(d),
        _line(d),
        U(d["UNS"], "M", 1),
        U(d["CNT"], "C", 10),
        G("SG48", "C", 100, U(d["MOA"], "M", 1), _rff(d, "SG49", 1)),
        G("SG50", "C", 10, U(d["TAX"], "M", 1), U(d["MOA"], "C", 9)),
        G("SG51", "C", 15, U(d["ALC"], "M", 1), U(d["ALI"], "C", 1), U(d["MOA"], "C", 2)),
        U(SERVICE["UNT"], "M", 1),
    )


def desadv(d: dict[str, Seg]) -> Group:
    return G(
        "DESADV",
        "M",
        1,
        U(SERVICE["UNH"], "M", 1),
        U(d["BGM"], "M", 1),
        U(d["DTM"], "C", 10),
        U(d["ALI"], "C", 5),
        U(d["MEA"], "C", 5),
        U(d["MOA"], "C", 5),
        _rff(d, "SG1", 10),
        G(
            "SG2",
            "C",
            99,
            U(d["NAD"], "M", 1),
            U(d["LOC"], "C", 10),
            _rff(d, "SG3", 10),
            G("SG4", "C", 10, U(d["CTA"], "M", 1), U(d["COM"], "C", 5)),
        ),
        G("SG5", "C", 10, U(d["TOD"], "M", 1), U(d["LOC"], "C", 5), U(d["FTX"], "C", 5)),
        G(
            "SG6",
            "C",
            10,
            U(d["TDT"], "M", 1),
            U(d["PCD"], "C", 1),
            G("SG7", "C", 10, U(d["LOC"], "M", 1), U(d["DTM"], "C", 5)),
        ),
        G(
            "SG8",
            "C",
            10,
            U(d["EQD"], "M", 1),
            U(d["MEA"], "C", 5),
            G("SG9", "C", 99, U(d["HAN"], "M", 1), U(d["FTX"], "C", 10)),
        ),
        G(
            "SG10",
            "C",
            MANY,
            U(d["CPS"], "M", 1),
            U(d["FTX"], "C", 5),
            G(
                "SG11",
                "C",
                9999,
                U(d["PAC"], "M", 1),
                U(d["MEA"], "C", 10),
                U(d["QTY"], "C", 10),
                G("SG12", "C", 10, U(d["HAN"], "M", 1), U(d["FTX"], "C", 10)),
                G(
                    "SG13",
                    "C",
                    1000,
                    U(d["PCI"], "M", 1),
                    U(d["RFF"], "C", 1),
                    U(d["DTM"], "C", 5),
                    U(d["GIR"], "C", 5),
                    G("SG14", "C", 99, U(d["GIN"], "M", 1), U(d["DLM"], "C", 100)),
                ),
            ),
            G(
                "SG15",
                "C",
                9999,
                U(d["LIN"], "M", 1),
                U(d["PIA"], "C", 10),
                U(d["IMD"], "C", 25),
                U(d["MEA"], "C", 10),
                U(d["QTY"], "C", 10),
                U(d["ALI"], "C", 10),
                U(d["GIN"], "C", 100),
                U(d["GIR"], "C", 100),
                U(d["DLM"], "C", 100),
                U(d["DTM"], "C", 5),
                U(d["FTX"], "C", 5),
                U(d["MOA"], "C", 5),
                _rff(d, "SG16", 10),
                G(
                    "SG18",
                    "C",
                    100,
                    U(d["LOC"], "M", 1),
                    U(d["NAD"], "C", 1),
                    U(d["DTM"], "C", 1),
                    U(d["QTY"], "C", 10),
                ),
                G(
                    "SG20",
                    "C",
                    1000,
                    U(d["PCI"], "M", 1),
                    U(d["RFF"], "C", 1),
                    U(d["DTM"], "C", 5),
                    U(d["GIR"], "C", 99),
                    G("SG21", "C", 10, U(d["GIN"], "M", 1), U(d["DLM"], "C", 100)),
                ),
                G("SG22", "C", 10, U(d["QVR"], "M", 1), U(d["DTM"], "C", 5), U(d["RFF"], "C", 1)),
            ),
        ),
        U(d["CNT"], "C", 5),
        U(SERVICE["UNT"], "M", 1),
    )


def aperak(d: dict[str, Seg]) -> Group:
    return G(
        "APERAK",
        "M",
        1,
        U(SERVICE["UNH"], "M", 1),
        U(d["BGM"], "M", 1),
        U(d["DTM"], "C", 9),
        U(d["FTX"], "C", 9),
        U(d["CNT"], "C", 9),
        G("SG1", "C", 9, U(d["DOC"], "M", 1), U(d["DTM"], "C", 99)),
        _rff(d, "SG2", 9),
        G("SG3", "C", 9, U(d["NAD"], "M", 1), U(d["CTA"], "C", 9), U(d["COM"], "C", 9)),
        G(
            "SG4",
            "C",
            99_999,
            U(d["ERC"], "M", 1),
            U(d["FTX"], "C", 1),
            G("SG5", "C", 9, U(d["RFF"], "M", 1), U(d["FTX"], "C", 9)),
        ),
        U(SERVICE["UNT"], "M", 1),
    )


def contrl() -> Group:
    """CONTRL (ISO 9735 syntax and service report), the same for every directory."""
    s = SERVICE
    return G(
        "CONTRL",
        "M",
        1,
        U(s["UNH"], "M", 1),
        U(s["UCI"], "M", 1),
        G(
            "SG1",
            "C",
            999_999,
            U(s["UCM"], "M", 1),
            G("SG2", "C", 999, U(s["UCS"], "M", 1), U(s["UCD"], "C", 99)),
        ),
        G(
            "SG3",
            "C",
            999_999,
            U(s["UCF"], "M", 1),
            G(
                "SG4",
                "C",
                999_999,
                U(s["UCM"], "M", 1),
                G("SG5", "C", 999, U(s["UCS"], "M", 1), U(s["UCD"], "C", 99)),
            ),
        ),
        U(s["UNT"], "M", 1),
    )


DIRECTORIES: dict[str, dict[str, Seg]] = {"96A": D96A, "01B": D01B}
_CONTRL = contrl()
SPECS: dict[tuple[str, str, str], Group] = {
    ("CONTRL", "D", "3"): _CONTRL,
    ("CONTRL", "2", "2"): _CONTRL,
    ("CONTRL", "4", "1"): _CONTRL,
    ("CONTRL", "D", "4"): _CONTRL,
}
for _rel, _d in DIRECTORIES.items():
    SPECS[("ORDERS", "D", _rel)] = ordering("ORDERS", _d)
    SPECS[("ORDCHG", "D", _rel)] = ordering("ORDCHG", _d)
    SPECS[("ORDRSP", "D", _rel)] = ordering("ORDRSP", _d)
    SPECS[("INVOIC", "D", _rel)] = invoic(_d)
    SPECS[("DESADV", "D", _rel)] = desadv(_d)
    SPECS[("APERAK", "D", _rel)] = aperak(_d)

MESSAGE_TYPES = frozenset(t for t, _, _ in SPECS)


def spec_for(message_type: str, version: str, release: str) -> Group | None:
    return SPECS.get((message_type, version, release))
