"""purchase_order_line.asn_qty: quantities a vendor's ship notice reported in transit

Revision ID: oms_0002
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "oms_0002"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("purchase_order_line") as batch:
        batch.add_column(
            sa.Column("asn_qty", sa.Numeric(18, 4), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("purchase_order_line") as batch:
        batch.drop_column("asn_qty")
