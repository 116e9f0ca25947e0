"""Letters (Briefe) and serial letters.

A letter is a draft until it is finished: its subject and text keep their placeholders
(``{Briefanrede}``, …; see :mod:`meinbuero.services.templates`) so that a changed recipient
changes them too. :func:`finish` fills them in, stores the text as sent, makes the PDF, files it
in the customer's Dokumente (category "Korrespondenz") and freezes the row — in the caller's one
transaction; from then on the database refuses changes (triggers of the migration). Finished
letters show in the customer's Historie.

A serial letter (:func:`serial_letter`) goes to a list of customers (the ones the customer list
shows): one PDF with a letter per recipient for printing, and/or a finished letter per customer
filed in its Dokumente. Recipients without a postal address are listed, not skipped silently;
when the letter is advertising, those who objected to advertising by post (see
:mod:`meinbuero.services.consent`) are left out and listed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import format_date_de
from meinbuero.i18n import tr
from meinbuero.printing.model import InfoItem
from meinbuero.services import consent, settings, templates
from meinbuero.services.customers import check_contact_person, existing_customer
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store import search
from meinbuero.store.models import ContactPerson, Customer, Letter, display_name_of
from meinbuero.store.types import utcnow

if TYPE_CHECKING:
    from meinbuero.printing.letter import PrintLetter

#: The category of the customer's Dokumente finished letters are filed under.
CATEGORY = "Korrespondenz"
DRAFT = "draft"
FINISHED = "finished"


def status_labels() -> dict[str, str]:
    return {DRAFT: tr("Draft"), FINISHED: tr("Finished")}


@dataclass
class LetterInput:
    """A letter as typed (subject and text may hold placeholders)."""

    customer_id: int
    contact_person_id: int | None = None
    template_name: str = ""
    subject: str = ""
    body: str = ""
    closing: str = ""
    signature: str = ""
    advertising: bool = False
    letter_date: date = field(default_factory=date.today)


def _main_person(session: Session, customer: Customer) -> ContactPerson | None:
    if customer.kind != "company":
        return None
    return session.scalar(
        select(ContactPerson).where(
            ContactPerson.customer_id == customer.id, ContactPerson.is_main.is_(True)
        )
    )


def new_letter(
    session: Session,
    *,
    customer_id: int,
    contact_person_id: int | None = None,
    template_id: int | None = None,
    main_person: bool = True,
    today: date | None = None,
) -> LetterInput:
    """A new letter to the customer (to its main contact person when ``main_person`` and none
    is given), from a template (the first letter template when None)."""
    customer = existing_customer(session, customer_id)
    if contact_person_id is None and main_person:
        person = _main_person(session, customer)
        contact_person_id = person.id if person is not None else None
    data = LetterInput(
        customer_id=customer_id,
        contact_person_id=contact_person_id,
        closing=templates.closing(session),
        signature=templates.signature_name(session),
        letter_date=today or date.today(),
    )
    return apply_template(session, data, template_id)


def apply_template(session: Session, data: LetterInput, template_id: int | None) -> LetterInput:
    """``data`` with the template's subject, text and advertising flag (None: the first
    letter template, if any)."""
    if template_id is not None:
        template = templates.get_template(session, template_id)
    else:
        found = templates.templates(session, "letter")
        if not found:
            return data
        # "Brief", the plain one, where it exists.
        template = next((t for t in found if t.name == "Brief"), found[0])
    data.template_name = template.name
    data.subject = template.subject
    data.body = template.body
    data.advertising = template.advertising
    return data


# --- the recipient ------------------------------------------------------------------------------


def has_postal_address(customer: Customer) -> bool:
    """Whether a letter can be sent: a street and a town."""
    return bool(customer.street.strip() and customer.city.strip())


def recipient_lines(session: Session, customer_id: int, contact_person_id: int | None) -> list[str]:
    """The address field as printed (DIN 5008: up to 6 lines)."""
    from meinbuero.services.sales import address_lines

    customer = existing_customer(session, customer_id)
    person = check_contact_person(session, customer_id, contact_person_id)
    return address_lines(customer, person)


def _check(session: Session, data: LetterInput) -> tuple[Customer, ContactPerson | None]:
    errors: list[ValidationError] = []
    if len(data.subject) > 300:
        errors.append(
            ValidationError(tr("Subject"), tr("The subject is too long (300 characters)."))
        )
    if len(data.closing) > 200:
        errors.append(
            ValidationError(tr("Closing"), tr("The closing is too long (200 characters)."))
        )
    if len(data.signature) > 200:
        errors.append(
            ValidationError(tr("Signature"), tr("The name is too long (200 characters)."))
        )
    if errors:
        raise InvalidInput(errors)
    customer = existing_customer(session, data.customer_id)
    person = check_contact_person(session, data.customer_id, data.contact_person_id)
    return customer, person


def get_letter(session: Session, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound(tr("The letter no longer exists."))
    return letter


def letter_input(letter: Letter) -> LetterInput:
    return LetterInput(
        customer_id=letter.customer_id,
        contact_person_id=letter.contact_person_id,
        template_name=letter.template_name,
        subject=letter.subject,
        body=letter.body,
        closing=letter.closing,
        signature=letter.signature,
        advertising=letter.advertising,
        letter_date=letter.letter_date,
    )


def _refuse_finished(letter: Letter) -> None:
    if letter.is_finished:
        raise Refused(tr("The letter is finished and can no longer be changed."))


def save_draft(session: Session, letter_id: int | None, data: LetterInput) -> Letter:
    """Store a draft (new when ``letter_id`` is None)."""
    _check(session, data)
    address = "\n".join(recipient_lines(session, data.customer_id, data.contact_person_id))
    if letter_id is None:
        letter = Letter(author=settings.display_name(session), status=DRAFT)
    else:
        letter = get_letter(session, letter_id)
        _refuse_finished(letter)
    letter.customer_id = data.customer_id
    letter.contact_person_id = data.contact_person_id
    letter.template_name = data.template_name.strip()[:100]
    letter.address = address
    letter.subject = data.subject.strip()
    letter.body = data.body.rstrip()
    letter.closing = data.closing.strip()
    letter.signature = data.signature.strip()
    letter.advertising = data.advertising
    letter.letter_date = data.letter_date
    letter.updated_at = utcnow()
    session.add(letter)
    session.flush()
    return letter


def delete_draft(session: Session, letter_id: int) -> None:
    letter = get_letter(session, letter_id)
    _refuse_finished(letter)
    session.delete(letter)
    session.flush()


# --- the text and the PDF --------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """A letter's subject and text with the placeholders filled; ``unknown``: those left."""

    subject: str
    body: str
    unknown: tuple[str, ...]


