"""interchange: an index for a sender's newest interchange

Every inbound interchange looks up the sender's previous control number (gap detection)
with ORDER BY id DESC LIMIT 1. The (partner_id, standard, control) index leaves that to a
sort of all the sender's rows, so the lookup grew with every interchange received
(270 us at 1,000, under SQLite's write lock); with this index it reads one entry.

Revision ID: 0003
Revises: oms_0003
"""

from alembic import op

revision = "0003"
down_revision = "oms_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interchange_last", "interchange", ["partner_id", "standard", "id"])


def downgrade() -> None:
    op.drop_index("ix_interchange_last", table_name="interchange")
