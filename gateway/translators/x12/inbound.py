"""Read an X12 payload end to end: envelopes, per-set translation, the acknowledgements owed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from gateway.canonical import AckError, FunctionalAck
from gateway.errors import InputError
from gateway.translators.x12.ack import group_ack
from gateway.translators.x12.envelope import Group, Interchange, Segment, read_interchanges
from gateway.translators.x12.po850 import order_from_850

__all__ = ["TRANSLATORS", "InterchangeOutcome", "SetOutcome", "read_x12"]

Translator = Callable[..., Any]

# ST01 -> function(segments, partner_id=, component=, message_id=, control=) -> canonical doc
TRANSLATORS: dict[str, Translator] = {"850": order_from_850}


@dataclass
class SetOutcome:
    set_id: str
    control: str
    document: Any | None
    errors: list[AckError] = field(default_factory=list)


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
        return self.interchange.errors[0][0] if self.interchange.errors else None


def _translate(
    segs: list[Segment],
    set_id: str,
    *,
    partner_id: str,
    component: str,
    message_id: str,
    control: str,
) -> tuple[Any | None, list[AckError]]:
    fn = TRANSLATORS.get(set_id)
    if fn is None:
        return None, [
            AckError(code="1", message=f"transaction set {set_id} is not supported", level="set")
        ]
    try:
        doc = fn(
            segs, partner_id=partner_id, component=component, message_id=message_id, control=control
        )
    except InputError as exc:
        return None, [AckError(code="5", message=exc.detail, level="set")]
    return doc, []


def read_x12(
    data: bytes, *, partner_id: str, message_id: str = "", lenient_isa: bool = False
) -> list[InterchangeOutcome]:
    """Parse every interchange in `data` and translate each clean transaction set."""
    outcomes: list[InterchangeOutcome] = []
    for ic in read_interchanges(data, lenient_isa=lenient_isa):
        out = InterchangeOutcome(ic)
        outcomes.append(out)
        component = ic.delimiters.component.decode("latin-1")
        for group in ic.groups:
            results: list[SetOutcome] = []
            set_errors: dict[str, list[AckError]] = {}
            for tset in group.sets:
                if tset.errors or ic.errors or group.errors:
                    results.append(SetOutcome(tset.id, tset.control, None))
                    continue
                doc, errs = _translate(
                    tset.segments,
                    tset.id,
                    partner_id=partner_id,
                    component=component,
                    message_id=message_id,
                    control=tset.control,
                )
                results.append(SetOutcome(tset.id, tset.control, doc, errs))
                if errs:
                    set_errors[tset.control] = errs
            ack = group_ack(ic, group, partner_id=partner_id, set_errors=set_errors)
            out.groups.append(GroupOutcome(group, ack, results))
    return outcomes
