"""Text templates and their placeholders, for letters and e-mails.

The API is small:

- :func:`context_for` gives the values of every placeholder for a customer (and optionally one
  of its contact persons and a sales document): ``{"Briefanrede": "Sehr geehrte Frau Dr.
  Weber,", "Kundennummer": "K-1001", …}``;
- :func:`fill` puts them into a text; a placeholder it does not know stays as typed
  (``{Kundenummer}``) and :func:`unknown_placeholders` names it, so that the window can say so —
  filling never fails;
- :func:`templates`, :func:`get_template`, :func:`find_template`, :func:`save_template`,
  :func:`delete_template` keep the templates in the company file (``text_template``), per kind
  (``letter``, ``email``, and the e-mail of each sales document kind: ``email_invoice``, …);
- :func:`closing` and :func:`signature_name`: the closing ("Mit freundlichen Grüßen") and the name
  under it, set in Einstellungen > Vorlagen.

Placeholders are written in braces, upper or lower case alike: ``{Vorname}``, ``{vorname}``.
Custom fields are placeholders by their label (``{Branche}``); the program's own names win
when a label is the same. The values are German whatever language the program shows: a letter
goes to a German customer (as with the salutation, this is data, not user interface).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.salutation import Salutation, address_salutation
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import custom_fields, settings
from meinbuero.services.customers import check_contact_person, existing_customer
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.models import (
    ContactPerson,
    Customer,
    SalesDocument,
    Setting,
    TemplateKind,
    TextTemplate,
)
from meinbuero.store.types import utcnow

PLACEHOLDER = re.compile(r"\{([^{}\n]{1,60})\}")
DEFAULT_CLOSING = "Mit freundlichen Grüßen"
CLOSING_KEY = "letter_closing"
SIGNATURE_KEY = "letter_signature"

# The placeholders of the customer, the person written to and the sender, in the order the
# settings page lists them (custom fields and document fields follow).
CUSTOMER_PLACEHOLDERS = (
    "Briefanrede",
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Firma",
    "Ansprechpartner",
    "Kundennummer",
    "Straße",
    "PLZ",
    "Ort",
    "E-Mail",
    "Datum",
)
COMPANY_PLACEHOLDERS = (
    "MeineFirma",
    "MeineStraße",
    "MeinePLZ",
    "MeinOrt",
    "MeinTelefon",
    "MeineEMail",
    "MeineWebsite",
    "MeineIBAN",
    "MeinName",
)
DOCUMENT_PLACEHOLDERS = ("Belegart", "Belegnummer", "Belegdatum", "Betrag", "Fälligkeit")
_DOCUMENT_KINDS = {
    "quote": "Angebot",
    "order_confirmation": "Auftragsbestätigung",
    "delivery_note": "Lieferschein",
    "invoice": "Rechnung",
    "cancellation": "Stornorechnung",
}


def kind_labels() -> dict[str, str]:
    """The user's names of the template kinds."""
    return {
        TemplateKind.LETTER: tr("Letter"),
        TemplateKind.EMAIL: tr("E-mail"),
        TemplateKind.EMAIL_QUOTE: tr("E-mail with a quote"),
        TemplateKind.EMAIL_ORDER_CONFIRMATION: tr("E-mail with an order confirmation"),
        TemplateKind.EMAIL_DELIVERY_NOTE: tr("E-mail with a delivery note"),
        TemplateKind.EMAIL_INVOICE: tr("E-mail with an invoice"),
        TemplateKind.EMAIL_CANCELLATION: tr("E-mail with a cancellation invoice"),
    }


# --- placeholders -----------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return format_decimal_de(value, places=2) + " €"


def _setting(session: Session, key: str) -> str:
    return session.scalar(select(Setting.value).where(Setting.key == key)) or ""


def closing(session: Session) -> str:
    """The closing of letters ("Mit freundlichen Grüßen")."""
    return _setting(session, CLOSING_KEY) or DEFAULT_CLOSING


