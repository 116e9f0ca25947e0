"""Settings for selling kept with the company: the payment terms a new document gets for a
customer without Konditionen of its own.

Checked like a customer's Konditionen (:mod:`meinbuero.services.conditions`), and within what a
sales document accepts (:func:`meinbuero.services.sales.save_document`: up to 365 days, a cash
discount below 100 %), so a default never makes a new document refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import parse_decimal_de
from meinbuero.i18n import tr
from meinbuero.services.conditions import ConditionsInput, check_conditions, labels
from meinbuero.services.errors import InvalidInput
from meinbuero.store.models import Setting

NET_DAYS = "sales_net_days"
SKONTO_PERCENT = "sales_skonto_percent"
SKONTO_DAYS = "sales_skonto_days"
# What sales.new_document has given a customer without Konditionen so far.
DEFAULT_NET_DAYS = 14
MAX_DAYS = 365
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class PaymentTerms:
    """Zahlungsbedingungen: due within ``net_days``; ``skonto_percent`` off within
    ``skonto_days`` (both or neither)."""

    net_days: int = DEFAULT_NET_DAYS
    skonto_percent: Decimal | None = None
    skonto_days: int | None = None


def _value(session: Session, key: str) -> str:
    return session.scalar(select(Setting.value).where(Setting.key == key)) or ""


def payment_terms(session: Session) -> PaymentTerms:
    """The payment terms of customers without their own (14 days net until set)."""
    net_days, percent, skonto_days = (
        _value(session, key) for key in (NET_DAYS, SKONTO_PERCENT, SKONTO_DAYS)
    )
    return PaymentTerms(
        net_days=int(net_days) if net_days else DEFAULT_NET_DAYS,
        skonto_percent=Decimal(percent) if percent else None,
        skonto_days=int(skonto_days) if skonto_days else None,
    )


def save_payment_terms(
    session: Session, *, net_days: str, skonto_percent: str, skonto_days: str
) -> PaymentTerms:
    """Check and store the payment terms as typed (German notation: "2,5").

    Raises:
        InvalidInput: naming each refused field, with the labels of the Konditionen tab.
    """
    names = labels()
    errors: list[ValidationError] = []
    values: dict[str, object] = {}
    try:
        values = check_conditions(
            ConditionsInput(
                net_days=net_days, skonto_percent=skonto_percent, skonto_days=skonto_days
            )
        )
    except InvalidInput as invalid:
        errors += invalid.errors
    refused = {error.field for error in errors}

    def refuse(name: str, message: str) -> None:
        if names[name] not in refused:
            errors.append(ValidationError(names[name], message))
            refused.add(names[name])

    if not net_days.strip():
        refuse("net_days", tr("Please enter a number of days (0 to 3650)."))
    for name, text in (("net_days", net_days), ("skonto_days", skonto_days)):
        if text.strip().isdigit() and int(text) > MAX_DAYS:
            refuse(name, tr("Between 0 and 365 days, please."))
    try:
        percent = parse_decimal_de(skonto_percent, field=names["skonto_percent"])
    except ValidationError:
        percent = None  # refused by check_conditions already
    if percent is not None and percent >= HUNDRED:
        refuse("skonto_percent", tr("Between 0 and 99.99 %, please."))
    if errors:
        order = [names[name] for name in ("net_days", "skonto_percent", "skonto_days")]
        raise InvalidInput(
            sorted(errors, key=lambda e: order.index(e.field) if e.field in order else 3)
        )
    net, discount, skonto = values["net_days"], values["skonto_percent"], values["skonto_days"]
    terms = PaymentTerms(
        net_days=int(net) if isinstance(net, int) else DEFAULT_NET_DAYS,
        skonto_percent=discount if isinstance(discount, Decimal) else None,
        skonto_days=skonto if isinstance(skonto, int) else None,
    )
    stored = {
        NET_DAYS: str(terms.net_days),
        SKONTO_PERCENT: "" if terms.skonto_percent is None else str(terms.skonto_percent),
        SKONTO_DAYS: "" if terms.skonto_days is None else str(terms.skonto_days),
    }
    for key, value in stored.items():
        session.merge(Setting(key=key, value=value))
    session.flush()
    return terms
