"""The shapes X12 standards data is written in: elements, segments, uses and loops (X12.6).

Specs are data only (see `v004010/` and `v005010/`); `engine.py` is the one piece of code
that walks them. Definitions check themselves when built, so a typo fails at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = [
    "AN",
    "DT",
    "ID",
    "N0",
    "N2",
    "NOT_USED",
    "TM",
    "El",
    "Loop",
    "M",
    "O",
    "R",
    "Seg",
    "SpecError",
    "Use",
    "X",
    "narrow",
    "rebind",
]

# requirement designators (X12.6 section 3.6)
M, O, X = "M", "O", "X"  # noqa: E741  (mandatory, optional, conditional)
# data element types
AN, ID, DT, TM, R, N0, N2 = "AN", "ID", "DT", "TM", "R", "N0", "N2"
N1_, N3_, N4_ = "N1", "N3", "N4"
TYPES = frozenset({AN, ID, DT, TM, R, N0, "N1", N2, "N3", "N4", "B"})
NOT_USED = "not used"
_NOTE = re.compile(r"([PRECL])((?:\d\d){2,})")


class SpecError(ValueError):
    """A standards definition is inconsistent (raised while the spec module is imported)."""


@dataclass(frozen=True, slots=True)
class El:
    """A data element in a segment: dictionary ref, requirement, type, min/max length, codes.

    `components` makes it a composite (C0xx); `repeat` > 1 allows repetitions (5010).
    """

    ref: str
    req: str
    type: str = AN
    min: int = 1
    max: int = 80
    codes: frozenset[str] | None = None
    components: tuple[El, ...] = ()
    repeat: int = 1

    def __post_init__(self) -> None:
        if self.req not in (M, O, X):
            raise SpecError(f"element {self.ref}: requirement {self.req!r} is not M, O or X")
        if not self.components and self.type not in TYPES:
            raise SpecError(f"element {self.ref}: unknown type {self.type!r}")
        if self.min > self.max or self.min < 0:
            raise SpecError(f"element {self.ref}: min {self.min} > max {self.max}")
        if isinstance(self.codes, tuple | list | set):
            object.__setattr__(self, "codes", frozenset(self.codes))


@dataclass(frozen=True, slots=True)
class Seg:
    """A segment: id, name, its elements in order and its syntax notes (P0102, R0203...)."""

    id: str
    name: str
    elements: tuple[El, ...]
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for note in self.notes:
            m = _NOTE.fullmatch(note)
            if not m:
                raise SpecError(f"segment {self.id}: bad syntax note {note!r}")
            for pos in re.findall(r"\d\d", m.group(2)):
                if not 1 <= int(pos) <= len(self.elements):
                    raise SpecError(
                        f"segment {self.id}: note {note} names element {pos},"
                        f" the segment has {len(self.elements)}"
                    )

    def parsed_notes(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        out = []
        for note in self.notes:
            m = _NOTE.fullmatch(note)
            assert m is not None
            out.append((m.group(1), tuple(int(p) for p in re.findall(r"\d\d", m.group(2)))))
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Use:
    """A segment at a position of a set or loop, with its requirement and maximum use."""

    seg: Seg
    pos: int
    req: str
    max: int | None = 1

    @property
    def first_id(self) -> str:
        return self.seg.id


@dataclass(frozen=True, slots=True)
class Loop:
    """A loop (or the whole set): id, requirement, repeat and its children in order.

    The first child is the loop's trigger segment and is mandatory within the loop.
    """

    id: str
    req: str
    max: int | None
    children: tuple[Use | Loop, ...]
    functional_id: str = ""

    def __post_init__(self) -> None:
        if not self.children:
            raise SpecError(f"loop {self.id} is empty")
        first = self.children[0]
        if not isinstance(first, Use):
            raise SpecError(f"loop {self.id} must begin with a segment")
        seen: set[int] = set()
        for c in self.children:
            if isinstance(c, Use):
                if c.pos in seen:
                    raise SpecError(f"loop {self.id}: position {c.pos} used twice")
                seen.add(c.pos)

    @property
    def first_id(self) -> str:
        first = self.children[0]
        assert isinstance(first, Use)
        return first.seg.id

    def segment_ids(self) -> set[str]:
        out: set[str] = set()
        for c in self.children:
            out |= c.segment_ids() if isinstance(c, Loop) else {c.seg.id}
        return out


def rebind(loop: Loop, segments: dict[str, Seg]) -> Loop:
    """The same loop structure with each segment taken from `segments` (another release)."""
    kids: list[Use | Loop] = []
    for c in loop.children:
        if isinstance(c, Loop):
            kids.append(rebind(c, segments))
        else:
            kids.append(replace(c, seg=segments.get(c.seg.id, c.seg)))
    return replace(loop, children=tuple(kids))


def narrow(loop: Loop, rules: dict[str, object]) -> Loop:
    """A partner's implementation guide as data: restrict codes or drop segments.

    `rules` maps "SEGnn" to a set of allowed codes for that element, or "SEG" to NOT_USED.
    """
    kids: list[Use | Loop] = []
    for c in loop.children:
        if isinstance(c, Loop):
            if rules.get(c.first_id) == NOT_USED:
                continue
            kids.append(narrow(c, rules))
            continue
        if rules.get(c.seg.id) == NOT_USED:
            continue
        els = list(c.seg.elements)
        for i, el in enumerate(els, start=1):
            codes = rules.get(f"{c.seg.id}{i:02d}")
            if codes is not None:
                els[i - 1] = replace(el, codes=frozenset(codes))  # type: ignore[arg-type]
        kids.append(replace(c, seg=replace(c.seg, elements=tuple(els))))
    return replace(loop, children=tuple(kids))