def signature_name(session: Session) -> str:
    """The name printed under the closing (the user's name until one is set)."""
    return _setting(session, SIGNATURE_KEY) or settings.display_name(session)


def letter_settings(session: Session) -> tuple[str, str]:
    """The closing and signature name as set ("" where the default is used)."""
    return _setting(session, CLOSING_KEY), _setting(session, SIGNATURE_KEY)


def save_letter_settings(session: Session, *, closing_text: str, signature: str) -> None:
    """Closing and signature name; empty: the defaults."""
    session.merge(Setting(key=CLOSING_KEY, value=closing_text.strip()))
    session.merge(Setting(key=SIGNATURE_KEY, value=signature.strip()))
    session.flush()


def _company_values(session: Session) -> dict[str, str]:
    company = settings.company(session)
    return {
        "MeineFirma": company.name,
        "MeineStraße": company.street,
        "MeinePLZ": company.postcode,
        "MeinOrt": company.city,
        "MeinTelefon": company.phone,
        "MeineEMail": company.email,
        "MeineWebsite": company.website,
        "MeineIBAN": company.iban,
        "MeinName": signature_name(session),
    }


def _document_values(session: Session, document_id: int, customer_id: int) -> dict[str, str]:
    document = session.get(SalesDocument, document_id)
    if document is None or document.customer_id != customer_id:
        raise NotFound(tr("document {id}", id=document_id))
    due = ""
    if document.kind == "invoice" and document.net_days is not None:
        due = format_date_de(document.document_date + timedelta(days=document.net_days))
    return {
        "Belegart": _DOCUMENT_KINDS.get(document.kind, ""),
        "Belegnummer": document.number or "",
        "Belegdatum": format_date_de(document.document_date),
        "Betrag": _money(document.gross_total) if document.kind != "delivery_note" else "",
        "Fälligkeit": due,
    }


def context_for(
    session: Session,
    customer_id: int,
    contact_person_id: int | None = None,
    document_id: int | None = None,
    today: date | None = None,
) -> dict[str, str]:
    """The value of every placeholder for a letter or e-mail to the customer (or the person).

    Raises NotFound for a customer, person or document that is not in the file (or a person or
    document of another customer).
    """
    from meinbuero.services.sales import letter_salutation_of

    customer = existing_customer(session, customer_id)
    person = check_contact_person(session, customer_id, contact_person_id)
    who: Customer | ContactPerson | None = person
    if who is None and customer.kind != "company":
        who = customer
    values: dict[str, str] = {
        "Briefanrede": letter_salutation_of(customer, person),
        "Anrede": address_salutation(Salutation(who.salutation)) if who else "",
        "Titel": who.title if who else "",
        "Vorname": who.first_name if who else "",
        "Nachname": who.last_name if who else "",
        "Firma": customer.company_name,
        "Ansprechpartner": person.display_name if person is not None else "",
        "Kundennummer": customer.number,
        "Straße": customer.street,
        "PLZ": customer.postcode,
        "Ort": customer.city,
        "E-Mail": (person.email if person is not None and person.email else customer.email),
        "Datum": format_date_de(today or date.today()),
    }
    # The address salutation is in the accusative ("Herrn"); in a text "Herr" is meant.
    if values["Anrede"] == "Herrn":
        values["Anrede"] = "Herr"
    values.update(_company_values(session))
    fields = custom_fields.values(session, customer_id)
    for definition in custom_fields.defined(session):
        values.setdefault(definition.label.strip(), fields.get(definition.slot, ""))
    if document_id is not None:
        values.update(_document_values(session, document_id, customer_id))
    return values


def placeholder_names(session: Session, *, with_document: bool = False) -> list[str]:
    """Every placeholder a template may use here, as it is written: ``{Vorname}``, …"""
    names = [*CUSTOMER_PLACEHOLDERS, *COMPANY_PLACEHOLDERS]
    names += [d.label.strip() for d in custom_fields.defined(session) if d.label.strip()]
    if with_document:
        names += DOCUMENT_PLACEHOLDERS
    return [f"{{{name}}}" for name in dict.fromkeys(names)]


