"""The texts an e-mail starts with, and whether a customer may get advertising by e-mail.

The one place the mail code asks for them (:mod:`meinbuero.services.mail`, the compose window,
serial e-mails). ``context_for`` and ``fill`` have the signatures of the letters' template
engine (``meinbuero.services.templates``); until it is here they fill the placeholders the
program already knows. ``allows_advertising`` has the signature of the consent service
(``meinbuero.services.consent``); until consent is recorded nobody has given it, so an
advertising mail goes to no one (UWG § 7 Abs. 2 Nr. 2: e-mail advertising needs prior
express consent).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from meinbuero.domain.values import format_date_de
from meinbuero.services import settings
from meinbuero.services.customers import check_contact_person, existing_customer
from meinbuero.store.models import SalesDocument, SalesKind

# Texts customers read are German whatever language the program shows: they are data.
DOCUMENT_MAILS: dict[str, tuple[str, str]] = {
    SalesKind.QUOTE: (
        "Angebot {Nummer}",
        "{Briefanrede}\n\nanbei erhalten Sie unser Angebot {Nummer} vom {Datum}. "
        "Es gilt bis {Gültig bis}.\n\nWir freuen uns auf Ihren Auftrag.\n\nMit freundlichen Grüßen",
    ),
    SalesKind.ORDER_CONFIRMATION: (
        "Auftragsbestätigung {Nummer}",
        "{Briefanrede}\n\nvielen Dank für Ihren Auftrag. Anbei erhalten Sie unsere "
        "Auftragsbestätigung {Nummer} vom {Datum}.\n\nMit freundlichen Grüßen",
    ),
    SalesKind.DELIVERY_NOTE: (
        "Lieferschein {Nummer}",
        "{Briefanrede}\n\nanbei erhalten Sie den Lieferschein {Nummer} vom {Datum}."
        "\n\nMit freundlichen Grüßen",
    ),
    SalesKind.INVOICE: (
        "Rechnung {Nummer}",
        "{Briefanrede}\n\nanbei erhalten Sie unsere Rechnung {Nummer} vom {Datum}."
        "\n\nVielen Dank für Ihren Auftrag.\n\nMit freundlichen Grüßen",
    ),
    SalesKind.CANCELLATION: (
        "Stornorechnung {Nummer}",
        "{Briefanrede}\n\nanbei erhalten Sie die Stornorechnung {Nummer} vom {Datum} "
        "zu unserer Rechnung {Bezug}.\n\nMit freundlichen Grüßen",
    ),
}
#: The placeholders :func:`fill` knows (as the user types them).
PLACEHOLDERS = (
    "{Briefanrede}",
    "{Kundennummer}",
    "{Firma}",
    "{Benutzer}",
    "{Nummer}",
    "{Datum}",
    "{Gültig bis}",
    "{Bezug}",
)


def context_for(
    session: Session,
    customer_id: int,
    contact_person_id: int | None = None,
    document_id: int | None = None,
) -> dict[str, str]:
    """The values of the placeholders for a mail to the customer (or the contact person),
    about a sales document if one is named."""
    from meinbuero.services.sales import letter_salutation_of

    customer = existing_customer(session, customer_id)
    person = check_contact_person(session, customer_id, contact_person_id)
    context = {
        "Briefanrede": letter_salutation_of(customer, person),
        "Kundennummer": customer.number,
        "Firma": settings.company(session).name,
        "Benutzer": settings.display_name(session),
        "Nummer": "",
        "Datum": format_date_de(date.today()),
        "Gültig bis": "",
        "Bezug": "",
    }
    document = session.get(SalesDocument, document_id) if document_id is not None else None
    if document is not None:
        context.update(
            {
                "Nummer": document.number or "",
                "Datum": format_date_de(document.document_date),
                "Gültig bis": format_date_de(document.valid_until),
                "Bezug": document.reference,
            }
        )
    return context


def fill(text: str, context: dict[str, str]) -> str:
    """``text`` with each ``{placeholder}`` of ``context`` filled in; others stay as typed."""
    for name, value in context.items():
        text = text.replace("{" + name + "}", value)
    return text


def document_mail(session: Session, document_id: int) -> tuple[str, str]:
    """Subject and text of the mail that sends a sales document, filled in."""
    document = session.get(SalesDocument, document_id)
    assert document is not None
    subject, body = DOCUMENT_MAILS[SalesKind(document.kind)]
    context = context_for(
        session, document.customer_id, document.contact_person_id, document_id=document_id
    )
    return fill(subject, context), fill(body, context)


def allows_advertising(
    session: Session, customer_id: int, contact_person_id: int | None, channel: str
) -> bool:
    """Whether the customer (or contact person) consented to advertising on ``channel``.

    No consent is recorded yet in this program: none is assumed.
    """
    existing_customer(session, customer_id)
    return False
