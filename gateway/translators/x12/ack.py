"""Functional and interchange acknowledgements: build them from what was read, render
997 (004010), 999 (005010) and TA1, and read the partner's own back into FunctionalAck.

Codes are the X12 ones: AK304/IK304 segment errors, AK403/IK403 element errors,
AK502/IK502 set errors, AK905 group errors, TA105 interchange errors. Positions are the
segment's position in the set (ST = 1), the element's position in the segment and the
component's position in a composite, with a copy of the bad data (AK404/IK404).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from gateway.canonical import AckError, AckStatus, FunctionalAck, SetAck
from gateway.translators.x12.envelope import Group, Interchange, Segment

__all__ = [
    "ack_997_body",
    "ack_999_body",
    "ack_from_997",
    "ack_from_ta1",
    "group_ack",
    "render_997",
    "set_status",
    "ta1_segment",
]


def set_status(errors: Sequence[AckError], tolerated: frozenset[str] = frozenset()) -> AckStatus:
    """A set with no errors is accepted; with only tolerated element codes, accepted with
    errors (E); otherwise rejected."""
    if not errors:
        return AckStatus.ACCEPTED
    serious = [e for e in errors if e.level != "segment" or e.code != "8"]
    if all(e.level == "element" and e.code in tolerated for e in serious):
        return AckStatus.ACCEPTED_WITH_ERRORS
    return AckStatus.REJECTED


def group_ack(
    ic: Interchange,
    group: Group,
    *,
    partner_id: str,
    set_errors: dict[int, list[AckError]],
    tolerated: frozenset[str] = frozenset(),
) -> FunctionalAck:
    """Summarise one functional group: per-set status from envelope and content errors.

    `set_errors` maps id(TransactionSet) to its content errors. AK901 is A when every
    set is accepted, E when all are accepted and some with errors, P when some are
    rejected and some accepted, R when none is accepted or the group itself is broken.
    """
    sets: list[SetAck] = []
    for tset in group.sets:
        errs = [AckError(code=c, message=t, level="set") for c, t in tset.errors]
        errs += set_errors.get(id(tset), [])
        sets.append(SetAck(tset.id, tset.control, set_status(errs, tolerated), tuple(errs)))
    accepted = sum(1 for s in sets if s.status != AckStatus.REJECTED)
    group_errs = tuple(AckError(code=c, message=t, level="group") for c, t in group.errors)
    if group_errs or accepted == 0:
        status = AckStatus.REJECTED
    elif accepted < len(sets):
        status = AckStatus.PARTIAL
    elif any(s.status == AckStatus.ACCEPTED_WITH_ERRORS for s in sets):
        status = AckStatus.ACCEPTED_WITH_ERRORS
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
        sets_included=group.set_count or len(group.sets),
        sets_received=len(group.sets),
        sets_accepted=accepted,
        version=group.version,
    )


def _set_codes(s: SetAck) -> list[str]:
    codes = [e.code for e in s.errors if e.level == "set"]
    if any(e.level in ("segment", "element") for e in s.errors):
        codes.append("5")
    if s.status == AckStatus.REJECTED and not codes:
        codes = ["5"]
    return list(dict.fromkeys(codes))[:5]


def _position(e: AckError, component: str) -> str:
    pos = str(e.element_position)
    if e.component_position:
        pos += f"{component}{e.component_position}"
    return pos


def _body(
    ack: FunctionalAck,
    *,
    component: str,
    seg_tag: str,
    el_tag: str,
    set_tag: str,
    with_context: bool,
) -> list[list[str]]:
    head = ["AK1", ack.group_id, ack.group_control]
    if with_context:
        head.append(ack.version)
    body: list[list[str]] = [head]
    for s in ack.sets:
        ak2 = ["AK2", s.set_id, s.control_number]
        if with_context and ack.version.startswith("005010"):
            ak2.append(ack.version)
        body.append(ak2)
        by_segment: dict[int, list[AckError]] = {}
        for e in s.errors:
            if e.segment_position:
                by_segment.setdefault(e.segment_position, []).append(e)
        for pos, errs in sorted(by_segment.items()):
            seg_errs = [e for e in errs if e.level == "segment"]
            el_errs = [e for e in errs if e.level == "element"]
            for se in seg_errs:
                body.append([seg_tag, se.segment_id, str(pos), se.loop_id, se.code])
                if se.code != "8":
                    continue
                for e in el_errs:
                    if with_context and e.code == "2":
                        body.append(
                            [
                                "CTX",
                                f"SITUATIONAL TRIGGER{component}{e.segment_id}",
                                e.segment_id,
                                str(pos),
                                e.loop_id,
                                _position(e, component),
                            ]
                        )
                    body.append(
                        [el_tag, _position(e, component), e.element_ref, e.code, e.bad_value[:99]]
                    )
        body.append([set_tag, s.status.value, *_set_codes(s)])
    group_codes = list(dict.fromkeys(e.code for e in ack.errors))[:5]
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


def ack_997_body(ack: FunctionalAck, component: str = ">") -> list[list[str]]:
    """AK1..AK9 segments of a 997 for one group (without ST/SE)."""
    return _body(
        ack, component=component, seg_tag="AK3", el_tag="AK4", set_tag="AK5", with_context=False
    )


def ack_999_body(ack: FunctionalAck, component: str = ">") -> list[list[str]]:
    """AK1, AK2/IK3/CTX/IK4/IK5, AK9 segments of a 999 for one group (without ST/SE)."""
    return _body(
        ack, component=component, seg_tag="IK3", el_tag="IK4", set_tag="IK5", with_context=True
    )


def ta1_segment(
    ic: Interchange, code: str, *, accepted: bool = False, now: dt.datetime | None = None
) -> list[str]:
    """TA1 for an interchange: accepted (A/000), accepted with the error `code` noted
    (E, when `accepted`) or rejected with the TA105 code (R)."""
    status = "A" if code == "000" else "E" if accepted else "R"
    return ["TA1", ic.control, ic.date, ic.time, status, code]


def render_997(
    acks: list[FunctionalAck],
    env,
    st_controls: list[str],  # type: ignore[no-untyped-def]
    set_id: str = "997",
) -> bytes:
    """One FA group holding a 997 (or 999) per acknowledged group."""
    from gateway.translators.x12.writer import render_interchange

    build = ack_999_body if set_id == "999" else ack_997_body
    sets = [
        (set_id, ctl, build(a, env.component)) for a, ctl in zip(acks, st_controls, strict=True)
    ]
    return render_interchange(env, "FA", sets)


# --- reading the partner's acknowledgements -------------------------------------------------

_STATUS = {s.value: s for s in AckStatus}


def _el(seg: Segment, i: int) -> str:
    return seg[i] if len(seg) > i else ""


def ack_from_997(
    segments: list[Segment],
    *,
    partner_id: str,
    component: str = ">",
    message_id: str = "",
    control: str = "",
) -> FunctionalAck:
    """A received 997 or 999 as a FunctionalAck of what it acknowledges (ours)."""
    group_id = group_control = version = ""
    status = AckStatus.REJECTED
    sets: list[SetAck] = []
    cur: tuple[str, str] | None = None
    errs: list[AckError] = []
    group_errs: list[AckError] = []
    counts = ["0", "0", "0"]
    seg_ctx: tuple[str, int | None, str] = ("", None, "")
    comp = component
    for seg in segments:
        tag = seg[0]
        if tag == "AK1":
            group_id, group_control, version = _el(seg, 1), _el(seg, 2), _el(seg, 3)
        elif tag == "AK2":
            cur, errs = (_el(seg, 1), _el(seg, 2)), []
        elif tag in ("AK3", "IK3"):
            pos = _el(seg, 2)
            seg_ctx = (
                _el(seg, 1),
                int(pos) if (pos.isascii() and pos.isdigit()) else None,
                _el(seg, 3),
            )
            errs.append(
                AckError(
                    code=_el(seg, 4),
                    message=f"{tag} {'*'.join(seg[1:])}",
                    segment_id=seg_ctx[0],
                    segment_position=seg_ctx[1],
                    loop_id=seg_ctx[2],
                    level="segment",
                )
            )
        elif tag in ("AK4", "IK4"):
            parts = _el(seg, 1).split(comp)
            el_pos = int(parts[0]) if (parts[0].isascii() and parts[0].isdigit()) else None
            comp_pos = (
                int(parts[1])
                if len(parts) > 1 and (parts[1].isascii() and parts[1].isdigit())
                else None
            )
            errs.append(
                AckError(
                    code=_el(seg, 3),
                    message=f"{tag} {'*'.join(seg[1:])}",
                    segment_id=seg_ctx[0],
                    segment_position=seg_ctx[1],
                    loop_id=seg_ctx[2],
                    element_position=el_pos,
                    component_position=comp_pos,
                    element_ref=_el(seg, 2),
                    bad_value=_el(seg, 4),
                )
            )
        elif tag in ("AK5", "IK5") and cur is not None:
            errs += [AckError(code=c, message=f"{tag} code {c}", level="set") for c in seg[2:] if c]
            sets.append(
                SetAck(cur[0], cur[1], _STATUS.get(_el(seg, 1), AckStatus.REJECTED), tuple(errs))
            )
            cur = None
        elif tag == "AK9":
            status = _STATUS.get(_el(seg, 1), AckStatus.REJECTED)
            counts = [_el(seg, 2), _el(seg, 3), _el(seg, 4)]
            group_errs = [
                AckError(code=c, message=f"AK9 code {c}", level="group") for c in seg[5:] if c
            ]

    def num(x: str) -> int:
        return int(x) if (x.isascii() and x.isdigit()) else 0

    return FunctionalAck(
        partner_id=partner_id,
        standard="x12",
        group_id=group_id,
        group_control=group_control,
        status=status,
        sets=tuple(sets),
        errors=tuple(group_errs),
        sets_included=num(counts[0]),
        sets_received=num(counts[1]),
        sets_accepted=num(counts[2]),
        version=version,
    )


def ack_from_ta1(seg: Segment, *, partner_id: str) -> FunctionalAck:
    """A received TA1 as a FunctionalAck of our interchange (group fields empty)."""
    code = _el(seg, 5)
    status = (
        AckStatus.ACCEPTED
        if _el(seg, 4) == "A"
        else (AckStatus.ACCEPTED_WITH_ERRORS if _el(seg, 4) == "E" else AckStatus.REJECTED)
    )
    errors = (
        ()
        if code in ("000", "")
        else (AckError(code=code, message=f"TA105 {code}", level="interchange"),)
    )
    return FunctionalAck(
        partner_id=partner_id,
        standard="x12",
        group_id="TA1",
        group_control="",
        status=status,
        interchange_control=_el(seg, 1),
        errors=errors,
    )
