"""Undoing a payment takes its Skonto and write-off off the invoice too.

The trigger ``payment_undone`` of 0007 subtracted ``amount + skonto + write_off`` without
brackets (``paid_total - amount + skonto + write_off``): undoing a booking with Skonto or a
write-off added them to what the invoice counts as paid instead of taking them off. The trigger
is made again with brackets, and every invoice's ``paid_total`` is summed anew from its
bookings that still stand.

Revision ID: 0014
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision: str = "0014"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

_SETTLES = "({row}.amount + {row}.skonto + {row}.write_off)"
_UNDONE = (
    "CREATE TRIGGER payment_undone AFTER UPDATE OF undone_at ON payment "
    "WHEN OLD.undone_at IS NULL AND NEW.undone_at IS NOT NULL AND NEW.document_id IS NOT NULL "
    "BEGIN UPDATE sales_document SET paid_total = paid_total - {settles} "
    "WHERE id = NEW.document_id; END"
)
# paid_total is not frozen (the freezing triggers of 0006 let it change).
_RECOUNT = (
    "UPDATE sales_document SET paid_total = ("
    "SELECT coalesce(sum(p.amount + p.skonto + p.write_off), 0) FROM payment AS p "
    "WHERE p.document_id = sales_document.id AND p.undone_at IS NULL) "
    "WHERE id IN (SELECT document_id FROM payment WHERE document_id IS NOT NULL)"
)


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS payment_undone")
    op.execute(_UNDONE.format(settles=_SETTLES.format(row="NEW")))
    op.execute(_RECOUNT)


def downgrade() -> None:
    # The corrected trigger stays: the old one counted undone Skonto as paid.
    pass
