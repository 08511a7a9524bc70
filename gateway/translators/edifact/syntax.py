"""EDIFACT syntax (ISO 9735): service characters, character sets and a streaming tokenizer.

`Tokenizer` turns bytes (one buffer or an iterable of chunks) into segments, one at a
time: a segment is a list of data elements, each a list of component strings, with
the tag alone in the first element (`seg[0][0]`). Memory is bounded by the chunk size
plus the longest segment, never by the interchange.

- Service characters come from UNA (ISO 9735-1 clause 7.1.1) or the level A defaults
  `:+.? '` (level B `\\x1f\\x1d.` + `\\x1c` when the UNB is written with them).
- Each UNB's syntax identifier (S001/0001: UNOA, UNOB, UNOC ... UNOY) selects how the
  following bytes are decoded, so several interchanges with different character sets
  may follow each other in one payload.
- The release character makes the next service character data; anything else after
  it is reported. Line breaks between or inside segments are layout, not data, and are
  dropped (unless a line break is itself the segment terminator).
- Problems found while tokenizing never raise: the segment comes back as a `BadSegment`
  carrying the CONTRL syntax error code (0085), so the message it belongs to is
  rejected and the rest of the interchange is still read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from gateway.errors import EnvelopeError

__all__ = [
    "CHARSETS",
    "DEFAULT_CHARS",
    "BadSegment",
    "Charset",
    "Repeats",
    "Run",
    "Segment",
    "ServiceChars",
    "Tokenizer",
    "read_una",
]

Segment = list[list[str]]
# what may come before the first segment: whitespace, NUL padding, byte order marks
_LEAD = re.compile(rb"(?:[ \t\r\n\x00]|\xef\xbb\xbf)*")
CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class ServiceChars:
    """The six UNA characters: component, element, decimal mark, release, repetition, end."""

    component: str = ":"
    element: str = "+"
    decimal: str = "."
    release: str = "?"
    repetition: str = " "  # reserved (space) up to syntax version 3, "*" from version 4
    segment: str = "'"

    def una(self) -> str:
        return (
            "UNA"
            + self.component
            + self.element
            + self.decimal
            + self.release
            + self.repetition
            + self.segment
        )

    @property
    def specials(self) -> str:
        """Characters that must be released when they occur in data."""
        rep = self.repetition if self.repetition != " " else ""
        return self.release + self.component + self.element + self.segment + rep


DEFAULT_CHARS = ServiceChars()
LEVEL_B_CHARS = ServiceChars(component="\x1f", element="\x1d", release="", segment="\x1c")


@dataclass(frozen=True, slots=True)
class Charset:
    """A syntax identifier (0001): the Python codec and the characters it allows in data."""

    name: str
    codec: str
    allowed: str  # regex class body of allowed data characters ("" = any decodable, no controls)
    min_version: int = 1


_LEVEL_A = r"A-Z0-9 .,\-()/='+:?!\"%&*;<>"
_LEVEL_B = r"\x20-\x7e"
CHARSETS: dict[str, Charset] = {
    "UNOA": Charset("UNOA", "latin-1", _LEVEL_A),
    "UNOB": Charset("UNOB", "latin-1", _LEVEL_B),
    "UNOC": Charset("UNOC", "latin-1", ""),
    "UNOD": Charset("UNOD", "iso8859-2", ""),
    "UNOE": Charset("UNOE", "iso8859-5", ""),
    "UNOF": Charset("UNOF", "iso8859-7", ""),
    "UNOG": Charset("UNOG", "iso8859-3", ""),
    "UNOH": Charset("UNOH", "iso8859-4", ""),
    "UNOI": Charset("UNOI", "iso8859-6", ""),
    "UNOJ": Charset("UNOJ", "iso8859-8", ""),
    "UNOK": Charset("UNOK", "iso8859-9", ""),
    "UNOW": Charset("UNOW", "utf-8", "", min_version=4),
    "UNOY": Charset("UNOY", "utf-8", "", min_version=4),
}
_CONTROLS = r"\x00-\x1f\x7f-\x9f"


class Run(NamedTuple):
    """Consecutive segment texts of one interchange, as `Tokenizer.runs` hands them out."""

    texts: list[str]
    special: dict[int, Segment]  # by index: segments already split (released, repeated, bad)
    service: list[int]  # indices whose tag may be a service segment (UNB..UNT, a damaged UNH)


class BadSegment(list):  # type: ignore[type-arg]
    """A segment with a syntax problem found by the tokenizer (CONTRL 0085 code and text)."""

    code: str = "21"
    problem: str = ""
    element: int | None = None
    component: int | None = None


class Repeats(list):  # type: ignore[type-arg]
    """A repeated data element (syntax version 4): a list of component lists."""


def read_una(data: bytes) -> tuple[ServiceChars | None, int]:
    """Read a UNA service string advice at the start of `data`: (chars or None, bytes used).

    Raises EnvelopeError (0085 code 20) for a UNA that cannot be used.
    """
    if not data.startswith(b"UNA"):
        return None, 0
    raw = data[3:9]
    if len(raw) < 6:
        raise EnvelopeError(
            "UNA service string advice is cut short: it needs 6 characters"
            f" after 'UNA', got {raw!r}",
            code="20",
        )
    text = raw.decode("latin-1")
    comp, elem, dec, rel, rep, seg = text
    chars = ServiceChars(comp, elem, dec, rel, rep, seg)
    seps = [
        ("component separator", comp),
        ("data element separator", elem),
        ("segment terminator", seg),
    ]
    if rel != " ":
        seps.append(("release character", rel))
    if rep != " ":
        seps.append(("repetition separator", rep))
    for what, ch in seps:
        if ch.isalnum() or ch in " ":
            raise EnvelopeError(f"UNA {what} {ch!r} cannot be a letter, digit or space", code="20")
    used = [ch for _, ch in seps]
    if len(set(used)) != len(used):
        raise EnvelopeError(f"UNA service characters {text!r} are not distinct", code="20")
    if dec not in ".,":
        raise EnvelopeError(f"UNA decimal mark {dec!r} must be '.' or ','", code="20")
    if rel == " ":
        chars = ServiceChars(comp, elem, dec, "", rep, seg)
    return chars, 9


class Tokenizer:
    """Stream segments out of an EDIFACT payload (bytes or an iterable of byte chunks).

    After iteration, `chars` holds the service characters in force and `charset` the
    character set of the last interchange read.
    """

    def __init__(
        self,
        source: bytes | Iterable[bytes],
        *,
        strict_charset: bool = False,
        chunk_size: int = CHUNK,
    ) -> None:
        if isinstance(source, bytes | bytearray | memoryview):
            data = bytes(source)
            self._chunks: Iterator[bytes] = iter(
                [data[i : i + chunk_size] for i in range(0, len(data), chunk_size)] or [b""]
            )
        else:
            self._chunks = iter(source)
        self.strict_charset = strict_charset
        self.chars = DEFAULT_CHARS
        self.charset = CHARSETS["UNOA"]
        self.leading = b""  # bytes skipped before UNA/UNB (reported by the envelope reader)
        self.una_error: EnvelopeError | None = None
        self.segment_count = 0
        self.raw: str | None = None  # text of the segment just yielded (None: needed release)
        self._pattern: re.Pattern[str] | None = None
        self._clean: bytes | None = None  # bytes that can never fail `_pattern` (1-byte codecs)

    # --- setup ----------------------------------------------------------------------------

    def _start(self, buf: bytes) -> bytes:
        """Skip BOMs, blank lines and NUL padding, read UNA; returns the buffer at UNB."""
        stripped = buf[_LEAD.match(buf).end() :]  # type: ignore[union-attr]
        if not stripped.startswith((b"UNA", b"UNB", b"UNH")):
            for tag in (b"UNA", b"UNB"):
                at = stripped.find(tag)
                if at > 0 and stripped[at + 3 : at + 4] not in (b"", b"\r", b"\n"):
                    self.leading = stripped[:at]
                    stripped = stripped[at:]
                    break
        buf = stripped
        try:
            una, used = read_una(buf)
        except EnvelopeError as exc:
            self.una_error = exc
            una, used = None, min(9, len(buf))
        if una is not None:
            self.chars = una
        elif buf[3:4] == b"\x1d":
            self.chars = LEVEL_B_CHARS
        return buf[used:].lstrip(b"\r\n")

    def _set_charset(self, unb_text: str) -> None:
        ident = unb_text.split(self.chars.element, 2)[1] if self.chars.element in unb_text else ""
        name = ident.split(self.chars.component, 1)[0]
        version = ident.split(self.chars.component)[1:2]
        self.charset = CHARSETS.get(name, CHARSETS["UNOC"])
        if (
            version
            and version[0] == "4"
            and self.chars.repetition == " "
            and self.chars is DEFAULT_CHARS
        ):
            self.chars = ServiceChars(repetition="*")
        allowed = self.charset.allowed
        if allowed == _LEVEL_A and not self.strict_charset:
            allowed = _LEVEL_B
        if allowed:
            extra = re.escape(self.chars.specials + self.chars.decimal)
            self._pattern = re.compile(f"[^{allowed}{extra}]")
        else:
            self._pattern = re.compile(f"[{_CONTROLS}]")
        self._clean = _clean_bytes(self._pattern, self.charset.codec, self.chars.segment)

    # --- iteration ------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Segment]:
        for pieces, special, _ in self.runs():
            k, e = self.chars.component, self.chars.element
            for i, piece in enumerate(pieces):
                seg = special.get(i) if special else None
                if seg is None:
                    self.raw = piece
                    yield [x.split(k) for x in piece.split(e)]
                else:
                    self.raw = None
                    yield seg

    def runs(self) -> Iterator[Run]:
        """Segment texts a run at a time, for callers that split them as they go.

        `special` holds, by index, the segments already split because they needed
        release or repetition handling or carry a problem (`BadSegment`); every other
        text splits plainly on the element then the component separator. `service`
        lists the texts that may be envelope segments, so a caller can take the ones
        between in bulk. A run never crosses a UNB, so `chars` and `charset` are those
        of the run's interchange. Texts are split by the caller, a message at a time,
        rather than a whole run here: fewer lists are alive at once.
        """
        buf = b""
        started = False
        for chunk in self._chunks:
            buf += chunk
            if not started:
                if len(buf) < 16 and chunk:
                    continue
                buf = self._start(buf)
                started = True
            cut = self._last_terminator(buf)
            if cut < 0:
                continue
            yield from self._batch(buf[: cut + 1])
            buf = buf[cut + 1 :]
        if not started:
            buf = self._start(buf)
        if buf.strip(b" \t\r\n\x00\x1a"):
            yield from self._batch(buf)

    def _last_terminator(self, buf: bytes) -> int:
        term = self.chars.segment.encode("latin-1")
        rel = self.chars.release.encode("latin-1")
        end = len(buf)
        while True:
            at = buf.rfind(term, 0, end)
            if at < 0 or not rel:
                return at
            n = 0
            while at - n - 1 >= 0 and buf[at - n - 1 : at - n] == rel:
                n += 1
            if n % 2 == 0:
                return at
            end = at

    def _batch(self, raw: bytes) -> Iterator[Run]:
        """Decode and split complete segments; a UNB switches the character set."""
        term = self.chars.segment.encode("latin-1")
        elem = self.chars.element.encode("latin-1")
        pos = 0
        while pos < len(raw):
            unb = self._find_unb(raw, pos, term, elem)
            if unb < 0:
                yield self._decode_split(raw[pos:])
                return
            if unb > pos:
                yield self._decode_split(raw[pos:unb])
            end = raw.find(term, unb)
            end = len(raw) if end < 0 else end + 1
            unb_raw = raw[unb:end]
            self._set_charset(unb_raw.decode("latin-1"))
            yield self._decode_split(unb_raw)
            pos = end

    @staticmethod
    def _find_unb(raw: bytes, pos: int, term: bytes, elem: bytes) -> int:
        needle = b"UNB" + elem
        at = raw.find(needle, pos)
        while at >= 0:
            before = raw[pos:at].rstrip(b"\r\n \t")
            if at == pos or not before or before.endswith(term):
                return at
            at = raw.find(needle, at + 1)
        return -1

    def _decode_split(self, raw: bytes) -> Run:
        c = self.chars
        try:
            text = raw.decode(self.charset.codec)
            bad_at = -1
        except UnicodeDecodeError as exc:
            text = raw.decode(self.charset.codec, errors="replace")
            bad_at = len(raw[: exc.start].decode(self.charset.codec, errors="replace"))
        if c.segment not in "\r\n" and ("\n" in text or "\r" in text):
            text = text.replace("\r", "").replace("\n", "")
            if bad_at >= 0:
                bad_at = text.find("\ufffd")
        bad: dict[int, tuple[str, str]] = {}
        if bad_at >= 0:
            bad[text.count(c.segment, 0, bad_at)] = (
                "21",
                f"bytes that are not valid {self.charset.name} ({self.charset.codec})",
            )
        # one C-speed pass over the bytes tells whether the character check can find anything
        if self._pattern is not None and (
            self._clean is None or bad_at >= 0 or raw.translate(None, self._clean)
        ):
            for m in self._pattern.finditer(text):
                idx = text.count(c.segment, 0, m.start())
                if idx not in bad:
                    bad[idx] = (
                        "21",
                        f"character {m.group()!r} (U+{ord(m.group()):04X}) is not"
                        f" allowed by syntax identifier {self.charset.name}",
                    )
                if len(bad) > 50:
                    break
        pieces = text.split(c.segment)
        if pieces and not pieces[-1].strip(" \t\x00\x1a"):
            pieces.pop()
        rel = c.release
        has_release = bool(rel) and rel in text
        rep = c.repetition if c.repetition != " " else ""
        has_rep = bool(rep) and rep in text
        if not has_release and not has_rep and not bad:
            if c.segment + " " in text:  # blanks after terminators are layout
                pieces = [piece.lstrip(" ") for piece in pieces]
            self.segment_count += len(pieces)
            return Run(pieces, {}, _service_at(text, c))
        # slow path, per segment: release characters, repetitions or a problem to attach
        if not bad and not (has_release and rel + c.segment in text):
            # no released terminator: segments are the pieces; only some need the slow split
            if c.segment + " " in text:
                pieces = [piece.lstrip(" ") for piece in pieces]
            special: dict[int, Segment] = {}
            for i in _holding(
                text, c.segment, (rel if has_release else "", rep if has_rep else "")
            ):
                special[i] = self._split_one(pieces[i], True)
            self.segment_count += len(pieces)
            return Run(pieces, special, _and_special(_service_at(text, c), special))
        joined: list[str] = []
        special = {}
        i = 0
        n = len(pieces)
        while i < n:
            piece = pieces[i]
            first = i
            if has_release:
                while piece.endswith(rel) and _odd_tail(piece, rel) and i + 1 < n:
                    i += 1
                    piece = piece + c.segment + pieces[i]
            piece = piece.lstrip(" ")
            problem = bad.get(first)
            needs = (has_release and rel in piece) or (has_rep and rep in piece)
            if problem is not None or needs:
                seg = self._split_one(piece, needs)
                if problem is not None and not isinstance(seg, BadSegment):
                    seg = BadSegment(seg)
                    seg.code, seg.problem = problem
                special[len(joined)] = seg
            joined.append(piece)
            self.segment_count += 1
            i += 1
        tag = _service_pattern(c, "")
        service = [i for i, piece in enumerate(joined) if tag.match(piece)]
        return Run(joined, special, _and_special(service, special))

    def _split_one(self, piece: str, special: bool) -> Segment:
        """One segment's text -> elements; `special`: it holds releases or repetitions."""
        c = self.chars
        piece = piece.lstrip(" ")
        if special:
            rep = c.repetition if c.repetition != " " else ""
            return _split_held(piece, c, rep) or _split_released(piece, c, rep)
        return [x.split(c.component) for x in piece.split(c.element)]


