"""The document category "Kontoauszug" the printed statements of account are filed under.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | None = None
depends_on: str | None = None

CATEGORY = "Kontoauszug"


def upgrade() -> None:
    categories = sa.table(
        "document_category", sa.column("name"), sa.column("position"), sa.column("hidden")
    )
    connection = op.get_bind()
    exists = connection.execute(
        sa.select(categories.c.name).where(categories.c.name == CATEGORY)
    ).first()
    if exists is None:
        last = connection.execute(sa.select(sa.func.max(categories.c.position))).scalar() or 0
        op.bulk_insert(categories, [{"name": CATEGORY, "position": last + 1, "hidden": False}])


def downgrade() -> None:
    # The category stays when documents use it (they keep it); an unused one goes.
    op.execute(
        sa.text(
            "DELETE FROM document_category WHERE name = :name AND NOT EXISTS "
            "(SELECT 1 FROM document WHERE document.category_id = document_category.id)"
        ).bindparams(name=CATEGORY)
    )
