"""Events, tasks and appointments of a customer (the Historie), with the event types.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "event_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_type")),
        sa.UniqueConstraint("name", name=op.f("uq_event_type_name")),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("reminder_minutes", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_appointment_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_appointment_contact_person_id_contact_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_appointment_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointment_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_appointment_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_appointment_follow_up_on"), ["follow_up_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointment_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("event_type_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_event_contact_person_id_contact_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_event_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_type_id"],
            ["event_type.id"],
            name=op.f("fk_event_event_type_id_event_type"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_event_type_id"), ["event_type_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_follow_up_on"), ["follow_up_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_occurred_at"), ["occurred_at"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("priority", sa.SmallInteger(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("priority BETWEEN 1 AND 3", name=op.f("ck_task_priority")),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_task_contact_person_id_contact_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_task_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_task_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_task_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_follow_up_on"), ["follow_up_on"], unique=False)

    _seed()


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_task_due_on"))
        batch_op.drop_index(batch_op.f("ix_task_customer_id"))
        batch_op.drop_index(batch_op.f("ix_task_created_at"))
        batch_op.drop_index(batch_op.f("ix_task_contact_person_id"))

    op.drop_table("task")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_event_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_event_event_type_id"))
        batch_op.drop_index(batch_op.f("ix_event_customer_id"))
        batch_op.drop_index(batch_op.f("ix_event_contact_person_id"))

    op.drop_table("event")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointment_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_appointment_customer_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_contact_person_id"))

    op.drop_table("appointment")
    op.drop_table("event_type")


# (name, direction, kind): German, as the user sees and edits them in Kleinstammdaten.
EVENT_TYPES = (
    ("E-Mail eingegangen", "in", "email"),
    ("E-Mail gesendet", "out", "email"),
    ("Anruf eingehend", "in", "call"),
    ("Anruf ausgehend", "out", "call"),
    ("Rückruf", "out", "call"),
    ("Mailing", "out", ""),
    ("Newsletter", "out", ""),
    ("Gesprächsnotiz", "", ""),
    ("Rechercheergebnis", "", ""),
    ("Bonitätsprüfung", "", ""),
)


def _seed() -> None:
    types = sa.table(
        "event_type",
        sa.column("name"),
        sa.column("direction"),
        sa.column("kind"),
        sa.column("position"),
        sa.column("hidden"),
    )
    op.bulk_insert(
        types,
        [
            {"name": name, "direction": direction, "kind": kind, "position": i, "hidden": False}
            for i, (name, direction, kind) in enumerate(EVENT_TYPES)
        ],
    )
