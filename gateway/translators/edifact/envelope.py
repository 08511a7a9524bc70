"""EDIFACT envelopes (ISO 9735-1 clause 8): UNB/UNZ interchanges, UNG/UNE groups, UNH/UNT messages.

`EnvelopeReader` walks the tokenizer's segments and yields one `Message` (UNH..UNT)
at a time; only small headers stay behind in `interchanges`, so memory is bounded by
the largest message. Faults are recorded as `AckError`s carrying the CONTRL syntax
error code (0085) on the level they belong to (interchange, group, message) and are
never raised past the caller, except when no envelope can be found at all.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from gateway.canonical import AckError
from gateway.errors import EnvelopeError
from gateway.translators.edifact.syntax import (
    CHARSETS,
    DEFAULT_CHARS,
    BadSegment,
    Segment,
    ServiceChars,
    Tokenizer,
)

__all__ = [
    "EnvelopeReader",
    "Group",
    "Interchange",
    "LazySegments",
    "Message",
    "MessageHeader",
    "el",
]

SYNTAX_VERSIONS = ("1", "2", "3", "4")
_ENVELOPE_TAGS = frozenset({"UNH", "UNZ", "UNE", "UNG", "UNB"})


def el(seg: Segment, i: int, j: int = 0) -> str:
    """Component `j` of element `i` of a segment, or "" when absent."""
    try:
        v = seg[i][j]
    except IndexError:
        return ""
    return v if v.__class__ is str else (v[0] if v else "")


def _err(
    code: str,
    text: str,
    level: str,
    tag: str = "",
    element: int | None = None,
    component: int | None = None,
    position: int | None = None,
) -> AckError:
    return AckError(
        code=code,
        message=text,
        segment_id=tag,
        segment_position=position,
        element_position=element,
        component_position=component,
        level=level,
    )


@dataclass(slots=True)
class MessageHeader:
    """What stays known about a message after it was handed out (for CONTRL)."""

    ref: str
    type: str
    version: str
    release: str
    agency: str
    association: str = ""
    group: str = ""
    errors: list[AckError] = field(default_factory=list)
    segment_count: int = 0
    document: str = ""  # the document number, filled in by the translator (BGM 1004)

    @property
    def identifier(self) -> str:
        """The UNH S009 as written: type:version:release:agency[:association]."""
        parts = [self.type, self.version, self.release, self.agency, self.association]
        while len(parts) > 4 and not parts[-1]:
            parts.pop()
        return ":".join(parts)


@dataclass
class Group:
    id: str
    sender: str
    recipient: str
    control: str
    agency: str = ""
    version: str = ""
    errors: list[AckError] = field(default_factory=list)
    messages: list[MessageHeader] = field(default_factory=list)
    closed: bool = False
    count: int = 0  # messages seen (headers of accepted ones may have been let go)


@dataclass
class Interchange:
    unb: Segment
    chars: ServiceChars
    syntax: str
    version: str
    sender: str
    sender_qualifier: str
    recipient: str
    recipient_qualifier: str
    date: str
    time: str
    control: str
    application: str = ""
    ack_requested: bool = False
    test: bool = False
    errors: list[AckError] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    messages: list[MessageHeader] = field(default_factory=list)
    closed: bool = False
    count: int = 0  # messages seen (headers of accepted ones may have been let go)
    unb_missing: bool = False  # segments that came without any UNB (see EnvelopeReader._phantom)

    @property
    def rejected(self) -> bool:
        return bool(self.errors)


@dataclass
class Message:
    """One message (UNH..UNT) as raw segment texts; split into segments only when asked.

    The fast paths (validation by expression, the ORDERS reader) work from `texts`, so
    most messages are never split into components at all.
    """

    header: MessageHeader
    interchange: Interchange
    group: Group | None = None
    texts: list[str | None] = field(default_factory=list)  # raw text, None if it was faulty
    # by position: segments already split (service segments, released or faulty ones)
    special: dict[int, Segment] = field(default_factory=dict)
    chars: ServiceChars = DEFAULT_CHARS  # the separators `texts` are split with
    _segments: list[Segment] | None = field(default=None, repr=False)

    @property
    def segments(self) -> list[Segment]:
        """UNH..UNT inclusive, split (on first use)."""
        got = self._segments
        if got is None:
            k, e = self.chars.component, self.chars.element
            got = [[x.split(k) for x in t.split(e)] if t is not None else None for t in self.texts]
            for i, seg in self.special.items():
                got[i] = seg
            self._segments = got  # type: ignore[assignment]
        return got  # type: ignore[return-value]

    @property
    def lazy(self) -> LazySegments:
        """The segments as a sequence that splits them only when one is read."""
        return LazySegments(self)


class LazySegments(Sequence[Segment]):
    """A message's segments for readers that mostly need only their count and texts."""

    __slots__ = ("_msg",)

    def __init__(self, msg: Message) -> None:
        self._msg = msg

    def __len__(self) -> int:
        return len(self._msg.texts)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        return self._msg.segments[i]


