"""X12 envelopes: ISA/IEA interchanges, GS/GE groups and ST/SE transaction sets (X12.6).

`read_interchanges` walks a payload segment by segment and yields one interchange at
a time with its groups and sets; envelope faults are collected with the TA1 (TA105),
AK9 (AK905) and AK5 (AK502) codes that report them, never raised past the caller.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gateway.errors import EnvelopeError
from gateway.translators.x12.tokenizer import (
    ISA_LENGTH,
    Delimiters,
    read_delimiters,
    split_segments,
    strip_bom,
)

__all__ = ["Group", "Interchange", "Segment", "TransactionSet", "read_interchanges"]

Segment = list[str]

# ISA element widths (ISA01..ISA16) for the strict fixed-width check
ISA_WIDTHS = (2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1)

# GS01 functional identifier -> transaction sets it may carry
GROUP_SETS = {
    "PO": {"850"}, "PR": {"855"}, "SH": {"856"}, "IN": {"810"}, "PC": {"860"},
    "CA": {"865"}, "OW": {"940"}, "SW": {"945"}, "IB": {"846"}, "FA": {"997", "999"},
    "AG": {"824"}, "RS": {"870"},
}


@dataclass
class TransactionSet:
    id: str
    control: str
    segments: list[Segment]  # ST .. SE inclusive
    errors: list[tuple[str, str]] = field(default_factory=list)  # (AK502 code, text)


@dataclass
class Group:
    functional_id: str
    sender: str
    receiver: str
    date: str
    time: str
    control: str
    version: str
    sets: list[TransactionSet] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (AK905 code, text)
    segment: Segment = field(default_factory=list)


@dataclass
class Interchange:
    isa: Segment
    delimiters: Delimiters
    groups: list[Group] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (TA105 code, text)

    @property
    def sender_qualifier(self) -> str:
        return self.isa[5].strip()

    @property
    def sender_id(self) -> str:
        return self.isa[6].strip()

    @property
    def receiver_qualifier(self) -> str:
        return self.isa[7].strip()

    @property
    def receiver_id(self) -> str:
        return self.isa[8].strip()

    @property
    def date(self) -> str:
        return self.isa[9]

    @property
    def time(self) -> str:
        return self.isa[10]

    @property
    def version(self) -> str:
        return self.isa[12]

    @property
    def control(self) -> str:
        return self.isa[13]

    @property
    def ack_requested(self) -> bool:
        return self.isa[14] == "1"

    @property
    def usage(self) -> str:
        return self.isa[15]


def _elements(raw: bytes, d: Delimiters) -> Segment:
    return raw.decode("latin-1").split(d.element.decode("latin-1"))


def _check_isa(isa: Segment, *, lenient: bool) -> list[tuple[str, str]]:
    errs: list[tuple[str, str]] = []
    if not lenient:
        for i, width in enumerate(ISA_WIDTHS, start=1):
            if len(isa[i]) != width:
                errs.append(("024", f"ISA{i:02d} is {len(isa[i])} characters wide,"
                                    f" expected {width}"))
                break
    if not isa[13].strip().isdigit():
        errs.append(("018", f"ISA13 control number {isa[13]!r} is not numeric"))
    if isa[14] not in ("0", "1"):
        errs.append(("019", f"ISA14 acknowledgment requested {isa[14]!r} is not 0 or 1"))
    if isa[15] not in ("P", "T", "I"):
        errs.append(("020", f"ISA15 usage indicator {isa[15]!r} is not P or T"))
    if not (isa[9].isdigit() and len(isa[9]) == 6):
        errs.append(("014", f"ISA09 date {isa[9]!r} is not YYMMDD"))
    if not (isa[10].isdigit() and len(isa[10]) == 4):
        errs.append(("015", f"ISA10 time {isa[10]!r} is not HHMM"))
    return errs


def read_interchanges(data: bytes, *, lenient_isa: bool = False) -> Iterator[Interchange]:
    """Yield every interchange in `data` (several may follow each other in one file).

    Raises EnvelopeError only when no ISA can be read at all; later faults are recorded
    on the interchange, group or set they belong to.
    """
    data = strip_bom(data)
    pos = len(data) - len(data.lstrip(b" \t\r\n"))
    if not data[pos:].startswith(b"ISA"):
        raise EnvelopeError("payload does not begin with an ISA segment", code="024")
    while pos < len(data):
        delims = read_delimiters(data, pos)
        ic, pos = _read_one(data, pos, delims, lenient_isa=lenient_isa)
        yield ic
        while pos < len(data) and data[pos] in b" \t\r\n\x00\x1a":
            pos += 1
        if pos < len(data) and not data[pos:].startswith(b"ISA"):
            raise EnvelopeError(f"unexpected data after IEA at byte {pos}", code="022")


def _read_one(data: bytes, start: int, d: Delimiters, *, lenient_isa: bool
              ) -> tuple[Interchange, int]:
    isa_end = start + ISA_LENGTH - 1
    isa = _elements(data[start:isa_end], d)
    ic = Interchange(isa=isa, delimiters=d, errors=_check_isa(isa, lenient=lenient_isa))
    group: Group | None = None
    tset: TransactionSet | None = None
    end = len(data)
    for offset, raw in split_segments(data, d, isa_end + 1):
        seg = _elements(raw, d)
        tag = seg[0]
        if tset is not None and tag != "SE":
            if tag in ("ST", "GE", "IEA", "GS", "ISA"):
                tset.errors.append(("2", f"transaction set {tset.control} has no SE trailer"))
                tset = None
            else:
                tset.segments.append(seg)
                continue
        if tag == "GS":
            if group is not None:
                group.errors.append(("3", f"group {group.control} has no GE trailer"))
            group = _group(seg)
            ic.groups.append(group)
        elif tag == "ST":
            tset = TransactionSet(id=(seg + [""])[1], control=(seg + ["", ""])[2], segments=[seg])
            if group is None:
                ic.errors.append(("024", "ST segment outside a functional group"))
            else:
                group.sets.append(tset)
                allowed = GROUP_SETS.get(group.functional_id)
                if allowed is not None and tset.id not in allowed:
                    tset.errors.append(("6", f"transaction set {tset.id} does not belong in a"
                                             f" {group.functional_id} group"))
        elif tag == "SE":
            if tset is None:
                ic.errors.append(("024", "SE segment without ST"))
                continue
            tset.segments.append(seg)
            count, control = (seg + ["", ""])[1:3]
            if control != tset.control:
                tset.errors.append(("3", f"SE02 {control!r} does not match ST02 {tset.control!r}"))
            if not count.isdigit() or int(count) != len(tset.segments):
                tset.errors.append(("4", f"SE01 says {count} segments, the set has"
                                         f" {len(tset.segments)}"))
            tset = None
        elif tag == "GE":
            if group is None:
                ic.errors.append(("024", "GE segment without GS"))
                continue
            count, control = (seg + ["", ""])[1:3]
            if control != group.control:
                group.errors.append(("4", f"GE02 {control!r} does not match GS06"
                                          f" {group.control!r}"))
            if not count.isdigit() or int(count) != len(group.sets):
                group.errors.append(("5", f"GE01 says {count} sets, the group has"
                                          f" {len(group.sets)}"))
            group = None
        elif tag == "IEA":
            if group is not None:
                group.errors.append(("3", f"group {group.control} has no GE trailer"))
            count, control = (seg + ["", ""])[1:3]
            if control != ic.control:
                ic.errors.append(("001", f"IEA02 {control!r} does not match ISA13 {ic.control!r}"))
            if not count.isdigit() or int(count) != len(ic.groups):
                ic.errors.append(("021", f"IEA01 says {count} groups, the interchange has"
                                         f" {len(ic.groups)}"))
            end = offset + len(raw) + 1
            return ic, end
        elif tag == "ISA":
            # the next interchange starts before this one ended
            _close_open(ic, group, tset)
            return ic, offset
        elif tag == "TA1":
            continue
        else:
            ic.errors.append(("024", f"segment {tag!r} outside a transaction set"))
    _close_open(ic, group, tset)
    return ic, len(data)


def _close_open(ic: Interchange, group: Group | None, tset: TransactionSet | None) -> None:
    if tset is not None:
        tset.errors.append(("2", f"transaction set {tset.control} has no SE trailer"))
    if group is not None:
        group.errors.append(("3", f"group {group.control} has no GE trailer"))
    ic.errors.append(("023", "interchange ends without an IEA trailer (truncated?)"))


def _group(seg: Segment) -> Group:
    f = (seg + [""] * 9)[1:9]
    return Group(functional_id=f[0], sender=f[1], receiver=f[2], date=f[3], time=f[4],
                 control=f[5], version=f[7], segment=seg)
