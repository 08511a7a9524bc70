"""Code mappings between EDIFACT code lists and the canonical model (data only).

Each table maps EDIFACT -> canonical; the `*_OUT` tables go the other way and are
chosen so that rendering then reading gives back the same canonical value.
"""

from __future__ import annotations

from gateway.canonical import Purpose

__all__ = [
    "CHANGE_ACTIONS",
    "ITEM_KINDS",
    "ITEM_KINDS_OUT",
    "LINE_STATUS",
    "LINE_STATUS_OUT",
    "PARTY_ROLES",
    "PARTY_ROLES_OUT",
    "PURPOSES",
    "RESPONSE_STATUS",
    "RESPONSE_STATUS_OUT",
]

# 3035 party function -> canonical role (X12 N101 style)
PARTY_ROLES = {
    "BY": "BY",
    "SU": "SE",
    "SE": "SE",
    "DP": "ST",
    "ST": "ST",
    "IV": "BT",
    "BT": "BT",
    "UC": "UC",
    "SF": "SF",
    "PE": "PE",
    "CA": "CA",
    "OB": "OB",
}
PARTY_ROLES_OUT = {
    "BY": "BY",
    "SE": "SU",
    "ST": "DP",
    "BT": "IV",
    "VN": "SU",
    "UC": "UC",
    "SF": "SF",
    "PE": "PE",
    "CA": "CA",
    "OB": "OB",
}
# 7143 item number type -> canonical item id kind
ITEM_KINDS = {
    "EN": "gtin",
    "SRV": "gtin",
    "SRS": "gtin",
    "EAN": "gtin",
    "UP": "upc",
    "IN": "buyer",
    "BP": "buyer",
    "SA": "vendor",
    "VN": "vendor",
    "VP": "vendor",
    "MF": "manufacturer",
    "SK": "sku",
}
ITEM_KINDS_OUT = {
    "gtin": "SRV",
    "upc": "UP",
    "buyer": "IN",
    "vendor": "SA",
    "manufacturer": "MF",
    "sku": "SK",
    "ean": "EN",
}
# BGM 1225 message function -> purpose
PURPOSES = {
    "9": Purpose.ORIGINAL,
    "5": Purpose.REPLACE,
    "1": Purpose.CANCEL,
    "3": Purpose.CANCEL,
    "7": Purpose.ORIGINAL,
    "31": Purpose.ORIGINAL,
    "46": Purpose.ORIGINAL,
    "16": Purpose.ORIGINAL,
}
# ORDCHG LIN 1229 action request -> canonical change
CHANGE_ACTIONS = {
    "1": "add",
    "2": "delete",
    "3": "change",
    "4": "change",
    "9": "change",
    "24": "quantity",
    "25": "date",
    "26": "price",
}
# ORDRSP: BGM 1225 <-> response status, LIN 1229 <-> line status (X12 ACK01 style)
# "held": received and on hold, no decision yet (1225 12 "not processed", 1229 4 "no action")
RESPONSE_STATUS = {
    "29": "accepted",
    "27": "rejected",
    "4": "changed",
    "30": "changed",
    "12": "held",
}
RESPONSE_STATUS_OUT = {"accepted": "29", "rejected": "27", "changed": "4", "held": "12"}
LINE_STATUS = {"5": "IA", "6": "IC", "7": "IR", "3": "IB", "2": "ID", "10": "IR", "4": "IH"}
LINE_STATUS_OUT = {"IA": "5", "IC": "6", "IR": "7", "IB": "3", "ID": "2", "IH": "4"}
