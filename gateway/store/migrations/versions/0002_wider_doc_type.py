"""outbound_document.doc_type holds names such as confirmation_email

Revision ID: 0002
Revises: channels_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "channels_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbound_document") as batch:
        batch.alter_column(
            "doc_type", type_=sa.String(32), existing_type=sa.String(16), existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outbound_document") as batch:
        batch.alter_column(
            "doc_type", type_=sa.String(16), existing_type=sa.String(32), existing_nullable=False
        )
