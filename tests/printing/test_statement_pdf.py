"""The Kontoauszug as PDF, read back with pdfplumber: the rows, the final balance in words,
German formats, and the balance carried over to page 2 of a long statement."""

from __future__ import annotations

import io
import itertools
import re
from datetime import date, timedelta
from decimal import Decimal as D  # noqa: N817 (short in the sums)

import pdfplumber
import pytest

from meinbuero.printing.model import InfoItem, PrintStatement, StatementRow
from meinbuero.printing.statement import render_statement
from meinbuero.services import statement
from meinbuero.store.database import Database
from tests.printing import documents
from tests.printing.test_sales_pdf import AMOUNT, german_amount, pages_text
from tests.stats_data import make_story


def test_the_story_as_pdf(database: Database) -> None:
    story = make_story(database)
    with database.sessions() as session:
        shown = statement.statement(session, story.customer_id, date_from=date(2026, 2, 15))
        pdf = statement.pdf_bytes(session, shown, today=date(2026, 12, 6))
    text = "\n".join(pages_text(pdf))
    assert "Kontoauszug" in text and "Beispiel AG" in text and "Ringstraße 5" in text
    assert "Zeitraum 15.02.2026 – 06.12.2026" in text
    assert "Kundennr. K" in text
    # The opening balance first, every date German, the final balance in words.
    assert re.search(r"15\.02\.2026 Saldovortrag 138,00 €", text)
    assert "Datum Beleg Text Soll Haben Saldo" in text
    assert re.search(r"20\.02\.2026 RE-2026-\d{4} Rechnung 357,00 € 495,00 €", text)
    assert re.search(r"10\.03\.2026 RE-2026-\d{4} Zahlung \(Überweisung\) 357,00 € -100,00 €", text)
    assert "Saldo am 06.12.2026 38,23 €" in text
    assert "Ihr Saldo zu unseren Gunsten: 38,23 €" in text


def _long_statement(rows: int) -> PrintStatement:
    """Invoices of 100,00 € and payments of 60,00 € by turns, after an opening of 1.000,00."""
    made = [StatementRow(date(2026, 1, 1), "", "Saldovortrag", D(0), D(0), D("1000.00"))]
    balance = D("1000.00")
    for index in range(rows):
        on = date(2026, 1, 2) + timedelta(days=index)
        if index % 2 == 0:
            balance += D("100.00")
            made.append(
                StatementRow(on, f"RE-2026-{index:04d}", "Rechnung", D("100.00"), D(0), balance)
            )
        else:
            balance -= D("60.00")
            made.append(
                StatementRow(
                    on,
                    f"RE-2026-{index - 1:04d}",
                    "Zahlung (Überweisung)",
                    D(0),
                    D("60.00"),
                    balance,
                )
            )
    return PrintStatement(
        letterhead=documents.LETTERHEAD,
        return_line="Muster Software GmbH · Hauptstraße 1 · 50667 Köln",
        address_lines=documents.RECIPIENT,
        info=(InfoItem("Kundennr.", "K10001"), InfoItem("Datum", "06.12.2026")),
        title="Kontoauszug",
        intro="Sehr geehrte Damen und Herren,",
        rows=tuple(made),
        closing_label="Saldo am 06.12.2026",
        closing=balance,
        closing_sentence=statement.balance_sentence(balance),
    )


@pytest.mark.parametrize("rows", [90])
def test_a_long_statement_carries_its_balance_over(rows: int) -> None:
    printed = _long_statement(rows)
    pages = pages_text(render_statement(printed))
    assert len(pages) >= 3
    for number, (page, following) in enumerate(itertools.pairwise(pages), start=1):
        assert f"Seite {number} von {len(pages)}" in page
        out = re.findall(r"Übertrag " + AMOUNT, page)
        came = re.findall(r"Übertrag " + AMOUNT, following)
        assert out and came and out[-1] == came[0]
        # What is carried is the balance of the page's last row.
        last_row = re.findall(r"\d{2}\.\d{2}\.\d{4} RE-\S+ .*? " + AMOUNT + r"\n", page)[-1]
        assert german_amount(out[-1]) == german_amount(last_row)
        assert "Datum Beleg Text Soll Haben Saldo" in following
    # 45 invoices of 100,00 and 45 payments of 60,00 after 1.000,00.
    assert printed.closing == D("2800.00")
    assert "Ihr Saldo zu unseren Gunsten: 2.800,00 €" in pages[-1]


def test_a_credit_is_said_as_credit() -> None:
    printed = _long_statement(0)
    credit = PrintStatement(
        **{
            **printed.__dict__,
            "closing": D("-1234.56"),
            "closing_sentence": statement.balance_sentence(D("-1234.56")),
        }
    )
    text = pages_text(render_statement(credit))[0]
    assert "Ihr Guthaben: 1.234,56 €" in text
    assert "-1.234,56 €" in text
    with pdfplumber.open(io.BytesIO(render_statement(credit))) as pdf:
        assert len(pdf.pages) == 1