def _holding(text: str, terminator: str, chars: tuple[str, ...]) -> list[int]:
    """Indices of the segments of `text` that contain any of `chars` (found with str.find)."""
    at: list[int] = []
    for ch in chars:
        if ch:
            pos = text.find(ch)
            while pos >= 0:
                at.append(pos)
                pos = text.find(ch, pos + 1)
    at.sort()
    out: list[int] = []
    index = last = 0
    for pos in at:
        index += text.count(terminator, last, pos)
        last = pos
        if not out or out[-1] != index:
            out.append(index)
    return out


_SERVICE_RE: dict[tuple[ServiceChars, str], re.Pattern[str]] = {}


def _service_pattern(c: ServiceChars, before: str) -> re.Pattern[str]:
    """A service segment tag (UNB, UNG, UNH, UNT, UNE, UNZ or ?NH, a damaged UNH)."""
    pattern = _SERVICE_RE.get((c, before))
    if pattern is None:
        stop = re.escape(c.element + c.component + c.segment)
        pattern = _SERVICE_RE[c, before] = re.compile(
            rf"{before}(?=(?:UN[BGHTEZ]|[^{stop}]?NH)(?:[{stop}]|\Z))"
        )
    return pattern


def _service_at(text: str, c: ServiceChars) -> list[int]:
    """Indices of the segments of `text` (no released terminators) with a service tag.

    A superset is harmless (the caller looks at each one).
    """
    term = c.segment
    out = [0] if _service_pattern(c, " *").match(text) else []
    index = last = 0
    # the pattern starts with the terminator, so the search skips ahead at C speed
    for m in _service_pattern(c, re.escape(term) + " *").finditer(text):
        pos = m.start() + 1
        index += text.count(term, last, pos)
        last = pos
        out.append(index)
    return out


