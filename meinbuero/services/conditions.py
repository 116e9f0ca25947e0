"""Konditionen: price list, discount, delivery and payment terms, credit limit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.taxid import normalize_leitweg_id
from meinbuero.domain.values import format_decimal_de, parse_decimal_de
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.models import Conditions, Customer

HUNDRED = Decimal(100)
# How invoices go to the customer (the values of Conditions.einvoice_format).
EINVOICE_FORMATS = ("pdf", "zugferd", "xrechnung_cii", "xrechnung_ubl")
CENT = Decimal("0.01")


def labels() -> dict[str, str]:
    return {
        "price_list": tr("Price list"),
        "discount_percent": tr("Customer discount (%)"),
        "delivery_terms": tr("Delivery terms"),
        "net_days": tr("Payment due (days net)"),
        "skonto_percent": tr("Cash discount (%)"),
        "skonto_days": tr("Cash discount within (days)"),
        "payment_terms_text": tr("Payment terms (text)"),
        "credit_limit": tr("Limit of open invoices (€)"),
        "einvoice_format": tr("Sending invoices"),
        "leitweg_id": tr("Leitweg-ID"),
        "dunning_block": tr("Dunning block"),
    }


@dataclass
class ConditionsInput:
    """The Konditionen tab as typed (numbers in German notation)."""

    price_list: str = ""
    discount_percent: str = ""
    delivery_terms: str = ""
    net_days: str = ""
    skonto_percent: str = ""
    skonto_days: str = ""
    payment_terms_text: str = ""
    credit_limit: str = ""
    # pdf, zugferd, xrechnung_cii, xrechnung_ubl (meinbuero.services.einvoice.invoice).
    einvoice_format: str = "pdf"
    leitweg_id: str = ""
    # Mahnsperre: no reminders or dunning letters for this customer.
    dunning_block: bool = False

    @classmethod
    def of(cls, conditions: Conditions) -> ConditionsInput:
        def number(value: int | None) -> str:
            return "" if value is None else str(value)

        discount = conditions.discount_percent
        return cls(
            price_list=conditions.price_list,
            discount_percent=format_decimal_de(discount) if discount else "",
            delivery_terms=conditions.delivery_terms,
            net_days=number(conditions.net_days),
            skonto_percent=format_decimal_de(conditions.skonto_percent),
            skonto_days=number(conditions.skonto_days),
            payment_terms_text=conditions.payment_terms_text,
            credit_limit=format_decimal_de(conditions.credit_limit, places=2),
            einvoice_format=conditions.einvoice_format,
            leitweg_id=conditions.leitweg_id,
            dunning_block=bool(conditions.dunning_block),
        )


def check_conditions(data: ConditionsInput) -> dict[str, object]:
    """The values to store, or :class:`InvalidInput` naming every refused field."""
    names = labels()
    errors: list[ValidationError] = []

    def decimal(name: str, *, low: Decimal, high: Decimal | None) -> Decimal | None:
        try:
            value = parse_decimal_de(getattr(data, name), field=names[name])
        except ValidationError as error:
            errors.append(error)
            return None
        if value is None:
            return None
        if value < low or (high is not None and value > high):
            message = (
                tr("Please enter a value from {low} to {high}.", low=low, high=high)
                if high is not None
                else tr("The value cannot be negative.")
            )
            errors.append(ValidationError(names[name], message))
            return None
        if value != value.quantize(CENT):
            errors.append(ValidationError(names[name], tr("At most two decimal places, please.")))
        return value.quantize(CENT)

    def leitweg(text: str) -> str:
        try:
            return normalize_leitweg_id(text, field=names["leitweg_id"])
        except ValidationError as error:
            errors.append(error)
            return text.strip()

    if data.einvoice_format not in EINVOICE_FORMATS:
        errors.append(
            ValidationError(
                names["einvoice_format"],
                tr("Unknown way of sending “{value}”.", value=data.einvoice_format),
            )
        )
    if data.einvoice_format.startswith("xrechnung") and not data.leitweg_id.strip():
        errors.append(
            ValidationError(
                names["leitweg_id"],
                tr("An XRechnung goes to a public buyer: please enter its Leitweg-ID."),
            )
        )

    def days(name: str) -> int | None:
        text = getattr(data, name).strip()
        if not text:
            return None
        if not text.isdigit() or int(text) > 3650:
            errors.append(
                ValidationError(names[name], tr("Please enter a number of days (0 to 3650)."))
            )
            return None
        return int(text)

    values: dict[str, object] = {
        "einvoice_format": data.einvoice_format,
        "leitweg_id": leitweg(data.leitweg_id),
        "price_list": data.price_list.strip(),
        "delivery_terms": data.delivery_terms.strip(),
        "payment_terms_text": data.payment_terms_text.strip(),
        "discount_percent": decimal("discount_percent", low=Decimal(0), high=HUNDRED) or Decimal(0),
        "skonto_percent": decimal("skonto_percent", low=Decimal(0), high=HUNDRED),
        "credit_limit": decimal("credit_limit", low=Decimal(0), high=None),
        "net_days": days("net_days"),
        "skonto_days": days("skonto_days"),
        "dunning_block": bool(data.dunning_block),
    }
    if (values["skonto_percent"] is None) != (values["skonto_days"] is None) and not errors:
        errors.append(
            ValidationError(
                names["skonto_days"],
                tr("A cash discount needs both: the percentage and the days."),
            )
        )
    net, skonto = values["net_days"], values["skonto_days"]
    if isinstance(net, int) and isinstance(skonto, int) and skonto > net:
        errors.append(
            ValidationError(
                names["skonto_days"],
                tr("The cash discount period cannot be longer than the payment period."),
            )
        )
    if errors:
        raise InvalidInput(errors)
    return values


def save_conditions(session: Session, data: ConditionsInput, *, customer_id: int) -> None:
    values = check_conditions(data)
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(customer_id)
    conditions = customer.conditions
    if conditions is None:
        conditions = customer.conditions = Conditions()
    for name, value in values.items():
        if getattr(conditions, name) != value:
            setattr(conditions, name, value)
    session.flush()
