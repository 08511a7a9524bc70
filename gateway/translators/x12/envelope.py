"""X12 envelopes: ISA/IEA interchanges, GS/GE groups and ST/SE transaction sets (X12.6).

`read_stream` walks a payload (bytes, a binary file or an iterable of chunks) and yields
events one at a time: an `Interchange` when its ISA is read, a `Group` at GS, each
`TransactionSet` (ST..SE as text, with its envelope context), `GroupEnd` at GE and
`InterchangeEnd` at IEA. Memory is bounded by the largest transaction set, not the file.
Envelope faults are collected with the TA1 (TA105), AK9/IK9 (AK905) and AK5/IK5 (AK502)
codes that report them; nothing is raised past the caller except when the payload holds
no readable ISA at all (EnvelopeError).

`read_interchanges` gathers the events of an in-memory payload into whole interchanges.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import BinaryIO

from gateway.errors import EnvelopeError
from gateway.translators.x12.tokenizer import (
    EBCDIC_ISA,
    ISA_LENGTH,
    Delimiters,
    alternation,
    ebcdic_to_latin1,
    parse_isa,
)

__all__ = [
    "GROUP_SETS",
    "Group",
    "GroupEnd",
    "Interchange",
    "InterchangeEnd",
    "Segment",
    "TransactionSet",
    "read_interchanges",
    "read_stream",
]

Segment = list[str]
Source = bytes | bytearray | memoryview | BinaryIO | Iterable[bytes]

# ISA element widths (ISA01..ISA16) for the strict fixed-width check (X12.5 ISA)
ISA_WIDTHS = (2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1)
ISA_VERSIONS = re.compile(r"00[2-8]\d\d")

# GS01 functional identifier -> transaction sets it may carry (X12 code list 479)
GROUP_SETS = {
    "PO": {"850"},
    "PR": {"855"},
    "SH": {"856"},
    "IN": {"810"},
    "PC": {"860"},
    "CA": {"865"},
    "OW": {"940"},
    "SW": {"945"},
    "IB": {"846"},
    "FA": {"997", "999"},
    "AG": {"824"},
    "RS": {"870"},
}
_SKIP = b" \t\r\n\x00\x1a"
# ST02 uniqueness is checked over this many sets of a group (bounds memory on huge files)
MAX_TRACKED_CONTROLS = 100_000
# TA105 codes of a broken structure, reported before faulty ISA field values
_STRUCTURAL = frozenset({"001", "004", "021", "022", "023", "024", "025", "026", "027"})
_ENVELOPE_TAGS = ("SE", "ST", "GE", "GS", "IEA", "ISA")


@dataclass(eq=False)
class Interchange:
    isa: Segment
    delimiters: Delimiters
    groups: list[Group] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (TA105 code, text)
    offset: int = 0
    # (TA105 code, text) of faults that do not refuse the interchange: TA1 with TA104 E
    notices: list[tuple[str, str]] = field(default_factory=list)
    ta1: list[Segment] = field(default_factory=list)  # TA1 segments received inside it
    group_count: int = 0
    group_controls: set[str] = field(default_factory=set)
    ebcdic: bool = False

    @property
    def primary_error(self) -> tuple[str, str] | None:
        """The error a TA1 reports: structural faults first, then ISA field values."""
        if not self.errors:
            return None
        return min(self.errors, key=lambda e: (e[0] not in _STRUCTURAL, self.errors.index(e)))

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


@dataclass(eq=False)
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
    set_count: int = 0
    set_controls: set[str] = field(default_factory=set)
    interchange: Interchange | None = None

    @property
    def release(self) -> str:
        """The X12 release of GS08 (004010, 005010...), without the guide suffix."""
        return self.version[:6]


@dataclass(eq=False, slots=True)
class TransactionSet:
    """One ST..SE as text (terminators and line breaks kept), with its envelope context."""

    id: str
    control: str
    text: str
    delimiters: Delimiters
    offset: int = 0
    segment_count: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (AK502 code, text)
    group: Group | None = None
    interchange: Interchange | None = None

    @property
    def segments(self) -> list[Segment]:
        """The set's segments split into elements (ST..SE)."""
        split_segments, elem = _splitter(self.delimiters)
        parts = split_segments(self.text)
        if parts and not parts[-1]:
            parts.pop()  # after the last terminator
        if "" in parts:
            parts = [p for p in parts if p]
        return list(map(str.split, parts, repeat(elem)))

    def clean_segments(self) -> list[Segment]:
        """`segments` of a set whose text the validator's expression accepted.

        Such a text has no empty segment and no control character in a value, so a plain
        split on the terminator, then on the element separator, gives the same lists for
        less: only the line breaks after each terminator need stripping.
        """
        term, elem, ws = _clean_splitter(self.delimiters)
        parts = self.text.split(term)
        if not parts[-1].lstrip(ws):
            parts.pop()  # after the last terminator
        return [p.lstrip(ws).split(elem) for p in parts]