def _and_special(service: list[int], special: dict[int, Segment]) -> list[int]:
    """`service` plus the split segments whose tag reads as a service tag only once split
    (a release character inside the tag), in order."""
    extra = [
        i
        for i, seg in special.items()
        if seg[0][0] in _SERVICE_TAGS or (len(seg[0][0]) <= 3 and seg[0][0].endswith("NH"))
    ]
    return sorted({*service, *extra}) if extra else service


_SERVICE_TAGS = frozenset({"UNB", "UNG", "UNH", "UNT", "UNE", "UNZ"})


def _clean_bytes(pattern: re.Pattern[str], codec: str, terminator: str) -> bytes | None:
    """The bytes a single-byte codec decodes to characters `pattern` accepts (None: multi-byte).

    Line breaks count as clean unless they terminate segments: they are dropped as layout
    before the check.
    """
    if codec.replace("-", "").replace("_", "").lower() in ("utf8", "utf16", "utf32"):
        return None
    clean = bytearray()
    for b in range(256):
        try:
            ch = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            continue
        if len(ch) == 1 and (
            pattern.search(ch) is None or (ch in "\r\n" and terminator not in "\r\n")
        ):
            clean.append(b)
    return bytes(clean)


def _odd_tail(text: str, rel: str) -> bool:
    n = len(text) - len(text.rstrip(rel))
    return n % 2 == 1


