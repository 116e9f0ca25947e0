"""The tables of a company file.

Everything that belongs to a customer carries ``customer_id`` (and, where a person is meant,
``contact_person_id``): documents, events, tasks, appointments, sales documents and payments of
later versions attach the same way without reshaping these tables. Such rows mix in
:class:`CustomerPart`, which keeps "Letzte Verarbeitung" and the search index up to date (see
``meinbuero.store.events``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from meinbuero.store.types import ScaledDecimal, UtcDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = ScaledDecimal(2)
Percent = ScaledDecimal(2)
Quantity = ScaledDecimal(3)
UnitPrice = ScaledDecimal(4)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Enumerations are stored as plain text with a CHECK constraint: readable in any SQL tool.
class CustomerKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"


class SocialNetwork(StrEnum):
    XING = "xing"
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    OTHER = "other"


class CustomerPart:
    """Mixin for rows that belong to a customer; a change to one touches the customer."""

    @declared_attr
    def customer_id(cls) -> Mapped[int]:  # noqa: N805 (a class-level attribute)
        return mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)


def display_name_of(kind: str, company_name: str, first_name: str, last_name: str) -> str:
    """How a customer is named in lists: the company, or "Last, First" for a private person."""
    if kind == CustomerKind.COMPANY and company_name:
        return company_name
    person = ", ".join(p for p in (last_name, first_name) if p)
    return person or company_name


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("kind IN ('company', 'person')", name="kind"),
        CheckConstraint("form_of_address IN ('Sie', 'du')", name="form_of_address"),
        CheckConstraint("birthday_month BETWEEN 1 AND 12", name="birthday_month"),
        CheckConstraint("birthday_day BETWEEN 1 AND 31", name="birthday_day"),
        # The list as it opens: customers not archived, by name — read from the index alone.
        Index(
            "ix_customer_live_sort_key",
            "sort_key",
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
        # The Wiedervorlage: the birthdays of the coming days.
        Index("ix_customer_birthday", "birthday_month", "birthday_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default=CustomerKind.COMPANY)
    salutation: Mapped[str] = mapped_column(String(16), default="")
    title: Mapped[str] = mapped_column(String(40), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    company_name: Mapped[str] = mapped_column(String(200), default="")
    company_addition: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="DE")
    phone: Mapped[str] = mapped_column(String(60), default="")
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    phone_extension: Mapped[str | None] = mapped_column(String(20))
    mobile: Mapped[str] = mapped_column(String(60), default="")
    mobile_e164: Mapped[str | None] = mapped_column(String(20))
    fax: Mapped[str] = mapped_column(String(60), default="")
    fax_e164: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(254), default="")
    invoice_email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    form_of_address: Mapped[str] = mapped_column(String(3), default="Sie")
    letter_salutation_override: Mapped[str] = mapped_column(String(200), default="")
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    tax_number: Mapped[str] = mapped_column(String(30), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    account_holder: Mapped[str] = mapped_column(String(200), default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    # The display name folded for sorting (Ä with A, case ignored): kept by
    # meinbuero.store.events so that SQL sorts 100 000 names on an index, not in Python.
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_processed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    groups: Mapped[list[CustomerGroup]] = relationship(
        secondary="customer_group_link", order_by="CustomerGroup.position"
    )
    contact_persons: Mapped[list[ContactPerson]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        order_by="(ContactPerson.is_main.desc(), ContactPerson.last_name)",
    )
    social_profiles: Mapped[list[SocialProfile]] = relationship(
        primaryjoin="and_(SocialProfile.customer_id == Customer.id, "
        "SocialProfile.contact_person_id.is_(None))",
        cascade="all, delete-orphan",
        order_by="SocialProfile.id",
        overlaps="social_profiles",
    )
    conditions: Mapped[Conditions | None] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomFieldValue.slot"
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Note.created_at.desc()"
    )

    @property
    def display_name(self) -> str:
        return display_name_of(self.kind, self.company_name, self.first_name, self.last_name)


class CustomerGroup(Base):
    """Kunde, Lieferant, Messekontakt, Interessent, … (an editable list)."""

    __tablename__ = "customer_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomerGroupLink(Base):
    __tablename__ = "customer_group_link"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("customer_group.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class ContactPerson(CustomerPart, Base):
    __tablename__ = "contact_person"
    __table_args__ = (
        # One main contact per customer (a partial index: SQLite and PostgreSQL both have them).
        Index(
            "uq_contact_person_main",
            "customer_id",
            unique=True,
            sqlite_where=text("is_main"),
            postgresql_where=text("is_main"),
        ),
        CheckConstraint("form_of_address IN ('Sie', 'du')", name="form_of_address"),
        Index("ix_contact_person_birthday", "birthday_month", "birthday_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    salutation: Mapped[str] = mapped_column(String(16), default="")
    title: Mapped[str] = mapped_column(String(40), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(100), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    phone_extension: Mapped[str | None] = mapped_column(String(20))
    mobile: Mapped[str] = mapped_column(String(60), default="")
    mobile_e164: Mapped[str | None] = mapped_column(String(20))
    form_of_address: Mapped[str] = mapped_column(String(3), default="Sie")
    letter_salutation_override: Mapped[str] = mapped_column(String(200), default="")
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    partner: Mapped[str] = mapped_column(String(200), default="")
    preferences: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="contact_persons")
    social_profiles: Mapped[list[SocialProfile]] = relationship(
        back_populates="contact_person",
        cascade="all, delete-orphan",
        order_by="SocialProfile.id",
        overlaps="social_profiles",
    )

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class SocialProfile(CustomerPart, Base):
    """Xing, LinkedIn and others, of the customer or (with contact_person_id) of a person."""

    __tablename__ = "social_profile"
    __table_args__ = (
        CheckConstraint(
            "network IN ('xing', 'linkedin', 'facebook', 'instagram', 'other')", name="network"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="CASCADE"), index=True
    )
    network: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(60), default="")
    url: Mapped[str] = mapped_column(String(300))

    contact_person: Mapped[ContactPerson | None] = relationship(
        back_populates="social_profiles", overlaps="social_profiles"
    )


class Conditions(CustomerPart, Base):
    """Konditionen: one row per customer (created with the customer)."""

    __tablename__ = "conditions"
    __table_args__ = (
        CheckConstraint("discount_percent BETWEEN 0 AND 10000", name="discount_percent"),
        CheckConstraint("skonto_percent BETWEEN 0 AND 10000", name="skonto_percent"),
        CheckConstraint("net_days >= 0", name="net_days"),
        CheckConstraint("skonto_days >= 0", name="skonto_days"),
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    price_list: Mapped[str] = mapped_column(String(100), default="")
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    delivery_terms: Mapped[str] = mapped_column(Text, default="")
    net_days: Mapped[int | None] = mapped_column(Integer)
    skonto_percent: Mapped[Decimal | None] = mapped_column(Percent)
    skonto_days: Mapped[int | None] = mapped_column(Integer)
    payment_terms_text: Mapped[str] = mapped_column(Text, default="")
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)
    # Mahnsperre: never dunned.
    dunning_block: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # How invoices go to this customer: pdf, zugferd, xrechnung_cii, xrechnung_ubl.
    einvoice_format: Mapped[str] = mapped_column(String(16), default="pdf", server_default="pdf")
    # Leitweg-ID of a public buyer (XRechnung buyer reference, BT-10).
    leitweg_id: Mapped[str] = mapped_column(String(50), default="", server_default="")

    customer: Mapped[Customer] = relationship(back_populates="conditions")


CUSTOM_FIELD_SLOTS = 20


class CustomFieldDefinition(Base):
    """One of the 20 custom fields: its label and type, set once in the settings."""

    __tablename__ = "custom_field_definition"
    __table_args__ = (
        CheckConstraint(f"slot BETWEEN 1 AND {CUSTOM_FIELD_SLOTS}", name="slot"),
        CheckConstraint("field_type IN ('text', 'number', 'date', 'bool', 'choice')", name="type"),
    )

    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    label: Mapped[str] = mapped_column(String(60), default="")
    field_type: Mapped[str] = mapped_column(String(16), default=FieldType.TEXT)
    # Choice lists: one choice per line.
    choices: Mapped[str] = mapped_column(Text, default="")

    @property
    def is_defined(self) -> bool:
        return bool(self.label.strip())

    @property
    def choice_list(self) -> list[str]:
        return [c.strip() for c in self.choices.splitlines() if c.strip()]


class CustomFieldValue(CustomerPart, Base):
    """A customer's value of one custom field, in the column its type needs (sorts right)."""

    __tablename__ = "custom_field_value"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    slot: Mapped[int] = mapped_column(
        ForeignKey("custom_field_definition.slot"), primary_key=True, index=True
    )
    text_value: Mapped[str | None] = mapped_column(Text)
    number_value: Mapped[Decimal | None] = mapped_column(ScaledDecimal(6))
    date_value: Mapped[date | None] = mapped_column(Date)
    bool_value: Mapped[bool | None] = mapped_column(Boolean)

    customer: Mapped[Customer] = relationship(back_populates="custom_values")