def resolve(session: Session, data: LetterInput) -> Resolved:
    context = templates.context_for(
        session, data.customer_id, data.contact_person_id, today=data.letter_date
    )
    text = f"{data.subject}\n{data.body}"
    return Resolved(
        subject=templates.fill(data.subject, context),
        body=templates.fill(data.body, context),
        unknown=tuple(templates.unknown_placeholders(text, context)),
    )


def _info(session: Session, customer: Customer, data: LetterInput) -> tuple[InfoItem, ...]:
    company = settings.company(session)
    items = [
        InfoItem("Kundennr.", customer.number),
        InfoItem("Ihr Kontakt", data.signature),
        InfoItem("Telefon", company.phone),
        InfoItem("E-Mail", company.email),
        InfoItem("Datum", format_date_de(data.letter_date)),
    ]
    return tuple(item for item in items if item.value)


def print_letter(
    session: Session,
    data: LetterInput,
    *,
    draft: bool,
    address: Sequence[str] | None = None,
    resolved: Resolved | None = None,
) -> PrintLetter:
    """The letter as printed (a :class:`meinbuero.printing.letter.PrintLetter`)."""
    from meinbuero.printing.letter import PrintLetter
    from meinbuero.services.sales_print import letterhead, return_line

    customer, _person = _check(session, data)
    company = settings.company(session)
    done = resolved or resolve(session, data)
    lines = list(address) if address is not None else None
    if lines is None:
        lines = recipient_lines(session, data.customer_id, data.contact_person_id)
    return PrintLetter(
        letterhead=letterhead(company),
        return_line=return_line(company),
        address_lines=tuple(lines),
        info=_info(session, customer, data),
        subject=done.subject,
        body=done.body,
        closing=data.closing,
        signature=data.signature,
        caption=f"{lines[0] if lines else ''} · {format_date_de(data.letter_date)}",
        draft=draft,
    )


def preview_pdf(session: Session, data: LetterInput) -> bytes:
    """The letter as typed, as a PDF marked ENTWURF."""
    from meinbuero.printing.letter import render_letter

    return render_letter(print_letter(session, data, draft=True))


