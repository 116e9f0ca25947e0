"""Letters, consent and text templates (issue 16): ``letter`` (a finished letter is frozen:
triggers refuse changes, its deletion and the deletion of its filed PDF), ``consent_event``
(append-only: never updated; deleted only with its customer or contact person), and
``text_template`` (letter and e-mail templates with placeholders, seeded in German), and the
document category "Korrespondenz" the letters are filed under.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

# Every column of a finished letter but the contact person (who may be deleted; the address
# as printed stays in ``address``).
FROZEN_LETTER_COLUMNS = (
    "customer_id",
    "template_name",
    "address",
    "subject",
    "body",
    "closing",
    "signature",
    "advertising",
    "letter_date",
    "status",
    "finished_at",
    "pdf_document_id",
)
CATEGORY = "Korrespondenz"
TEMPLATE_KINDS = (
    "letter",
    "email",
    "email_quote",
    "email_order_confirmation",
    "email_delivery_note",
    "email_invoice",
    "email_cancellation",
)


def _abort(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{message}'); END"


_LETTER_PDF = "EXISTS (SELECT 1 FROM letter WHERE pdf_document_id = {id})"
# The subject of a consent event is still in the file (a cascade from its deletion passes).
_SUBJECT_EXISTS = (
    "EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id) AND (OLD.contact_person_id IS "
    "NULL OR EXISTS (SELECT 1 FROM contact_person WHERE id = OLD.contact_person_id))"
)

TRIGGERS = {
    "letter_frozen": (
        "BEFORE UPDATE ON letter WHEN OLD.finished_at IS NOT NULL AND ("
        + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN_LETTER_COLUMNS)
        + ") "
        + _abort("finished letter: it cannot be changed")
    ),
    "letter_kept": (
        "BEFORE DELETE ON letter WHEN OLD.finished_at IS NOT NULL "
        + _abort("finished letter: it cannot be deleted")
    ),
    "letter_pdf_kept": (
        "BEFORE UPDATE OF deleted_at ON document WHEN NEW.deleted_at IS NOT NULL AND "
        + _LETTER_PDF.format(id="OLD.id")
        + " "
        + _abort("the PDF of a finished letter is kept")
    ),
    "letter_pdf_no_new_version": (
        "BEFORE INSERT ON document_version WHEN "
        + _LETTER_PDF.format(id="NEW.document_id")
        + " AND EXISTS (SELECT 1 FROM document_version WHERE document_id = NEW.document_id) "
        + _abort("the PDF of a finished letter is kept")
    ),
    "consent_event_no_update": (
        "BEFORE UPDATE ON consent_event " + _abort("the consent history is append-only")
    ),
    "consent_event_no_delete": (
        f"BEFORE DELETE ON consent_event WHEN {_SUBJECT_EXISTS} "
        + _abort("the consent history is append-only")
    ),
}

# German: letters and e-mails go to German customers whatever language the program shows.
_CLOSING = "Mit freundlichen Grüßen"
TEMPLATES = (
    ("letter", "Brief", "", "{Briefanrede}\n\n", False),
    (
        "letter",
        "Terminbestätigung",
        "Unser Termin",
        "{Briefanrede}\n\nhiermit bestätigen wir Ihnen gerne unseren gemeinsamen Termin. "
        "Sollte Ihnen etwas dazwischenkommen, geben Sie uns bitte kurz Bescheid.\n\n"
        "Wir freuen uns auf das Gespräch.",
        False,
    ),
    (
        "letter",
        "Angebot an Bestandskunden (Werbung)",
        "Ein Angebot für Sie, {Firma}",
        "{Briefanrede}\n\nals langjährigem Kunden (Kundennummer {Kundennummer}) möchten wir "
        "Ihnen heute unser neues Angebot vorstellen.\n\n"
        "Sprechen Sie uns gerne an – wir beraten Sie persönlich.",
        True,
    ),
    ("email", "E-Mail", "", "{Briefanrede}\n\n\n" + _CLOSING + "\n{MeinName}\n{MeineFirma}", False),
    (
        "email_quote",
        "Angebot",
        "Ihr Angebot {Belegnummer}",
        "{Briefanrede}\n\nanbei erhalten Sie unser Angebot {Belegnummer} vom {Belegdatum} über "
        "{Betrag}.\n\nFür Fragen stehen wir Ihnen gerne zur Verfügung.\n\n"
        + _CLOSING
        + "\n{MeinName}\n{MeineFirma}",
        False,
    ),
    (
        "email_order_confirmation",
        "Auftragsbestätigung",
        "Ihre Auftragsbestätigung {Belegnummer}",
        "{Briefanrede}\n\nvielen Dank für Ihren Auftrag. Anbei erhalten Sie unsere "
        "Auftragsbestätigung {Belegnummer}.\n\n" + _CLOSING + "\n{MeinName}\n{MeineFirma}",
        False,
    ),
    (
        "email_delivery_note",
        "Lieferschein",
        "Ihr Lieferschein {Belegnummer}",
        "{Briefanrede}\n\nanbei erhalten Sie den Lieferschein {Belegnummer}.\n\n"
        + _CLOSING
        + "\n{MeinName}\n{MeineFirma}",
        False,
    ),
    (
        "email_invoice",
        "Rechnung",
        "Ihre Rechnung {Belegnummer}",
        "{Briefanrede}\n\nanbei erhalten Sie unsere Rechnung {Belegnummer} vom {Belegdatum} "
        "über {Betrag}. Bitte überweisen Sie den Betrag bis zum {Fälligkeit}.\n\n"
        "Vielen Dank für Ihren Auftrag.\n\n" + _CLOSING + "\n{MeinName}\n{MeineFirma}",
        False,
    ),
    (
        "email_cancellation",
        "Stornorechnung",
        "Stornorechnung {Belegnummer}",
        "{Briefanrede}\n\nanbei erhalten Sie die Stornorechnung {Belegnummer}.\n\n"
        + _CLOSING
        + "\n{MeinName}\n{MeineFirma}",
        False,
    ),
)


def upgrade() -> None:
    op.create_table(
        "text_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("advertising", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in TEMPLATE_KINDS) + ")",
            name=op.f("ck_text_template_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_text_template")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_text_template_kind")),
    )
    op.create_table(
        "consent_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("way", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('email', 'phone', 'post')", name=op.f("ck_consent_event_channel")
        ),
        sa.CheckConstraint(
            "kind IN ('given', 'withdrawn', 'objected')", name=op.f("ck_consent_event_kind")
        ),
        sa.CheckConstraint(
            "way IN ('', 'form', 'oral', 'written')", name=op.f("ck_consent_event_way")
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_consent_event_contact_person_id_contact_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_consent_event_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_event")),
    )
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_event_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consent_event_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_consent_event_subject",
            ["customer_id", "contact_person_id", "channel"],
            unique=False,
        )

    op.create_table(
        "letter",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("template_name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("closing", sa.String(length=200), nullable=False),
        sa.Column("signature", sa.String(length=200), nullable=False),
        sa.Column("advertising", sa.Boolean(), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("pdf_document_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(status = 'finished') = (finished_at IS NOT NULL)",
            name=op.f("ck_letter_finished_when_final"),
        ),
        sa.CheckConstraint("status IN ('draft', 'finished')", name=op.f("ck_letter_status")),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_letter_contact_person_id_contact_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_letter_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["pdf_document_id"],
            ["document.id"],
            name=op.f("fk_letter_pdf_document_id_document"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_letter_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_letter_date", ["letter_date"], unique=False)

    for name, trigger in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {trigger}")
    _seed()


def _seed() -> None:
    categories = sa.table(
        "document_category", sa.column("name"), sa.column("position"), sa.column("hidden")
    )
    connection = op.get_bind()
    existing = set(connection.execute(sa.select(categories.c.name)).scalars())
    if CATEGORY not in existing:
        last = connection.execute(sa.select(sa.func.max(categories.c.position))).scalar() or 0
        op.bulk_insert(categories, [{"name": CATEGORY, "position": last + 1, "hidden": False}])
    templates = sa.table(
        "text_template",
        sa.column("kind"),
        sa.column("name"),
        sa.column("subject"),
        sa.column("body"),
        sa.column("advertising"),
        sa.column("created_at"),
        sa.column("updated_at"),
    )
    now = sa.func.current_timestamp()
    for kind, name, subject, body, advertising in TEMPLATES:
        connection.execute(
            templates.insert().values(
                kind=kind,
                name=name,
                subject=subject,
                body=body,
                advertising=advertising,
                created_at=now,
                updated_at=now,
            )
        )


def downgrade() -> None:
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_date")
        batch_op.drop_index(batch_op.f("ix_letter_customer_id"))
        batch_op.drop_index(batch_op.f("ix_letter_contact_person_id"))

    op.drop_table("letter")
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_event_subject")
        batch_op.drop_index(batch_op.f("ix_consent_event_customer_id"))
        batch_op.drop_index(batch_op.f("ix_consent_event_contact_person_id"))

    op.drop_table("consent_event")
    op.drop_table("text_template")
