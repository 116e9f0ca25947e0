"""Customer master data: customers, groups, contact persons, conditions, custom fields, notes,
Meine Firma, number ranges, settings, and the search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 15:15:05.745514
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from meinbuero.store.search import CREATE_SQL, DROP_SQL

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_addition", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("fax", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("vat_id", sa.String(length=20), nullable=False),
        sa.Column("tax_number", sa.String(length=30), nullable=False),
        sa.Column("tax_office", sa.String(length=100), nullable=False),
        sa.Column("register_court", sa.String(length=100), nullable=False),
        sa.Column("register_number", sa.String(length=40), nullable=False),
        sa.Column("managing_director", sa.String(length=200), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.Column("bank_name", sa.String(length=200), nullable=False),
        sa.Column("kleinunternehmer", sa.Boolean(), nullable=False),
        sa.Column("phone_region", sa.String(length=2), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_company_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    op.create_table(
        "custom_field_definition",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("field_type", sa.String(length=16), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "field_type IN ('text', 'number', 'date', 'bool', 'choice')",
            name=op.f("ck_custom_field_definition_type"),
        ),
        sa.CheckConstraint("slot BETWEEN 1 AND 20", name=op.f("ck_custom_field_definition_slot")),
        sa.PrimaryKeyConstraint("slot", name=op.f("pk_custom_field_definition")),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("salutation", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=40), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("company_addition", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("phone_extension", sa.String(length=20), nullable=True),
        sa.Column("mobile", sa.String(length=60), nullable=False),
        sa.Column("mobile_e164", sa.String(length=20), nullable=True),
        sa.Column("fax", sa.String(length=60), nullable=False),
        sa.Column("fax_e164", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("invoice_email", sa.String(length=254), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("form_of_address", sa.String(length=3), nullable=False),
        sa.Column("letter_salutation_override", sa.String(length=200), nullable=False),
        sa.Column("birthday_day", sa.Integer(), nullable=True),
        sa.Column("birthday_month", sa.Integer(), nullable=True),
        sa.Column("birthday_year", sa.Integer(), nullable=True),
        sa.Column("vat_id", sa.String(length=20), nullable=False),
        sa.Column("tax_number", sa.String(length=30), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.Column("bank_name", sa.String(length=200), nullable=False),
        sa.Column("account_holder", sa.String(length=200), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_processed_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "form_of_address IN ('Sie', 'du')", name=op.f("ck_customer_form_of_address")
        ),
        sa.CheckConstraint("kind IN ('company', 'person')", name=op.f("ck_customer_kind")),
        sa.CheckConstraint("birthday_day BETWEEN 1 AND 31", name=op.f("ck_customer_birthday_day")),
        sa.CheckConstraint(
            "birthday_month BETWEEN 1 AND 12", name=op.f("ck_customer_birthday_month")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("number", name=op.f("uq_customer_number")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_last_processed_at"), ["last_processed_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_customer_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "customer_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_group")),
        sa.UniqueConstraint("name", name=op.f("uq_customer_group_name")),
    )
    op.create_table(
        "number_range",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("prefix", sa.String(length=10), nullable=False),
        sa.Column("next_number", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.CheckConstraint("next_number >= 1", name=op.f("ck_number_range_next_number")),
        sa.CheckConstraint("width BETWEEN 1 AND 12", name=op.f("ck_number_range_width")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_number_range")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "conditions",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("price_list", sa.String(length=100), nullable=False),
        sa.Column("discount_percent", sa.BigInteger(), nullable=False),
        sa.Column("delivery_terms", sa.Text(), nullable=False),
        sa.Column("net_days", sa.Integer(), nullable=True),
        sa.Column("skonto_percent", sa.BigInteger(), nullable=True),
        sa.Column("skonto_days", sa.Integer(), nullable=True),
        sa.Column("payment_terms_text", sa.Text(), nullable=False),
        sa.Column("credit_limit", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "discount_percent BETWEEN 0 AND 10000", name=op.f("ck_conditions_discount_percent")
        ),
        sa.CheckConstraint("net_days >= 0", name=op.f("ck_conditions_net_days")),
        sa.CheckConstraint("skonto_days >= 0", name=op.f("ck_conditions_skonto_days")),
        sa.CheckConstraint(
            "skonto_percent BETWEEN 0 AND 10000", name=op.f("ck_conditions_skonto_percent")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_conditions_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_conditions")),
    )
    op.create_table(
        "contact_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("salutation", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=40), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("phone_extension", sa.String(length=20), nullable=True),
        sa.Column("mobile", sa.String(length=60), nullable=False),
        sa.Column("mobile_e164", sa.String(length=20), nullable=True),
        sa.Column("form_of_address", sa.String(length=3), nullable=False),
        sa.Column("letter_salutation_override", sa.String(length=200), nullable=False),
        sa.Column("birthday_day", sa.Integer(), nullable=True),
        sa.Column("birthday_month", sa.Integer(), nullable=True),
        sa.Column("birthday_year", sa.Integer(), nullable=True),
        sa.Column("partner", sa.String(length=200), nullable=False),
        sa.Column("preferences", sa.Text(), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "form_of_address IN ('Sie', 'du')", name=op.f("ck_contact_person_form_of_address")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_contact_person_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_person")),
    )
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_person_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "uq_contact_person_main",
            ["customer_id"],
            unique=True,
            sqlite_where=sa.text("is_main"),
            postgresql_where=sa.text("is_main"),
        )

    op.create_table(
        "custom_field_value",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("text_value", sa.Text(), nullable=True),
        sa.Column("number_value", sa.BigInteger(), nullable=True),
        sa.Column("date_value", sa.Date(), nullable=True),
        sa.Column("bool_value", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_custom_field_value_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot"],
            ["custom_field_definition.slot"],
            name=op.f("fk_custom_field_value_slot_custom_field_definition"),
        ),
        sa.PrimaryKeyConstraint("customer_id", "slot", name=op.f("pk_custom_field_value")),
    )
    with op.batch_alter_table("custom_field_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_custom_field_value_slot"), ["slot"], unique=False)

    op.create_table(
        "customer_group_link",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_group_link_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["customer_group.id"],
            name=op.f("fk_customer_group_link_group_id_customer_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("customer_id", "group_id", name=op.f("pk_customer_group_link")),
    )
    with op.batch_alter_table("customer_group_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_group_link_group_id"), ["group_id"], unique=False
        )

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_note_contact_person_id_contact_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_note_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_note_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "social_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("network", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("url", sa.String(length=300), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "network IN ('xing', 'linkedin', 'facebook', 'instagram', 'other')",
            name=op.f("ck_social_profile_network"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_social_profile_contact_person_id_contact_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_social_profile_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_profile")),
    )
    with op.batch_alter_table("social_profile", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_social_profile_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_social_profile_customer_id"), ["customer_id"], unique=False
        )

    op.execute(CREATE_SQL)
    _seed()


def downgrade() -> None:
    op.execute(DROP_SQL)
    with op.batch_alter_table("social_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_social_profile_customer_id"))
        batch_op.drop_index(batch_op.f("ix_social_profile_contact_person_id"))

    op.drop_table("social_profile")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_customer_id"))
        batch_op.drop_index(batch_op.f("ix_note_created_at"))
        batch_op.drop_index(batch_op.f("ix_note_contact_person_id"))

    op.drop_table("note")
    with op.batch_alter_table("customer_group_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_group_link_group_id"))

    op.drop_table("customer_group_link")
    with op.batch_alter_table("custom_field_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custom_field_value_slot"))

    op.drop_table("custom_field_value")
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_contact_person_main",
            sqlite_where=sa.text("is_main"),
            postgresql_where=sa.text("is_main"),
        )
        batch_op.drop_index(batch_op.f("ix_contact_person_customer_id"))

    op.drop_table("contact_person")
    op.drop_table("conditions")
    op.drop_table("setting")
    op.drop_table("number_range")
    op.drop_table("customer_group")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_sort_key"))
        batch_op.drop_index(batch_op.f("ix_customer_last_processed_at"))

    op.drop_table("customer")
    op.drop_table("custom_field_definition")
    op.drop_table("company")


def _seed() -> None:
    """What a new company starts with (German data, edited by the user in the settings)."""
    groups = sa.table("customer_group", sa.column("name"), sa.column("position"))
    op.bulk_insert(
        groups,
        [
            {"name": name, "position": i}
            for i, name in enumerate(("Kunde", "Lieferant", "Messekontakt", "Interessent"))
        ],
    )
    ranges = sa.table(
        "number_range",
        sa.column("key"),
        sa.column("prefix"),
        sa.column("next_number"),
        sa.column("width"),
    )
    op.bulk_insert(ranges, [{"key": "customer", "prefix": "K", "next_number": 10001, "width": 5}])
    fields = sa.table(
        "custom_field_definition",
        sa.column("slot"),
        sa.column("label"),
        sa.column("field_type"),
        sa.column("choices"),
    )
    op.bulk_insert(
        fields,
        [{"slot": slot, "label": "", "field_type": "text", "choices": ""} for slot in range(1, 21)],
    )