def _interchange(seg: Segment, chars: ServiceChars) -> Interchange:
    ic = Interchange(
        unb=seg,
        chars=chars,
        syntax=el(seg, 1, 0),
        version=el(seg, 1, 1),
        sender=el(seg, 2, 0),
        sender_qualifier=el(seg, 2, 1),
        recipient=el(seg, 3, 0),
        recipient_qualifier=el(seg, 3, 1),
        date=el(seg, 4, 0),
        time=el(seg, 4, 1),
        control=el(seg, 5),
        application=el(seg, 7),
        ack_requested=el(seg, 9) == "1",
        test=el(seg, 11) == "1",
    )
    errs = ic.errors
    charset = CHARSETS.get(ic.syntax)
    if charset is None:
        errs.append(
            _err(
                "2",
                f"UNB syntax identifier {ic.syntax!r} is not supported (known:"
                f" {', '.join(CHARSETS)})",
                "interchange",
                "UNB",
                1,
                1,
            )
        )
    if ic.version not in SYNTAX_VERSIONS:
        errs.append(
            _err(
                "2",
                f"UNB syntax version {ic.version!r} is not 1, 2, 3 or 4",
                "interchange",
                "UNB",
                1,
                2,
            )
        )
    elif charset is not None and int(ic.version) < charset.min_version:
        errs.append(
            _err(
                "2",
                f"syntax identifier {ic.syntax} needs syntax version"
                f" {charset.min_version}, the UNB says {ic.version}",
                "interchange",
                "UNB",
                1,
                2,
            )
        )
    if not ic.sender:
        errs.append(
            _err("13", "UNB interchange sender (S002/0004) is missing", "interchange", "UNB", 2, 1)
        )
    if not ic.recipient:
        errs.append(
            _err(
                "13", "UNB interchange recipient (S003/0010) is missing", "interchange", "UNB", 3, 1
            )
        )
    width = 8 if ic.version == "4" else 6
    if not (ic.date.isdigit() and len(ic.date) in (6, 8)):
        errs.append(
            _err("12", f"UNB date {ic.date!r} is not YYMMDD/CCYYMMDD", "interchange", "UNB", 4, 1)
        )
    elif ic.version == "4" and len(ic.date) != width:
        errs.append(
            _err(
                "12",
                f"UNB date {ic.date!r} must be CCYYMMDD in syntax version 4",
                "interchange",
                "UNB",
                4,
                1,
            )
        )
    if not (ic.time.isdigit() and len(ic.time) == 4):
        errs.append(_err("12", f"UNB time {ic.time!r} is not HHMM", "interchange", "UNB", 4, 2))
    if not ic.control:
        errs.append(
            _err(
                "13", "UNB interchange control reference (0020) is missing", "interchange", "UNB", 5
            )
        )
    elif len(ic.control) > 14:
        errs.append(
            _err(
                "39",
                f"UNB interchange control reference {ic.control!r} is longer than 14 characters",
                "interchange",
                "UNB",
                5,
            )
        )
    return ic


def _take(
    msg: Message,
    texts: list[str],
    start: int,
    end: int,
    special: dict[int, Segment],
    keys: list[int],
) -> None:
    """Add texts[start:end] (no service segment among them) to `msg`, unsplit.

    `keys` are the indices of `special`, in order.
    """
    base = len(msg.texts)
    msg.texts += texts[start:end]
    if keys:
        into = msg.special
        for j in range(bisect_left(keys, start), bisect_left(keys, end)):
            at = keys[j]
            seg = into[base + at - start] = special[at]
            if seg.__class__ is BadSegment:
                msg.texts[base + at - start] = None


