"""Matching bank bookings to open invoices: the plain logic, without a company file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D  # noqa: N817

import pytest

from meinbuero.services.bank.matching import (
    Confidence,
    Customer,
    Matcher,
    OpenInvoice,
    invoice_key,
    name_tokens,
    names_match,
    number_keys,
)
from meinbuero.services.bank.model import BankBooking

WORDS = ("RE-",)


@pytest.mark.parametrize(
    "text",
    [
        "RE-2026-0012",
        "RE 2026 0012",
        "Rechnung 2026-0012",
        "RE2026/12",
        "re20260012 vielen Dank",
        "Rg.Nr. 2026-12",
        "Zahlung zu RE-2026-0012 vom 01.12.2026",
    ],
)
def test_invoice_numbers_as_people_type_them(text: str) -> None:
    assert invoice_key("RE-2026-0012") in number_keys(text, WORDS)


@pytest.mark.parametrize(
    "text",
    ["Zahlung vom 2026-01-12", "Kundennummer 10012", "2026 715,34 EUR", "Auftrag 20261"],
)
def test_dates_and_amounts_are_no_invoice_numbers(text: str) -> None:
    assert ("2026", 12) not in number_keys(text, WORDS)
    assert ("2026", 1) not in number_keys(text, WORDS)


def test_numbers_without_the_year() -> None:
    assert invoice_key("R00042") == ("", 42)
    assert ("", 42) in number_keys("Rechnung Nr. 42", ("R",))
    assert ("", 42) in number_keys("R 00042", ("R",))
    assert ("", 42) not in number_keys("Kunde 42", ("R",))


def test_names() -> None:
    assert names_match(name_tokens("Schulz, Anna"), name_tokens("ANNA SCHULZ"))
    assert names_match(
        name_tokens("Bäckerei Sonnenschein e.K."), name_tokens("BAECKEREI SONNENSCHEIN")
    )
    assert names_match(
        name_tokens("Holzbau Meier GmbH"), name_tokens("Holzbau Meier Inh. M. Meier")
    )
    assert not names_match(name_tokens("Meier GmbH"), name_tokens("Müller GmbH"))
    assert not names_match(name_tokens("Anna Schulz"), name_tokens("Schulz"))


def booking(
    amount: str, text: str = "", name: str = "", iban: str = "", on: date = date(2026, 12, 10)
) -> BankBooking:
    return BankBooking(
        on, on, D(amount), "EUR", name, iban, text, bank_reference=f"r{amount}{text}"
    )


INVOICES = [
    OpenInvoice(
        1,
        "RE-2026-0001",
        7,
        "Holzbau Meier GmbH",
        date(2026, 12, 1),
        D("1190.00"),
        D("23.80"),
        date(2026, 12, 15),
    ),
    OpenInvoice(
        2,
        "RE-2026-0002",
        7,
        "Holzbau Meier GmbH",
        date(2026, 12, 2),
        D("595.00"),
        D("11.90"),
        date(2026, 12, 16),
    ),
    OpenInvoice(3, "RE-2026-0003", 8, "Schulz, Anna", date(2026, 12, 3), D("297.50")),
]
CUSTOMERS = [
    Customer(7, "Holzbau Meier GmbH", "DE89370400440532013000"),
    Customer(8, "Schulz, Anna"),
]


def matcher() -> Matcher:
    return Matcher(INVOICES, CUSTOMERS, prefixes=["RE-"])


def test_skonto_only_within_its_period() -> None:
    within = matcher().propose(booking("1166.20", "RE-2026-0001", on=date(2026, 12, 15)))
    assert [(a.document_id, a.skonto) for a in within.allocations] == [(1, True)]
    assert within.confidence == Confidence.HIGH
    late = matcher().propose(booking("1166.20", "RE-2026-0001", on=date(2026, 12, 16)))
    assert [(a.document_id, a.skonto) for a in late.allocations] == [(1, False)]  # partial
    assert late.confidence == Confidence.MEDIUM


def test_two_invoices_named_in_one_transfer_with_skonto() -> None:
    proposal = matcher().propose(booking("1749.30", "RE-2026-0001 RE-2026-0002"))
    assert [(a.number, a.amount, a.skonto) for a in proposal.allocations] == [
        ("RE-2026-0001", D("1166.20"), True),
        ("RE-2026-0002", D("583.10"), True),
    ]
    assert sum(a.amount for a in proposal.allocations) == D("1749.30")
    assert proposal.confidence == Confidence.HIGH


def test_overpayment_by_iban_and_a_second_booking_finds_the_rest() -> None:
    match = matcher()
    first = match.propose(booking("2000.00", "Sammelzahlung", iban="DE89370400440532013000"))
    # Both invoices of the customer (1.785,00 €), the rest kept as credit by the booking.
    assert [(a.number, a.amount) for a in first.allocations] == [
        ("RE-2026-0001", D("1190.00")),
        ("RE-2026-0002", D("810.00")),
    ]
    assert first.confidence == Confidence.LOW
    # What one booking of the statement settles is not proposed to the next one again.
    second = match.propose(booking("595.00", "RE-2026-0002"))
    assert second.allocations == ()


def test_name_and_amount_then_amount_alone() -> None:
    by_name = matcher().propose(booking("297.50", "Danke", name="Anna Schulz"))
    assert [a.number for a in by_name.allocations] == ["RE-2026-0003"]
    assert by_name.confidence == Confidence.MEDIUM
    alone = matcher().propose(booking("297.50", "Danke", name="Unbekannt"))
    assert [a.number for a in alone.allocations] == ["RE-2026-0003"]
    assert alone.confidence == Confidence.LOW
    nothing = matcher().propose(booking("12.00", "Danke", name="Unbekannt"))
    assert nothing.allocations == () and nothing.confidence == Confidence.NONE
