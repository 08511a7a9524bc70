"""The one validator: walks any message spec (`messages.py`) over a message's segments.

Checks segment order, status and repetitions of segments and groups, then every data
element: presence of mandatory ones, too many constituents, length, character type,
decimal notation and code lists. Each finding is an `AckError` located the way CONTRL
reports it (UCS 0096 segment position counted from UNH = 1, UCD S011 element and
component positions) with the ISO 9735 syntax error code (0085):
13 missing, 15 not supported in this position, 16 too many constituents,
35 too many repetitions, 36 too many group repetitions, 37 invalid character type,
38 missing digit before the decimal mark, 39 too long, 40 too short, 12 invalid value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from gateway.canonical import AckError
from gateway.translators.edifact.spec import Comp, El, Group, Seg, Use
from gateway.translators.edifact.syntax import (
    DEFAULT_CHARS,
    BadSegment,
    Repeats,
    Segment,
    ServiceChars,
)

__all__ = ["segment_pattern", "validate_message"]

MAX_ERRORS = 100
_NUMERIC = re.compile(r"^-?(\d*)(?:[.,](\d*))?$")
_HAS_DIGIT = re.compile(r"\d")

# compiled element checks per segment spec: (position, mandatory, composite?, components)
_Check = tuple[
    int, bool, bool, str, tuple[tuple[bool, str, int, int, frozenset[str] | None, str], ...]
]
_compiled: dict[int, tuple[_Check, ...]] = {}


def _compile(spec: Seg) -> tuple[_Check, ...]:
    got = _compiled.get(id(spec))
    if got is None:
        checks = []
        for i, e in enumerate(spec.elements, start=1):
            if isinstance(e, Comp):
                comps = tuple(
                    (c.mandatory, c.kind, c.min, c.max, c.codes, c.ref) for c in e.components
                )
                checks.append((i, e.mandatory, True, e.ref, comps))
            else:
                assert isinstance(e, El)
                checks.append(
                    (i, e.mandatory, False, e.ref, ((True, e.kind, e.min, e.max, e.codes, e.ref),))
                )
        got = _compiled[id(spec)] = tuple(checks)
    return got


def _value_error(
    v: str, kind: str, lo: int, hi: int, codes: frozenset[str] | None
) -> tuple[str, str] | None:
    if kind == "n":
        m = _NUMERIC.match(v)
        if m is None:
            return "37", f"{v!r} is not numeric"
        if m.group(2) is not None and not m.group(1):
            return "38", f"{v!r} has no digit before the decimal mark"
        size = len(m.group(1)) + len(m.group(2) or "")
    else:
        if kind == "a" and _HAS_DIGIT.search(v):
            return "37", f"{v!r} must be alphabetic"
        size = len(v)
    if size > hi:
        return "39", f"{v!r} is longer than {hi} characters"
    if size < lo:
        return "40", f"{v!r} is shorter than {lo} characters"
    if codes is not None and v not in codes:
        return "12", f"{v!r} is not a valid code"
    return None


def _check_elements(seg: Segment, spec: Seg, pos: int, out: list[AckError]) -> None:
    tag = spec.tag
    checks = _compile(spec)
    n = len(seg)
    if n - 1 > len(checks):
        out.append(
            AckError(
                "16",
                f"segment {pos} ({tag}) has {n - 1} data elements, at most"
                f" {len(checks)} are defined",
                tag,
                pos,
                element_position=len(checks) + 1,
                level="element",
            )
        )
    for i, mandatory, composite, ref, comps in checks:
        element = seg[i] if i < n else [""]
        occurrences = element if type(element) is Repeats else (element,)
        for value in occurrences:
            if len(value) == 1 and not value[0]:
                if mandatory:
                    state = "missing" if i >= n else "empty"
                    out.append(
                        AckError(
                            "13",
                            f"segment {pos} ({tag}): mandatory element {ref} (position {i})"
                            f" is {state}",
                            tag,
                            pos,
                            element_position=i,
                            element_ref=ref,
                            level="element",
                        )
                    )
                continue
            if len(value) > len(comps):
                what = "components" if composite else "constituents (a simple element)"
                out.append(
                    AckError(
                        "16",
                        f"segment {pos} ({tag}) element {ref} has"
                        f" {len(value)} {what}, at most {len(comps)}",
                        tag,
                        pos,
                        element_position=i,
                        component_position=len(comps) + 1,
                        element_ref=ref,
                        level="element",
                    )
                )
            for j, (cm, kind, lo, hi, codes, cref) in enumerate(comps):
                v = value[j] if j < len(value) else ""
                if not v:
                    if cm:
                        out.append(
                            AckError(
                                "13",
                                f"segment {pos} ({tag}): mandatory {cref} of {ref} is missing",
                                tag,
                                pos,
                                element_position=i,
                                component_position=j + 1 if composite else None,
                                element_ref=cref,
                                level="element",
                            )
                        )
                    continue
                if kind == "an" and codes is None and len(v) <= hi:
                    continue
                problem = _value_error(v, kind, lo, hi, codes)
                if problem is not None:
                    code, text = problem
                    out.append(
                        AckError(
                            code,
                            f"segment {pos} ({tag}) {cref}: {text}",
                            tag,
                            pos,
                            element_position=i,
                            component_position=j + 1 if composite else None,
                            element_ref=cref,
                            bad_value=v[:35],
                            level="element",
                        )
                    )


def _close(frame: list, pos: int, out: list[AckError]) -> None:
    group, idx, counts = frame
    for k in range(idx + 1, len(group.children)):
        child = group.children[k]
        if child.mandatory and not counts[k]:
            out.append(
                AckError(
                    "13",
                    f"mandatory segment {child.tag} of {group.name} is missing"
                    f" (noticed at segment {pos})",
                    child.tag,
                    pos,
                    level="segment",
                )
            )


_SHAPES: dict[tuple[object, ...], tuple[list[Seg | None], list[Any]]] = {}
MAX_CLEAN = 512  # remembered clean texts per segment spec
MAX_SHAPES = 2048
_PREFIX = itemgetter(slice(None, 4))  # a segment text's first four characters


def _walk(segments: Sequence[Segment], spec: Group, out: list[AckError]) -> list[Seg | None]:
    """Check segment order, status and repetitions; the segment spec at each position."""
    top = [0] * len(spec.children)
    top[0] = 1
    stack: list[list] = [[spec, 0, top]]
    result: list[Seg | None] = [spec.children[0].seg]  # type: ignore[union-attr]
    for pos in range(2, len(segments) + 1):
        seg = segments[pos - 1]
        tag = seg[0][0]
        found: Seg | None = None
        depth = len(stack) - 1
        while depth >= 0:
            frame = stack[depth]
            group, idx = frame[0], frame[1]
            j = -1
            for k in group.index.get(tag, ()):
                if k >= idx and k > 0:
                    j = k
                    break
            if j < 0:
                depth -= 1
                continue
            while len(stack) > depth + 1:
                _close(stack.pop(), pos, out)
            counts = frame[2]
            children = group.children
            if j > idx + 1:
                for k in range(idx + 1, j):
                    child = children[k]
                    if child.mandatory and not counts[k]:
                        out.append(
                            AckError(
                                "13",
                                f"mandatory segment {child.tag} is missing before"
                                f" segment {pos} ({tag})",
                                child.tag,
                                pos,
                                level="segment",
                            )
                        )
            child = children[j]
            c = counts[j] = counts[j] + 1
            frame[1] = j
            if child.__class__ is Use:
                if c > child.max:
                    out.append(
                        AckError(
                            "35",
                            f"segment {pos} ({tag}) repeats {c} times, at most {child.max} allowed",
                            tag,
                            pos,
                            level="segment",
                        )
                    )
                found = child.seg
            else:
                if c > child.max:
                    out.append(
                        AckError(
                            "36",
                            f"segment group {child.name} ({tag}) repeats {c}"
                            f" times, at most {child.max} allowed",
                            tag,
                            pos,
                            level="segment",
                        )
                    )
                fresh = [0] * len(child.children)
                fresh[0] = 1
                stack.append([child, 0, fresh])
                found = child.children[0].seg
            break
        if found is None:
            out.append(
                AckError(
                    "15",
                    f"segment {pos} ({tag}) is not allowed at this position of {spec.name}",
                    tag,
                    pos,
                    level="segment",
                )
            )
        result.append(found)
    end = len(segments)
    while len(stack) > 1:
        _close(stack.pop(), end, out)
    _close(stack[0], end, out)
    return result


def validate_message(
    segments: Sequence[Segment],
    spec: Group,
    *,
    texts: list[str | None] | None = None,
    chars: ServiceChars = DEFAULT_CHARS,
) -> list[AckError]:
    """Every error of one message (UNH..UNT) against `spec`, at most MAX_ERRORS.

    The structure verdict depends only on the sequence of segment tags, so a sequence
    seen clean before is not walked again (a bounded memo). `texts` (the raw segment
    texts from the envelope reader) let clean segments be accepted by one regular
    expression per segment spec, or by a bounded memo of texts already found clean
    (parties, dates, units repeat from message to message); only the others are
    checked element by element.
    """
    out: list[AckError] = []
    if texts is not None and None not in texts:
        # the first four characters of a text stand for its tag: with a separator (or the
        # end) after three characters, the tag is those three; a longer or shorter tag is
        # never part of a clean shape. The segments need not be split for this.
        key = (id(spec), chars, *map(_PREFIX, texts))
    else:
        key = (id(spec), chars, None, *[seg[0][0] for seg in segments])
    shape = _SHAPES.get(key)
    if shape is None:
        found_at = _walk(segments, spec, out)
        matchers = [_Accept.of(f, chars) if f is not None else None for f in found_at]
        if not out:
            if len(_SHAPES) >= MAX_SHAPES:
                _SHAPES.clear()
            _SHAPES[key] = (found_at, matchers)
    else:
        found_at, matchers = shape
    structural = len(out)
    if texts is None:
        texts = [None] * len(segments)
    for pos, (text, accept) in enumerate(zip(texts, matchers, strict=True), start=1):
        if text is not None and accept is not None and (text in accept.clean or accept(text)):
            continue
        if len(out) - structural >= MAX_ERRORS:
            break
        seg = segments[pos - 1]
        if type(seg) is BadSegment:
            out.append(
                AckError(
                    seg.code,
                    f"segment {pos} ({seg[0][0]}): {seg.problem}",
                    seg[0][0],
                    pos,
                    element_position=seg.element,
                    component_position=seg.component,
                    level="element",
                )
            )
        found = found_at[pos - 1]
        if found is not None:
            _check_elements(seg, found, pos, out)
    if structural:
        out.sort(key=lambda e: e.segment_position or 0)  # in message order, as CONTRL lists them
    return out[:MAX_ERRORS]


# --- fast acceptance: each segment spec compiled to one regular expression ------------------
#
# A segment whose raw text matches its spec's expression has no element error; anything
# else goes through `_check_elements`, which finds and explains the error. The expressions
# are never more lenient than `_check_elements` (tests compare the verdicts on the corpus
# and on damaged messages).

_patterns: dict[tuple[int, ServiceChars], re.Pattern[str]] = {}


_HOLDS = "\ue000\ue001\ue002\ue003\ue004"


def _held(text: str, chars: ServiceChars) -> str:
    """`text` with each released service character swapped for a plain stand-in character.

    The stand-ins count as one data character, like the character they stand for; a
    release character left over (not before a service character) matches nothing.
    """
    rel = chars.release
    for ch, hold in zip(chars.specials, _HOLDS, strict=False):
        text = text.replace(rel + ch, hold)
    return text


def _trie(codes: frozenset[str]) -> str:
    """A compact alternation for a code list (a trie, so matching does not try each code)."""
    tree: dict = {}
    for code in codes:
        node = tree
        for ch in code:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return walk(tree)


def _value_pattern(c: El, free: str, nodigit: str) -> str:
    lo = max(c.min, 1)
    if c.codes is not None:
        return f"(?:{_trie(c.codes)})"
    if c.kind == "an":
        return f"{free}{{{lo},{c.max}}}"
    if c.kind == "a":
        return f"{nodigit}{{{lo},{c.max}}}"
    return rf"-?(?:\d{{{lo},{c.max}}}|(?=[\d.,]{{{lo + 1},{c.max + 1}}}(?![\d.,]))\d+[.,]\d+)"


def _sequence(items: list[tuple[str, bool]], sep: str) -> str:
    """First item, then `sep item` for the rest; trailing optional items may be left out."""
    out, needed = "", False
    for pat, mandatory in reversed(items[1:]):
        part = sep + pat + out
        needed = needed or mandatory
        out = part if needed else f"(?:{part})?"
    return items[0][0] + out


def _segment_regex(spec: Seg, chars: ServiceChars) -> str:
    e, k = re.escape(chars.element), re.escape(chars.component)
    # released service characters are matched as stand-ins (`_held`): one data character each
    plain = f"[^{e}{k}{re.escape(chars.segment + chars.release)}"
    if chars.repetition != " ":
        plain += re.escape(chars.repetition)
    free, nodigit = plain + "]", plain + "0-9]"
    items: list[tuple[str, bool]] = [(re.escape(spec.tag), True)]
    for el in spec.elements:
        comps = el.components if isinstance(el, Comp) else (el,)
        seq = _sequence(
            [
                (p if c.mandatory else f"(?:{p})?", c.mandatory)
                for c in comps
                for p in (_value_pattern(c, free, nodigit),)
            ],
            k,
        )
        items.append((seq if el.mandatory else f"(?:{seq})?", el.mandatory))
    return _sequence(items, e)


def segment_pattern(
    spec: Seg, chars_or_element: ServiceChars | str, component: str = ":"
) -> re.Pattern[str]:
    """The expression one clean segment text of `spec` matches (release characters allowed)."""
    chars = (
        chars_or_element
        if isinstance(chars_or_element, ServiceChars)
        else ServiceChars(component=component, element=chars_or_element, release="")
    )
    key = (id(spec), chars)
    got = _patterns.get(key)
    if got is None:
        got = _patterns[key] = re.compile(_segment_regex(spec, chars))
    return got


class _Accept:
    """Fast acceptance of one segment spec's raw texts (per service characters)."""

    __slots__ = ("chars", "clean", "match")
    _made: dict[tuple[int, ServiceChars], _Accept] = {}

    def __init__(self, spec: Seg, chars: ServiceChars) -> None:
        self.chars = chars
        self.match = segment_pattern(spec, chars).fullmatch
        self.clean: set[str] = set()

    @classmethod
    def of(cls, spec: Seg, chars: ServiceChars) -> _Accept:
        key = (id(spec), chars)
        got = cls._made.get(key)
        if got is None:
            got = cls._made[key] = cls(spec, chars)
        return got

    def __call__(self, text: str) -> bool:
        rel = self.chars.release
        if self.match(_held(text, self.chars) if rel and rel in text else text) is None:
            return False
        if len(self.clean) >= MAX_CLEAN:
            self.clean.clear()
        self.clean.add(text)
        return True