# private-use stand-ins for released service characters while a segment is split
_HOLDS = "\ue000\ue001\ue002\ue003\ue004"


def _split_held(text: str, c: ServiceChars, rep: str) -> Segment | None:
    """`_split_released` at str-method speed: None when it needs the character walk.

    Released characters are swapped for stand-ins, the text is split as usual and the
    stand-ins swapped back; repetitions, stray release characters and text that holds
    a stand-in already go the slow way.
    """
    rel = c.release
    if (rep and rep in text) or (not text.isascii() and any(h in text for h in _HOLDS)):
        return None
    used = []  # (stand-in, character) pairs this text needs
    for ch, hold in zip(c.specials, _HOLDS, strict=False):
        if rel + ch in text:
            text = text.replace(rel + ch, hold)
            used.append((hold, ch))
    if rel in text:
        return None
    comp = c.component
    return [
        x.split(comp) if x.isascii() else [_back(v, used) for v in x.split(comp)]
        for x in text.split(c.element)
    ]


def _back(value: str, used: list[tuple[str, str]]) -> str:
    """`value` with the stand-ins of `_split_held` turned back into their characters."""
    for hold, ch in used:
        if hold in value:
            value = value.replace(hold, ch)
    return value


def _split_released(text: str, c: ServiceChars, rep: str) -> Segment:
    """Split one segment honouring the release character and the repetition separator."""
    seg: list = []
    element: list[str] = []
    repeats: Repeats | None = None
    cur: list[str] = []
    problem: tuple[str, str, int, int] | None = None
    rel = c.release
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if rel and ch == rel:
            if i + 1 >= n:
                problem = problem or (
                    "21",
                    "release character at the end of the segment",
                    len(seg),
                    len(element) + 1,
                )
                i += 1
                continue
            nxt = text[i + 1]
            if nxt not in c.specials:
                problem = problem or (
                    "21",
                    f"release character {rel!r} before {nxt!r}, which is not a service character",
                    len(seg),
                    len(element) + 1,
                )
            cur.append(nxt)
            i += 2
            continue
        if ch == c.component:
            element.append("".join(cur))
            cur = []
        elif ch == c.element:
            element.append("".join(cur))
            cur = []
            if repeats is not None:
                repeats.append(element)
                seg.append(repeats)
                repeats = None
            else:
                seg.append(element)
            element = []
        elif rep and ch == rep and seg:
            element.append("".join(cur))
            cur = []
            if repeats is None:
                repeats = Repeats()
            repeats.append(element)
            element = []
        else:
            cur.append(ch)
        i += 1
    element.append("".join(cur))
    if repeats is not None:
        repeats.append(element)
        seg.append(repeats)
    else:
        seg.append(element)
    if problem is None:
        return seg
    bad = BadSegment(seg)
    bad.code, bad.problem, bad.element, bad.component = problem
    return bad
