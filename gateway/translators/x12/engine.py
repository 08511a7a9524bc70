"""The one validator: walks any transaction set spec, for every document type and release.

Each spec is compiled once per delimiter set into two forms:

* a single regular expression for the whole set (every segment's elements, types,
  lengths, code lists and syntax notes, the loops with their repeats, in order), run
  with possessive repeats and atomic groups so it cannot backtrack without bound. A
  clean set is accepted by one C-level `fullmatch`, with no Python work per element.
  Texts of ASCII characters (nearly all) get a variant whose value characters are one
  positive class, cheaper to test; the general one is compiled when first needed;
* a walker that places each segment in the loop structure and checks its elements one
  by one, run only when the expression refuses the set, to say exactly what is wrong:
  AK3/IK3 (segment id, position in the set, loop, X12.6 segment error code) and
  AK4/IK4 (element position, component position, element reference, error code, bad
  data copy).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from gateway.canonical import AckError
from gateway.translators.x12.spec import DT, ID, TM, El, Loop, M, R, Seg, Use
from gateway.translators.x12.tokenizer import Delimiters, alternation
from gateway.translators.x12.v004010.sets import SPECS as SPECS_4010
from gateway.translators.x12.v005010.segments import SEGMENTS as ALL_SEGMENTS
from gateway.translators.x12.v005010.sets import SPECS as SPECS_5010

__all__ = ["SPECS", "Compiled", "check_segment", "compile_spec", "spec_for", "validate_set"]

SPECS: dict[tuple[str, str, str], Loop] = {**SPECS_4010, **SPECS_5010}
_BY_SET = {(rel, set_id): spec for (rel, _g, set_id), spec in SPECS.items()}
_NUMERIC = frozenset({"N0", "N1", "N2", "N3", "N4"})
_WS = "\r\n \t"
_UNROLL = 8  # elements skipped by a syntax note's look-ahead written out up to this many
_UNGUARDED = 4  # optional items in a row tried one by one, more behind guards (`_guarded`)


def spec_for(release: str, functional_id: str, set_id: str) -> Loop | None:
    """The spec for a set read under GS08 `release` (older releases use 004010's)."""
    rel = "005010" if release[:6] >= "005010" else "004010"
    return SPECS.get((rel, functional_id, set_id)) or _BY_SET.get((rel, set_id))


# --- the fast form: one expression per set ---------------------------------------------


def _ascii_outside(excluded: list[str]) -> str:
    """A class of every ASCII character but `excluded`, as positive ranges: the matcher
    tests it with one table look-up per character, where a negated class takes two
    steps (a class reaching past Latin-1 would cost seconds to compile)."""
    ranges: list[str] = []
    low = 0
    for c in sorted({ord(x) for x in excluded if ord(x) < 0x80}):
        if c > low:
            ranges.append(f"\\x{low:02x}-\\x{c - 1:02x}")
        low = c + 1
    if low <= 0x7F:
        ranges.append(f"\\x{low:02x}-\\x7f")
    return "[" + "".join(ranges) + "]"


class _Chars:
    """The pieces of the expression for one delimiter set; `ascii_only`: for texts of ASCII
    characters only, whose value characters are then one positive class."""

    def __init__(self, d: Delimiters, *, ascii_only: bool = False) -> None:
        dl = [x.decode("latin-1") for x in (d.element, d.segment, d.component)]
        self.e = re.escape(d.element.decode("latin-1"))
        self.t = re.escape(d.segment.decode("latin-1"))
        self.c = re.escape(d.component.decode("latin-1"))
        if ascii_only:
            self.v = _ascii_outside([*map(chr, range(0x20)), *dl])
        else:
            excluded = "".join(re.escape(x) for x in dl if ord(x) >= 0x20)
            self.v = f"[^\\x00-\\x1f{excluded}]"
        self.not_e_t = f"[^{self.e}{self.t}]"
        self.ws = "[" + "".join(re.escape(w) for w in _WS if w not in dl) + "]*+"


def _value_pattern(el: El, ch: _Chars) -> str:
    lo, hi = el.min, el.max
    if el.type == ID and el.codes:
        return alternation(el.codes)
    if el.type in _NUMERIC:
        return f"-?\\d{{{lo},{hi}}}"
    if el.type == R:
        # digits, or digits with one point (then one character longer), at least `lo`
        # digits either way; possessive. "." alone is too short for {2,}. The digits-only
        # form needs no look-ahead: a point or a further digit after it is no delimiter,
        # so what follows fails and the other form is tried
        least = f"(?=\\.?(?:\\d\\.?){{{lo}}})" if lo > 1 else ""
        return (
            f"-?+(?:\\d{{{max(lo, 1)},{hi}}}+"
            f"|(?=[\\d.]{{2,{hi + 1}}}+(?![\\d.])){least}\\d*+\\.\\d*+)"
        )
    if el.type == DT:
        md = (
            "(?:(?:0[13578]|1[02])(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)(?:0[1-9]|[12]\\d|30)"
            "|02(?:0[1-9]|1\\d|2[0-8]))"
        )  # 29 February goes to the walker
        alts = [p for n, p in ((8, "(?:19|20)\\d\\d" + md), (6, "\\d\\d" + md)) if lo <= n <= hi]
        return "(?:" + "|".join(alts or ["(?!)"]) + ")"
    if el.type == TM:
        tail = ""
        if hi >= 6:
            tail = "(?:[0-5]\\d" + ("\\d{0,2}" if hi >= 7 else "") + ")?"
        return "(?:[01]\\d|2[0-3])[0-5]\\d" + tail
    return f"{ch.v}{{{lo},{hi}}}"


def _or_empty(pat: str, free: str) -> str:
    """`pat` or nothing. A value of 1..n `free` characters becomes one of 0..n: a single
    repeat instead of an alternation, the cheaper form for the matcher."""
    head = free + "{1,"
    if pat.startswith(head) and pat.endswith("}") and pat[len(head) : -1].isdigit():
        return f"{free}{{0,{pat[len(head) : -1]}}}"
    return f"(?:{pat}|)"


def _tail(
    items: list[tuple[str, bool]],
    sep: str,
    groups: dict[int, int] | None = None,
    before: dict[int, str] | None = None,
    free: str = "",
) -> str:
    """Elements joined by `sep`, trailing optional ones omissible (X12.6 3.7.1).

    `groups` maps the first to the last position of runs of consecutive elements that
    are all present or all absent (paired syntax notes), matched as one unit. `before`
    maps a unit's first position to look-aheads checked just before its separator;
    `free` is the class of a free-text character (see `_or_empty`).
    """
    groups = groups or {}
    before = before or {}
    units: list[tuple[int, str, bool]] = []  # (first position, pattern, required)
    i = 1
    while i <= len(items):
        last = groups.get(i, i)
        if last > i:
            pats = [items[k - 1][0] for k in range(i, last + 1)]
            # all absent: their separators, fewer when nothing follows (trailing ones
            # may be left out); possessive, so an absent run cannot shift later elements
            none = f"{sep}?+" if last - i == 1 else f"(?:{sep}){{0,{last - i}}}+"
            pat = "(?:" + sep.join(pats) + f"|{none})"
            units.append((i, pat, True))
        else:
            pat, req = items[i - 1]
            units.append((i, pat if req else _or_empty(pat, free), req))
        i = last + 1
    last_m = max((i for i, (_, req) in enumerate(items, 1) if req), default=0)
    tail = ""
    for first, pat, _ in reversed(units):
        part = before.get(first, "") + sep + pat + tail
        tail = part if first <= last_m else f"(?:{part}|)"
    return tail


def _element_pattern(el: El, ch: _Chars) -> str:
    if not el.components:
        return _value_pattern(el, ch)
    comps = [(_value_pattern(c, ch), c.req == M) for c in el.components]
    first, req = comps[0]
    return (first if req else _or_empty(first, ch.v)) + _tail(comps[1:], ch.c, free=ch.v)


def _present(pos: int, ch: _Chars, base: int = 0) -> str:
    """Element `pos` is not empty, read from just before element `base + 1`'s separator."""
    skip = pos - 1 - base
    one = f"{ch.e}{ch.not_e_t}*+"
    # a few skipped elements written out: a counted repeat of a group costs the matcher
    # more per element than the copies do
    lead = one * skip if skip <= _UNROLL else f"(?:{one}){{{skip}}}"
    return lead + f"{ch.e}{ch.not_e_t}"


def _any_present(pos: tuple[int, ...], ch: _Chars, base: int = 0) -> str:
    """One of the elements `pos` (ascending) is not empty: one scan, shared prefixes."""
    here = _present(pos[0], ch, base)
    if len(pos) == 1:
        return here
    rest = _any_present(pos[1:], ch, pos[0])
    return here[: -len(ch.not_e_t)] + f"(?:{ch.not_e_t}|{ch.not_e_t}*+{rest})"


def _paired_runs(seg: Seg) -> dict[int, int]:
    """P notes over consecutive positions (P0304, P020304...): first -> last position."""
    runs: dict[int, int] = {}
    for kind, pos in seg.parsed_notes():
        if (
            kind == "P"
            and list(pos) == list(range(pos[0], pos[-1] + 1))
            and not any(seg.elements[p - 1].req == M for p in pos)
        ):
            runs[pos[0]] = pos[-1]
    return runs


def _note_lookaheads(seg: Seg, ch: _Chars, runs: dict[int, int]) -> tuple[str, dict[int, str]]:
    """Syntax notes as look-aheads: (those at the segment start, those before a unit).

    A note that only forbids something when one of its elements is present (P, C, E, L)
    is checked where its first element's unit starts, scanning from there: a segment
    that ends earlier has none of them. R (one is required) is checked at the start.
    """
    start: list[str] = []
    before: dict[int, list[str]] = {}
    unit_of = {k: first for first, last in runs.items() for k in range(first, last + 1)}
    for kind, pos in seg.parsed_notes():
        if kind == "P" and runs.get(pos[0]) == pos[-1]:
            continue  # matched as one unit by `_tail`
        if kind == "R":
            start.append(f"(?={_any_present(tuple(sorted(pos)), ch)})")
            continue
        anchor = unit_of.get(min(pos), min(pos))
        p = {i: _present(i, ch, anchor - 1) for i in pos}
        out = before.setdefault(anchor, [])
        if kind == "P":
            out += [f"(?!(?={p[a]})(?!{p[b]}))" for a in pos for b in pos if a != b]
        elif kind == "E":
            out += [f"(?!(?={p[a]})(?={p[b]}))" for a in pos for b in pos if a < b]
        elif kind == "C":
            # the other element is usually there: test that first, it settles the note
            out += [f"(?!(?!{p[b]})(?={p[pos[0]]}))" for b in pos[1:]]
        elif kind == "L":
            rest = _any_present(tuple(sorted(pos[1:])), ch, anchor - 1)
            out.append(f"(?!(?={p[pos[0]]})(?!{rest}))")
    return "".join(start), {k: "".join(v) for k, v in before.items()}


def _segment_pattern(seg: Seg, ch: _Chars) -> str:
    items = [(_element_pattern(el, ch), el.req == M) for el in seg.elements]
    runs = _paired_runs(seg)
    start, before = _note_lookaheads(seg, ch, runs)
    # the tag before the atomic group: most optional items are absent, and a literal
    # that does not match fails without the group's set-up
    return f"{re.escape(seg.id)}(?>{start}{_tail(items, ch.e, runs, before, ch.v)}{ch.t}{ch.ws})"


def _quant(req: str, mx: int | None) -> str:
    lo = 1 if req == M else 0
    if mx == 1:
        return "" if lo else "?+"
    return f"{{{lo},}}+" if mx is None or mx > 10_000 else f"{{{lo},{mx}}}+"


def _guarded(items: list[tuple[str, bool, frozenset[str]]], ch: _Chars) -> str:
    """Optional items behind one look-ahead on their first tags, split in halves, so a
    segment that starts none of them skips the whole run in one test.

    Runs of up to `_UNGUARDED` items go without: an absent item fails on its tag's first
    letters (see `_segment_pattern`), and a guard costs about as much as four of those.
    """
    if len(items) <= _UNGUARDED:
        return "".join(p for p, _, _ in items)
    tags = set().union(*(t for _, _, t in items))
    mid = len(items) // 2
    inner = _guarded(items[:mid], ch) + _guarded(items[mid:], ch)
    # only a filter (each item checks its own tag and what follows it), so the tags alone:
    # no class for the separator after them, one test less per guard
    return f"(?:(?={alternation(tags)}){inner})?+"


def _loop_pattern(loop: Loop, ch: _Chars, seg_pats: dict[str, str], top: bool) -> str:
    items: list[tuple[str, bool, frozenset[str]]] = []  # (pattern, optional, first tags)
    for i, c in enumerate(loop.children):
        if isinstance(c, Loop):
            pat = _loop_pattern(c, ch, seg_pats, False)
        else:
            seg = seg_pats.setdefault(c.seg.id, _segment_pattern(c.seg, ch))
            pat = f"(?:{seg})" + ("" if i == 0 else _quant(c.req, c.max))
        items.append((pat, i > 0 and c.req != M, frozenset({c.first_id})))
    parts: list[str] = []
    run: list[tuple[str, bool, frozenset[str]]] = []
    for item in items:
        if item[1]:
            run.append(item)
            continue
        parts.append(_guarded(run, ch))
        run = []
        parts.append(item[0])
    parts.append(_guarded(run, ch))
    body = "".join(parts)
    return body if top else f"(?:{body}){_quant(loop.req, loop.max)}"


# --- the slow form: a walker that says what is wrong ------------------------------------

ElementCheck = Callable[[str], str | None]


def _check_value(el: El, v: str, bad_chars: re.Pattern[str]) -> str | None:
    """The AK403/IK403 code for value `v` of element `el`, or None when it is valid."""
    if bad_chars.search(v):
        return "6"
    t = el.type
    if t in _NUMERIC or t == R:
        body = v[1:] if v.startswith("-") else v
        if t == R:
            if not re.fullmatch(r"\d+\.?\d*|\.\d+", body):
                return "6"
            n = len(body.replace(".", ""))
        else:
            if not (body.isascii() and body.isdigit()):
                return "6"
            n = len(body)
        return "4" if n < el.min else "5" if n > el.max else None
    if t == DT:
        fmt = {8: "%Y%m%d", 6: "%y%m%d"}.get(len(v))
        if fmt is None or not (v.isascii() and v.isdigit()) or not el.min <= len(v) <= el.max:
            return "8"
        try:
            dt.datetime.strptime(v, fmt)
        except ValueError:
            return "8"
        return None
    if t == TM:
        ok = (v.isascii() and v.isdigit()) and len(v) in (4, 6, 7, 8) and el.min <= len(v) <= el.max
        if not ok or int(v[:2]) > 23 or int(v[2:4]) > 59 or (len(v) >= 6 and int(v[4:6]) > 59):
            return "9"
        return None
    if t == ID and el.codes is not None:
        return None if v in el.codes else "7"
    return "4" if len(v) < el.min else "5" if len(v) > el.max else None


@dataclass(frozen=True, slots=True)
class _Fault:
    code: str
    element: int
    component: int | None
    ref: str
    bad: str
    text: str


def _check_segment(seg: Seg, els: list[str], comp: str, bad_chars: re.Pattern[str]) -> list[_Fault]:
    """Every element fault of one segment (AK4/IK4 material), notes included."""
    out: list[_Fault] = []
    defs = seg.elements
    if len(els) - 1 > len(defs):
        out.append(
            _Fault(
                "3",
                len(defs) + 1,
                None,
                "",
                els[len(defs) + 1][:99],
                f"{seg.id} has {len(els) - 1} elements, at most {len(defs)}",
            )
        )
    present = [False] * (len(defs) + 1)
    for i, el in enumerate(defs, start=1):
        v = els[i] if i < len(els) else ""
        present[i] = bool(v)
        if not v:
            if el.req == M:
                out.append(
                    _Fault(
                        "1",
                        i,
                        None,
                        el.ref,
                        "",
                        f"{seg.id}{i:02d} ({el.ref}) is mandatory and missing",
                    )
                )
            continue
        if el.components:
            parts = v.split(comp)
            if len(parts) > len(el.components):
                out.append(
                    _Fault(
                        "3",
                        i,
                        len(el.components) + 1,
                        el.ref,
                        v[:99],
                        f"{seg.id}{i:02d} has too many components",
                    )
                )
            for j, c in enumerate(el.components, start=1):
                cv = parts[j - 1] if j <= len(parts) else ""
                if not cv:
                    if c.req == M:
                        out.append(
                            _Fault(
                                "1",
                                i,
                                j,
                                c.ref,
                                "",
                                f"{seg.id}{i:02d}-{j} ({c.ref}) is mandatory and missing",
                            )
                        )
                    continue
                code = _check_value(c, cv, bad_chars)
                if code:
                    out.append(
                        _Fault(
                            code,
                            i,
                            j,
                            c.ref,
                            cv[:99],
                            f"{seg.id}{i:02d}-{j} ({c.ref}) value {cv!r}: {_ELEMENT_TEXT[code]}",
                        )
                    )
            continue
        code = _check_value(el, v, bad_chars)
        if code:
            out.append(
                _Fault(
                    code,
                    i,
                    None,
                    el.ref,
                    v[:99],
                    f"{seg.id}{i:02d} ({el.ref}) value {v!r}: {_ELEMENT_TEXT[code]}",
                )
            )
    for kind, pos in seg.parsed_notes():
        have = [p for p in pos if present[p]]
        missing = [p for p in pos if not present[p]]
        bad: list[tuple[str, int]] = []
        if kind == "P" and have and missing:
            bad = [("2", p) for p in missing]
        elif kind == "R" and not have:
            bad = [("2", pos[0])]
        elif kind == "E" and len(have) > 1:
            bad = [("10", p) for p in have[1:]]
        elif kind == "C" and present[pos[0]]:
            bad = [("2", p) for p in missing]
        elif kind == "L" and present[pos[0]] and not any(present[p] for p in pos[1:]):
            bad = [("2", pos[1])]
        note = f"{kind}{''.join(f'{p:02d}' for p in pos)}"
        for code, p in bad:
            v = els[p] if p < len(els) else ""
            out.append(
                _Fault(
                    code,
                    p,
                    None,
                    defs[p - 1].ref,
                    v[:99],
                    f"{seg.id}{p:02d} ({defs[p - 1].ref}) breaks syntax note {note}:"
                    f" {_NOTE_TEXT[kind]}",
                )
            )
    return out


_ELEMENT_TEXT = {
    "1": "mandatory element missing",
    "2": "conditional element missing",
    "3": "too many elements",
    "4": "too short",
    "5": "too long",
    "6": "invalid character or not a number",
    "7": "not a valid code",
    "8": "not a valid date",
    "9": "not a valid time",
    "10": "exclusion condition violated",
}
_NOTE_TEXT = {
    "P": "all or none of these elements must be present",
    "R": "at least one of these elements is required",
    "E": "only one of these elements may be present",
    "C": "when the first is present the others are required",
    "L": "when the first is present at least one of the others is required",
}
_SEGMENT_TEXT = {
    "1": "is not a known segment",
    "2": "is not expected here",
    "3": "is mandatory and missing",
    "4": "loop occurs more often than allowed",
    "5": "occurs more often than allowed",
    "6": "is not in this transaction set",
    "7": "is out of sequence",
    "8": "has data element errors",
}


@dataclass
class _Frame:
    loop: Loop
    cur: int
    counts: list[int]


def _missing(frame: _Frame, start: int, stop: int) -> list[tuple[str, str]]:
    """(segment id, loop id) of mandatory children of `frame` in [start, stop) never seen."""
    out = []
    for j in range(start, stop):
        c = frame.loop.children[j]
        if c.req == M and frame.counts[j] == 0:
            out.append((c.first_id, frame.loop.id))
    return out


def _find(frame: _Frame, tag: str) -> int | None:
    kids = frame.loop.children
    first: int | None = None
    for j in range(max(frame.cur, 1), len(kids)):
        c = kids[j]
        if c.first_id != tag:
            continue
        mx = c.max
        if j > frame.cur or isinstance(c, Loop) or mx is None or frame.counts[j] < mx:
            return j
        if first is None:
            first = j
    return first


def _walk(
    spec: Loop,
    segments: list[list[str]],
    comp: str,
    bad_chars: re.Pattern[str],
    known_here: frozenset[str],
) -> list[AckError]:
    errors: list[AckError] = []

    def seg_error(code: str, tag: str, pos: int, loop_id: str, text: str) -> None:
        loop_id = "" if loop_id == spec.id else loop_id  # AK303: empty outside loops
        errors.append(
            AckError(
                code=code,
                message=f"segment {pos} {tag} {text}",
                segment_id=tag,
                segment_position=pos,
                loop_id=loop_id,
                level="segment",
            )
        )

    stack = [_Frame(spec, 0, [0] * len(spec.children))]
    stack[0].counts[0] = 1
    for pos, els in enumerate(segments[1:], start=2):
        tag = els[0]
        depth = len(stack) - 1
        j = None
        while depth >= 0:
            j = _find(stack[depth], tag)
            if j is not None:
                break
            depth -= 1
        if j is None:
            code = "7" if tag in known_here else "6" if tag in ALL_SEGMENTS else "1"
            seg_error(code, tag, pos, stack[-1].loop.id, _SEGMENT_TEXT[code])
            continue
        while len(stack) - 1 > depth:
            fr = stack.pop()
            for sid, lid in _missing(fr, fr.cur + 1, len(fr.loop.children)):
                seg_error("3", sid, pos, lid, _SEGMENT_TEXT["3"])
        fr = stack[-1]
        for sid, lid in _missing(fr, fr.cur + 1, j):
            seg_error("3", sid, pos, lid, _SEGMENT_TEXT["3"])
        child = fr.loop.children[j]
        fr.counts[j] += 1
        fr.cur = j
        if child.max is not None and fr.counts[j] > child.max:
            code = "4" if isinstance(child, Loop) else "5"
            seg_error(code, tag, pos, fr.loop.id, _SEGMENT_TEXT[code])
        if isinstance(child, Loop):
            stack.append(_Frame(child, 0, [0] * len(child.children)))
            stack[-1].counts[0] = 1
            use = child.children[0]
        else:
            use = child
        assert isinstance(use, Use)
        faults = _check_segment(use.seg, els, comp, bad_chars)
        if faults:
            loop_id = stack[-1].loop.id if stack[-1].loop is not spec else ""
            seg_error("8", tag, pos, loop_id, _SEGMENT_TEXT["8"])
            for f in faults:
                errors.append(
                    AckError(
                        code=f.code,
                        message=f"segment {pos}: {f.text}",
                        segment_id=tag,
                        segment_position=pos,
                        loop_id=loop_id,
                        element_position=f.element,
                        component_position=f.component,
                        element_ref=f.ref,
                        bad_value=f.bad,
                        level="element",
                    )
                )
    while stack:
        fr = stack.pop()
        for sid, lid in _missing(fr, fr.cur + 1, len(fr.loop.children)):
            seg_error("3", sid, len(segments), lid, _SEGMENT_TEXT["3"])
    return errors


# --- the hierarchical structure (HL) ------------------------------------------------------

_HL_NUMBER, _HL_PARENT = ("628", 1), ("734", 2)  # (element ref, position) of HL01 and HL02


def _hierarchy(segments: list[list[str]], loop_id: str, flagged: set[int]) -> list[AckError]:
    """Faults of the HL numbering (X12.6 hierarchical structure, as in the 856): the n-th
    HL of the set has HL01 n, and HL02 names an earlier HL01, its parent.

    Reported as AK304/IK304 8 with AK403/IK403 7: the value is not one the position
    allows (the standard has no code of its own for it). `flagged` holds positions that
    already carry a segment error, so the AK3/IK3 is not repeated.
    """
    errors: list[AckError] = []
    seen: set[str] = set()
    expected = 0
    for pos, els in enumerate(segments, start=1):
        if els[0] != "HL":
            continue
        expected += 1
        number = els[1] if len(els) > 1 else ""
        parent = els[2] if len(els) > 2 else ""
        faults = []
        if number and number != str(expected):
            faults.append((_HL_NUMBER, number, f"HL01 {number!r} is not the next, {expected}"))
        if parent and parent not in seen:
            faults.append((_HL_PARENT, parent, f"HL02 parent {parent!r} is not an earlier HL01"))
        if number:
            seen.add(number)
        if not faults:
            continue
        if pos not in flagged:
            errors.append(
                AckError(
                    code="8",
                    message=f"segment {pos} HL {_SEGMENT_TEXT['8']}",
                    segment_id="HL",
                    segment_position=pos,
                    loop_id=loop_id,
                    level="segment",
                )
            )
        for (ref, el_pos), bad, text in faults:
            errors.append(
                AckError(
                    code="7",
                    message=f"segment {pos}: {text}",
                    segment_id="HL",
                    segment_position=pos,
                    loop_id=loop_id,
                    element_position=el_pos,
                    element_ref=ref,
                    bad_value=bad[:99],
                    level="element",
                )
            )
    return errors


def _loop_with(loop: Loop, tag: str) -> str | None:
    """The id of the loop `tag` starts in `loop` (searched depth first), None if none."""
    for c in loop.children:
        if isinstance(c, Loop):
            if c.first_id == tag:
                return c.id
            found = _loop_with(c, tag)
            if found is not None:
                return found
    return None


# --- compiled specs ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Compiled:
    """One spec ready for one delimiter set: the whole-set expression and the walker's data."""

    spec: Loop
    ascii: re.Pattern[str]  # the whole-set expression for a text of ASCII characters
    component: str
    bad_chars: re.Pattern[str]
    known: frozenset[str]
    hl_loop: str | None = None  # id of the HL loop when the set is hierarchical
    delimiters: Delimiters | None = None
    general: list[re.Pattern[str]] = field(default_factory=list)  # `fast`, once compiled

    @property
    def fast(self) -> re.Pattern[str]:
        """The whole-set expression for any text, compiled on first use: nearly every set
        is ASCII, and `ascii` serves those."""
        if not self.general:
            assert self.delimiters is not None
            ch = _Chars(self.delimiters)
            self.general.append(re.compile(_loop_pattern(self.spec, ch, {}, True)))
        return self.general[0]

    def accepts(self, text: str) -> bool:
        """Whether the whole-set expression accepts `text` (ST..SE)."""
        return (self.ascii if text.isascii() else self.fast).fullmatch(text) is not None

    def validate(self, text: str, segments: Callable[[], list[list[str]]]) -> list[AckError]:
        """Errors of one set (ST..SE text); [] when the set is valid."""
        if self.accepts(text):
            return [] if self.hl_loop is None else self.hierarchy(segments())
        return self.walk(segments())

    def hierarchy(self, segments: list[list[str]]) -> list[AckError]:
        """HL numbering errors of a set the expression accepted ([] when not hierarchical)."""
        return [] if self.hl_loop is None else _hierarchy(segments, self.hl_loop, set())

    def walk(self, segments: list[list[str]]) -> list[AckError]:
        """The walker's errors for split segments (the expression is not consulted)."""
        errors = _walk(self.spec, segments, self.component, self.bad_chars, self.known)
        if self.hl_loop is not None:
            flagged = {e.segment_position for e in errors if e.level == "segment"}
            errors += _hierarchy(segments, self.hl_loop, flagged)  # type: ignore[arg-type]
        return errors


_CACHE: dict[tuple[int, Delimiters], Compiled] = {}
_CACHE_SIZE = 128
_LAST: list[tuple[Loop, Delimiters, Compiled] | None] = [None]


def compile_spec(spec: Loop, d: Delimiters) -> Compiled:
    """Compile `spec` for delimiters `d` (cached: once per spec and delimiter set)."""
    last = _LAST[0]
    if last is not None and last[0] is spec and last[1] is d:
        return last[2]  # the common case: set after set of one interchange
    key = (id(spec), d)
    hit = _CACHE.get(key)
    if hit is not None and hit.spec is spec:
        _LAST[0] = (spec, d, hit)
        return hit
    # re.ASCII: for an ASCII text \d is 0-9 either way, and the ASCII test is inline
    ascii_form = re.compile(_loop_pattern(spec, _Chars(d, ascii_only=True), {}, True), re.ASCII)
    dl = [x.decode("latin-1") for x in (d.element, d.segment, d.component)]
    bad = re.compile("[\\x00-\\x1f" + "".join(re.escape(x) for x in dl) + "]")
    out = Compiled(
        spec,
        ascii_form,
        d.component.decode("latin-1"),
        bad,
        frozenset(spec.segment_ids()),
        _loop_with(spec, "HL"),
        d,
    )
    if len(_CACHE) >= _CACHE_SIZE:  # bounded: odd delimiters cannot grow it without end
        del _CACHE[next(iter(_CACHE))]
    _CACHE[key] = out
    return out


def validate_set(
    spec: Loop, text: str, d: Delimiters, segments: Callable[[], list[list[str]]]
) -> list[AckError]:
    """Validate one set's text against `spec` (see `Compiled.validate`)."""
    return compile_spec(spec, d).validate(text, segments)


def check_segment(tag: str, elements: list[str], d: Delimiters) -> list[str]:
    """Element faults of one segment outside any set (a received TA1), as messages."""
    seg = ALL_SEGMENTS.get(tag)
    if seg is None:
        return [f"{tag} is not a known segment"]
    dl = [x.decode("latin-1") for x in (d.element, d.segment, d.component)]
    bad = re.compile("[\\x00-\\x1f" + "".join(re.escape(x) for x in dl) + "]")
    return [f.text for f in _check_segment(seg, elements, d.component.decode("latin-1"), bad)]