class Note(CustomerPart, Base):
    """A free note; date, time and author are set by the program, never typed."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    author: Mapped[str] = mapped_column(String(100))

    customer: Mapped[Customer] = relationship(back_populates="notes")


class EventType(Base):
    """Ereignisart: E-Mail eingegangen, Anruf ausgehend, … (an editable list; used ones hide)."""

    __tablename__ = "event_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # "in", "out" or "" — lets the program pick the type when it records a mail or a call.
    direction: Mapped[str] = mapped_column(String(8), default="")
    # "email", "call", … or "": what the program records automatically under this type.
    kind: Mapped[str] = mapped_column(String(16), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(CustomerPart, Base):
    """Ereignis: something that happened (a call, a mail, a credit check), dated when it did."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL"), index=True
    )
    event_type_id: Mapped[int] = mapped_column(
        ForeignKey("event_type.id", ondelete="RESTRICT"), index=True
    )
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Wiedervorlage: the day it comes up again in the due list.
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)

    event_type: Mapped[EventType] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()


class Task(CustomerPart, Base):
    """Aufgabe: something to do by a day; done when ``done_at`` is set."""

    __tablename__ = "task"
    __table_args__ = (CheckConstraint("priority BETWEEN 1 AND 3", name="priority"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    # 1 high, 2 normal, 3 low.
    priority: Mapped[int] = mapped_column(SmallInteger, default=2)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)

    contact_person: Mapped[ContactPerson | None] = relationship()


class Appointment(CustomerPart, Base):
    """Termin: from ``starts_at`` to ``ends_at``, with an optional reminder before."""

    __tablename__ = "appointment"
    __table_args__ = (CheckConstraint("ends_at >= starts_at", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)

    contact_person: Mapped[ContactPerson | None] = relationship()


class DocumentCategory(Base):
    """Dokumentkategorie: Vertrag, Kalkulation, … (an editable list; used ones hide)."""

    __tablename__ = "document_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class Document(CustomerPart, Base):
    """A document in the customer's file; its content is in its versions (the newest counts).

    ``deleted_at`` set: in the program's recycle bin (restorable until the bin is emptied).
    """

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL"), index=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("document_category.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    document_date: Mapped[date | None] = mapped_column(Date)
    remark: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    category: Mapped[DocumentCategory] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()
    versions: Mapped[list[DocumentVersion]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        order_by="DocumentVersion.number",
    )

    @property
    def current(self) -> DocumentVersion:
        """The newest version: what opening the document shows."""
        return self.versions[-1]


class DocumentVersion(Base):
    """One stored content of a document, found in the store by its SHA-256."""

    __tablename__ = "document_version"
    __table_args__ = (
        UniqueConstraint("document_id", "number"),
        CheckConstraint("size >= 0", name="size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    # 1, 2, 3, … per document.
    number: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    # The name the file had when it was added (shown, offered on export; never a store path).
    file_name: Mapped[str] = mapped_column(String(300))
    # Lower case, without the dot ("pdf"); "" for none.
    extension: Mapped[str] = mapped_column(String(20), default="")
    mime_type: Mapped[str] = mapped_column(String(100), default="")
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="versions")


class Company(Base):
    """Meine Firma: the own company, for letterheads and invoices. Always the row with id 1."""

    __tablename__ = "company"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200), default="")
    name_addition: Mapped[str] = mapped_column(String(200), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="DE")
    phone: Mapped[str] = mapped_column(String(60), default="")
    fax: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    tax_number: Mapped[str] = mapped_column(String(30), default="")
    tax_office: Mapped[str] = mapped_column(String(100), default="")
    register_court: Mapped[str] = mapped_column(String(100), default="")
    register_number: Mapped[str] = mapped_column(String(40), default="")
    managing_director: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    kleinunternehmer: Mapped[bool] = mapped_column(Boolean, default=False)
    # Region for phone numbers typed without a country code.
    phone_region: Mapped[str] = mapped_column(String(2), default="DE")


class NumberRange(Base):
    """Nummernkreis: customer numbers now; quotes, invoices, … later. Numbers are never reused."""

    __tablename__ = "number_range"
    __table_args__ = (
        CheckConstraint("next_number >= 1", name="next_number"),
        CheckConstraint("width BETWEEN 1 AND 12", name="width"),
    )

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(10), default="")
    next_number: Mapped[int] = mapped_column(Integer, default=1)
    width: Mapped[int] = mapped_column(Integer, default=5)
    # "RE-2026-0001": the document's year between prefix and counter.
    with_year: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The counter starts at 1 again in a new year (only with the year in the number).
    yearly_reset: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The year the counter counts in (for yearly_reset).
    year: Mapped[int | None] = mapped_column(Integer)