def pdf_bytes(session: Session, letter_id: int) -> bytes:
    """A finished letter's filed PDF (never made again); a draft's preview."""
    from meinbuero.services import documents

    letter = get_letter(session, letter_id)
    if letter.pdf_document_id is not None:
        return documents.stored_path(session, letter.pdf_document_id).read_bytes()
    return preview_pdf(session, letter_input(letter))


def problems(session: Session, data: LetterInput) -> list[str]:
    """What keeps the letter from being finished (German sentences); empty when nothing."""
    customer, person = _check(session, data)
    found: list[str] = []
    if not has_postal_address(customer):
        found.append(tr("The customer has no postal address (street and town)."))
    if not data.subject.strip() and not data.body.strip():
        found.append(tr("The letter has neither a subject nor a text."))
    unknown = resolve(session, data).unknown
    if unknown:
        found.append(tr("Unknown placeholders: {names}", names=", ".join(unknown)))
    if data.advertising and not consent.allows_advertising(
        session, customer.id, person.id if person is not None else None, "post"
    ):
        found.append(tr("The recipient objected to advertising by post."))
    return found


def finish(session: Session, letter_id: int, *, at: datetime | None = None) -> Letter:
    """Fertigstellen: fill in the placeholders, make the PDF, file it and freeze the letter.

    Runs in the caller's transaction (the caller commits). Raises Refused with what is missing.
    """
    from meinbuero.printing.letter import render_letter
    from meinbuero.services import documents

    letter = get_letter(session, letter_id)
    _refuse_finished(letter)
    data = letter_input(letter)
    missing = problems(session, data)
    if missing:
        raise Refused("\n".join(missing))
    resolved = resolve(session, data)
    pdf = render_letter(
        print_letter(
            session, data, draft=False, address=letter.address.splitlines(), resolved=resolved
        )
    )
    customer = existing_customer(session, letter.customer_id)
    title = tr("Letter: {subject}", subject=resolved.subject) if resolved.subject else tr("Letter")
    filed = documents.add_document_bytes(
        session,
        customer_id=letter.customer_id,
        content=pdf,
        file_name=_file_name(customer, data.letter_date, resolved.subject),
        category=CATEGORY,
        title=title[:300],
        contact_person_id=letter.contact_person_id,
    )
    filed.document_date = data.letter_date
    letter.subject = resolved.subject
    letter.body = resolved.body
    letter.status = FINISHED
    letter.finished_at = at or utcnow()
    letter.pdf_document_id = filed.id
    letter.updated_at = utcnow()
    session.flush()
    return letter


def _file_name(customer: Customer, day: date, subject: str) -> str:
    words = "".join(c if c.isalnum() or c in " -_" else " " for c in subject).split()
    name = "_".join(["Brief", day.isoformat(), customer.number, *words[:6]])
    return f"{name[:120]}.pdf"


def create_letter(session: Session, data: LetterInput) -> Letter:
    """A letter written and finished at once (the command line)."""
    return finish(session, save_draft(session, None, data).id)


# --- the list ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterQuery:
    """What the Briefe list shows."""

    text: str = ""
    status: str = ""
    customer_id: int | None = None
    sort: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class LetterRow:
    id: int
    letter_date: date
    customer_id: int
    customer_number: str
    customer_name: str
    subject: str
    status: str
    status_label: str
    advertising: bool

    @property
    def finished(self) -> bool:
        return self.status == FINISHED


def sort_keys() -> dict[str, str]:
    return {
        "date": tr("Date"),
        "customer": tr("Customer"),
        "subject": tr("Subject"),
        "status": tr("Status"),
    }


_SORT = {
    "date": Letter.letter_date,
    "customer": Customer.sort_key,
    "subject": Letter.subject,
    "status": Letter.status,
}


def letter_ids(session: Session, query: LetterQuery) -> list[int]:
    """The ids of the letters the list shows, filtered and sorted in SQL."""
    column = _SORT.get(query.sort, Letter.letter_date)
    statement = select(Letter.id).join(Customer, Customer.id == Letter.customer_id)
    if query.status:
        statement = statement.where(Letter.status == query.status)
    if query.customer_id is not None:
        statement = statement.where(Letter.customer_id == query.customer_id)
    conditions = search.words_in(
        query.text,
        Letter.subject,
        Letter.address,
        Customer.number,
        Customer.company_name,
        Customer.last_name,
        Customer.first_name,
    )
    statement = statement.where(*conditions)
    if query.descending:
        statement = statement.order_by(column.desc(), Letter.id.desc())
    else:
        statement = statement.order_by(column.asc(), Letter.id.asc())
    return list(session.scalars(statement))


