"""Segment directory (data only): UN/EDIFACT D96A segments, the D01B differences, service segments.

Element references, status and representations follow the UNTDED/UNSD of each
directory; code lists are attached where a wrong code is a common fault
(3055 responsible agency, 2379 date format, 1225 message function, 0085/0083 in
CONTRL). Build-time checks live in `spec.py`.
"""

from __future__ import annotations

from gateway.translators.edifact.spec import C, E, Seg, seg

__all__ = ["D01B", "D96A", "SERVICE"]

AGENCIES = frozenset({str(i) for i in range(1, 400)} | {"ZZZ"})
DATE_FORMATS = frozenset(
    {
        "2",
        "3",
        "4",
        "5",
        "6",
        "101",
        "102",
        "103",
        "104",
        "105",
        "106",
        "107",
        "108",
        "109",
        "110",
        "201",
        "202",
        "203",
        "204",
        "205",
        "301",
        "302",
        "303",
        "304",
        "305",
        "306",
        "401",
        "402",
        "404",
        "405",
        "406",
        "407",
        "501",
        "502",
        "503",
        "504",
        "600",
        "601",
        "602",
        "603",
        "604",
        "608",
        "609",
        "610",
        "613",
        "614",
        "615",
        "616",
        "701",
        "702",
        "703",
        "704",
        "705",
        "706",
        "707",
        "708",
        "709",
        "710",
        "711",
        "712",
        "713",
        "715",
        "716",
        "717",
        "718",
        "719",
        "720",
        "801",
        "802",
        "803",
        "804",
        "805",
        "806",
        "807",
        "808",
        "809",
        "810",
        "811",
        "812",
        "813",
        "814",
    }
)
ACTIONS = frozenset({"1", "2", "3", "4", "5", "6", "7", "8"})
SYNTAX_ERRORS = frozenset(
    {
        "2",
        "7",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
        "25",
        "26",
        "27",
        "28",
        "29",
        "30",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "38",
        "39",
        "40",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "47",
        "48",
        "49",
        "50",
        "51",
        "52",
        "53",
        "54",
        "55",
        "56",
        "57",
    }
)


def _ag(ref: str = "3055") -> object:
    return E(f"{ref} C an..3", AGENCIES)


def _cl() -> tuple:
    """1131 code list qualifier + 3055 agency, the pair that follows most codes."""
    return (E("1131 C an..3"), _ag())


