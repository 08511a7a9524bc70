"""manual-entry items (fax-to-mail) and their images

Revision ID: channels_0001
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "channels_0001"
down_revision = "as2_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "manual_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=32), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sender", sa.String(length=255), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("entered_by", sa.String(length=64), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manual_item")),
    )
    for col in ("message_id", "partner_id", "status", "order_id"):
        op.create_index(op.f(f"ix_manual_item_{col}"), "manual_item", [col])
    op.create_table(
        "manual_image",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("payload_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["manual_item.id"], name=op.f("fk_manual_image_item_id_manual_item")
        ),
        sa.ForeignKeyConstraint(
            ["payload_id"], ["payload.id"], name=op.f("fk_manual_image_payload_id_payload")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manual_image")),
    )
    op.create_index(op.f("ix_manual_image_item_id"), "manual_image", ["item_id"])


def downgrade() -> None:
    op.drop_table("manual_image")
    op.drop_table("manual_item")