class Article(Base):
    """Artikel: a product or service with its net price, sold on sales documents."""

    __tablename__ = "article"
    __table_args__ = (CheckConstraint("vat_rate BETWEEN 0 AND 10000", name="vat_rate"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    # UN/ECE Recommendation 20 code: C62 piece, HUR hour, DAY, LS lump sum, KGM, MTR, LTR, MTK.
    unit: Mapped[str] = mapped_column(String(8), default="C62")
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal(19))
    article_group: Mapped[str] = mapped_column(String(100), default="", index=True)
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SalesKind(StrEnum):
    QUOTE = "quote"
    ORDER_CONFIRMATION = "order_confirmation"
    DELIVERY_NOTE = "delivery_note"
    INVOICE = "invoice"
    CANCELLATION = "cancellation"


class SalesStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"  # finalised: sent or to be sent
    ACCEPTED = "accepted"  # a quote the customer took
    REJECTED = "rejected"  # a quote the customer declined
    BILLED = "billed"  # an order or delivery that is invoiced
    CANCELLED = "cancelled"  # an invoice reversed by a cancellation


SALES_KINDS = tuple(k.value for k in SalesKind)
SALES_STATUSES = tuple(s.value for s in SalesStatus)
TAX_CASES = ("standard", "small_business", "reverse_charge", "intra_eu", "export")
LINE_KINDS = ("item", "text", "subtotal")

# A finalised invoice, not cancelled, not settled in full (the open items' partial index).
OPEN_INVOICE_SQL = (
    "kind = 'invoice' AND finalised_at IS NOT NULL AND status != 'cancelled' "
    "AND paid_total < gross_total"
)

# The columns of a sales document that freeze when it is finalised (everything but its status).
# The migration's trigger refuses an UPDATE of any of them once finalised_at is set.
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


class SalesDocument(CustomerPart, Base):
    """Angebot, Auftragsbestätigung, Lieferschein, Rechnung or Stornorechnung.

    A draft has no number. Finalising gives the number and freezes the row and its lines in one
    transaction; from then on the database refuses changes (triggers) except to ``status``.
    The address, customer number and VAT ID are copies as issued, not references.
    """

    __tablename__ = "sales_document"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('quote', 'order_confirmation', 'delivery_note', 'invoice', 'cancellation')",
            name="kind",
        ),
        CheckConstraint(
            "status IN ('draft', 'open', 'accepted', 'rejected', 'billed', 'cancelled')",
            name="status",
        ),
        CheckConstraint(
            "tax_case IN ('standard', 'small_business', 'reverse_charge', 'intra_eu', 'export')",
            name="tax_case",
        ),
        # A number exactly when finalised.
        CheckConstraint("(number IS NULL) = (finalised_at IS NULL)", name="number_when_final"),
        Index("ix_sales_document_kind_date", "kind", "document_date"),
        # The open items: finalised invoices not cancelled and not paid in full.
        Index(
            "ix_sales_document_open",
            "kind",
            "customer_id",
            sqlite_where=text(OPEN_INVOICE_SQL),
        ),
        # The Offene Posten list: ids, sums by age and total from the index alone.
        Index(
            "ix_sales_document_open_items",
            "kind",
            "document_date",
            "net_days",
            "gross_total",
            "paid_total",
            "customer_id",
            sqlite_where=text(OPEN_INVOICE_SQL),
        ),
    )

    # A customer with sales documents is archived, never deleted (RESTRICT, not CASCADE).
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), index=True
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16), default=SalesStatus.DRAFT)
    number: Mapped[str | None] = mapped_column(String(32), unique=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL"), index=True
    )
    # Made from (quote → order confirmation → …), or the invoice a cancellation reverses.
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_document.id", ondelete="RESTRICT"), index=True
    )
    cancels_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_document.id", ondelete="RESTRICT"), index=True
    )
    customer_number: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    customer_vat_id: Mapped[str] = mapped_column(String(20), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    header_text: Mapped[str] = mapped_column(Text, default="")
    footer_text: Mapped[str] = mapped_column(Text, default="")
    document_date: Mapped[date] = mapped_column(Date)
    service_date: Mapped[date | None] = mapped_column(Date)
    service_end: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200), default="")
    net_days: Mapped[int | None] = mapped_column(Integer)
    skonto_percent: Mapped[Decimal | None] = mapped_column(Percent)
    skonto_days: Mapped[int | None] = mapped_column(Integer)
    tax_case: Mapped[str] = mapped_column(String(16), default="standard")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # Folded number, customer, subject and reference: what the list's search looks in.
    search_text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    finalised_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The PDF filed in the customer's Dokumente when finalised.
    pdf_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="RESTRICT")
    )
    # The e-invoice filed when finalised: the XRechnung XML beside the PDF, or the PDF itself
    # when it is a ZUGFeRD PDF/A-3 (kept like the PDF; migration 0009). Added to the table by
    # ALTER TABLE: SQLite keeps its foreign key at the column, which reflects without name and
    # ON DELETE (the migration declares RESTRICT; the triggers keep the document anyway).
    einvoice_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    # Not frozen: what is settled by payments, Skonto and write-offs (kept by triggers on
    # payment) and the highest dunning level sent.
    paid_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    dunning_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    lines: Mapped[list[SalesLine]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="SalesLine.position"
    )
    customer: Mapped[Customer] = relationship()

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


