"""Read an X12 payload end to end: envelopes, validation against the specs, per-set
translation into canonical documents, and the acknowledgements owed.

`iter_sets` streams (constant memory); `read_x12` gathers one payload's outcomes per
interchange and group for the flow, which needs them all to build its 997/999 and TA1.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from gateway.canonical import AckError, AckStatus, FunctionalAck
from gateway.errors import InputError
from gateway.translators.x12.ack import ack_from_997, group_ack, set_status
from gateway.translators.x12.engine import compile_spec, spec_for
from gateway.translators.x12.envelope import (
    Group,
    GroupEnd,
    Interchange,
    InterchangeEnd,
    Segment,
    Source,
    TransactionSet,
    read_stream,
)
from gateway.translators.x12.spec import NOT_USED, Loop, narrow
from gateway.translators.x12.translate import INBOUND

__all__ = [
    "TRANSLATORS",
    "GroupOutcome",
    "InterchangeOutcome",
    "SetOutcome",
    "iter_sets",
    "read_x12",
    "translate_set",
]

Translator = Callable[..., Any]

# ST01 -> function(segments, partner_id=, component=, message_id=, control=) -> canonical doc
TRANSLATORS: dict[str, Translator] = {**INBOUND, "997": ack_from_997, "999": ack_from_997}


@dataclass(slots=True)
class SetOutcome:
    set_id: str
    control: str
    document: Any | None
    errors: list[AckError] = field(default_factory=list)
    tset: TransactionSet | None = None


@dataclass
class GroupOutcome:
    group: Group
    ack: FunctionalAck
    sets: list[SetOutcome]


@dataclass
class InterchangeOutcome:
    interchange: Interchange
    groups: list[GroupOutcome] = field(default_factory=list)

    @property
    def ta1_code(self) -> str | None:
        """The TA105 code when the whole interchange is refused, else None."""
        primary = self.interchange.primary_error
        return primary[0] if primary else None

    @property
    def ta1_notice(self) -> str | None:
        """The TA105 code a TA1 notes when the interchange is accepted with errors (E)."""
        if self.ta1_code is not None or not self.interchange.notices:
            return None
        return self.interchange.notices[0][0]


def translate_set(
    tset: TransactionSet,
    *,
    partner_id: str,
    message_id: str = "",
    validate: bool = True,
    tolerated: frozenset[str] = frozenset(),
    guides: Mapping[str, Mapping[str, Any]] | None = None,
) -> SetOutcome:
    """Validate one set against its spec (narrowed by the partner's guide, if any) and
    translate it when it is acceptable; errors in `tolerated` do not stop translation.

    The cyclic garbage collector is paused meanwhile: a set allocates thousands of small
    acyclic objects (segment lists, line dataclasses) that reference counting frees
    anyway, and generation-0 collections in the middle cost more than the translation
    (measured 2-4x). A plain try/finally, not a context manager: this runs once per set.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        return _translate_set(tset, partner_id, message_id, validate, tolerated, guides)
    finally:
        if was:
            gc.enable()


_GUIDED: dict[tuple[int, str], Loop] = {}


def guided(spec: Loop, guide: Mapping[str, Any] | None) -> Loop:
    """`spec` narrowed by a partner's implementation guide (data from its profile), cached
    so that the compiled form is built once per guide."""
    if not guide:
        return spec
    key = (id(spec), repr(sorted(guide.items())))
    hit = _GUIDED.get(key)
    if hit is None:
        if len(_GUIDED) > 256:
            _GUIDED.clear()
        rules = {k: (NOT_USED if v == NOT_USED else frozenset(v)) for k, v in guide.items()}
        hit = _GUIDED[key] = narrow(spec, rules)
    return hit


def _translate_set(
    tset: TransactionSet,
    partner_id: str,
    message_id: str,
    validate: bool,
    tolerated: frozenset[str],
    guides: Mapping[str, Mapping[str, Any]] | None,
) -> SetOutcome:
    out = SetOutcome(tset.id, tset.control, None, [], tset)
    if tset.errors:
        return out
    group = tset.group
    release = group.version if group else "004010"
    spec = spec_for(release, group.functional_id if group else "", tset.id)
    if spec is not None and guides:
        spec = guided(spec, guides.get(tset.id))
    fn = TRANSLATORS.get(tset.id)
    if spec is None or fn is None:
        out.errors.append(
            AckError(
                code="1",
                message=f"transaction set {tset.id} (release {release}) is not supported",
                level="set",
            )
        )
        return out
    segments: list[Segment] | None = None  # split once, for the validator and translator
    if validate:
        compiled = compile_spec(spec, tset.delimiters)
        if compiled.accepts(tset.text):
            # well-formed: the cheaper split serves, and the HL check if it needs one
            segments = tset.clean_segments()
            if compiled.hl_loop is not None:
                out.errors = compiled.hierarchy(segments)
        else:
            segments = tset.segments
            out.errors = compiled.walk(segments)
        if out.errors and set_status(out.errors, tolerated) is AckStatus.REJECTED:
            return out
    if segments is None:
        segments = tset.segments
    try:
        out.document = fn(
            segments,
            partner_id=partner_id,
            component=tset.delimiters.component.decode("latin-1"),
            message_id=message_id,
            control=tset.control,
        )
    except InputError as exc:
        out.errors.append(
            AckError(code=exc.code if exc.code.isdigit() else "5", message=exc.detail, level="set")
        )
    except (ValueError, LookupError, TypeError, AssertionError, ArithmeticError) as exc:
        # content the translator did not foresee: the set is refused, the engine goes on
        out.errors.append(
            AckError(
                code="5",
                level="set",
                message=f"set {tset.control} could not be translated: {type(exc).__name__}: {exc}",
            )
        )
    return out


def iter_sets(
    source: Source,
    *,
    partner_id: str = "",
    message_id: str = "",
    lenient_isa: bool = False,
    validate: bool = True,
) -> Iterator[SetOutcome]:
    """Stream every set of `source` validated and translated, one at a time."""
    for ev in read_stream(source, lenient_isa=lenient_isa):
        if isinstance(ev, TransactionSet):
            yield translate_set(ev, partner_id=partner_id, message_id=message_id, validate=validate)


def read_x12(
    data: Source,
    *,
    partner_id: str,
    message_id: str = "",
    lenient_isa: bool = False,
    tolerated: frozenset[str] = frozenset(),
    guides: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[InterchangeOutcome]:
    """Parse every interchange in `data`, validate and translate each set, and build the
    acknowledgement of each functional group."""
    outcomes: list[InterchangeOutcome] = []
    current: InterchangeOutcome | None = None
    results: list[SetOutcome] = []
    for ev in read_stream(data, lenient_isa=lenient_isa):
        if isinstance(ev, Interchange):
            current = InterchangeOutcome(ev)
            outcomes.append(current)
        elif isinstance(ev, Group):
            ev.interchange.groups.append(ev)  # type: ignore[union-attr]
            results = []
        elif isinstance(ev, TransactionSet):
            if ev.group is not None:
                ev.group.sets.append(ev)
                results.append(
                    translate_set(
                        ev,
                        partner_id=partner_id,
                        message_id=message_id,
                        tolerated=tolerated,
                        guides=guides,
                    )
                )
        elif isinstance(ev, GroupEnd) and current is not None:
            group = ev.group
            errs = {id(r.tset): r.errors for r in results if r.errors}
            ack = group_ack(
                current.interchange,
                group,
                partner_id=partner_id,
                set_errors=errs,
                tolerated=tolerated,
            )
            current.groups.append(GroupOutcome(group, ack, results))
            results = []
        elif isinstance(ev, InterchangeEnd):
            pass
    return outcomes
