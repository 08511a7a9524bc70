"""sales_order (customer_id, status, total) index: the credit check's open-order sum

Revision ID: oms_0003
Revises: oms_0002
"""

from alembic import op

revision = "oms_0003"
down_revision = "oms_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_sales_order_customer_status_total", "sales_order", ["customer_id", "status", "total"]
    )


def downgrade() -> None:
    op.drop_index("ix_sales_order_customer_status_total", table_name="sales_order")
