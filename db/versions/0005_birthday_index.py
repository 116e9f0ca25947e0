"""Indexes of birthdays (month, day) of customers and contact persons: the Wiedervorlage finds
the birthdays of the coming days without reading every customer.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index("ix_customer_birthday", ["birthday_month", "birthday_day"])
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.create_index("ix_contact_person_birthday", ["birthday_month", "birthday_day"])


def downgrade() -> None:
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_person_birthday")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_birthday")