class SalesLine(Base):
    """A line of a sales document: an item (article or free), a text, or a subtotal."""

    __tablename__ = "sales_line"
    __table_args__ = (
        UniqueConstraint("document_id", "position"),
        CheckConstraint("kind IN ('item', 'text', 'subtotal')", name="kind"),
        CheckConstraint("discount_percent BETWEEN 0 AND 10000", name="discount_percent"),
        CheckConstraint("vat_rate BETWEEN 0 AND 10000", name="vat_rate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("sales_document.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="item")
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("article.id", ondelete="RESTRICT"), index=True
    )
    article_number: Mapped[str] = mapped_column(String(32), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(8), default="C62")
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice, default=Decimal(0))
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal(19))
    vat_category: Mapped[str] = mapped_column(String(2), default="S")
    # An alternative position of a quote: shown, not counted.
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    net_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    document: Mapped[SalesDocument] = relationship(back_populates="lines")


class SalesStatusChange(Base):
    """The append-only log of a sales document: who changed its status, when, to what."""

    __tablename__ = "sales_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("sales_document.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")


class PaymentWay(StrEnum):
    TRANSFER = "transfer"  # Überweisung
    CASH = "cash"  # bar
    PAYPAL = "paypal"
    DIRECT_DEBIT = "direct_debit"  # Lastschrift
    CARD = "card"  # Karte
    CHEQUE = "cheque"  # Scheck
    CREDIT = "credit"  # offset against the customer's credit
    OTHER = "other"


