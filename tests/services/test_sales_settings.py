"""The payment terms of customers without their own Konditionen, on a real company file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from meinbuero.services import sales_settings
from meinbuero.services.conditions import labels
from meinbuero.services.errors import InvalidInput
from meinbuero.services.sales_settings import PaymentTerms
from meinbuero.store.database import Database


def stored(database: Database) -> PaymentTerms:
    with database.sessions() as session:
        return sales_settings.payment_terms(session)


def save(
    database: Database, net_days: str, skonto_percent: str = "", skonto_days: str = ""
) -> None:
    with database.sessions.begin() as session:
        sales_settings.save_payment_terms(
            session, net_days=net_days, skonto_percent=skonto_percent, skonto_days=skonto_days
        )


def test_fourteen_days_net_until_set(database: Database) -> None:
    assert stored(database) == PaymentTerms(net_days=14, skonto_percent=None, skonto_days=None)


def test_saved_and_read_back(database: Database) -> None:
    save(database, "30", "2,5", "10")
    assert stored(database) == PaymentTerms(
        net_days=30, skonto_percent=Decimal("2.50"), skonto_days=10
    )
    save(database, " 0 ")
    assert stored(database) == PaymentTerms(net_days=0, skonto_percent=None, skonto_days=None)


@pytest.mark.parametrize(
    ("typed", "field", "message"),
    [
        (("",), "Zahlungsziel (Tage netto)", "Bitte eine Zahl von Tagen eingeben (0 bis 3650)."),
        (("x",), "Zahlungsziel (Tage netto)", "Bitte eine Zahl von Tagen eingeben (0 bis 3650)."),
        (("14", "2", ""), "Skonto innerhalb (Tage)", None),
        (("14", "2", "20"), "Skonto innerhalb (Tage)", None),
        (("14", "2,555", "7"), "Skonto (%)", None),
    ],
)
def test_refused_as_on_the_konditionen_tab(
    database: Database, typed: tuple[str, ...], field: str, message: str | None
) -> None:
    with pytest.raises(InvalidInput) as refused:
        save(database, *typed)
    assert [error.field for error in refused.value.errors] == [field]
    if message is not None:
        assert refused.value.errors[0].message == message
    assert stored(database) == PaymentTerms()


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        (("366",), "net_days"),
        (("400", "2", "366"), "skonto_days"),
        (("30", "100", "7"), "skonto_percent"),
    ],
)
def test_refused_beyond_what_a_document_takes(
    database: Database, typed: tuple[str, ...], field: str
) -> None:
    """A sales document takes at most 365 days and a cash discount below 100 %."""
    with pytest.raises(InvalidInput) as refused:
        save(database, *typed)
    assert labels()[field] in [error.field for error in refused.value.errors]
    assert stored(database) == PaymentTerms()