@dataclass(eq=False, slots=True)
class GroupEnd:
    group: Group


@dataclass(eq=False, slots=True)
class InterchangeEnd:
    interchange: Interchange


Event = Interchange | Group | TransactionSet | GroupEnd | InterchangeEnd


class _Buffer:
    """A sliding window over the source: `data[pos:]` is unread, `fill` reads more."""

    def __init__(self, source: Source, chunk_size: int) -> None:
        self.eof = False
        self.base = 0  # offset of data[0] in the whole stream
        self.ebcdic = False
        if isinstance(source, bytes | bytearray | memoryview):
            self.data = bytes(source)
            self.eof = True
            self.chunks: Iterator[bytes] = iter(())
        else:
            self.data = b""
            read = getattr(source, "read", None)
            if read is not None:
                self.chunks = iter(lambda: read(chunk_size), b"")
            else:
                self.chunks = iter(source)  # type: ignore[arg-type]
        self.pos = 0

    def fill(self, need: int) -> bool:
        """Make at least `need` unread bytes available if the source has them."""
        if len(self.data) - self.pos >= need or self.eof:
            return len(self.data) - self.pos >= need
        parts = [self.data[self.pos :]]
        have = len(parts[0])
        self.base += self.pos
        self.pos = 0
        while have < need:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
                break
            if self.ebcdic:
                chunk = ebcdic_to_latin1(chunk)
            parts.append(chunk)
            have += len(chunk)
        self.data = b"".join(parts)
        return have >= need

    def more(self) -> bool:
        """Read at least one more chunk (doubling the window); False when nothing came."""
        before = len(self.data) - self.pos
        self.fill(max(before * 2, 1 << 16))
        return len(self.data) - self.pos > before

    def skip_blank(self) -> bool:
        """Skip CR/LF/space/NUL/SUB between interchanges; False at end of input."""
        while True:
            data, pos = self.data, self.pos  # locals: this runs between every two sets
            n = len(data)
            while pos < n and data[pos] in _SKIP:
                pos += 1
            self.pos = pos
            if data.startswith(b"\xef\xbb\xbf", pos):
                self.pos += 3
                continue
            if self.pos < n:
                return True
            if self.eof or not self.fill(1):
                return self.pos < len(self.data)

    def switch_to_ebcdic(self) -> None:
        self.ebcdic = True
        self.data = self.data[: self.pos] + ebcdic_to_latin1(self.data[self.pos :])


@lru_cache(maxsize=64)
def _patterns(d: Delimiters) -> tuple[re.Pattern[bytes], bytes, bytes]:
    term, elem = re.escape(d.segment), re.escape(d.element)
    space = re.escape(b"".join(c for c in (b"\r", b"\n", b" ") if c != d.segment))
    tags = alternation(_ENVELOPE_TAGS).encode()
    # possessive blanks and one class for the byte after the tag: the search stops at
    # every terminator of a set, and this form rejects one in half the time
    boundary = re.compile(term + b"[" + space + b"]*+(" + tags + b")[" + elem + term + b"]")
    return boundary, d.segment, d.element


@lru_cache(maxsize=64)
def _splitter(d: Delimiters) -> tuple[Callable[[str], list[str]], str]:
    """(split of a set's text into segments, element separator) for delimiters `d`.

    One C-level split on the terminator and any CR/LF/space/tab after it (X12 allows line
    breaks between segments); a CR before a LF terminator belongs to the line break too.
    """
    term, elem, comp = (x.decode("latin-1") for x in (d.segment, d.element, d.component))
    ws = "".join(re.escape(c) for c in "\r\n \t" if c not in (term, elem, comp))
    lead = "\r?" if term == "\n" and elem != "\r" and comp != "\r" else ""
    return re.compile(
        f"{lead}{re.escape(term)}[{ws}]*" if ws else lead + re.escape(term)
    ).split, elem