PAYMENT_WAYS = tuple(w.value for w in PaymentWay)


class Payment(Base):
    """A booking on a customer's account: money received (or paid back) on an invoice, the
    Skonto taken and a small remainder written off; without an invoice it is credit (an
    overpayment, or credit used: negative).

    Append-only: a booking is never changed or deleted; undoing it sets ``undone_at`` (with who
    and why). Triggers keep ``sales_document.paid_total``.
    """

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint(f"way IN {PAYMENT_WAYS!r}", name="way"),
        CheckConstraint("skonto >= 0 AND write_off >= 0", name="deductions"),
        Index("ix_payment_booked_on", "booked_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_document.id", ondelete="RESTRICT"), index=True
    )
    booked_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    skonto: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    write_off: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    way: Mapped[str] = mapped_column(String(16), default=PaymentWay.TRANSFER)
    note: Mapped[str] = mapped_column(Text, default="")
    # The bank booking this came from (statement import): the same booking is never booked twice.
    bank_reference: Mapped[str | None] = mapped_column(String(200), unique=True)
    # Booked together with (the credit part of an overpayment, the two sides of credit used):
    # undoing the first undoes its parts.
    part_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment.id", ondelete="RESTRICT"), index=True
    )
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    undone_by: Mapped[str] = mapped_column(String(100), default="")
    undo_reason: Mapped[str] = mapped_column(Text, default="")

    @property
    def settles(self) -> Decimal:
        """What this booking takes off the invoice: money, Skonto and write-off."""
        return self.amount + self.skonto + self.write_off


