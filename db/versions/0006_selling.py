"""Selling: articles, sales documents (quote, order confirmation, delivery note, invoice,
cancellation) with their lines and status log; number ranges with the year; document
categories for the filed PDFs.

A finalised sales document is frozen by triggers: the database itself refuses an UPDATE of any
column but the status, a DELETE of the document, and any change to its lines; the status log
is append-only; the filed PDF of a finalised document cannot be deleted or replaced.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

# Every column but the status freezes when a document is finalised (as of this revision).
FROZEN_SALES_COLUMNS = (
    "kind",
    "number",
    "customer_id",
    "contact_person_id",
    "source_id",
    "cancels_id",
    "customer_number",
    "address",
    "customer_vat_id",
    "subject",
    "header_text",
    "footer_text",
    "document_date",
    "service_date",
    "service_end",
    "valid_until",
    "reference",
    "net_days",
    "skonto_percent",
    "skonto_days",
    "tax_case",
    "currency",
    "net_total",
    "tax_total",
    "gross_total",
    "finalised_at",
    "pdf_document_id",
)

# German, as the user sees and edits them in Kleinstammdaten; the sales PDFs are filed under them.
CATEGORIES = ("Angebot", "Auftragsbestätigung", "Lieferschein", "Rechnung")
# key, prefix: "RE-2026-0001" (with the year, counting from 1 again each year).
RANGES = (
    ("quote", "AN-"),
    ("order_confirmation", "AB-"),
    ("delivery_note", "LS-"),
    ("invoice", "RE-"),
    ("cancellation", "ST-"),
)


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _abort(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{message}'); END"


_FINAL_OF_NEW = "(SELECT finalised_at FROM sales_document WHERE id = NEW.document_id) IS NOT NULL"
_FINAL_OF_OLD = "(SELECT finalised_at FROM sales_document WHERE id = OLD.document_id) IS NOT NULL"
_SALES_PDF = "EXISTS (SELECT 1 FROM sales_document WHERE pdf_document_id = {id})"

TRIGGERS = {
    "sales_document_frozen": (
        "BEFORE UPDATE ON sales_document WHEN OLD.finalised_at IS NOT NULL AND ("
        + _changed(FROZEN_SALES_COLUMNS)
        + " OR NEW.status = 'draft') "
        + _abort("finalised sales document: only its status may change")
    ),
    "sales_document_kept": (
        "BEFORE DELETE ON sales_document WHEN OLD.finalised_at IS NOT NULL "
        + _abort("finalised sales document: it cannot be deleted")
    ),
    "sales_line_frozen_insert": (
        f"BEFORE INSERT ON sales_line WHEN {_FINAL_OF_NEW} "
        + _abort("finalised sales document: its lines cannot change")
    ),
    "sales_line_frozen_update": (
        f"BEFORE UPDATE ON sales_line WHEN {_FINAL_OF_OLD} OR {_FINAL_OF_NEW} "
        + _abort("finalised sales document: its lines cannot change")
    ),
    "sales_line_frozen_delete": (
        f"BEFORE DELETE ON sales_line WHEN {_FINAL_OF_OLD} "
        + _abort("finalised sales document: its lines cannot change")
    ),
    "sales_status_change_no_update": (
        "BEFORE UPDATE ON sales_status_change "
        + _abort("the status log of a sales document is append-only")
    ),
    "sales_status_change_no_delete": (
        f"BEFORE DELETE ON sales_status_change WHEN {_FINAL_OF_OLD} "
        + _abort("the status log of a sales document is append-only")
    ),
    "sales_pdf_kept": (
        "BEFORE UPDATE OF deleted_at ON document WHEN NEW.deleted_at IS NOT NULL AND "
        + _SALES_PDF.format(id="OLD.id")
        + " "
        + _abort("the PDF of a finalised sales document is kept")
    ),
    "sales_pdf_no_new_version": (
        "BEFORE INSERT ON document_version WHEN "
        + _SALES_PDF.format(id="NEW.document_id")
        + " AND EXISTS (SELECT 1 FROM document_version WHERE document_id = NEW.document_id) "
        + _abort("the PDF of a finalised sales document is kept")
    ),
}


# The search of the sales lists: a trigram index over sales_document.search_text.
SEARCH_SQL = (
    "CREATE VIRTUAL TABLE sales_search USING fts5(search_text, content='sales_document', "
    "content_rowid='id', tokenize='trigram')"
)
SEARCH_TRIGGERS = {
    "sales_search_insert": (
        "AFTER INSERT ON sales_document BEGIN "
        "INSERT INTO sales_search (rowid, search_text) VALUES (NEW.id, NEW.search_text); END"
    ),
    "sales_search_delete": (
        "AFTER DELETE ON sales_document BEGIN "
        "INSERT INTO sales_search (sales_search, rowid, search_text) "
        "VALUES ('delete', OLD.id, OLD.search_text); END"
    ),
    "sales_search_update": (
        "AFTER UPDATE OF search_text ON sales_document BEGIN "
        "INSERT INTO sales_search (sales_search, rowid, search_text) "
        "VALUES ('delete', OLD.id, OLD.search_text); "
        "INSERT INTO sales_search (rowid, search_text) VALUES (NEW.id, NEW.search_text); END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("vat_rate", sa.BigInteger(), nullable=False),
        sa.Column("article_group", sa.String(length=100), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("vat_rate BETWEEN 0 AND 10000", name=op.f("ck_article_vat_rate")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("number", name=op.f("uq_article_number")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_article_group"), ["article_group"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_article_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "sales_document",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("cancels_id", sa.Integer(), nullable=True),
        sa.Column("customer_number", sa.String(length=32), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("customer_vat_id", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("header_text", sa.Text(), nullable=False),
        sa.Column("footer_text", sa.Text(), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=True),
        sa.Column("service_end", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("net_days", sa.Integer(), nullable=True),
        sa.Column("skonto_percent", sa.BigInteger(), nullable=True),
        sa.Column("skonto_days", sa.Integer(), nullable=True),
        sa.Column("tax_case", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("net_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("gross_total", sa.BigInteger(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("pdf_document_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('quote', 'order_confirmation', 'delivery_note', 'invoice', 'cancellation')",
            name=op.f("ck_sales_document_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'open', 'accepted', 'rejected', 'billed', 'cancelled')",
            name=op.f("ck_sales_document_status"),
        ),
        sa.CheckConstraint(
            "tax_case IN ('standard', 'small_business', 'reverse_charge', 'intra_eu', 'export')",
            name=op.f("ck_sales_document_tax_case"),
        ),
        sa.CheckConstraint(
            "(number IS NULL) = (finalised_at IS NULL)",
            name=op.f("ck_sales_document_number_when_final"),
        ),
        sa.ForeignKeyConstraint(
            ["cancels_id"],
            ["sales_document.id"],
            name=op.f("fk_sales_document_cancels_id_sales_document"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_sales_document_contact_person_id_contact_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_sales_document_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["pdf_document_id"],
            ["document.id"],
            name=op.f("fk_sales_document_pdf_document_id_document"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sales_document.id"],
            name=op.f("fk_sales_document_source_id_sales_document"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_document")),
        sa.UniqueConstraint("number", name=op.f("uq_sales_document_number")),
    )
    with op.batch_alter_table("sales_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sales_document_cancels_id"), ["cancels_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sales_document_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sales_document_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_sales_document_kind_date", ["kind", "document_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sales_document_source_id"), ["source_id"], unique=False
        )

    op.create_table(
        "sales_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("article_number", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("discount_percent", sa.BigInteger(), nullable=False),
        sa.Column("vat_rate", sa.BigInteger(), nullable=False),
        sa.Column("vat_category", sa.String(length=2), nullable=False),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.Column("net_amount", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("kind IN ('item', 'text', 'subtotal')", name=op.f("ck_sales_line_kind")),
        sa.CheckConstraint(
            "discount_percent BETWEEN 0 AND 10000", name=op.f("ck_sales_line_discount_percent")
        ),
        sa.CheckConstraint("vat_rate BETWEEN 0 AND 10000", name=op.f("ck_sales_line_vat_rate")),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_sales_line_article_id_article"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["sales_document.id"],
            name=op.f("fk_sales_line_document_id_sales_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_line")),
        sa.UniqueConstraint("document_id", "position", name=op.f("uq_sales_line_document_id")),
    )
    with op.batch_alter_table("sales_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_line_article_id"), ["article_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sales_line_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "sales_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["sales_document.id"],
            name=op.f("fk_sales_status_change_document_id_sales_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_status_change")),
    )
    with op.batch_alter_table("sales_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sales_status_change_document_id"), ["document_id"], unique=False
        )

    with op.batch_alter_table("number_range", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("with_year", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("yearly_reset", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("year", sa.Integer(), nullable=True))

    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(SEARCH_SQL)
    for name, body in SEARCH_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    _seed()


def _seed() -> None:
    categories = sa.table(
        "document_category", sa.column("name"), sa.column("position"), sa.column("hidden")
    )
    connection = op.get_bind()
    existing = set(connection.execute(sa.select(categories.c.name)).scalars())
    last = connection.execute(sa.select(sa.func.max(categories.c.position))).scalar() or 0
    new = [name for name in CATEGORIES if name not in existing]
    op.bulk_insert(
        categories,
        [{"name": name, "position": last + 1 + i, "hidden": False} for i, name in enumerate(new)],
    )
    ranges = sa.table(
        "number_range",
        sa.column("key"),
        sa.column("prefix"),
        sa.column("next_number"),
        sa.column("width"),
        sa.column("with_year"),
        sa.column("yearly_reset"),
    )
    rows = [
        {
            "key": key,
            "prefix": prefix,
            "next_number": 1,
            "width": 4,
            "with_year": True,
            "yearly_reset": True,
        }
        for key, prefix in RANGES
    ]
    rows.append(
        {
            "key": "article",
            "prefix": "A",
            "next_number": 1001,
            "width": 4,
            "with_year": False,
            "yearly_reset": False,
        }
    )
    op.bulk_insert(ranges, rows)


def downgrade() -> None:
    for name in [*reversed(SEARCH_TRIGGERS), *reversed(TRIGGERS)]:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE sales_search")
    op.execute(
        "DELETE FROM number_range WHERE key IN "
        "('quote', 'order_confirmation', 'delivery_note', 'invoice', 'cancellation', 'article')"
    )

    with op.batch_alter_table("number_range", schema=None) as batch_op:
        batch_op.drop_column("year")
        batch_op.drop_column("yearly_reset")
        batch_op.drop_column("with_year")

    with op.batch_alter_table("sales_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_status_change_document_id"))

    op.drop_table("sales_status_change")
    with op.batch_alter_table("sales_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_line_document_id"))
        batch_op.drop_index(batch_op.f("ix_sales_line_article_id"))

    op.drop_table("sales_line")
    with op.batch_alter_table("sales_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_document_source_id"))
        batch_op.drop_index("ix_sales_document_kind_date")
        batch_op.drop_index(batch_op.f("ix_sales_document_customer_id"))
        batch_op.drop_index(batch_op.f("ix_sales_document_contact_person_id"))
        batch_op.drop_index(batch_op.f("ix_sales_document_cancels_id"))

    op.drop_table("sales_document")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_sort_key"))
        batch_op.drop_index(batch_op.f("ix_article_article_group"))

    op.drop_table("article")
