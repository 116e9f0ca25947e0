"""The DATEV Buchungsstapel read back as a DATEV-format reader does: the header's fields, 125
columns on every line, Belegfeld 1 within 12 characters, and amounts that add up to the
documents and payments."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D  # noqa: N817
from pathlib import Path

import pytest

from meinbuero.services import accounting, datev, payments, sales, settings
from meinbuero.services.errors import Refused
from meinbuero.services.payments import PaymentInput
from meinbuero.store.database import Database
from tests.sales_data import TODAY, add_customer, complete_company
from tests.services.test_payments import invoice

# The invoice of tests.sales_data: 380 + 185,25 net at 19 % (gross 672,65) and 39,90 at 7 %
# (gross 42,69); 715,34 in all, 2 % Skonto within 14 days.
GROSS_19 = D("672.65")
GROSS_7 = D("42.69")
CREATED = datetime(2026, 12, 31, 17, 5, 9, 123000, tzinfo=UTC)


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        settings.set_display_name(session, "Petra Lindner")
        accounting.save(
            session, replace(accounting.load(session), consultant="29098", client="55003")
        )
        return add_customer(session, skonto=True)


def read(data: bytes) -> list[list[str]]:
    """As a DATEV import reads it: Windows-1252, ';', double quotes."""
    text = data.decode("cp1252")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"'))


def amount(text: str) -> D:
    assert re.fullmatch(r"\d+,\d\d", text), text  # no sign, no thousands, decimal comma
    return D(text.replace(",", "."))


def test_header_columns_and_amounts(database: Database, customer_id: int, tmp_path: Path) -> None:
    paid = invoice(database, customer_id, on=TODAY - timedelta(days=5))
    cancelled = invoice(database, customer_id)
    with database.sessions.begin() as session:
        payments.book(
            session,
            PaymentInput(document_id=paid, on=TODAY, amount=D("701.03"), skonto=True),
        )
        sales.cancel(session, cancelled, today=TODAY)
    with database.sessions() as session:
        data, count = datev.render(session, date(2026, 12, 1), date(2026, 12, 31), created=CREATED)
    lines = read(data)
    head, columns, *rows = lines
    assert len(rows) == count
    # The header line: 31 fields.
    assert len(head) == 31
    assert head[:5] == ["EXTF", "700", "21", "Buchungsstapel", "13"]
    assert re.fullmatch(r"\d{17}", head[5])
    assert head[5].endswith("123")  # milliseconds
    assert head[7] == "RE" and head[8] == "Petra Lindner"
    assert (head[10], head[11]) == ("29098", "55003")
    assert head[12] == "20260101"  # WJ-Beginn
    assert head[13] == "4"  # Sachkontenlänge
    assert (head[14], head[15]) == ("20261201", "20261231")
    assert head[18] == "1" and head[20] == "0"  # Buchungstyp, Festschreibung
    assert head[21] == "EUR" and head[26] == "03"
    # The column line and every booking: 125 fields.
    assert columns == list(datev.COLUMNS) and len(columns) == 125
    assert all(len(row) == 125 for row in rows)
    index = {name: i for i, name in enumerate(columns)}
    for row in rows:
        assert len(row[index["Belegfeld 1"]]) <= 12
        assert re.fullmatch(r"\d{4}", row[index["Belegdatum"]])
        assert row[index["Soll/Haben-Kennzeichen"]] in ("S", "H")
        assert len(row[index["Buchungstext"]]) <= 60
    with database.sessions() as session:
        numbers = {
            d.id: d.number for d in (sales.get_document(session, i) for i in (paid, cancelled))
        }
        cancellation = sales.get_document(session, cancelled + 1)
        assert cancellation.kind == "cancellation"
        numbers[cancellation.id] = cancellation.number

    def of(number: str | None) -> list[list[str]]:
        return [r for r in rows if r[index["Belegfeld 1"]] == number]

    def signed(row: list[str]) -> D:
        value = amount(row[index["Umsatz (ohne Soll/Haben-Kz)"]])
        return value if row[index["Soll/Haben-Kennzeichen"]] == "S" else -value

    # Each invoice: its gross per rate, Soll on the customer's Debitor (K10001 → 10001) against
    # 8400 / 8300 (automatic accounts: no BU-Schlüssel).
    for document_id in (paid, cancelled):
        revenue = [
            r
            for r in of(numbers[document_id])
            if r[index["Gegenkonto (ohne BU-Schlüssel)"]] in ("8400", "8300")
        ]
        assert {r[index["Gegenkonto (ohne BU-Schlüssel)"]]: signed(r) for r in revenue} == {
            "8400": GROSS_19,
            "8300": GROSS_7,
        }
        assert {r[index["Konto"]] for r in revenue} == {"10001"}
        assert all(r[index["BU-Schlüssel"]] == "" for r in revenue)
    # The cancellation reverses it: Haben.
    reversed_ = of(numbers[cancellation.id])
    assert sum(signed(r) for r in reversed_) == -(GROSS_19 + GROSS_7)
    assert all(r[index["Soll/Haben-Kennzeichen"]] == "H" for r in reversed_)
    # The payment with Skonto: the bank gets what was paid, the Skonto goes by rate to
    # 8736 / 8731, all against the Debitor; together they settle the invoice.
    settled = [
        r for r in of(numbers[paid]) if r[index["Gegenkonto (ohne BU-Schlüssel)"]] == "10001"
    ]
    by_account = {r[index["Konto"]]: signed(r) for r in settled}
    assert by_account["1200"] == D("701.03")
    assert by_account["8736"] + by_account["8731"] == D("14.31")
    assert by_account["8731"] == D("0.85")  # 2 % of 42,69
    assert sum(by_account.values()) == GROSS_19 + GROSS_7
    assert all(r[index["Belegdatum"]] == "0612" for r in settled)

    # Written through the safe write, the file is the same bytes.
    target = tmp_path / datev.default_name(date(2026, 12, 1), date(2026, 12, 31))
    with database.sessions() as session:
        assert datev.export(session, target, date(2026, 12, 1), date(2026, 12, 31)) == count
    assert read(target.read_bytes())[2:] == rows


def test_undone_payment_is_reversed_and_write_off_booked(
    database: Database, customer_id: int
) -> None:
    document_id = invoice(database, customer_id)
    with database.sessions.begin() as session:
        (made,) = payments.book(
            session, PaymentInput(document_id=document_id, on=TODAY, amount=D("100.00"), way="cash")
        )
        payments.undo(session, made.id, "Falsch gebucht")
        payments.book(session, PaymentInput(document_id=document_id, on=TODAY, amount=D("715.00")))
        payments.write_off(session, document_id, TODAY)
    with database.sessions() as session:
        found = datev.bookings(session, date(2026, 12, 1), date(2026, 12, 31))
    cash = [b for b in found if b.account == "1000"]
    assert [(b.side, b.amount) for b in cash] == [("S", D("100.00")), ("H", D("100.00"))]
    assert [b.amount for b in found if b.account == "2400"] == [D("0.34")]


def test_long_numbers_missing_settings_and_two_fiscal_years_are_refused(
    database: Database, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        settings.save_number_range(
            session, key="invoice", prefix="RECHNUNG-", next_number=1, width=5
        )
    invoice(database, customer_id)
    with database.sessions() as session, pytest.raises(Refused, match="Belegfeld 1"):
        datev.render(session, date(2026, 12, 1), date(2026, 12, 31))
    with database.sessions() as session, pytest.raises(Refused, match="Nummernkreise"):
        datev.render(session, date(2026, 12, 1), date(2026, 12, 31))
    with database.sessions() as session, pytest.raises(Refused):
        datev.render(session, date(2026, 12, 1), date(2027, 1, 31))
    with database.sessions.begin() as session:
        accounting.save(session, replace(accounting.load(session), consultant="", client=""))
    with database.sessions() as session, pytest.raises(Refused, match="Buchhaltung"):
        datev.render(session, date(2026, 12, 1), date(2026, 12, 31))


def test_skr04_and_the_collective_account(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        config = accounting.load(session)
        accounting.save(
            session,
            replace(
                config,
                chart="SKR04",
                accounts=dict(accounting.DEFAULT_ACCOUNTS["SKR04"]),
                personal_accounts=False,
                fiscal_year_start=7,
            ),
        )
    invoice(database, customer_id)
    with database.sessions() as session:
        data, _count = datev.render(session, date(2026, 12, 1), date(2026, 12, 31))
        assert accounting.load(session).fiscal_year_of(date(2026, 3, 1)) == (
            date(2025, 7, 1),
            date(2026, 6, 30),
        )
    head, _columns, *rows = read(data)
    assert head[12] == "20260701" and head[26] == "04"
    assert {(r[6], r[7]) for r in rows} == {("1200", "4400"), ("1200", "4300")}


def test_settings_are_checked(database: Database) -> None:
    from meinbuero.services.errors import InvalidInput

    with database.sessions.begin() as session:
        config = accounting.load(session)
        assert config.accounts["revenue_19"] == "8400"
        with pytest.raises(InvalidInput) as refused:
            accounting.save(
                session,
                replace(
                    config,
                    consultant="12",
                    account_length=3,
                    accounts={**config.accounts, "bank": "12a"},
                ),
            )
        names = accounting.labels()
        assert refused.value.fields() == {
            names["consultant"],
            names["account_length"],
            names["bank"],
            *(names[k] for k in accounting.ACCOUNT_KEYS),  # 4 digits > length 3
        }
