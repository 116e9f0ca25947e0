"""Suppliers of incoming e-invoices: customers in the group "Lieferant".

An invoice's seller is matched to a customer by VAT ID, then by the IBAN it asks to be paid to,
then by its name (folded as the search folds it: case, umlauts, punctuation); a customer in the
group Lieferant wins over another with the same identifier. When none matches, a new supplier is
proposed with the seller's data and made on request, in the group Lieferant (made when missing).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from meinbuero.domain.bank import check_bic, check_iban
from meinbuero.domain.errors import ValidationError
from meinbuero.domain.taxid import normalize_tax_number, normalize_vat_id
from meinbuero.i18n import tr
from meinbuero.services import settings
from meinbuero.services.customers import CustomerInput, Saved, countries, save_customer
from meinbuero.services.einvoice.read import EInvoice
from meinbuero.services.errors import InvalidInput
from meinbuero.store import search
from meinbuero.store.models import Customer, CustomerGroup, CustomerGroupLink, CustomerKind

SUPPLIER_GROUP = "Lieferant"


class MatchedBy(StrEnum):
    VAT_ID = "vat_id"
    IBAN = "iban"
    NAME = "name"


@dataclass(frozen=True)
class SupplierMatch:
    """The customer an invoice's seller was recognised as, and by what."""

    customer_id: int
    number: str
    name: str
    by: MatchedBy

    def reason(self) -> str:
        """ "Lieferant 10023 Elektro Sonnenschein GmbH (erkannt an der USt-IdNr.)"."""
        how = {
            MatchedBy.VAT_ID: tr("recognised by the VAT ID"),
            MatchedBy.IBAN: tr("recognised by the IBAN"),
            MatchedBy.NAME: tr("recognised by the name"),
        }[self.by]
        return tr("{number} {name} ({how})", number=self.number, name=self.name, how=how)


def _compact_vat_id(text: str) -> str:
    try:
        return normalize_vat_id(text)
    except ValidationError:
        return "".join(text.split()).upper()


def _first(session: Session, condition: ColumnElement[bool]) -> Customer | None:
    """The customer meeting ``condition``: live before archived, suppliers first, oldest first."""
    in_group = (
        select(CustomerGroupLink.customer_id)
        .join(CustomerGroup, CustomerGroup.id == CustomerGroupLink.group_id)
        .where(CustomerGroup.name == SUPPLIER_GROUP)
    )
    return session.scalar(
        select(Customer)
        .where(condition)
        .order_by(
            Customer.archived_at.is_not(None),
            Customer.id.not_in(in_group),
            Customer.id,
        )
        .limit(1)
    )


def find_supplier(session: Session, invoice: EInvoice) -> SupplierMatch | None:
    """The customer the seller of ``invoice`` is, by VAT ID, IBAN or name; None if none."""
    seller = invoice.seller
    attempts: list[tuple[MatchedBy, ColumnElement[bool] | None]] = []
    vat_id = _compact_vat_id(seller.vat_id) if seller.vat_id else ""
    attempts.append((MatchedBy.VAT_ID, Customer.vat_id == vat_id if vat_id else None))
    ibans = {"".join(m.iban.split()).upper() for m in invoice.payment_means if m.iban}
    attempts.append((MatchedBy.IBAN, Customer.iban.in_(ibans) if ibans else None))
    names = {search.fold(n) for n in (seller.name, seller.trading_name) if n} - {""}
    attempts.append((MatchedBy.NAME, Customer.sort_key.in_(names) if names else None))
    for by, condition in attempts:
        if condition is None:
            continue
        customer = _first(session, condition)
        if customer is not None:
            return SupplierMatch(customer.id, customer.number, customer.display_name, by)
    return None


def supplier_group(session: Session) -> CustomerGroup:
    """The group "Lieferant", made when the user deleted it (or never had it)."""
    group = session.scalar(select(CustomerGroup).where(CustomerGroup.name == SUPPLIER_GROUP))
    return group if group is not None else settings.add_group(session, SUPPLIER_GROUP)


def _checked(check: object, text: str) -> str:
    """``text`` if the rule takes it, else "" (a new supplier is made with what is valid)."""
    if not text:
        return ""
    try:
        check(text)  # type: ignore[operator]
    except ValidationError:
        return ""
    return text


def new_supplier_input(invoice: EInvoice) -> CustomerInput:
    """The proposed new supplier: the seller's name, address, identifiers and bank account."""
    seller = invoice.seller
    account = next((m for m in invoice.payment_means if m.iban), None)
    country = seller.country.upper() if seller.country.upper() in countries() else "DE"
    email = seller.email or (seller.electronic_address if "@" in seller.electronic_address else "")
    remark = tr("Made from the e-invoice {number}.", number=invoice.number)
    if seller.contact_name:
        remark += " " + tr("Contact: {name}", name=seller.contact_name)
    return CustomerInput(
        kind=CustomerKind.COMPANY,
        company_name=seller.name[:200],
        street=", ".join(p for p in (seller.street, seller.additional_street) if p)[:200],
        postcode=seller.postcode[:20],
        city=seller.city[:100],
        country=country,
        phone=seller.phone,
        email=email,
        vat_id=_checked(normalize_vat_id, seller.vat_id),
        tax_number=_checked(normalize_tax_number, seller.tax_number) if country == "DE" else "",
        iban=_checked(check_iban, account.iban if account is not None else ""),
        bic=_checked(check_bic, account.bic if account is not None else ""),
        account_holder=(account.account_holder if account is not None else "")[:200],
        remark=remark,
        groups=[SUPPLIER_GROUP],
    )


def create_supplier(session: Session, invoice: EInvoice) -> Saved:
    """Make the seller of ``invoice`` a new customer in the group Lieferant.

    A phone number or e-mail address the rules refuse is left out rather than refusing the
    supplier; the rest is checked as any new customer is.
    """
    supplier_group(session)
    data = new_supplier_input(invoice)
    try:
        saved = save_customer(session, data)
    except InvalidInput:
        data.phone = data.email = ""
        saved = save_customer(session, data)
    return saved


def customer_label(session: Session, customer_id: int) -> str:
    """ "K10001 Elektro Sonnenschein GmbH" for messages."""
    customer = session.get(Customer, customer_id)
    return f"{customer.number} {customer.display_name}" if customer is not None else ""