BGM = seg(
    "BGM",
    "Beginning of message",
    C("C002 C", E("1001 C an..3"), *_cl(), E("1000 C an..35")),
    E("1004 C an..35"),
    E("1225 C an..3"),
    E("4343 C an..3"),
)
DTM = seg(
    "DTM",
    "Date/time/period",
    C("C507 M", E("2005 M an..3"), E("2380 C an..35"), E("2379 C an..3", DATE_FORMATS)),
)
PAI = seg(
    "PAI",
    "Payment instructions",
    C("C534 M", E("4439 C an..3"), E("4431 C an..3"), E("4461 C an..3"), *_cl(), E("4435 C an..3")),
)
ALI = seg(
    "ALI",
    "Additional information",
    E("3239 C an..3"),
    E("9213 C an..3"),
    *(E("4183 C an..3") for _ in range(5)),
)
IMD = seg(
    "IMD",
    "Item description",
    E("7077 C an..3"),
    C("C272 C", E("7081 C an..3"), *_cl()),
    C(
        "C273 C",
        E("7009 C an..17"),
        *_cl(),
        E("7008 C an..35"),
        E("7008 C an..35"),
        E("3453 C an..3"),
    ),
    E("7383 C an..3"),
)
FTX = seg(
    "FTX",
    "Free text",
    E("4451 M an..3"),
    E("4453 C an..3"),
    C("C107 C", E("4441 M an..17"), *_cl()),
    C("C108 C", *(E("4440 C an..70") for _ in range(5))),
    E("3453 C an..3"),
)
RFF = seg(
    "RFF",
    "Reference",
    C("C506 M", E("1153 M an..3"), E("1154 C an..35"), E("1156 C an..6"), E("4000 C an..35")),
)
NAD = seg(
    "NAD",
    "Name and address",
    E("3035 M an..3"),
    C("C082 C", E("3039 M an..35"), *_cl()),
    C("C058 C", *(E("3124 C an..35") for _ in range(5))),
    C("C080 C", *(E("3036 C an..35") for _ in range(5)), E("3045 C an..3")),
    C("C059 C", *(E("3042 C an..35") for _ in range(4))),
    E("3164 C an..35"),
    E("3229 C an..9"),
    E("3251 C an..9"),
    E("3207 C an..3"),
)
LOC = seg(
    "LOC",
    "Place/location identification",
    E("3227 M an..3"),
    C("C517 C", E("3225 C an..25"), *_cl(), E("3224 C an..17")),
    C("C519 C", E("3223 C an..25"), *_cl(), E("3222 C an..70")),
    C("C553 C", E("3233 C an..25"), *_cl(), E("3232 C an..70")),
    E("5479 C an..3"),
)
FII = seg(
    "FII",
    "Financial institution information",
    E("3035 M an..3"),
    C("C078 C", E("3194 C an..17"), E("3192 C an..35"), E("3192 C an..35"), E("6345 C an..3")),
    C(
        "C088 C",
        E("3433 C an..11"),
        *_cl(),
        E("3434 C an..17"),
        *_cl(),
        E("3432 C an..70"),
        E("3436 C an..70"),
    ),
    E("3207 C an..3"),
)
CTA = seg(
    "CTA",
    "Contact information",
    E("3139 C an..3"),
    C("C056 C", E("3413 C an..17"), E("3412 C an..35")),
)
COM = seg("COM", "Communication contact", C("C076 M", E("3148 M an..512"), E("3155 M an..3")))
TAX = seg(
    "TAX",
    "Duty/tax/fee details",
    E("5283 M an..3"),
    C("C241 C", E("5153 C an..3"), *_cl(), E("5152 C an..35")),
    C("C533 C", E("5289 M an..6"), *_cl()),
    E("5286 C an..15"),
    C("C243 C", E("5279 C an..7"), *_cl(), E("5278 C an..17"), E("5273 C an..12"), *_cl()),
    E("5305 C an..3"),
    E("3446 C an..20"),
)
MOA = seg(
    "MOA",
    "Monetary amount",
    C(
        "C516 M",
        E("5025 M an..3"),
        E("5004 C n..18"),
        E("6345 C an..3"),
        E("6343 C an..3"),
        E("4405 C an..3"),
    ),
)
CUX = seg(
    "CUX",
    "Currencies",
    C("C504 C", E("6347 M an..3"), E("6345 C an..3"), E("6343 C an..3"), E("6348 C n..4")),
    C("C504 C", E("6347 M an..3"), E("6345 C an..3"), E("6343 C an..3"), E("6348 C n..4")),
    E("5402 C n..12"),
    E("6341 C an..3"),
)
PAT = seg(
    "PAT",
    "Payment terms basis",
    E("4279 M an..3"),
    C("C110 C", E("4277 M an..17"), *_cl(), E("4276 C an..35"), E("4276 C an..35")),
    C("C112 C", E("2475 M an..3"), E("2009 C an..3"), E("2151 C an..3"), E("2152 C n..3")),
)
PCD = seg(
    "PCD",
    "Percentage details",
    C("C501 M", E("5245 M an..3"), E("5482 C n..10"), E("5249 C an..3"), *_cl()),
)
TDT = seg(
    "TDT",
    "Details of transport",
    E("8051 M an..3"),
    E("8028 C an..17"),
    C("C220 C", E("8067 C an..3"), E("8066 C an..17")),
    C("C228 C", E("8179 C an..8"), E("8178 C an..17")),
    C("C040 C", E("3127 C an..17"), *_cl(), E("3128 C an..35")),
    E("8101 C an..3"),
    C("C401 C", E("8457 M an..3"), E("8459 M an..3"), E("7130 C an..17")),
    C("C222 C", E("8213 C an..9"), *_cl(), E("8212 C an..35"), E("8453 C an..3")),
    E("8281 C an..3"),
)
TOD = seg(
    "TOD",
    "Terms of delivery or transport",
    E("4055 C an..3"),
    E("4215 C an..3"),
    C("C100 C", E("4053 C an..3"), *_cl(), E("4052 C an..70"), E("4052 C an..70")),
)
PAC = seg(
    "PAC",
    "Package",
    E("7224 C n..8"),
    C("C531 C", E("7075 C an..3"), E("7233 C an..3"), E("7073 C an..3")),
    C("C202 C", E("7065 C an..17"), *_cl(), E("7064 C an..35")),
    C(
        "C402 C",
        E("7077 M an..3"),
        E("7064 M an..35"),
        E("7143 C an..3"),
        E("7064 C an..35"),
        E("7143 C an..3"),
    ),
    C("C532 C", E("8395 C an..3"), E("8393 C an..3")),
)
PCI = seg(
    "PCI",
    "Package identification",
    E("4233 C an..3"),
    C("C210 C", *(E("7102 C an..35") for _ in range(10))),
    E("8275 C an..3"),
    C("C827 C", E("7511 M an..3"), *_cl()),
)
GIN = seg(
    "GIN",
    "Goods identity number",
    E("7405 M an..3"),
    *(
        C(f"C208 {'M' if i == 0 else 'C'}", E("7402 M an..35"), E("7402 C an..35"))
        for i in range(5)
    ),
)
GIR = seg(
    "GIR",
    "Related identification numbers",
    E("7297 M an..3"),
    *(
        C(
            f"C206 {'M' if i == 0 else 'C'}",
            E("7402 M an..35"),
            E("7405 C an..3"),
            E("4405 C an..3"),
        )
        for i in range(5)
    ),
)
_C212 = (E("7140 C an..35"), E("7143 C an..3"), *_cl())
LIN = seg(
    "LIN",
    "Line item",
    E("1082 C an..6"),
    E("1229 C an..3"),
    C("C212 C", *_C212),
    C("C829 C", E("5495 C an..3"), E("1082 C an..6")),
    E("1222 C n..2"),
    E("7083 C an..3"),
)
PIA = seg(
    "PIA",
    "Additional product id",
    E("4347 M an..3"),
    C("C212 M", *_C212),
    *(C("C212 C", *_C212) for _ in range(4)),
)
QTY = seg("QTY", "Quantity", C("C186 M", E("6063 M an..3"), E("6060 M n..15"), E("6411 C an..3")))
PRI = seg(
    "PRI",
    "Price details",
    C(
        "C509 C",
        E("5125 M an..3"),
        E("5118 C n..15"),
        E("5375 C an..3"),
        E("5387 C an..3"),
        E("5284 C n..9"),
        E("6411 C an..3"),
    ),
    E("5213 C an..3"),
)
ALC = seg(
    "ALC",
    "Allowance or charge",
    E("5463 M an..3"),
    C("C552 C", E("1230 C an..35"), E("5189 C an..3")),
    E("4471 C an..3"),
    E("1227 C an..3"),
    C("C214 C", E("7161 C an..3"), *_cl(), E("7160 C an..35"), E("7160 C an..35")),
)
CNT = seg(
    "CNT", "Control total", C("C270 M", E("6069 M an..3"), E("6066 M n..18"), E("6411 C an..3"))
)
UNS = seg("UNS", "Section control", E("0081 M a1", frozenset({"D", "S"})))
RNG = seg(
    "RNG",
    "Range details",
    E("6167 M an..3"),
    C("C280 C", E("6411 M an..3"), E("6162 C n..18"), E("6152 C n..18")),
)
MEA = seg(
    "MEA",
    "Measurements",
    E("6311 M an..3"),
    C("C502 C", E("6313 C an..3"), E("6321 C an..3"), E("6155 C an..3"), E("6154 C an..70")),
    C(
        "C174 C",
        E("6411 M an..3"),
        E("6314 C an..18"),
        E("6162 C n..18"),
        E("6152 C n..18"),
        E("6432 C n..2"),
    ),
    E("7383 C an..3"),
)
CPS = seg(
    "CPS", "Consignment packing sequence", E("7164 M an..12"), E("7166 C an..12"), E("7075 C an..3")
)
HAN = seg(
    "HAN",
    "Handling instructions",
    C("C524 C", E("4079 C an..3"), *_cl(), E("4078 C an..70")),
    C("C218 C", E("7419 C an..7"), *_cl()),
)
DOC = seg(
    "DOC",
    "Document/message details",
    C("C002 M", E("1001 C an..3"), *_cl(), E("1000 C an..35")),
    C("C503 C", E("1004 C an..35"), E("1373 C an..3"), E("1366 C an..70"), E("3453 C an..3")),
    E("3153 C an..3"),
    E("1220 C n..2"),
    E("1218 C n..2"),
)
QVR = seg(
    "QVR",
    "Quantity variances",
    C("C279 C", E("6064 M n..15"), E("6063 C an..3")),
    E("4221 C an..3"),
    C("C960 C", E("4295 C an..3"), *_cl(), E("4294 C an..35")),
)
SCC = seg(
    "SCC",
    "Scheduling conditions",
    E("4017 M an..3"),
    E("4493 C an..3"),
    C("C329 C", E("2013 C an..3"), E("2015 C an..3"), E("2017 C an..3")),
)
RCS = seg(
    "RCS",
    "Requirements and conditions",
    E("7293 M an..3"),
    C("C550 C", E("7295 M an..17"), *_cl(), E("7294 C an..35")),
    E("1229 C an..3"),
)
TDT_SEGS = (TDT,)
EQD = seg(
    "EQD",
    "Equipment details",
    E("8053 M an..3"),
    C("C237 C", E("8260 C an..17"), *_cl(), E("3207 C an..3")),
    C("C224 C", E("8155 C an..10"), *_cl(), E("8154 C an..35")),
    E("8077 C an..3"),
    E("8249 C an..3"),
    E("8169 C an..3"),
)
APR = seg(
    "APR",
    "Additional price information",
    E("4043 C an..3"),
    C("C138 C", E("5394 M n..12"), E("5393 C an..3")),
    C("C960 C", E("4295 C an..3"), *_cl(), E("4294 C an..35")),
)
RTE = seg(
    "RTE",
    "Rate details",
    C("C128 M", E("5419 M an..3"), E("5420 C n..15"), E("5284 C n..9"), E("6411 C an..3")),
)
STG = seg("STG", "Stages", C("C278 M", E("9421 M an..3"), E("6426 C n..2"), E("6428 C n..2")))
ERC = seg("ERC", "Application error information", C("C901 M", E("9321 M an..8"), *_cl()))
DLM = seg(
    "DLM",
    "Delivery limitations",
    E("4455 C an..3"),
    C(
        "C522 C",
        E("4403 M an..3"),
        E("4401 C an..3"),
        E("1131 C an..3"),
        E("3055 C an..3", AGENCIES),
        E("4400 C an..35"),
    ),
    C("C214 C", E("7161 C an..3"), *_cl(), E("7160 C an..35"), E("7160 C an..35")),
    E("4457 C an..3"),
)

