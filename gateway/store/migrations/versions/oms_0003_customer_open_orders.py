"""customer_open_orders: each customer's open order total, kept by triggers on sales_order

The credit check needs the total of a customer's open orders for every order placed;
summing them grows with the customer's backlog. Triggers keep the sum whoever writes
(ORM, Core or the driver directly). OPEN_STATES is the lifecycle's list as of this
revision (tests/oms checks it still is); a change to it needs a migration that
recreates the triggers.

Revision ID: oms_0003
Revises: oms_0002
"""

# DDL is assembled from this file's own constants (trigger bodies take no bound parameters)
# ruff: noqa: S608
import sqlalchemy as sa
from alembic import op

revision = "oms_0003"
down_revision = "oms_0002"
branch_labels = None
depends_on = None

OPEN_STATES = (
    "received",
    "on_hold",
    "confirmed",
    "allocated",
    "partially_allocated",
    "backordered",
    "released",
    "picked",
    "packed",
    "partially_shipped",
)
_OPEN = ", ".join(f"'{s}'" for s in OPEN_STATES)
_ADD = (
    "INSERT INTO customer_open_orders (customer_id, total) {source}"
    " ON CONFLICT (customer_id) DO UPDATE"
    " SET total = customer_open_orders.total + excluded.total"
)

_SQLITE = [
    f"""CREATE TRIGGER sales_order_open_insert AFTER INSERT ON sales_order
    WHEN NEW.status IN ({_OPEN})
    BEGIN
        {_ADD.format(source="VALUES (NEW.customer_id, NEW.total)")};
    END""",
    f"""CREATE TRIGGER sales_order_open_update
    AFTER UPDATE OF status, total, customer_id ON sales_order
    WHEN OLD.status IN ({_OPEN}) OR NEW.status IN ({_OPEN})
    BEGIN
        UPDATE customer_open_orders SET total = total - OLD.total
        WHERE customer_id = OLD.customer_id AND OLD.status IN ({_OPEN});
        {_ADD.format(source=f"SELECT NEW.customer_id, NEW.total WHERE NEW.status IN ({_OPEN})")};
    END""",
    f"""CREATE TRIGGER sales_order_open_delete AFTER DELETE ON sales_order
    WHEN OLD.status IN ({_OPEN})
    BEGIN
        UPDATE customer_open_orders SET total = total - OLD.total
        WHERE customer_id = OLD.customer_id;
    END""",
]
_POSTGRESQL = [
    f"""CREATE FUNCTION customer_open_orders_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            IF OLD.status IN ({_OPEN}) THEN
                UPDATE customer_open_orders SET total = total - OLD.total
                WHERE customer_id = OLD.customer_id;
            END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            IF NEW.status IN ({_OPEN}) THEN
                {_ADD.format(source="VALUES (NEW.customer_id, NEW.total)")};
            END IF;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER sales_order_open
    AFTER INSERT OR UPDATE OF status, total, customer_id OR DELETE ON sales_order
    FOR EACH ROW EXECUTE FUNCTION customer_open_orders_sync()""",
]


def upgrade() -> None:
    op.create_table(
        "customer_open_orders",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("total", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.execute(
        "INSERT INTO customer_open_orders (customer_id, total)"
        f" SELECT customer_id, SUM(total) FROM sales_order WHERE status IN ({_OPEN})"
        " GROUP BY customer_id"
    )
    for ddl in _POSTGRESQL if op.get_bind().dialect.name == "postgresql" else _SQLITE:
        op.execute(ddl)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS sales_order_open ON sales_order")
        op.execute("DROP FUNCTION IF EXISTS customer_open_orders_sync()")
    else:
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sales_order_open_{name}")
    op.drop_table("customer_open_orders")
