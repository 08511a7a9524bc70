"""The vocabulary of EDIFACT specs: elements, composites, segments, segment groups (data only).

Specs are built from compact literals (`E("1004 C an..35")`, `C("C506 M", ...)`) and
checked when built: a malformed representation or a group that starts with an optional
segment raises `SpecError` at import time, so a typo never reaches a partner.
Representations follow ISO 9735 / UNTDED: `a` alphabetic, `n` numeric, `an`
alphanumeric; `..N` is a maximum length, `N` alone a fixed length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["C", "Comp", "E", "El", "G", "Group", "Seg", "SpecError", "U", "Use", "seg"]

_REPR = re.compile(r"^(an|a|n)(\.\.)?(\d+)$")


class SpecError(ValueError):
    """A spec literal is malformed (raised at import time)."""


@dataclass(frozen=True, slots=True)
class El:
    """A simple data element (or a component of a composite)."""

    ref: str
    mandatory: bool
    kind: str  # a, n, an
    min: int
    max: int
    codes: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Comp:
    """A composite data element: its components in order."""

    ref: str
    mandatory: bool
    components: tuple[El, ...]


@dataclass(frozen=True, slots=True)
class Seg:
    tag: str
    name: str
    elements: tuple[El | Comp, ...]


@dataclass(frozen=True, slots=True)
class Use:
    """A segment at a position of a message or group: status and maximum repetitions."""

    seg: Seg
    mandatory: bool
    max: int

    @property
    def tag(self) -> str:
        return self.seg.tag


@dataclass(frozen=True)
class Group:
    """A segment group (or the message itself); its first child is its trigger segment."""

    name: str
    mandatory: bool
    max: int
    children: tuple[Use | Group, ...]
    index: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.children:
            raise SpecError(f"group {self.name} is empty")
        first = self.children[0]
        if not isinstance(first, Use) or (not first.mandatory and self.name[:2] == "SG"):
            raise SpecError(f"group {self.name} must start with a mandatory segment")
        index: dict[str, list[int]] = {}
        for i, child in enumerate(self.children):
            index.setdefault(child.tag, []).append(i)
        self.index.update({k: tuple(v) for k, v in index.items()})

    @property
    def tag(self) -> str:
        first = self.children[0]
        assert isinstance(first, Use)
        return first.tag


def E(text: str, codes: frozenset[str] | None = None) -> El:
    """`"1004 C an..35"` -> El; status M or C."""
    try:
        ref, status, rep = text.split()
    except ValueError:
        raise SpecError(f"element literal {text!r} is not 'REF STATUS REPR'") from None
    m = _REPR.match(rep)
    if m is None or status not in ("M", "C"):
        raise SpecError(f"element literal {text!r}: bad status or representation")
    kind, var, size = m.group(1), m.group(2), int(m.group(3))
    return El(ref, status == "M", kind, 0 if var else size, size, codes)


def C(head: str, *components: El) -> Comp:
    """`C("C506 M", E(...), ...)` -> Comp."""
    ref, status = head.split()
    if status not in ("M", "C") or not components:
        raise SpecError(f"composite literal {head!r}: bad status or no components")
    return Comp(ref, status == "M", components)


def seg(tag: str, name: str, *elements: El | Comp) -> Seg:
    if not re.fullmatch(r"[A-Z]{3}", tag):
        raise SpecError(f"segment tag {tag!r} is not three capital letters")
    return Seg(tag, name, elements)


def G(name: str, status: str, repeat: int, *children: Use | Group) -> Group:
    """A segment group literal: `G("SG2", "C", 99, U(NAD, "M", 1), ...)`."""
    if status not in ("M", "C"):
        raise SpecError(f"group {name}: status {status!r} is not M or C")
    return Group(name, status == "M", repeat, children)


def U(segment: Seg, status: str, repeat: int) -> Use:
    """A segment use literal: `U(BGM, "M", 1)`."""
    if status not in ("M", "C") or repeat < 1:
        raise SpecError(f"use of {segment.tag}: bad status {status!r} or repeat {repeat}")
    return Use(segment, status == "M", repeat)
