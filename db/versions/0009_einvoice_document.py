"""The e-invoice filed when an invoice is finalised: the XRechnung XML beside the PDF (or the
ZUGFeRD PDF/A-3, which is the PDF itself), kept like the PDF.

A plain ADD COLUMN (no table rebuild keeps the freezing triggers of 0006); new triggers freeze the
column once the document is finalised and keep the filed document (no deleting, no new version).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def _abort(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{message}'); END"


_SALES_EINVOICE = "EXISTS (SELECT 1 FROM sales_document WHERE einvoice_document_id = {id})"

TRIGGERS = {
    "sales_einvoice_frozen": (
        "BEFORE UPDATE OF einvoice_document_id ON sales_document "
        "WHEN OLD.finalised_at IS NOT NULL "
        "AND NEW.einvoice_document_id IS NOT OLD.einvoice_document_id "
        + _abort("finalised sales document: only its status may change")
    ),
    "sales_einvoice_kept": (
        "BEFORE UPDATE OF deleted_at ON document WHEN NEW.deleted_at IS NOT NULL AND "
        + _SALES_EINVOICE.format(id="OLD.id")
        + " "
        + _abort("the e-invoice of a finalised sales document is kept")
    ),
    "sales_einvoice_no_new_version": (
        "BEFORE INSERT ON document_version WHEN "
        + _SALES_EINVOICE.format(id="NEW.document_id")
        + " AND EXISTS (SELECT 1 FROM document_version WHERE document_id = NEW.document_id) "
        + _abort("the e-invoice of a finalised sales document is kept")
    ),
}


def upgrade() -> None:
    # SQLite adds a column with its foreign key only in raw ALTER TABLE (alembic would rebuild).
    op.execute(
        "ALTER TABLE sales_document ADD COLUMN einvoice_document_id INTEGER "
        "CONSTRAINT fk_sales_document_einvoice_document_id_document "
        "REFERENCES document (id) ON DELETE RESTRICT"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_column("sales_document", "einvoice_document_id")