def _lookup(context: Mapping[str, str]) -> dict[str, str]:
    return {key.casefold(): value for key, value in context.items()}


def fill(text: str, context: Mapping[str, str]) -> str:
    """``text`` with every known placeholder replaced by its value; unknown ones stay."""
    values = _lookup(context)

    def replace(match: re.Match[str]) -> str:
        return values.get(match.group(1).strip().casefold(), match.group(0))

    return PLACEHOLDER.sub(replace, text)


def unknown_placeholders(text: str, context: Mapping[str, str]) -> list[str]:
    """The placeholders in ``text`` that :func:`fill` leaves as they are (each once)."""
    values = _lookup(context)
    found = [
        match.group(0)
        for match in PLACEHOLDER.finditer(text)
        if match.group(1).strip().casefold() not in values
    ]
    return list(dict.fromkeys(found))


# --- the stored templates ----------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInput:
    """A template as typed in the settings."""

    kind: str
    name: str
    subject: str = ""
    body: str = ""
    advertising: bool = False


def templates(session: Session, kind: str | None = None) -> list[TextTemplate]:
    """The templates of ``kind`` (all when None), by kind and name."""
    query = select(TextTemplate).order_by(TextTemplate.kind, TextTemplate.name)
    if kind is not None:
        query = query.where(TextTemplate.kind == kind)
    return list(session.scalars(query))


def get_template(session: Session, template_id: int) -> TextTemplate:
    found = session.get(TextTemplate, template_id)
    if found is None:
        raise NotFound(tr("template {id}", id=template_id))
    return found


def find_template(session: Session, kind: str, name: str) -> TextTemplate:
    """The template of ``kind`` called ``name`` (case ignored)."""
    wanted = name.strip().casefold()
    for template in templates(session, kind):
        if template.name.casefold() == wanted:
            return template
    raise NotFound(tr("template “{name}”", name=name.strip()))


def save_template(session: Session, template_id: int | None, data: TemplateInput) -> TextTemplate:
    """Create (``template_id`` None) or change a template; the name is unique per kind."""
    errors: list[ValidationError] = []
    name = data.name.strip()
    if data.kind not in kind_labels():
        errors.append(ValidationError(tr("Kind"), tr("Unknown kind of template.")))
    if not name:
        errors.append(ValidationError(tr("Name"), tr("Please enter a name.")))
    elif len(name) > 100:
        errors.append(ValidationError(tr("Name"), tr("The name is too long (100 characters).")))
    if len(data.subject) > 300:
        errors.append(
            ValidationError(tr("Subject"), tr("The subject is too long (300 characters)."))
        )
    if errors:
        raise InvalidInput(errors)
    for other in templates(session, data.kind):
        if other.id != template_id and other.name.casefold() == name.casefold():
            raise InvalidInput(
                [ValidationError(tr("Name"), tr("A template with this name exists already."))]
            )
    template = TextTemplate(kind=data.kind) if template_id is None else None
    if template is None:
        template = get_template(session, template_id)  # type: ignore[arg-type]
        template.kind = data.kind
    else:
        session.add(template)
    template.name = name
    template.subject = data.subject.strip()
    template.body = data.body
    template.advertising = data.advertising
    template.updated_at = utcnow()
    session.flush()
    return template


def delete_template(session: Session, template_id: int) -> None:
    """Delete a template; the last one of its kind stays (letters and e-mails need one)."""
    template = get_template(session, template_id)
    if len(templates(session, template.kind)) <= 1:
        raise Refused(tr("The last template of a kind cannot be deleted."))
    session.delete(template)
    session.flush()


__all__ = [
    "TemplateInput",
    "closing",
    "context_for",
    "delete_template",
    "fill",
    "find_template",
    "get_template",
    "kind_labels",
    "letter_settings",
    "placeholder_names",
    "save_letter_settings",
    "save_template",
    "signature_name",
    "templates",
    "unknown_placeholders",
]
