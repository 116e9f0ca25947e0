"""E-mail from the program: SMTP accounts (the password only in the keyring, never here),
drafts of mails not sent, and the document category "E-Mail" for what was sent.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None

# German, as the user sees and edits it in Kleinstammdaten.
MAIL_CATEGORY = "E-Mail"


def upgrade() -> None:
    op.create_table(
        "mail_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("host", sa.String(length=253), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=8), nullable=False),
        sa.Column("user", sa.String(length=254), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("sender_address", sa.String(length=254), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "security IN ('none', 'starttls', 'ssl')", name=op.f("ck_mail_account_security")
        ),
        sa.CheckConstraint("port BETWEEN 1 AND 65535", name=op.f("ck_mail_account_port")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_account")),
    )
    op.create_table(
        "mail_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("sales_document_id", sa.Integer(), nullable=True),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("cc", sa.Text(), nullable=False),
        sa.Column("bcc", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attachments", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mail_account.id"],
            name=op.f("fk_mail_draft_account_id_mail_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_mail_draft_contact_person_id_contact_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_mail_draft_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sales_document_id"],
            ["sales_document.id"],
            name=op.f("fk_mail_draft_sales_document_id_sales_document"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_draft")),
    )
    with op.batch_alter_table("mail_draft", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mail_draft_customer_id"), ["customer_id"], unique=False
        )

    categories = sa.table(
        "document_category", sa.column("name"), sa.column("position"), sa.column("hidden")
    )
    connection = op.get_bind()
    existing = set(connection.execute(sa.select(categories.c.name)).scalars())
    if MAIL_CATEGORY not in existing:
        last = connection.execute(sa.select(sa.func.max(categories.c.position))).scalar() or 0
        op.bulk_insert(categories, [{"name": MAIL_CATEGORY, "position": last + 1, "hidden": False}])


def downgrade() -> None:
    # The category stays when documents use it (they must keep a category).
    op.execute(
        "DELETE FROM document_category WHERE name = 'E-Mail' AND NOT EXISTS "
        "(SELECT 1 FROM document WHERE document.category_id = document_category.id)"
    )
    with op.batch_alter_table("mail_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_draft_customer_id"))
    op.drop_table("mail_draft")
    op.drop_table("mail_account")
