"""Render X12 interchanges: ISA/GS/ST envelopes around segment bodies, fixed widths kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from gateway.translators.x12.values import fmt_date

__all__ = ["OutboundEnvelope", "render_interchange", "render_ta1_interchange"]

GS_VERSION = {"004010": "004010", "005010": "005010X231A1"}


@dataclass(frozen=True, slots=True)
class OutboundEnvelope:
    sender_qualifier: str
    sender_id: str
    receiver_qualifier: str
    receiver_id: str
    gs_sender: str
    gs_receiver: str
    isa_control: int
    gs_control: int
    version: str = "004010"
    usage: str = "P"
    ack_requested: bool = False
    element: str = "*"
    component: str = ">"
    repetition: str = "^"
    segment: str = "~"
    suffix: str = "\n"
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    gs_version: str = ""


def _hhmm(t: dt.datetime) -> str:
    return f"{t.hour:02d}{t.minute:02d}"


def _seg(elements: Sequence[str], env: OutboundEnvelope) -> str:
    n = len(elements)
    while n > 1 and elements[n - 1] == "":  # trailing empty elements are not written
        n -= 1
    return env.element.join(elements[:n]) + env.segment + env.suffix


def _isa(env: OutboundEnvelope) -> str:
    now = env.now
    isa_version = "00401" if env.version == "004010" else "00501"
    rep = "U" if env.version == "004010" else env.repetition
    isa = [
        "ISA",
        "00",
        " " * 10,
        "00",
        " " * 10,
        env.sender_qualifier.ljust(2),
        env.sender_id.ljust(15)[:15],
        env.receiver_qualifier.ljust(2),
        env.receiver_id.ljust(15)[:15],
        fmt_date(now)[2:],  # YYMMDD
        _hhmm(now),
        rep,
        isa_version,
        f"{env.isa_control:09d}",
        "1" if env.ack_requested else "0",
        env.usage,
        env.component,
    ]
    return env.element.join(isa) + env.segment + env.suffix


def render_interchange(
    env: OutboundEnvelope,
    functional_id: str,
    sets: Sequence[tuple[str, str, Sequence[Sequence[str]]]],
) -> bytes:
    """Wrap transaction sets `(set id, ST02, body segments)` in one group and interchange."""
    now = env.now
    out = [_isa(env)]
    gs_version = env.gs_version or GS_VERSION.get(env.version, env.version)
    out.append(
        _seg(
            [
                "GS",
                functional_id,
                env.gs_sender,
                env.gs_receiver,
                fmt_date(now),
                _hhmm(now),
                str(env.gs_control),
                "X",
                gs_version,
            ],
            env,
        )
    )
    for set_id, control, body in sets:
        out.append(_seg(["ST", set_id, control], env))
        out.extend(_seg(s, env) for s in body)
        out.append(_seg(["SE", str(len(body) + 2), control], env))
    out.append(_seg(["GE", str(len(sets)), str(env.gs_control)], env))
    out.append(_seg(["IEA", "1", f"{env.isa_control:09d}"], env))
    return "".join(out).encode("latin-1")


def render_ta1_interchange(env: OutboundEnvelope, ta1: Sequence[str]) -> bytes:
    """A TA1 travels alone: ISA, TA1, IEA with zero groups."""
    out = [_isa(env), _seg(ta1, env), _seg(["IEA", "0", f"{env.isa_control:09d}"], env)]
    return "".join(out).encode("latin-1")
