"""Code lists of the qualifiers the gateway's sets use (X12 data element dictionary, 004010)."""

from __future__ import annotations

__all__ = ["CODES"]

CODES: dict[str, frozenset[str]] = {
    # 353 Transaction Set Purpose Code
    "353": frozenset(
        "00 01 02 03 04 05 06 07 08 10 11 12 13 14 15 16 17 18 19 22 24 25 26 27"
        " 28 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52"
        " 53 54 55 56 77 CN CO EX GR PR RH RV SU ZZ".split()
    ),
    # 587 Acknowledgment Type (BAK02)
    "587": frozenset("AC AD AE AH AK AP AT NA RD RF RJ RN RO RV ZZ".split()),
    # 668 Line Item Status Code (ACK01)
    "668": frozenset("AC AR BP DR IA IB IC ID IE IF IH IP IQ IR IS IW R1 R2 R3 R4 SP".split()),
    # 715 Functional Group Acknowledge Code (AK901)
    "715": frozenset("A E M P R W X".split()),
    # 717 Transaction Set Acknowledgment Code (AK501/IK501)
    "717": frozenset("A E M R W X".split()),
    # 716 Functional Group Syntax Error Code (AK905)
    "716": frozenset("1 2 3 4 5 6 10 11 12 13 14 15 16 17 18 19 23 24 25 26".split()),
    # 718 Transaction Set Syntax Error Code (AK502)
    "718": frozenset("1 2 3 4 5 6 7 8 9 10 11 12 13 15 16 17 18 19 23 24 25 26 27".split()),
    # 720 Segment Syntax Error Code (AK304)
    "720": frozenset("1 2 3 4 5 6 7 8".split()),
    # 723 Data Element Syntax Error Code (AK403)
    "723": frozenset("1 2 3 4 5 6 7 8 9 10 12 13".split()),
    # 479 Functional Identifier Code (AK101)
    "479": frozenset("AG CA FA IB IN OW PC PO PR RA SC SH SM SW".split()),
    # 143 Transaction Set Identifier Code (ST01)
    "143": frozenset("810 820 824 846 850 855 856 860 865 870 940 945 997 999 204 214 990".split()),
    # 1005 Hierarchical Structure Code (BSN05)
    "1005": frozenset("0001 0002 0003 0004 0005 0006 0007 0008 0009 0010 0011".split()),
    # 670 Change or Response Type Code (POC02)
    "670": frozenset(
        "AI CA CB CE CF CG CI CP CT DI MU NC OC PC PQ PR PS QD QI RA RB RC RE RM"
        " RQ RS RZ SC".split()
    ),
    # 1073 Yes/No Condition or Response Code
    "1073": frozenset("N U W Y".split()),
    # 1271 Industry Code (IK401 in 999 reports numbers)
}