def _looks_like(seg: Segment, tag: str) -> bool:
    """A service segment whose tag was damaged (e.g. 'NB' for 'UNB')."""
    got = seg[0][0]
    if not got or got == tag or len(got) > 3 or not tag.endswith(got[-2:]):
        return False
    if tag == "UNB":
        return el(seg, 1).startswith("UNO")
    if tag == "UNH":
        return len(seg) > 2 and len(seg[2]) >= 4
    return False


class EnvelopeReader:
    """Iterate over the messages of every interchange in a payload.

    `interchanges` fills in as the iteration goes; trailer checks (UNT, UNE, UNZ counts
    and references) are on the headers once the iteration is over.
    """

    def __init__(self, source: bytes | Iterable[bytes], *, strict_charset: bool = False) -> None:
        self.tokens = Tokenizer(source, strict_charset=strict_charset)
        self.interchanges: list[Interchange] = []

    def __iter__(self) -> Iterator[Message]:
        ic: Interchange | None = None
        group: Group | None = None
        msg: Message | None = None
        seen_ic: set[str] = set()
        seen_msg: set[str] = set()
        seen_grp: set[str] = set()
        first = True
        tokens = self.tokens
        for pieces, special, service in tokens.runs():
            k, e = tokens.chars.component, tokens.chars.element
            keys = sorted(special) if special else []
            n = len(pieces)
            stops = iter([*service, n])
            stop = next(stops)
            i = 0
            while i < n:
                while stop < i:
                    stop = next(stops)
                if msg is not None and stop > i:
                    # the data segments up to the next possible service segment, in bulk
                    _take(msg, pieces, i, stop, special, keys)
                    i = stop
                    if i == n:
                        break
                text: str | None = pieces[i]
                seg = special.get(i) if special else None
                i += 1
                if seg is None:
                    seg = [x.split(k) for x in text.split(e)]  # type: ignore[union-attr]
                elif seg.__class__ is BadSegment:
                    text = None
                tag = seg[0][0]
                if first:
                    first = False
                    if self.tokens.una_error is not None or self.tokens.leading or tag != "UNB":
                        ic = self._broken_start(seg)
                        if ic.unb is seg:
                            seen_ic.add(ic.control)
                            continue
                if msg is not None:
                    if tag == "UNT":
                        msg.special[len(msg.texts)] = seg
                        msg.texts.append(text)
                        self._close_message(msg, seg)
                        yield msg
                        msg = None
                        continue
                    if tag not in _ENVELOPE_TAGS and not (
                        tag[-2:] == "NH" and _looks_like(seg, "UNH")
                    ):
                        msg.special[len(msg.texts)] = seg
                        msg.texts.append(text)
                        continue
                    msg.header.errors.append(
                        _err("13", f"message {msg.header.ref} has no UNT trailer", "message", "UNT")
                    )
                    msg.header.segment_count = len(msg.texts)
                    yield msg
                    msg = None
                if tag == "UNB":
                    if ic is not None and not ic.closed:
                        ic.errors.append(
                            _err(
                                "13",
                                f"interchange {ic.control} has no UNZ trailer",
                                "interchange",
                                "UNZ",
                            )
                        )
                    ic = _interchange(seg, self.tokens.chars)
                    una = self.tokens.una_error
                    if una is not None:  # a broken UNA before this UNB
                        ic.errors.append(_err(una.code, una.detail, "interchange", "UNA"))
                        self.tokens.una_error = None
                    if isinstance(seg, BadSegment):
                        ic.errors.append(
                            _err(seg.code, f"UNB: {seg.problem}", "interchange", "UNB")
                        )
                    if ic.control in seen_ic:
                        ic.errors.append(
                            _err(
                                "26",
                                f"interchange reference {ic.control} occurs twice in this payload",
                                "interchange",
                                "UNB",
                                5,
                            )
                        )
                    seen_ic.add(ic.control)
                    seen_msg, seen_grp = set(), set()
                    group = None
                    self.interchanges.append(ic)
                elif tag == "UNA":
                    continue
                elif tag == "UNG":
                    ic = ic or self._phantom("UNG")
                    if ic.count and not ic.groups:
                        ic.errors.append(
                            _err(
                                "30",
                                "functional groups and messages outside groups are mixed",
                                "interchange",
                                "UNG",
                            )
                        )
                    group = Group(
                        id=el(seg, 1),
                        sender=el(seg, 2),
                        recipient=el(seg, 3),
                        control=el(seg, 5),
                        agency=el(seg, 6),
                        version=el(seg, 7, 1) + el(seg, 7, 2),
                    )
                    if not group.control:
                        group.errors.append(
                            _err("13", "UNG group reference (0048) is missing", "group", "UNG", 5)
                        )
                    if group.control in seen_grp:
                        group.errors.append(
                            _err(
                                "26",
                                f"group reference {group.control} occurs twice in interchange",
                                "group",
                                "UNG",
                                5,
                            )
                        )
                    seen_grp.add(group.control)
                    ic.groups.append(group)
                elif tag == "UNE":
                    if group is None:
                        (ic or self._phantom("UNE")).errors.append(
                            _err("33", "UNE without UNG", "interchange", "UNE")
                        )
                        continue
                    count, ref = el(seg, 1), el(seg, 2)
                    if ref != group.control:
                        group.errors.append(
                            _err(
                                "28",
                                f"UNE reference {ref!r} does not match UNG reference"
                                f" {group.control!r}",
                                "group",
                                "UNE",
                                2,
                            )
                        )
                    if not (count.isascii() and count.isdigit()) or int(count) != group.count:
                        group.errors.append(
                            _err(
                                "29",
                                f"UNE says {count} messages, the group has {group.count}",
                                "group",
                                "UNE",
                                1,
                            )
                        )
                    group.closed = True
                    group = None
                elif tag == "UNH" or _looks_like(seg, "UNH"):
                    ic = ic or self._phantom("UNH")
                    header = MessageHeader(
                        ref=el(seg, 1),
                        type=el(seg, 2, 0),
                        version=el(seg, 2, 1),
                        release=el(seg, 2, 2),
                        agency=el(seg, 2, 3),
                        association=el(seg, 2, 4),
                        group=group.control if group else "",
                    )
                    if tag != "UNH":
                        header.errors.append(
                            _err(
                                "22",
                                f"service segment tag {tag!r} where UNH belongs",
                                "message",
                                "UNH",
                                position=1,
                            )
                        )
                    if ic.groups and group is None:
                        ic.errors.append(
                            _err(
                                "30",
                                f"message {header.ref} is outside a group while"
                                " the interchange uses groups",
                                "interchange",
                                "UNH",
                            )
                        )
                    if group is not None and group.id and group.id != header.type:
                        header.errors.append(
                            _err(
                                "31",
                                f"message type {header.type} in a group of {group.id}",
                                "message",
                                "UNH",
                                2,
                                1,
                                1,
                            )
                        )
                    if not header.ref:
                        header.errors.append(
                            _err(
                                "13",
                                "UNH message reference (0062) is missing",
                                "message",
                                "UNH",
                                1,
                                position=1,
                            )
                        )
                    elif header.ref in seen_msg:
                        header.errors.append(
                            _err(
                                "26",
                                f"message reference {header.ref} occurs twice in the interchange",
                                "message",
                                "UNH",
                                1,
                                position=1,
                            )
                        )
                    seen_msg.add(header.ref)
                    if isinstance(seg, BadSegment):
                        header.errors.append(
                            _err(
                                seg.code,
                                seg.problem,
                                "message",
                                "UNH",
                                seg.element,
                                seg.component,
                                1,
                            )
                        )
                    ic.messages.append(header)
                    ic.count += 1
                    if group is not None:
                        group.messages.append(header)
                        group.count += 1
                    msg = Message(header, ic, group, [text], {0: seg}, tokens.chars)
                elif tag == "UNZ":
                    if ic is None:
                        ic = self._phantom("UNZ")
                    self._close_interchange(ic, group, seg)
                    group = None
                elif tag == "UNT":
                    (ic or self._phantom("UNT")).errors.append(
                        _err(
                            "33",
                            "UNT without UNH (a message header is missing or damaged)",
                            "interchange",
                            "UNT",
                        )
                    )
                else:
                    (ic or self._phantom(tag)).errors.append(
                        _err("33", f"segment {tag!r} outside any message", "interchange", tag)
                    )
        if msg is not None:
            msg.header.errors.append(
                _err("13", f"message {msg.header.ref} has no UNT trailer", "message", "UNT")
            )
            msg.header.segment_count = len(msg.texts)
            yield msg
        if ic is None and not self.interchanges:
            raise EnvelopeError("the payload holds no EDIFACT segments", code="13")
        for one in self.interchanges:
            if not one.closed:
                one.errors.append(
                    _err(
                        "13",
                        f"interchange {one.control or '?'} ends without a UNZ trailer (truncated?)",
                        "interchange",
                        "UNZ",
                    )
                )
                one.closed = True
            for g in one.groups:
                if not g.closed:
                    g.errors.append(
                        _err("13", f"group {g.control} has no UNE trailer", "group", "UNE")
                    )
                    g.closed = True

    def _broken_start(self, seg: Segment) -> Interchange:
        """The first segment is not a clean UNB: recover what addressing we can, reject."""
        tag = seg[0][0]
        una = self.tokens.una_error
        if tag == "UNB" or _looks_like(seg, "UNB"):
            ic = _interchange(seg, self.tokens.chars)
            if una is not None:
                ic.errors.insert(0, _err(una.code, una.detail, "interchange", "UNA"))
                self.tokens.una_error = None  # reported
            if self.tokens.leading:
                ic.errors.insert(
                    0,
                    _err(
                        "33",
                        f"{len(self.tokens.leading)} bytes of data before"
                        " UNA/UNB (first bytes:"
                        f" {self.tokens.leading[:20]!r})",
                        "interchange",
                        "UNB",
                    ),
                )
            if tag != "UNB":
                ic.errors.insert(
                    0,
                    _err(
                        "22", f"service segment tag {tag!r} where UNB belongs", "interchange", "UNB"
                    ),
                )
            self.interchanges.append(ic)
            return ic
        return self._phantom(tag)

    def _phantom(self, tag: str) -> Interchange:
        """An interchange for segments that arrived without a UNB (always rejected)."""
        ic = Interchange(
            unb=[["UNB"]],
            chars=self.tokens.chars,
            syntax="",
            version="",
            sender="",
            sender_qualifier="",
            recipient="",
            recipient_qualifier="",
            date="",
            time="",
            control="",
            unb_missing=True,
        )
        ic.errors.append(
            _err(
                "13",
                f"segment {tag} arrived without a UNB interchange header: ISO 9735-1"
                " sends messages only inside a UNB..UNZ interchange, so the sender"
                " cannot be identified",
                "interchange",
                "UNB",
            )
        )
        self.interchanges.append(ic)
        return ic

    @staticmethod
    def _close_message(msg: Message, unt: Segment) -> None:
        h = msg.header
        h.segment_count = pos = len(msg.texts)
        count, ref = el(unt, 1), el(unt, 2)
        if ref != h.ref:
            h.errors.append(
                _err(
                    "28",
                    f"UNT reference {ref!r} does not match UNH reference {h.ref!r}",
                    "message",
                    "UNT",
                    2,
                    position=pos,
                )
            )
        if not (count.isascii() and count.isdigit()) or int(count) != h.segment_count:
            h.errors.append(
                _err(
                    "29",
                    f"UNT says {count} segments, the message has {h.segment_count}",
                    "message",
                    "UNT",
                    1,
                    position=pos,
                )
            )

    @staticmethod
    def _close_interchange(ic: Interchange, group: Group | None, unz: Segment) -> None:
        if group is not None and not group.closed:
            group.errors.append(
                _err("13", f"group {group.control} has no UNE trailer", "group", "UNE")
            )
            group.closed = True
        count, ref = el(unz, 1), el(unz, 2)
        if ref != ic.control:
            ic.errors.append(
                _err(
                    "28",
                    f"UNZ reference {ref!r} does not match UNB reference {ic.control!r}",
                    "interchange",
                    "UNZ",
                    2,
                )
            )
        expected = len(ic.groups) if ic.groups else ic.count
        what = "groups" if ic.groups else "messages"
        if not (count.isascii() and count.isdigit()) or int(count) != expected:
            ic.errors.append(
                _err(
                    "29",
                    f"UNZ says {count} {what}, the interchange has {expected}",
                    "interchange",
                    "UNZ",
                    1,
                )
            )
        ic.closed = True
