"""Read an EDIFACT payload end to end: envelopes, validation, translation, the CONTRL owed.

`read_edifact` streams: each message is validated against the spec its UNH names
(`messages.SPECS`), translated when a translator exists for its type, and only its
canonical document and small header are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from gateway.canonical import AckError, FunctionalAck
from gateway.errors import InputError
from gateway.translators.edifact.contrl import interchange_acks, read_contrl
from gateway.translators.edifact.envelope import EnvelopeReader, Group, Interchange, Message
from gateway.translators.edifact.messages import MESSAGE_TYPES, spec_for
from gateway.translators.edifact.orders import change_from_ordchg, order_from_orders
from gateway.translators.edifact.validate import validate_message

__all__ = ["TRANSLATORS", "EdifactOutcome", "MessageOutcome", "read_edifact"]


# message type -> translator(segments, partner_id=, message_id=, control=, test=, texts=,
# special=, chars=): `segments` split on first read; `texts`, `special` (by position, the
# segments already split) and `chars` let a translator read the texts instead
def _contrl(segments: list[Any], *, partner_id: str, **_: object) -> FunctionalAck:
    """A partner's CONTRL about one of our interchanges (its first group, as we send none)."""
    return read_contrl(segments, partner_id=partner_id)[0]


TRANSLATORS: dict[str, Callable[..., Any]] = {
    "ORDERS": order_from_orders,
    "ORDCHG": change_from_ordchg,
    "CONTRL": _contrl,
}


@dataclass
class MessageOutcome:
    type: str
    ref: str
    interchange: str
    document: Any | None
    errors: list[AckError]
    segments: int = 0


@dataclass
class EdifactOutcome:
    interchanges: list[Interchange]
    messages: list[MessageOutcome] = field(default_factory=list)
    acks: list[list[FunctionalAck]] = field(default_factory=list)  # one list per interchange

    @property
    def documents(self) -> list[Any]:
        return [m.document for m in self.messages if m.document is not None]


def check_message(msg: Message, *, partner_id: str, message_id: str = "") -> MessageOutcome:
    """Validate and translate one message; its errors also land on its header (for CONTRL)."""
    h = msg.header
    errors = h.errors
    spec = spec_for(h.type, h.version, h.release)
    if spec is None:
        known = h.type in MESSAGE_TYPES
        what = f"directory {h.version}:{h.release}" if known else f"message type {h.type}"
        errors.append(
            AckError(
                "17" if known else "14",
                f"{what} is not supported (UNH {h.identifier}; supported:"
                " D:96A and D:01B for ORDERS, ORDCHG, ORDRSP, DESADV, INVOIC,"
                " APERAK; CONTRL)",
                "UNH",
                1,
                element_position=2,
                component_position=3 if known else 1,
                level="message",
            )
        )
    else:
        errors.extend(
            validate_message(msg.lazy, spec, texts=msg.texts, chars=msg.interchange.chars)
        )
    document = None
    fn = TRANSLATORS.get(h.type)
    if (
        not errors
        and not msg.interchange.errors
        and fn is not None
        and not (msg.group and msg.group.errors)
    ):
        try:
            document = fn(
                msg.lazy,
                partner_id=partner_id,
                message_id=message_id,
                control=h.ref,
                test=msg.interchange.test,
                texts=msg.texts,
                special=msg.special,
                chars=msg.chars,
            )
        except InputError as exc:
            errors.append(
                AckError(
                    exc.code if exc.code.isdigit() else "12",
                    f"message {h.ref}: {exc.detail}",
                    "UNH",
                    level="message",
                )
            )
        else:
            h.document = getattr(document, "po_number", "")
    return MessageOutcome(
        h.type, h.ref, msg.interchange.control, document, list(errors), len(msg.texts)
    )


def iter_edifact(
    reader: EnvelopeReader,
    *,
    partner_id: str = "",
    message_id: str = "",
    keep_accepted: bool = True,
) -> Iterator[tuple[MessageOutcome, Interchange, Group | None]]:
    """Check and translate message after message; only the outcome outlives each message.

    With `keep_accepted=False` the headers of clean messages are let go too, so memory
    stays flat however many messages stream by; the CONTRL then lists only the rejected
    messages (UCI action 7 acknowledges the rest, ISO 9735-5).
    """
    for msg in reader:
        outcome = check_message(msg, partner_id=partner_id, message_id=message_id)
        if not keep_accepted and not outcome.errors:
            for holder in (msg.interchange, msg.group):
                if holder is not None and holder.messages and holder.messages[-1] is msg.header:
                    holder.messages.pop()
        yield outcome, msg.interchange, msg.group


def read_edifact(
    source: bytes | Iterable[bytes],
    *,
    partner_id: str = "",
    message_id: str = "",
    strict_charset: bool = False,
) -> EdifactOutcome:
    """Parse every interchange in `source`, translate clean messages, build the acks."""
    reader = EnvelopeReader(source, strict_charset=strict_charset)
    out = EdifactOutcome(reader.interchanges)
    translated: list[tuple[MessageOutcome, Interchange, Group | None]] = []
    for one, ic, group in iter_edifact(reader, partner_id=partner_id, message_id=message_id):
        out.messages.append(one)
        if one.document is not None:
            translated.append((one, ic, group))
    for one, ic, group in translated:
        # an interchange or group refused only at its trailer takes its messages with it
        if ic.errors or (group is not None and group.errors):
            one.document = None
            one.errors.append(
                AckError(
                    "18",
                    f"message {one.ref} not processed: its interchange or group was rejected",
                    "UNH",
                    level="message",
                )
            )
    for ic in reader.interchanges:
        out.acks.append(interchange_acks(ic, partner_id=partner_id))
    return out