D96A: dict[str, Seg] = {
    s.tag: s
    for s in (
        BGM,
        DTM,
        PAI,
        ALI,
        IMD,
        FTX,
        RFF,
        NAD,
        LOC,
        FII,
        CTA,
        COM,
        TAX,
        MOA,
        CUX,
        PAT,
        PCD,
        TDT,
        TOD,
        PAC,
        PCI,
        GIN,
        GIR,
        LIN,
        PIA,
        QTY,
        PRI,
        ALC,
        CNT,
        UNS,
        RNG,
        MEA,
        CPS,
        HAN,
        DOC,
        QVR,
        SCC,
        RCS,
        EQD,
        APR,
        RTE,
        STG,
        ERC,
        DLM,
    )
}

# D01B differences (UNTDED 2001 B): BGM carries C106 document identification; RFF, QTY,
# PRI (6411 an..8) and IMD (7008 an..256) widened; FTX gains 4447 text formatting.
D01B: dict[str, Seg] = {
    **D96A,
    "BGM": seg(
        "BGM",
        "Beginning of message",
        C("C002 C", E("1001 C an..3"), *_cl(), E("1000 C an..35")),
        C("C106 C", E("1004 C an..35"), E("1056 C an..9"), E("1060 C an..6")),
        E("1225 C an..3"),
        E("4343 C an..3"),
    ),
    "RFF": seg(
        "RFF",
        "Reference",
        C(
            "C506 M",
            E("1153 M an..3"),
            E("1154 C an..70"),
            E("1156 C an..6"),
            E("4000 C an..35"),
            E("1060 C an..6"),
        ),
    ),
    "QTY": seg(
        "QTY", "Quantity", C("C186 M", E("6063 M an..3"), E("6060 M an..35"), E("6411 C an..8"))
    ),
    "PRI": seg(
        "PRI",
        "Price details",
        C(
            "C509 C",
            E("5125 M an..3"),
            E("5118 C n..15"),
            E("5375 C an..3"),
            E("5387 C an..3"),
            E("5284 C n..9"),
            E("6411 C an..8"),
        ),
        E("5213 C an..3"),
    ),
    "IMD": seg(
        "IMD",
        "Item description",
        E("7077 C an..3"),
        C("C272 C", E("7081 C an..3"), *_cl()),
        C(
            "C273 C",
            E("7009 C an..17"),
            *_cl(),
            E("7008 C an..256"),
            E("7008 C an..256"),
            E("3453 C an..3"),
        ),
        E("7383 C an..3"),
    ),
    "FTX": seg(
        "FTX",
        "Free text",
        E("4451 M an..3"),
        E("4453 C an..3"),
        C("C107 C", E("4441 M an..17"), *_cl()),
        C("C108 C", *(E("4440 C an..512") for _ in range(5))),
        E("3453 C an..3"),
        E("4447 C an..3"),
    ),
}

