"""CSV order files from the authenticated channel partner, read with its `[csv]` mapping.

Each group of rows that reads cleanly becomes an Order for the OMS; a group with problems
is refused on its own with every problem (row and column) in the message's reason, which
the partner sees through `GET /api/v1/messages/{id}`.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.errors import InputError
from gateway.pipeline import Plan, Runtime
from gateway.profiles import PartnerProfile, register_section
from gateway.store.models import Message
from gateway.translators.csv import CsvMapping, check_mapping, describe, read_csv_orders

__all__ = ["CsvProfile", "handle_csv"]

MAX_REASONS = 50


@dataclass
class CsvProfile(CsvMapping):
    """The `[csv]` profile section: a CsvMapping checked when the profile loads."""

    def __post_init__(self) -> None:
        check_mapping(self)


register_section("csv", CsvProfile)


def handle_csv(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    mapping = profile.section("csv") if profile else None
    if profile is None or mapping is None:
        who = profile.id if profile else "an unauthenticated sender"
        raise InputError(
            f"CSV from {who}: the partner profile has no [csv] column mapping,"
            " so the file cannot be read",
            code="no_mapping",
        )
    groups = list(read_csv_orders(data, mapping, partner_id=profile.id, message_id=msg.id))
    plan = Plan(
        format="csv",
        documents=[g.order for g in groups if g.order is not None],
        summary=describe(groups),
    )
    problems = [f"order {g.key or '?'}: {p}" for g in groups for p in g.problems]
    if problems:
        plan.reason = "; ".join(problems[:MAX_REASONS]) + (
            f"; and {len(problems) - MAX_REASONS} more" if len(problems) > MAX_REASONS else ""
        )
    if not plan.documents:
        plan.status = "rejected"
    return plan
