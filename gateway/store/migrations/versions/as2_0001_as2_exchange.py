"""as2 exchange table

Revision ID: as2_0001
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "as2_0001"
down_revision = "oms_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "as2_exchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=True),
        sa.Column("as2_message_id", sa.String(length=255), nullable=False),
        sa.Column("message_id", sa.String(length=32), nullable=True),
        sa.Column("payload_message_id", sa.String(length=32), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("mdn_mode", sa.String(length=8), nullable=False),
        sa.Column("mdn_url", sa.Text(), nullable=True),
        sa.Column("mdn_status", sa.String(length=16), nullable=True),
        sa.Column("mdn_options", sa.Text(), nullable=True),
        sa.Column("disposition", sa.Text(), nullable=True),
        sa.Column("mic", sa.String(length=128), nullable=True),
        sa.Column("mic_alg", sa.String(length=16), nullable=True),
        sa.Column("mdn", sa.LargeBinary(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_as2_exchange")),
    )
    op.create_index(
        "ix_as2_exchange_lookup", "as2_exchange", ["direction", "partner_id", "as2_message_id"]
    )
    op.create_index(op.f("ix_as2_exchange_message_id"), "as2_exchange", ["message_id"])
    op.create_index(op.f("ix_as2_exchange_document_id"), "as2_exchange", ["document_id"])


def downgrade() -> None:
    op.drop_table("as2_exchange")
