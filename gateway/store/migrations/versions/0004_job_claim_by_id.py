"""job: the claim index orders by id within a status

A claim takes the oldest due jobs. With (status, run_after) SQLite gathered every queued
job and sorted the lot on each claim, so claims slowed down as the backlog grew (250 us at
2,000 queued). On (status, id) it walks the due jobs oldest first and stops at the limit.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_job_claim", table_name="job")
    op.create_index("ix_job_claim", "job", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_job_claim", table_name="job")
    op.create_index("ix_job_claim", "job", ["status", "run_after"])