class DunningNotice(Base):
    """A reminder or dunning letter (Zahlungserinnerung, Mahnung) on one invoice: its own
    immutable document with the fee and interest it claims; it never changes the invoice."""

    __tablename__ = "dunning_notice"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 9", name="level"),
        CheckConstraint("fee >= 0 AND interest >= 0", name="charges"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), index=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("sales_document.id", ondelete="RESTRICT"), index=True
    )
    level: Mapped[int] = mapped_column(Integer)
    notice_date: Mapped[date] = mapped_column(Date)
    # The new deadline the letter sets.
    pay_by: Mapped[date | None] = mapped_column(Date)
    # What was open on the invoice when the letter was made.
    open_amount: Mapped[Decimal] = mapped_column(Money)
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    interest: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # How the interest was computed (periods, rates, days) as JSON, for the letter and audits.
    interest_details: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    pdf_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="RESTRICT")
    )
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class MailSecurity(StrEnum):
    NONE = "none"  # plain SMTP (a local relay)
    STARTTLS = "starttls"  # port 587: plain, then TLS before the password
    SSL = "ssl"  # port 465: TLS from the first byte


MAIL_SECURITIES = tuple(s.value for s in MailSecurity)


class MailAccount(Base):
    """An SMTP account the program sends mail through. The password is never here: it lives
    in the operating system's keyring (:mod:`meinbuero.services.mail`)."""

    __tablename__ = "mail_account"
    __table_args__ = (
        CheckConstraint("security IN ('none', 'starttls', 'ssl')", name="security"),
        CheckConstraint("port BETWEEN 1 AND 65535", name="port"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    host: Mapped[str] = mapped_column(String(253))
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(8), default=MailSecurity.STARTTLS)
    user: Mapped[str] = mapped_column(String(254), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_address: Mapped[str] = mapped_column(String(254))
    signature: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class MailDraft(Base):
    """An e-mail that was written but not sent (the server refused it, or it was not sent
    yet): kept so that nothing typed is lost. A sent mail is an .eml in the Dokumente."""

    __tablename__ = "mail_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("mail_account.id", ondelete="SET NULL")
    )
    sales_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_document.id", ondelete="SET NULL")
    )
    recipients: Mapped[str] = mapped_column(Text, default="")
    cc: Mapped[str] = mapped_column(Text, default="")
    bcc: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # JSON: [{"document_id": 12}, {"path": "C:/…/Angebot.pdf"}]
    attachments: Mapped[str] = mapped_column(Text, default="[]")
    # Why it was not sent (the German sentence shown then); "" for a draft never tried.
    error: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Setting(Base):
    """Small settings kept with the company: the user's display name and the like."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class TemplateKind(StrEnum):
    """What a text template is for: letters, e-mails, and the e-mail of each sales document."""

    LETTER = "letter"
    EMAIL = "email"
    EMAIL_QUOTE = "email_quote"
    EMAIL_ORDER_CONFIRMATION = "email_order_confirmation"
    EMAIL_DELIVERY_NOTE = "email_delivery_note"
    EMAIL_INVOICE = "email_invoice"
    EMAIL_CANCELLATION = "email_cancellation"


TEMPLATE_KINDS = tuple(k.value for k in TemplateKind)


class TextTemplate(Base):
    """A letter or e-mail template with placeholders ({Briefanrede}, {Kundennummer}, …)."""

    __tablename__ = "text_template"
    __table_args__ = (
        UniqueConstraint("kind", "name"),
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in TEMPLATE_KINDS) + ")", name="kind"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    advertising: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


CONSENT_CHANNELS = ("email", "phone", "post")
CONSENT_KINDS = ("given", "withdrawn", "objected")
CONSENT_WAYS = ("", "form", "oral", "written")


class ConsentEvent(CustomerPart, Base):
    """One change of a customer's (or contact person's) consent on one channel (UWG §7,
    DSGVO Art. 7): given, withdrawn, or an objection to advertising.

    Append-only: the database refuses to change a row, and to delete one while its customer
    and person are in the file (the proof is kept). The state is the newest row per subject
    and channel.
    """

    __tablename__ = "consent_event"
    __table_args__ = (
        CheckConstraint("channel IN ('email', 'phone', 'post')", name="channel"),
        CheckConstraint("kind IN ('given', 'withdrawn', 'objected')", name="kind"),
        CheckConstraint("way IN ('', 'form', 'oral', 'written')", name="way"),
        Index("ix_consent_event_subject", "customer_id", "contact_person_id", "channel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(12))
    occurred_on: Mapped[date] = mapped_column(Date)
    # How consent was given: Formular, mündlich, schriftlich ("" for withdrawals, objections).
    way: Mapped[str] = mapped_column(String(8), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


# The columns of a letter that freeze when it is finished (the contact person may go: the
# address as printed is kept in ``address``).
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


class Letter(CustomerPart, Base):
    """A letter (Brief) to a customer or one of its contact persons.

    A draft keeps its text with placeholders; finishing fills them in, freezes the row (the
    database refuses changes and deletion) and files the PDF in the customer's Dokumente.
    """

    __tablename__ = "letter"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'finished')", name="status"),
        CheckConstraint(
            "(status = 'finished') = (finished_at IS NOT NULL)", name="finished_when_final"
        ),
        Index("ix_letter_date", "letter_date"),
    )

    # A customer with letters is archived, never deleted (RESTRICT, as sales documents).
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), index=True
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL"), index=True
    )
    template_name: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(String(200), default="")
    signature: Mapped[str] = mapped_column(String(200), default="")
    advertising: Mapped[bool] = mapped_column(Boolean, default=False)
    letter_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    pdf_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="RESTRICT")
    )

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None


__all__ = [
    "CONSENT_CHANNELS",
    "CONSENT_KINDS",
    "CONSENT_WAYS",
    "CUSTOM_FIELD_SLOTS",
    "FROZEN_LETTER_COLUMNS",
    "FROZEN_SALES_COLUMNS",
    "MAIL_SECURITIES",
    "OPEN_INVOICE_SQL",
    "PAYMENT_WAYS",
    "SALES_KINDS",
    "SALES_STATUSES",
    "TEMPLATE_KINDS",
    "Appointment",
    "Article",
    "Base",
    "Company",
    "Conditions",
    "ConsentEvent",
    "ContactPerson",
    "CustomFieldDefinition",
    "CustomFieldValue",
    "Customer",
    "CustomerGroup",
    "CustomerGroupLink",
    "CustomerKind",
    "CustomerPart",
    "Document",
    "DocumentCategory",
    "DocumentVersion",
    "DunningNotice",
    "Event",
    "EventType",
    "FieldType",
    "Letter",
    "MailAccount",
    "MailDraft",
    "MailSecurity",
    "Note",
    "NumberRange",
    "Payment",
    "PaymentWay",
    "SalesDocument",
    "SalesKind",
    "SalesLine",
    "SalesStatus",
    "SalesStatusChange",
    "Setting",
    "SocialNetwork",
    "Task",
    "TemplateKind",
    "TextTemplate",
    "display_name_of",
]