def letter_rows(session: Session, ids: Sequence[int]) -> dict[int, LetterRow]:
    labels = status_labels()
    statement = (
        select(
            Letter.id,
            Letter.letter_date,
            Letter.customer_id,
            Letter.subject,
            Letter.status,
            Letter.advertising,
            Customer.number,
            Customer.kind,
            Customer.company_name,
            Customer.first_name,
            Customer.last_name,
        )
        .join(Customer, Customer.id == Letter.customer_id)
        .where(Letter.id.in_(list(ids)))
    )
    rows: dict[int, LetterRow] = {}
    for row in session.execute(statement):
        rows[row.id] = LetterRow(
            id=row.id,
            letter_date=row.letter_date,
            customer_id=row.customer_id,
            customer_number=row.number,
            customer_name=display_name_of(
                row.kind, row.company_name, row.first_name, row.last_name
            ),
            subject=row.subject,
            status=row.status,
            status_label=labels.get(row.status, row.status),
            advertising=row.advertising,
        )
    return rows


# --- serial letters -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SerialInput:
    """A serial letter: the text (with placeholders) and what to make of it."""

    subject: str
    body: str
    advertising: bool = False
    template_name: str = ""
    letter_date: date = field(default_factory=date.today)
    make_pdf: bool = True  # one PDF with every letter, for printing
    file_each: bool = False  # a finished letter per customer, in its Dokumente and Historie


@dataclass
class SerialResult:
    """What a serial letter made, and who was left out and why (names as the list shows)."""

    pdf: bytes | None = None
    letters: int = 0
    filed_ids: list[int] = field(default_factory=list)
    without_address: list[str] = field(default_factory=list)
    objected: list[str] = field(default_factory=list)
    unknown_placeholders: list[str] = field(default_factory=list)


def serial_letter(
    session: Session,
    customer_ids: Sequence[int],
    data: SerialInput,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> SerialResult:
    """Letters to the customers (in this order; each to its main contact person if it has
    one). Runs in the caller's transaction; ``cancel`` set raises Refused (the caller rolls
    back: nothing is filed)."""
    from meinbuero.printing.letter import render_letters

    result = SerialResult()
    printed: list[PrintLetter] = []
    closing, signature = templates.closing(session), templates.signature_name(session)
    found = [c for c in (session.get(Customer, i) for i in customer_ids) if c is not None]
    if found:
        # Every customer knows the same placeholders: the first one tells which are unknown.
        context = templates.context_for(session, found[0].id, today=data.letter_date)
        result.unknown_placeholders = templates.unknown_placeholders(
            f"{data.subject}\n{data.body}", context
        )
    if result.unknown_placeholders and data.file_each:
        raise Refused(
            tr("Unknown placeholders: {names}", names=", ".join(result.unknown_placeholders))
        )
    for done, customer in enumerate(found):
        if cancel is not None and cancel.is_set():
            raise Refused(tr("Cancelled."))
        if progress is not None:
            progress(done, len(found))
        if not has_postal_address(customer):
            result.without_address.append(f"{customer.number} {customer.display_name}")
            continue
        person = _main_person(session, customer)
        person_id = person.id if person is not None else None
        if data.advertising and not consent.allows_advertising(
            session, customer.id, person_id, "post"
        ):
            result.objected.append(f"{customer.number} {customer.display_name}")
            continue
        letter = LetterInput(
            customer_id=customer.id,
            contact_person_id=person_id,
            template_name=data.template_name,
            subject=data.subject,
            body=data.body,
            closing=closing,
            signature=signature,
            advertising=data.advertising,
            letter_date=data.letter_date,
        )
        if data.file_each:
            result.filed_ids.append(create_letter(session, letter).id)
        if data.make_pdf:
            printed.append(print_letter(session, letter, draft=False))
        result.letters += 1
    if printed:
        result.pdf = render_letters(printed)
    return result


__all__ = [
    "CATEGORY",
    "LetterInput",
    "LetterQuery",
    "LetterRow",
    "Resolved",
    "SerialInput",
    "SerialResult",
    "apply_template",
    "create_letter",
    "delete_draft",
    "finish",
    "get_letter",
    "has_postal_address",
    "letter_ids",
    "letter_input",
    "letter_rows",
    "new_letter",
    "pdf_bytes",
    "preview_pdf",
    "print_letter",
    "problems",
    "recipient_lines",
    "resolve",
    "save_draft",
    "serial_letter",
    "sort_keys",
    "status_labels",
]
