"""Functional acknowledgements: build a FunctionalAck from what was read, render 997 and TA1."""

from __future__ import annotations

import datetime as dt

from gateway.canonical import AckError, AckStatus, FunctionalAck, SetAck
from gateway.translators.x12.envelope import Group, Interchange

__all__ = ["ack_997_body", "group_ack", "render_997", "ta1_segment"]


def group_ack(
    ic: Interchange, group: Group, *, partner_id: str, set_errors: dict[str, list[AckError]]
) -> FunctionalAck:
    """Summarise one functional group: per-set status from envelope and content errors."""
    sets: list[SetAck] = []
    for tset in group.sets:
        errs = [AckError(code=c, message=t, level="set") for c, t in tset.errors]
        errs += set_errors.get(tset.control, [])
        sets.append(
            SetAck(
                tset.id,
                tset.control,
                AckStatus.REJECTED if errs else AckStatus.ACCEPTED,
                tuple(errs),
            )
        )
    accepted = sum(1 for s in sets if s.status != AckStatus.REJECTED)
    group_errs = tuple(AckError(code=c, message=t, level="group") for c, t in group.errors)
    if group_errs or (sets and accepted == 0) or not sets:
        status = AckStatus.REJECTED
    elif accepted < len(sets):
        status = AckStatus.PARTIAL
    else:
        status = AckStatus.ACCEPTED
    return FunctionalAck(
        partner_id=partner_id,
        standard="x12",
        group_id=group.functional_id,
        group_control=group.control,
        status=status,
        sets=tuple(sets),
        interchange_control=ic.control,
        errors=group_errs,
        sets_included=len(group.sets),
        sets_received=len(group.sets),
        sets_accepted=accepted,
        version=group.version,
    )


def ack_997_body(ack: FunctionalAck) -> list[list[str]]:
    """AK1..AK9 segments of a 997 for one group (without ST/SE)."""
    body: list[list[str]] = [["AK1", ack.group_id, ack.group_control]]
    for s in ack.sets:
        body.append(["AK2", s.set_id, s.control_number])
        for e in s.errors:
            if e.segment_id and e.segment_position:
                body.append(
                    [
                        "AK3",
                        e.segment_id,
                        str(e.segment_position),
                        e.loop_id,
                        e.code if e.level == "segment" else "8",
                    ]
                )
                if e.element_position:
                    pos = str(e.element_position)
                    if e.component_position:
                        pos += f">{e.component_position}"
                    body.append(["AK4", pos, e.element_ref, e.code, e.bad_value[:99]])
        set_codes = [e.code for e in s.errors if e.level == "set"][:5]
        if s.status == AckStatus.REJECTED and not set_codes:
            set_codes = ["5"]
        body.append(["AK5", s.status.value, *set_codes])
    group_codes = [e.code for e in ack.errors][:5]
    body.append(
        [
            "AK9",
            ack.status.value,
            str(ack.sets_included),
            str(ack.sets_received),
            str(ack.sets_accepted),
            *group_codes,
        ]
    )
    return body


def ta1_segment(ic: Interchange, code: str, *, now: dt.datetime | None = None) -> list[str]:
    """TA1 for an interchange: accepted (A/000) or rejected with the TA105 code."""
    now = now or dt.datetime.now(dt.UTC)
    status = "A" if code == "000" else "R"
    return ["TA1", ic.control, ic.date, ic.time, status, code]


def render_997(acks: list[FunctionalAck], env, st_controls: list[str]) -> bytes:  # type: ignore[no-untyped-def]
    """One FA group holding a 997 per acknowledged group."""
    from gateway.translators.x12.writer import render_interchange

    sets = [("997", ctl, ack_997_body(a)) for a, ctl in zip(acks, st_controls, strict=True)]
    return render_interchange(env, "FA", sets)