@lru_cache(maxsize=64)
def _clean_splitter(d: Delimiters) -> tuple[str, str, str]:
    """(terminator, element separator, the blanks allowed after a terminator) for `d`."""
    term, elem, comp = (x.decode("latin-1") for x in (d.segment, d.element, d.component))
    return term, elem, "".join(c for c in "\r\n \t" if c not in (term, elem, comp))


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _valid_date(text: str) -> bool:
    try:
        dt.datetime.strptime(text, "%y%m%d")
    except ValueError:
        return False
    return True


def _width_fault(isa: Segment) -> tuple[str, str] | None:
    """The first ISA element that is not its fixed width (TA105 022), if any."""
    for i, width in enumerate(ISA_WIDTHS, start=1):
        if len(isa[i]) != width:
            return (
                "022",
                f"ISA{i:02d} is {len(isa[i])} characters wide, expected {width} (fixed-width"
                " ISA; set lenient_isa for this partner to accept trimmed fields)",
            )
    return None


def check_isa(isa: Segment, *, lenient: bool) -> list[tuple[str, str]]:
    """TA105-coded faults of an ISA (X12.5 ISA element notes); widths only when strict."""
    errs: list[tuple[str, str]] = []
    width = None if lenient else _width_fault(isa)
    if width is not None:
        errs.append(width)
    if not ISA_VERSIONS.fullmatch(isa[12].strip()):
        errs.append(("017", f"ISA12 interchange version {isa[12]!r} is not a known X12 version"))
    if not (isa[13].strip().isascii() and isa[13].strip().isdigit() and len(isa[13].strip()) <= 9):
        errs.append(("018", f"ISA13 control number {isa[13]!r} is not a 9-digit number"))
    if isa[14].strip() not in ("0", "1"):
        errs.append(("019", f"ISA14 acknowledgment requested {isa[14]!r} is not 0 or 1"))
    if isa[15].strip() not in ("P", "T", "I"):
        errs.append(("020", f"ISA15 usage indicator {isa[15]!r} is not P or T"))
    if not ((isa[9].isascii() and isa[9].isdigit()) and len(isa[9]) == 6 and _valid_date(isa[9])):
        errs.append(("014", f"ISA09 date {isa[9]!r} is not a valid YYMMDD date"))
    t = isa[10]
    if not ((t.isascii() and t.isdigit()) and len(t) == 4 and int(t[:2]) < 24 and int(t[2:]) < 60):
        errs.append(("015", f"ISA10 time {isa[10]!r} is not a valid HHMM time"))
    return errs


# ISA01/ISA03 qualifier position -> (what, TA105 code of a bad qualifier, TA105 code of a
# missing value, the qualifier codes: I01 authorization, I03 security information)
ISA_INFO = {
    1: ("authorization", "010", "011", frozenset({"00", "01", "02", "03", "04", "05", "06"})),
    3: ("security", "012", "013", frozenset({"00", "01"})),
}


def isa_notices(isa: Segment, *, lenient: bool) -> list[tuple[str, str]]:
    """TA105-coded ISA faults that do not refuse the interchange (TA1 with TA104 E).

    A lenient partner's trimmed widths, and the ISA01/02 and ISA03/04 authorization and
    security pairs, which the gateway does not use (partners authenticate on the
    transport): a qualifier outside its code list, or one announcing a value that is blank.
    """
    notes: list[tuple[str, str]] = []
    width = _width_fault(isa) if lenient else None
    if width is not None:
        notes.append((width[0], width[1].split(" (")[0] + " (accepted: lenient_isa)"))
    for pos, (what, bad_qualifier, missing, codes) in ISA_INFO.items():
        qualifier, value = isa[pos].strip(), isa[pos + 1].strip()
        if qualifier not in codes:
            notes.append(
                (
                    bad_qualifier,
                    f"ISA{pos:02d} {what} information qualifier {isa[pos]!r} is not one of"
                    f" {', '.join(sorted(codes))}",
                )
            )
        elif qualifier != "00" and not value:
            notes.append(
                (
                    missing,
                    f"ISA{pos + 1:02d} {what} information is blank although ISA{pos:02d}"
                    f" is {qualifier}",
                )
            )
    return notes


def _els(raw: bytes, elem: bytes) -> Segment:
    return raw.rstrip(b"\r\n").decode("latin-1").split(elem.decode("latin-1"))


def _group(seg: Segment) -> Group:
    f = (seg + [""] * 9)[1:9]
    return Group(
        functional_id=f[0],
        sender=f[1],
        receiver=f[2],
        date=f[3],
        time=f[4],
        control=f[5],
        version=f[7],
        segment=seg,
    )


