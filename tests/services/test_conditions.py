"""Konditionen through the service, on a real company file."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from meinbuero.services.conditions import ConditionsInput, check_conditions, save_conditions
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.database import Database
from meinbuero.store.models import Conditions


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        return save_customer(session, CustomerInput(company_name="Konditionen GmbH")).id


def save(database: Database, customer_id: int, data: ConditionsInput) -> None:
    with database.sessions.begin() as session:
        save_conditions(session, data, customer_id=customer_id)


def stored(database: Database, customer_id: int) -> Conditions:
    with database.sessions() as session:
        conditions = session.get(Conditions, customer_id)
    assert conditions is not None
    return conditions


def stored_values(database: Database, customer_id: int) -> dict[str, object]:
    conditions = stored(database, customer_id)
    return {
        name: getattr(conditions, name)
        for name in (
            "price_list",
            "discount_percent",
            "delivery_terms",
            "net_days",
            "skonto_percent",
            "skonto_days",
            "payment_terms_text",
            "credit_limit",
            "einvoice_format",
            "leitweg_id",
            "dunning_block",
        )
    }


def refused(database: Database, customer_id: int, data: ConditionsInput) -> list[tuple[str, str]]:
    """The errors of saving ``data``; the transaction commits, so nothing may have been written."""
    before = stored_values(database, customer_id)
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_conditions(session, data, customer_id=customer_id)
    assert stored_values(database, customer_id) == before
    return [(e.field, e.message) for e in caught.value.errors]


FULL = ConditionsInput(
    price_list=" Händler ",
    discount_percent="2,5",
    delivery_terms="frei Haus ab 500 €",
    net_days="30",
    skonto_percent="2",
    skonto_days=" 10 ",
    payment_terms_text="30 Tage netto, 10 Tage 2 % Skonto",
    credit_limit="1.234,56",
    dunning_block=True,
)


def test_a_new_customer_has_empty_conditions(database: Database, customer_id: int) -> None:
    assert stored_values(database, customer_id) == {
        "price_list": "",
        "discount_percent": Decimal("0.00"),
        "delivery_terms": "",
        "net_days": None,
        "skonto_percent": None,
        "skonto_days": None,
        "payment_terms_text": "",
        "credit_limit": None,
        "einvoice_format": "pdf",
        "leitweg_id": "",
        "dunning_block": False,
    }
    assert ConditionsInput.of(stored(database, customer_id)) == ConditionsInput()


def test_german_numbers_are_stored_exactly(database: Database, customer_id: int) -> None:
    save(database, customer_id, FULL)

    values = stored_values(database, customer_id)
    assert values == {
        "price_list": "Händler",
        "discount_percent": Decimal("2.50"),
        "delivery_terms": "frei Haus ab 500 €",
        "net_days": 30,
        "skonto_percent": Decimal("2.00"),
        "skonto_days": 10,
        "payment_terms_text": "30 Tage netto, 10 Tage 2 % Skonto",
        "credit_limit": Decimal("1234.56"),
        "einvoice_format": "pdf",
        "leitweg_id": "",
        "dunning_block": True,
    }
    assert str(values["discount_percent"]) == "2.50"
    assert str(values["credit_limit"]) == "1234.56"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2,5", Decimal("2.50")),
        ("2.5", Decimal("2.50")),
        ("2,5 %", Decimal("2.50")),
        ("100", Decimal("100.00")),
        ("0,01", Decimal("0.01")),
        ("", Decimal("0.00")),
    ],
)
def test_discount_in_german_notation(
    database: Database, customer_id: int, typed: str, expected: Decimal
) -> None:
    save(database, customer_id, ConditionsInput(discount_percent=typed))

    assert stored(database, customer_id).discount_percent == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1.234,56", Decimal("1234.56")),
        ("1234,5", Decimal("1234.50")),
        ("10.000", Decimal("10000.00")),
        ("5.000 €", Decimal("5000.00")),
        ("0", Decimal("0.00")),
    ],
)
def test_credit_limit_in_german_notation(
    database: Database, customer_id: int, typed: str, expected: Decimal
) -> None:
    save(database, customer_id, ConditionsInput(credit_limit=typed))

    assert stored(database, customer_id).credit_limit == expected


def test_conditions_input_round_trips(database: Database, customer_id: int) -> None:
    save(database, customer_id, FULL)

    shown = ConditionsInput.of(stored(database, customer_id))

    assert shown == replace(FULL, price_list="Händler", skonto_percent="2", skonto_days="10")
    assert check_conditions(shown) == stored_values(database, customer_id)
    save(database, customer_id, shown)
    assert ConditionsInput.of(stored(database, customer_id)) == shown


def test_emptying_the_fields_clears_them(database: Database, customer_id: int) -> None:
    save(database, customer_id, FULL)

    save(database, customer_id, ConditionsInput())

    assert ConditionsInput.of(stored(database, customer_id)) == ConditionsInput()
    assert stored(database, customer_id).credit_limit is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            ConditionsInput(discount_percent="101"),
            [("Kundenrabatt (%)", "Bitte einen Wert von 0 bis 100 eingeben.")],
        ),
        (
            ConditionsInput(discount_percent="-1"),
            [("Kundenrabatt (%)", "Bitte einen Wert von 0 bis 100 eingeben.")],
        ),
        (
            ConditionsInput(discount_percent="2,555"),
            [("Kundenrabatt (%)", "Bitte höchstens zwei Nachkommastellen.")],
        ),
        (
            ConditionsInput(discount_percent="zwei"),
            [("Kundenrabatt (%)", "„zwei“ ist keine Zahl. Beispiel: 1.234,56")],
        ),
        (
            ConditionsInput(credit_limit="-100"),
            [("Limit offener Rechnungen (€)", "Der Wert kann nicht negativ sein.")],
        ),
        (
            ConditionsInput(skonto_percent="2"),
            [
                (
                    "Skonto innerhalb (Tage)",
                    "Für Skonto braucht es beides: den Prozentsatz und die Tage.",
                )
            ],
        ),
        (
            ConditionsInput(skonto_days="10"),
            [
                (
                    "Skonto innerhalb (Tage)",
                    "Für Skonto braucht es beides: den Prozentsatz und die Tage.",
                )
            ],
        ),
        (
            ConditionsInput(net_days="14", skonto_percent="3", skonto_days="15"),
            [
                (
                    "Skonto innerhalb (Tage)",
                    "Die Skontofrist kann nicht länger sein als das Zahlungsziel.",
                )
            ],
        ),
        (
            ConditionsInput(net_days="30 Tage"),
            [("Zahlungsziel (Tage netto)", "Bitte eine Zahl von Tagen eingeben (0 bis 3650).")],
        ),
        (
            ConditionsInput(net_days="3651"),
            [("Zahlungsziel (Tage netto)", "Bitte eine Zahl von Tagen eingeben (0 bis 3650).")],
        ),
        (
            ConditionsInput(
                discount_percent="101", credit_limit="viel", net_days="-3", skonto_percent="150"
            ),
            [
                ("Kundenrabatt (%)", "Bitte einen Wert von 0 bis 100 eingeben."),
                ("Skonto (%)", "Bitte einen Wert von 0 bis 100 eingeben."),
                ("Limit offener Rechnungen (€)", "„viel“ ist keine Zahl. Beispiel: 1.234,56"),
                ("Zahlungsziel (Tage netto)", "Bitte eine Zahl von Tagen eingeben (0 bis 3650)."),
            ],
        ),
    ],
)
def test_refused_conditions_leave_the_stored_ones(
    database: Database,
    customer_id: int,
    typed: ConditionsInput,
    expected: list[tuple[str, str]],
) -> None:
    save(database, customer_id, FULL)

    assert refused(database, customer_id, typed) == expected
    assert stored(database, customer_id).discount_percent == Decimal("2.50")


def test_skonto_within_the_payment_period_is_accepted(database: Database, customer_id: int) -> None:
    save(
        database, customer_id, ConditionsInput(net_days="14", skonto_percent="3", skonto_days="14")
    )

    conditions = stored(database, customer_id)
    assert (conditions.net_days, conditions.skonto_percent, conditions.skonto_days) == (
        14,
        Decimal("3.00"),
        14,
    )


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param("100.000.000.000.000.000"),
        pytest.param("NaN"),
    ],
)
def test_credit_limits_the_file_cannot_hold_are_refused(
    database: Database, customer_id: int, typed: str
) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_conditions(session, ConditionsInput(credit_limit=typed), customer_id=customer_id)

    assert caught.value.fields() == {"Limit offener Rechnungen (€)"}


def test_unknown_customer_is_not_found(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(NotFound):
        save_conditions(session, ConditionsInput(discount_percent="2"), customer_id=999)