# service segments of the CONTRL message (ISO 9735 syntax version 3/4)
_S002 = (E("0004 M an..35"), E("0007 C an..4"), E("0008 C an..14"))
_S011 = C("S011 C", E("0098 M n..3"), E("0104 C n..3"), E("0136 C n..6"))
UCI = seg(
    "UCI",
    "Interchange response",
    E("0020 M an..14"),
    C("S002 M", *_S002),
    C("S003 M", E("0010 M an..35"), E("0007 C an..4"), E("0014 C an..14")),
    E("0083 M an..3", ACTIONS),
    E("0085 C an..3", SYNTAX_ERRORS),
    E("0013 C a3"),
    _S011,
)
UCF = seg(
    "UCF",
    "Group response",
    E("0048 M an..14"),
    C("S006 C", E("0040 M an..35"), E("0007 C an..4")),
    C("S007 C", E("0044 M an..35"), E("0007 C an..4")),
    E("0083 M an..3", ACTIONS),
    E("0085 C an..3", SYNTAX_ERRORS),
    E("0013 C a3"),
    _S011,
)
UCM = seg(
    "UCM",
    "Message response",
    E("0062 M an..14"),
    C(
        "S009 M",
        E("0065 M an..6"),
        E("0052 M an..3"),
        E("0054 M an..3"),
        E("0051 M an..2"),
        E("0057 C an..6"),
    ),
    E("0083 M an..3", ACTIONS),
    E("0085 C an..3", SYNTAX_ERRORS),
    E("0013 C a3"),
    _S011,
)
UCS = seg("UCS", "Segment error indication", E("0096 M n..6"), E("0085 C an..3", SYNTAX_ERRORS))
UCD = seg(
    "UCD",
    "Data element error indication",
    E("0085 M an..3", SYNTAX_ERRORS),
    C("S011 M", E("0098 M n..3"), E("0104 C n..3"), E("0136 C n..6")),
)
UNH = seg(
    "UNH",
    "Message header",
    E("0062 M an..14"),
    C(
        "S009 M",
        E("0065 M an..6"),
        E("0052 M an..3"),
        E("0054 M an..3"),
        E("0051 M an..3"),
        E("0057 C an..6"),
        E("0110 C an..6"),
        E("0113 C an..6"),
    ),
    E("0068 C an..35"),
    C("S010 C", E("0070 M n..2"), E("0073 C a1")),
    C("S016 C", E("0115 M an..14"), E("0116 C an..3"), E("0118 C an..3"), E("0051 C an..3")),
    C("S017 C", E("0121 M an..14"), E("0122 C an..3"), E("0124 C an..3"), E("0051 C an..3")),
    C("S018 C", E("0127 M an..14"), E("0128 C an..3"), E("0130 C an..3"), E("0051 C an..3")),
)
UNT = seg("UNT", "Message trailer", E("0074 M n..10"), E("0062 M an..14"))

SERVICE: dict[str, Seg] = {s.tag: s for s in (UCI, UCF, UCM, UCS, UCD, UNH, UNT)}


def lookup(directory: dict[str, Seg], tag: str) -> Seg:
    return SERVICE.get(tag) or directory[tag]
