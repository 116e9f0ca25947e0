"""Getting paid: payments (append-only bookings on a customer's account), dunning notices
(immutable), what is settled and the dunning level of each invoice, and per customer the
Mahnsperre and how invoices are sent (PDF or which e-invoice, the Leitweg-ID).

``sales_document.paid_total`` is kept by triggers on ``payment``; a payment is never changed or
deleted, only undone (``undone_at``), once; a dunning notice never changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

OPEN_INVOICE_SQL = (
    "kind = 'invoice' AND finalised_at IS NOT NULL AND status != 'cancelled' "
    "AND paid_total < gross_total"
)
PAYMENT_WAYS = ("transfer", "cash", "paypal", "direct_debit", "card", "cheque", "credit", "other")
# What an undo may set; every other column of a payment is fixed once booked.
_PAYMENT_FIXED = (
    "id",
    "customer_id",
    "document_id",
    "booked_on",
    "amount",
    "skonto",
    "write_off",
    "way",
    "note",
    "bank_reference",
    "part_of_id",
    "author",
    "created_at",
)
_SETTLES = "({row}.amount + {row}.skonto + {row}.write_off)"


def _abort(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{message}'); END"


TRIGGERS = {
    "payment_settles": (
        "AFTER INSERT ON payment WHEN NEW.document_id IS NOT NULL AND NEW.undone_at IS NULL "
        "BEGIN UPDATE sales_document SET paid_total = paid_total + "
        + _SETTLES.format(row="NEW")
        + " WHERE id = NEW.document_id; END"
    ),
    "payment_undone": (
        "AFTER UPDATE OF undone_at ON payment WHEN OLD.undone_at IS NULL "
        "AND NEW.undone_at IS NOT NULL AND NEW.document_id IS NOT NULL "
        "BEGIN UPDATE sales_document SET paid_total = paid_total - "
        + _SETTLES.format(row="NEW")
        + " WHERE id = NEW.document_id; END"
    ),
    "payment_fixed": (
        "BEFORE UPDATE ON payment WHEN OLD.undone_at IS NOT NULL OR "
        + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _PAYMENT_FIXED)
        + " "
        + _abort("a payment is never changed: undo it and book it anew")
    ),
    "payment_kept": ("BEFORE DELETE ON payment " + _abort("a payment is never deleted: undo it")),
    "dunning_notice_fixed": (
        "BEFORE UPDATE ON dunning_notice " + _abort("a dunning notice never changes")
    ),
    "dunning_notice_kept": (
        "BEFORE DELETE ON dunning_notice " + _abort("a dunning notice is never deleted")
    ),
    "dunning_pdf_kept": (
        "BEFORE UPDATE OF deleted_at ON document WHEN NEW.deleted_at IS NOT NULL AND "
        "EXISTS (SELECT 1 FROM dunning_notice WHERE pdf_document_id = OLD.id) "
        + _abort("the PDF of a dunning notice is kept")
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("dunning_block", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("einvoice_format", sa.String(length=16), server_default="pdf", nullable=False)
        )
        batch_op.add_column(
            sa.Column("leitweg_id", sa.String(length=50), server_default="", nullable=False)
        )
    # Plain ADD COLUMN (no table rebuild): the freezing triggers of 0006 stay as they are.
    op.add_column(
        "sales_document",
        sa.Column("paid_total", sa.BigInteger(), server_default="0", nullable=False),
    )
    op.add_column(
        "sales_document",
        sa.Column("dunning_level", sa.Integer(), server_default="0", nullable=False),
    )
    op.create_index(
        "ix_sales_document_open",
        "sales_document",
        ["kind", "customer_id"],
        unique=False,
        sqlite_where=sa.text(OPEN_INVOICE_SQL),
    )

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("skonto", sa.BigInteger(), nullable=False),
        sa.Column("write_off", sa.BigInteger(), nullable=False),
        sa.Column("way", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("bank_reference", sa.String(length=200), nullable=True),
        sa.Column("part_of_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=100), nullable=False),
        sa.Column("undo_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(f"way IN {PAYMENT_WAYS!r}", name=op.f("ck_payment_way")),
        sa.CheckConstraint("skonto >= 0 AND write_off >= 0", name=op.f("ck_payment_deductions")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_payment_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["sales_document.id"],
            name=op.f("fk_payment_document_id_sales_document"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["part_of_id"],
            ["payment.id"],
            name=op.f("fk_payment_part_of_id_payment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("bank_reference", name=op.f("uq_payment_bank_reference")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_booked_on", ["booked_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_part_of_id"), ["part_of_id"], unique=False)

    op.create_table(
        "dunning_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("notice_date", sa.Date(), nullable=False),
        sa.Column("pay_by", sa.Date(), nullable=True),
        sa.Column("open_amount", sa.BigInteger(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("interest_details", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("pdf_document_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 9", name=op.f("ck_dunning_notice_level")),
        sa.CheckConstraint("fee >= 0 AND interest >= 0", name=op.f("ck_dunning_notice_charges")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_dunning_notice_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["sales_document.id"],
            name=op.f("fk_dunning_notice_document_id_sales_document"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["pdf_document_id"],
            ["document.id"],
            name=op.f("fk_dunning_notice_pdf_document_id_document"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_notice")),
    )
    with op.batch_alter_table("dunning_notice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dunning_notice_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dunning_notice_document_id"), ["document_id"], unique=False
        )

    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("dunning_notice")
    op.drop_table("payment")
    op.drop_index("ix_sales_document_open", table_name="sales_document")
    # Plain DROP COLUMN: a rebuild would lose the freezing triggers of 0006.
    op.drop_column("sales_document", "dunning_level")
    op.drop_column("sales_document", "paid_total")
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.drop_column("leitweg_id")
        batch_op.drop_column("einvoice_format")
        batch_op.drop_column("dunning_block")