def read_stream(
    source: Source,
    *,
    lenient_isa: bool = False,
    chunk_size: int = 1 << 20,
    max_set_bytes: int = 64 << 20,
) -> Iterator[Event]:
    """Yield envelope events and transaction sets from `source`, one at a time.

    Raises EnvelopeError only when the input holds no readable ISA at all; anything after
    that is recorded as a coded error on the interchange, group or set it belongs to.
    """
    buf = _Buffer(source, chunk_size)
    last: Interchange | None = None
    seen_controls: set[str] = set()
    while buf.skip_blank():
        if last is None and buf.data.startswith(EBCDIC_ISA, buf.pos):
            buf.switch_to_ebcdic()
        buf.fill(ISA_LENGTH + 256)
        if not buf.data.startswith(b"ISA", buf.pos):
            snippet = buf.data[buf.pos : buf.pos + 20]
            if last is None:
                raise EnvelopeError(
                    f"payload does not begin with an ISA segment (starts with {snippet!r})",
                    code="024",
                )
            last.errors.append(
                ("022", f"unexpected data after IEA at byte {buf.base + buf.pos}: {snippet!r}")
            )
            return
        try:
            parts, delims, end = parse_isa(buf.data, buf.pos)
        except EnvelopeError as exc:
            if last is None:
                raise
            last.errors.append((exc.code, f"second interchange: {exc.detail}"))
            return
        isa = [p.decode("latin-1") for p in parts]
        ic = Interchange(
            isa=isa,
            delimiters=delims,
            offset=buf.base + buf.pos,
            errors=check_isa(isa, lenient=lenient_isa),
            notices=isa_notices(isa, lenient=lenient_isa),
            ebcdic=buf.ebcdic,
        )
        if ic.control in seen_controls:
            ic.errors.append(("025", f"ISA13 {ic.control} is used twice in this payload"))
        seen_controls.add(ic.control)
        last = ic
        buf.pos = end
        yield ic
        yield from _read_interchange(buf, ic, max_set_bytes)


def _read_interchange(buf: _Buffer, ic: Interchange, max_set_bytes: int) -> Iterator[Event]:
    boundary, term, elem = _patterns(ic.delimiters)
    st_head = b"ST" + elem
    group: Group | None = None
    while True:
        if not buf.skip_blank():
            break
        if buf.data.startswith(st_head, buf.pos):
            tag = b"ST"  # the common case: a set, which _read_set cuts out itself
        else:
            end = buf.data.find(term, buf.pos)
            while end < 0 and not buf.eof:
                buf.more()
                end = buf.data.find(term, buf.pos)
            raw = buf.data[buf.pos :] if end < 0 else buf.data[buf.pos : end]
            tag = raw.split(elem, 1)[0].strip(b"\r\n ")
        start = buf.pos
        if tag == b"ST":
            tset = _read_set(buf, ic, group, boundary, term, elem, max_set_bytes)
            if group is None:
                ic.errors.append(("024", f"ST {tset.control} outside a functional group (no GS)"))
            else:
                yield tset
            continue
        buf.pos = len(buf.data) if end < 0 else end + 1
        seg = _els(raw, elem)
        if tag == b"GS":
            if group is not None:
                group.errors.append(("3", f"group {group.control} has no GE trailer"))
                yield GroupEnd(group)
            group = _group(seg)
            group.interchange = ic
            ic.group_count += 1
            if group.control in ic.group_controls:
                group.errors.append(
                    ("18", f"GS06 {group.control} is used twice in interchange {ic.control}")
                )
            ic.group_controls.add(group.control)
            if not (group.control.isascii() and group.control.isdigit()):
                group.errors.append(("6", f"GS06 control number {group.control!r} is not numeric"))
            yield group
        elif tag == b"GE":
            if group is None:
                ic.errors.append(("024", "GE segment without a GS header"))
                continue
            count, control = ([*seg, "", ""])[1:3]
            if control != group.control:
                group.errors.append(
                    ("4", f"GE02 {control!r} does not match GS06 {group.control!r}")
                )
            if not (count.isascii() and count.isdigit()) or int(count) != group.set_count:
                group.errors.append(
                    ("5", f"GE01 says {count} transaction sets, the group has {group.set_count}")
                )
            yield GroupEnd(group)
            group = None
        elif tag == b"IEA":
            if group is not None:
                group.errors.append(("3", f"group {group.control} has no GE trailer"))
                yield GroupEnd(group)
            count, control = ([*seg, "", ""])[1:3]
            if control != ic.control:
                ic.errors.append(("001", f"IEA02 {control!r} does not match ISA13 {ic.control!r}"))
            if not (count.isascii() and count.isdigit()) or int(count) != ic.group_count:
                ic.errors.append(
                    ("021", f"IEA01 says {count} groups, the interchange has {ic.group_count}")
                )
            yield InterchangeEnd(ic)
            return
        elif tag == b"ISA":
            buf.pos = start  # the next interchange starts before this one ended
            break
        elif tag == b"TA1":
            ic.ta1.append(seg)
        elif tag == b"SE":
            ic.errors.append(("024", "SE segment without an ST header"))
        else:
            shown = tag[:10].decode("latin-1")
            ic.errors.append(
                (
                    "024",
                    f"segment {shown!r} at byte {buf.base + start} is outside a transaction set",
                )
            )
    if group is not None:
        group.errors.append(("3", f"group {group.control} has no GE trailer"))
        yield GroupEnd(group)
    ic.errors.append(("023", "interchange ends without an IEA trailer (truncated?)"))
    yield InterchangeEnd(ic)


