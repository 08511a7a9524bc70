"""CONTRL (ISO 9735-5 syntax and service report): build from what was read, render, read back.

One `FunctionalAck` per functional group (or one for the messages of an interchange
without groups); all acks of one interchange render into one CONTRL message:
UCI (interchange, action 7 acknowledged / 4 rejected, first interchange error),
UCF per group, UCM per message with its first envelope error, UCS per erroneous
segment (0096 position, 0085 code) and UCD per erroneous data element (S011).
A CONTRL has no room for free text, so `contrl_view` is what survives a round trip.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from gateway.canonical import AckError, AckStatus, FunctionalAck, SetAck
from gateway.translators.edifact.envelope import Group, Interchange, MessageHeader, el
from gateway.translators.edifact.syntax import Segment

__all__ = ["contrl_body", "contrl_identifier", "contrl_view", "interchange_acks", "read_contrl"]

ACCEPTED, REJECTED = "7", "4"
UNKNOWN = "UNKNOWN"  # UCI fields of an interchange that arrived without a readable UNB


def contrl_identifier(version: str) -> list[str]:
    """UNH S009 of the CONTRL answering an interchange of syntax `version`."""
    return ["CONTRL", "4", "1", "UN"] if version == "4" else ["CONTRL", "D", "3", "UN"]


def _status(errors: Sequence[AckError], sets: Sequence[SetAck]) -> AckStatus:
    rejected = sum(1 for s in sets if s.status == AckStatus.REJECTED)
    if errors or (sets and rejected == len(sets)):
        return AckStatus.REJECTED
    return AckStatus.PARTIAL if rejected else AckStatus.ACCEPTED


def _set_ack(h: MessageHeader, *, rejected: bool) -> SetAck:
    """A message is rejected by its own errors or with its interchange/group (action 4)."""
    status = AckStatus.REJECTED if h.errors or rejected else AckStatus.ACCEPTED
    return SetAck(h.identifier, h.ref, status, tuple(h.errors))


def _ack(
    ic: Interchange, group: Group | None, headers: list[MessageHeader], partner_id: str
) -> FunctionalAck:
    errors = tuple(ic.errors) + (tuple(group.errors) if group else ())
    sets = tuple(_set_ack(h, rejected=bool(errors)) for h in headers)
    # headers of accepted messages may have been let go while streaming: count, don't list
    total = group.count if group else ic.count - sum(g.count for g in ic.groups)
    total = max(total, len(sets))
    rejected = sum(1 for s in sets if s.status == "R")
    return FunctionalAck(
        partner_id=partner_id,
        standard="edifact",
        group_id=group.id if group else "",
        group_control=group.control if group else "",
        status=_status(errors, sets),
        sets=sets,
        interchange_control=ic.control or UNKNOWN,
        errors=errors,
        sets_included=total,
        sets_received=total,
        sets_accepted=0 if errors else total - rejected,
        version=ic.version,
        interchange_sender=":".join(p for p in (ic.sender, ic.sender_qualifier) if p) or UNKNOWN,
        interchange_recipient=":".join(p for p in (ic.recipient, ic.recipient_qualifier) if p)
        or UNKNOWN,
    )


def interchange_acks(ic: Interchange, *, partner_id: str) -> list[FunctionalAck]:
    """The acknowledgements owed for one interchange once all its messages were checked."""
    if ic.groups:
        acks = [_ack(ic, g, g.messages, partner_id) for g in ic.groups]
        loose = [h for h in ic.messages if not h.group]
        if loose:
            acks.append(_ack(ic, None, loose, partner_id))
        return acks
    return [_ack(ic, None, ic.messages, partner_id)]


def _detail(e: AckError | None) -> list[str | list[str]]:
    if e is None:
        return []
    s011 = [str(e.element_position)] if e.element_position else []
    if s011 and e.component_position:
        s011.append(str(e.component_position))
    return [e.code, e.segment_id if len(e.segment_id) == 3 else "", s011]


def _message_segments(s: SetAck) -> list[tuple[str, list]]:
    out: list[tuple[str, list]] = []
    envelope = next((e for e in s.errors if e.level == "message"), None)
    ident = s.set_id.split(":")
    out.append(
        (
            "UCM",
            [
                s.control_number,
                ident,
                REJECTED if s.status == AckStatus.REJECTED else ACCEPTED,
                *_detail(envelope),
            ],
        )
    )
    by_pos: dict[int, list[AckError]] = {}
    for e in s.errors:
        if e.level in ("segment", "element") and e.segment_position:
            by_pos.setdefault(e.segment_position, []).append(e)
    for pos in sorted(by_pos):
        errs = by_pos[pos]
        seg_err = next((e for e in errs if e.level == "segment"), None)
        out.append(("UCS", [str(pos), seg_err.code if seg_err else ""]))
        for e in errs:
            if e.level == "element" and e.element_position:
                s011 = [str(e.element_position)]
                if e.component_position:
                    s011.append(str(e.component_position))
                out.append(("UCD", [e.code, s011]))
    return out


def contrl_body(acks: Sequence[FunctionalAck]) -> list[tuple[str, list]]:
    """UCI/UCF/UCM/UCS/UCD segments of one CONTRL for the acks of one interchange."""
    first = acks[0]
    ic_err = next((e for a in acks for e in a.errors if e.level == "interchange"), None)
    body: list[tuple[str, list]] = [
        (
            "UCI",
            [
                first.interchange_control,
                first.interchange_sender.split(":"),
                first.interchange_recipient.split(":"),
                REJECTED if ic_err else ACCEPTED,
                *_detail(ic_err),
            ],
        )
    ]
    for ack in acks:
        if ack.group_control:
            g_err = next((e for e in ack.errors if e.level == "group"), None)
            body.append(
                (
                    "UCF",
                    [
                        ack.group_control,
                        "",
                        "",
                        REJECTED if g_err or ack.status == "R" else ACCEPTED,
                        *_detail(g_err),
                    ],
                )
            )
        for s in ack.sets:
            body.extend(_message_segments(s))
    return body


def _error(seg: Segment, level: str, code_at: int) -> AckError | None:
    code = el(seg, code_at)
    if not code:
        return None
    comp = el(seg, code_at + 2, 1)
    elem = el(seg, code_at + 2, 0)
    return AckError(
        code=code,
        message="",
        segment_id=el(seg, code_at + 1),
        level=level,
        element_position=int(elem) if elem else None,
        component_position=int(comp) if comp else None,
    )


def read_contrl(segments: list[Segment], *, partner_id: str) -> list[FunctionalAck]:
    """A received CONTRL (UNH..UNT) -> one FunctionalAck per acknowledged group."""
    version = "4" if el(segments[0], 2, 1) == "4" else "3"
    ic_ref = sender = recipient = ""
    ic_errors: list[AckError] = []
    groups: list[dict] = []
    current: dict | None = None
    msg: dict | None = None
    pos = 0
    for seg in segments:
        tag = seg[0][0]
        if tag == "UCI":
            ic_ref = el(seg, 1)
            sender = ":".join(c for c in seg[2] if c)
            recipient = ":".join(c for c in seg[3] if c)
            err = _error(seg, "interchange", 5)
            if err is None and el(seg, 4) == REJECTED:
                err = AckError(code="", message="", level="interchange")
            if err is not None:
                ic_errors.append(err)
        elif tag == "UCF":
            current = {"control": el(seg, 1), "errors": [], "sets": []}
            err = _error(seg, "group", 5)
            if err is not None:
                current["errors"].append(err)
            groups.append(current)
        elif tag == "UCM":
            if current is None:
                current = {"control": "", "errors": [], "sets": []}
                groups.append(current)
            msg = {"id": ":".join(seg[2]), "ref": el(seg, 1), "action": el(seg, 3), "errors": []}
            err = _error(seg, "message", 4)
            if err is not None:
                msg["errors"].append(err)
            current["sets"].append(msg)
        elif tag == "UCS" and msg is not None:
            pos = int(el(seg, 1) or 0)
            if el(seg, 2):
                msg["errors"].append(
                    AckError(code=el(seg, 2), message="", segment_position=pos, level="segment")
                )
        elif tag == "UCD" and msg is not None:
            comp = el(seg, 2, 1)
            msg["errors"].append(
                AckError(
                    code=el(seg, 1),
                    message="",
                    segment_position=pos,
                    element_position=int(el(seg, 2, 0)),
                    component_position=int(comp) if comp else None,
                    level="element",
                )
            )
    if not groups:
        groups.append({"control": "", "errors": [], "sets": []})
    acks = []
    for g in groups:
        sets = tuple(
            SetAck(
                m["id"],
                m["ref"],
                AckStatus.REJECTED if m["action"] == REJECTED else AckStatus.ACCEPTED,
                tuple(m["errors"]),
            )
            for m in g["sets"]
        )
        errors = tuple(ic_errors) + tuple(g["errors"])
        acks.append(
            FunctionalAck(
                partner_id=partner_id,
                standard="edifact",
                group_id="",
                group_control=g["control"],
                status=_status(errors, sets),
                sets=sets,
                interchange_control=ic_ref,
                errors=errors,
                sets_included=len(sets),
                sets_received=len(sets),
                sets_accepted=sum(1 for s in sets if s.status != "R"),
                version=version,
                interchange_sender=sender,
                interchange_recipient=recipient,
            )
        )
    return acks


def contrl_view(acks: Sequence[FunctionalAck]) -> list[FunctionalAck]:
    """What a CONTRL can carry of `acks` (codes and positions, no text): the round-trip form."""
    ic_err = next((e for a in acks for e in a.errors if e.level == "interchange"), None)

    def strip(e: AckError) -> AckError:
        keep_tag = e.level in ("interchange", "group", "message") and len(e.segment_id) == 3
        return AckError(
            code=e.code,
            message="",
            segment_id=e.segment_id if keep_tag else "",
            segment_position=e.segment_position if e.level in ("segment", "element") else None,
            element_position=e.element_position if e.level != "segment" else None,
            component_position=e.component_position
            if e.element_position and e.level != "segment"
            else None,
            level=e.level,
        )

    out = []
    for a in acks:
        errors = ([strip(ic_err)] if ic_err else []) + [
            strip(e) for e in a.errors if e.level == "group"
        ][:1]
        sets = []
        for s in a.sets:
            env = next((e for e in s.errors if e.level == "message"), None)
            seen: set[int] = set()
            errs = [strip(env)] if env else []
            for e in s.errors:
                if not e.segment_position or e.level not in ("segment", "element"):
                    continue
                if e.level == "segment":
                    if e.segment_position in seen:
                        continue
                    seen.add(e.segment_position)
                elif not e.element_position:
                    continue
                errs.append(strip(e))
            errs = sorted(
                errs,
                key=lambda e: (e.level != "message", e.segment_position or 0, e.level != "segment"),
            )
            sets.append(SetAck(s.set_id, s.control_number, s.status, tuple(errs)))
        out.append(
            dataclasses.replace(
                a,
                group_id="",
                errors=tuple(errors),
                sets=tuple(sets),
                status=_status(errors, sets),
                version="4" if a.version == "4" else "3",
                sets_included=len(sets),
                sets_received=len(sets),
                sets_accepted=sum(1 for s in sets if s.status != "R"),
            )
        )
    return out
