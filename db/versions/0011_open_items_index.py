"""The Offene Posten of 100 000 invoices at once: a covering partial index of the open invoices
with what the list sorts, filters and sums by (date, payment days, amounts, customer), so the
list's ids, the sums by age and the total are read from the index alone.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None

OPEN_INVOICE_SQL = (
    "kind = 'invoice' AND finalised_at IS NOT NULL AND status != 'cancelled' "
    "AND paid_total < gross_total"
)


def upgrade() -> None:
    op.create_index(
        "ix_sales_document_open_items",
        "sales_document",
        ["kind", "document_date", "net_days", "gross_total", "paid_total", "customer_id"],
        unique=False,
        sqlite_where=sa.text(OPEN_INVOICE_SQL),
    )


def downgrade() -> None:
    op.drop_index("ix_sales_document_open_items", table_name="sales_document")