def _read_set(
    buf: _Buffer,
    ic: Interchange,
    group: Group | None,
    boundary: re.Pattern[bytes],
    term: bytes,
    elem: bytes,
    max_set_bytes: int,
) -> TransactionSet:
    """Cut one ST..SE out of the window (reading more as needed) and check its trailer."""
    start = buf.pos
    m = boundary.search(buf.data, start)
    while not buf.eof and (m is None or (m.group(1) == b"SE" and buf.data.find(term, m.end()) < 0)):
        if len(buf.data) - buf.pos > max_set_bytes:
            break
        buf.more()
        start = buf.pos
        m = boundary.search(buf.data, start)
    errors: list[tuple[str, str]] = []
    data = buf.data
    if m is not None and m.group(1) == b"SE":
        se_end = data.find(term, m.end())
        stop = len(data) if se_end < 0 else se_end + 1
        raw = data[start:stop]
        se = _els(data[m.start(1) : se_end if se_end >= 0 else len(data)], elem)
        buf.pos = stop
    else:
        stop = len(data) if m is None else m.start() + 1
        raw = data[start:stop]
        se = None
        buf.pos = stop if m is None else m.start(1)
    st_end = raw.find(term)
    st = _els(raw if st_end < 0 else raw[:st_end], elem)
    set_id, control = ([*st, "", ""])[1:3]
    tset = TransactionSet(  # positional, in field order: one per set
        set_id,
        control,
        _text(raw),
        ic.delimiters,
        buf.base + start,
        raw.count(term) + (0 if raw.endswith(term) else 1),
        errors,
        group,
        ic,
    )
    if se is None:
        errors.append(("2", f"transaction set {control} has no SE trailer"))
    else:
        count, se_control = ([*se, "", ""])[1:3]
        if se_control != control:
            errors.append(("3", f"SE02 {se_control!r} does not match ST02 {control!r}"))
        if not (count.isascii() and count.isdigit()) or int(count) != tset.segment_count:
            errors.append(("4", f"SE01 says {count} segments, the set has {tset.segment_count}"))
    if not set_id:
        errors.append(("6", "ST01 transaction set identifier is missing"))
    if not control:
        errors.append(("7", "ST02 transaction set control number is missing"))
    if group is not None:
        group.set_count += 1
        if control in group.set_controls:
            errors.append(("23", f"ST02 {control} is used twice in group {group.control}"))
        if len(group.set_controls) < MAX_TRACKED_CONTROLS:
            group.set_controls.add(control)
        allowed = GROUP_SETS.get(group.functional_id)
        if allowed is not None and set_id not in allowed:
            errors.append(
                (
                    "6",
                    f"transaction set {set_id} does not belong in a"
                    f" {group.functional_id} group (GS01)",
                )
            )
    return tset


def read_interchanges(data: Source, *, lenient_isa: bool = False) -> Iterator[Interchange]:
    """Yield every interchange in `data` with its groups and sets gathered in memory."""
    for ev in read_stream(data, lenient_isa=lenient_isa):
        if isinstance(ev, TransactionSet):
            if ev.group is not None:
                ev.group.sets.append(ev)
        elif isinstance(ev, Group):
            assert ev.interchange is not None
            ev.interchange.groups.append(ev)
        elif isinstance(ev, InterchangeEnd):
            yield ev.interchange
