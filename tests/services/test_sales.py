"""Sales documents through the service, on real company files: drafts, totals, finalising,
numbering, freezing (down to raw SQL), carrying on, cancelling, the lists and the Historie."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal as D  # noqa: N817 (short in the sums)

import pdfplumber
import pytest
from sqlalchemy import select

from meinbuero.services import documents, history, payments, sales, settings
from meinbuero.services.customers import Removal, remove_customer
from meinbuero.services.errors import InvalidInput, Refused
from meinbuero.store.database import Database
from meinbuero.store.models import Document, NumberRange, SalesDocument, SalesStatusChange
from tests.sales_data import (
    TODAY,
    add_article,
    add_customer,
    complete_company,
    invoice_input,
)


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        return add_customer(session)


def draft(database: Database, customer_id: int, kind: str = "invoice") -> int:
    with database.sessions.begin() as session:
        return sales.save_draft(session, None, invoice_input(session, customer_id, kind=kind)).id


def finalise(database: Database, document_id: int) -> str:
    with database.sessions.begin() as session:
        number = sales.finalise(session, document_id).number
    assert number is not None
    return number


def test_draft_totals_are_the_hand_computed_ones(database: Database, customer_id: int) -> None:
    # Beratung 4 × 95,00 = 380,00; Montage 3 × 65,00 = 195,00 − 5 % (9,75) = 185,25;
    # 19 %: base 565,25 → 107,3975 → 107,40. Fachbuch 39,90 at 7 % → 2,793 → 2,79.
    document_id = draft(database, customer_id)
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        assert (document.net_total, document.tax_total, document.gross_total) == (
            D("605.15"),
            D("110.19"),
            D("715.34"),
        )
        assert [line.net_amount for line in document.lines] == [
            D("380.00"),
            D("185.25"),
            D("39.90"),
        ]
        assert document.number is None and document.status == "draft"
        assert document.address.splitlines() == ["Beispiel AG", "Ringstraße 5", "80331 München"]


def test_customer_discount_and_payment_terms_come_from_the_conditions(database: Database) -> None:
    with database.sessions.begin() as session:
        customer_id = add_customer(session, discount="10", skonto=True)
        article_id = add_article(session, "Wartung", "120,00")
        data = sales.new_document(session, kind="invoice", customer_id=customer_id, today=TODAY)
        line = sales.line_from_article(session, article_id, customer_id=customer_id)
    assert (data.net_days, data.skonto_percent, data.skonto_days) == (30, D(2), 14)
    assert (line.name, line.unit_price, line.discount_percent) == ("Wartung", D(120), D(10))
    total = sales.document_totals([line], kind="invoice", tax_case="standard")
    assert (total.net, total.tax, total.gross) == (D("108.00"), D("20.52"), D("128.52"))


def test_optional_quote_lines_and_text_lines_do_not_count(
    database: Database, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id, kind="quote")
        data.lines.append(sales.LineInput(name="Alternative", unit_price=D(1000), optional=True))
        data.lines.append(sales.LineInput(kind="text", name="Lieferung frei Haus"))
        data.lines.insert(2, sales.LineInput(kind="subtotal"))
        document = sales.save_draft(session, None, data)
        assert document.gross_total == D("715.34")
        assert sales.subtotals(document.lines, kind="quote") == {2: D("565.25")}


def test_refused_lines_are_named_with_line_and_field(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id)
        data.lines[1] = replace(data.lines[1], name="", unit_price=D("1.23456"))
        data.lines[2] = replace(data.lines[2], vat_rate=D(150))
        with pytest.raises(InvalidInput) as raised:
            sales.save_draft(session, None, data)
    assert (
        raised.value.fields()
        == {
            "Zeile 2, Bezeichnung",
            "Zeile 2, Einzelpreis",
            "Zeile 3, USt. (%)",
        }
        or len(raised.value.errors) == 3
    )
    with database.sessions() as session:
        assert session.scalar(select(SalesDocument.id)) is None


def test_finalise_gives_the_number_files_the_pdf_and_logs(
    database: Database, customer_id: int
) -> None:
    document_id = draft(database, customer_id)
    number = finalise(database, document_id)
    assert number == "RE-2026-0001"
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        assert document.status == "open" and document.finalised_at is not None
        assert document.pdf_document_id is not None
        filed = session.get(Document, document.pdf_document_id)
        assert filed is not None and filed.customer_id == customer_id
        assert filed.category.name == "Rechnung" and filed.title == "Rechnung RE-2026-0001"
        path = documents.stored_path(session, filed.id)
        log = [c.status for c in sales.status_log(session, document_id)]
        assert log == ["draft", "open"]
        entries = history.history(session, customer_id)
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    for expected in ("RE-2026-0001", "Beispiel AG", "715,34", "DE136695976"):
        assert expected in text
    assert [(e.kind, e.id) for e in entries] == [("sales", document_id)]
    assert "RE-2026-0001" in entries[0].subject and "715,34 €" in entries[0].status


def test_numbers_follow_each_other_per_kind_and_year(database: Database, customer_id: int) -> None:
    numbers = [finalise(database, draft(database, customer_id)) for _ in range(3)]
    quote = finalise(database, draft(database, customer_id, kind="quote"))
    assert numbers == ["RE-2026-0001", "RE-2026-0002", "RE-2026-0003"]
    assert quote == "AN-2026-0001"
    # A new year starts again at 1; a document dated in the old year is then refused.
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id)
        new_year = sales.save_draft(session, None, replace(data, document_date=date(2027, 1, 2)))
        old_year = sales.save_draft(session, None, data)
        ids = new_year.id, old_year.id
    assert finalise(database, ids[0]) == "RE-2027-0001"
    with pytest.raises(Refused, match="2027"), database.sessions.begin() as session:
        sales.finalise(session, ids[1])
    with database.sessions() as session:
        assert sales.get_document(session, ids[1]).number is None
        assert session.get(NumberRange, "invoice").next_number == 2  # type: ignore[union-attr]


def test_missing_details_refuse_finalising_and_leave_the_draft(database: Database) -> None:
    with database.sessions.begin() as session:
        customer_id = add_customer(session)
        data = invoice_input(session, customer_id)
        data.service_date = None
        document_id = sales.save_draft(session, None, data).id
    with pytest.raises(Refused) as raised, database.sessions.begin() as session:
        sales.finalise(session, document_id)
    message = str(raised.value)
    assert "Steuernummer" in message and "Leistung" in message
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        assert document.number is None and document.pdf_document_id is None
        assert session.scalar(select(Document.id)) is None
        assert session.get(NumberRange, "invoice").next_number == 1  # type: ignore[union-attr]


def test_reverse_charge_needs_the_customers_vat_id(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id)
        data = replace(data, tax_case="reverse_charge", customer_vat_id="")
        document = sales.save_draft(session, None, data)
        assert document.tax_total == D("0.00") and document.gross_total == D("605.15")
        assert any("USt-IdNr" in p for p in sales.problems(session, document))


def test_small_invoice_needs_no_buyer_address(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id)
        data = replace(data, address="", lines=data.lines[2:])  # 42,69 € gross
        small = sales.save_draft(session, None, data)
        assert sales.problems(session, small) == []
        big = sales.save_draft(
            session, None, replace(invoice_input(session, customer_id), address="")
        )
        assert sales.problems(session, big) != []


def test_a_finalised_document_cannot_be_changed_even_in_raw_sql(
    database: Database, customer_id: int
) -> None:
    document_id = draft(database, customer_id)
    finalise(database, document_id)
    with database.sessions.begin() as session, pytest.raises(Refused):
        sales.save_draft(session, document_id, invoice_input(session, customer_id))
    connection = sqlite3.connect(database.path)
    attempts = [
        "UPDATE sales_document SET gross_total = 1 WHERE id = ?",
        "UPDATE sales_document SET address = 'x' WHERE id = ?",
        "UPDATE sales_document SET status = 'draft' WHERE id = ?",
        "DELETE FROM sales_document WHERE id = ?",
        "UPDATE sales_line SET quantity = 99 WHERE document_id = ?",
        "DELETE FROM sales_line WHERE document_id = ?",
        "INSERT INTO sales_line (document_id, position, kind, article_number, name, description,"
        " quantity, unit, unit_price, discount_percent, vat_rate, vat_category, optional,"
        " net_amount) VALUES (?, 99, 'item', '', 'x', '', 1, 'C62', 1, 0, 19, 'S', 0, 1)",
        "UPDATE sales_status_change SET status = 'x' WHERE document_id = ?",
        "DELETE FROM sales_status_change WHERE document_id = ?",
        "UPDATE document SET deleted_at = '2026-12-06' WHERE id = "
        "(SELECT pdf_document_id FROM sales_document WHERE id = ?)",
    ]
    for statement in attempts:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(statement, (document_id,))
    # The status alone may change (and is logged by the service).
    connection.execute(
        "UPDATE sales_document SET status = 'cancelled' WHERE id = ?", (document_id,)
    )
    connection.rollback()
    connection.close()
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        assert document.gross_total == D("715.34") and len(document.lines) == 3


def test_the_filed_pdf_cannot_be_deleted_or_replaced(database: Database, customer_id: int) -> None:
    document_id = draft(database, customer_id)
    finalise(database, document_id)
    with database.sessions() as session:
        pdf_id = sales.get_document(session, document_id).pdf_document_id
    assert pdf_id is not None
    with pytest.raises(Refused), database.sessions.begin() as session:
        documents.delete_document(session, pdf_id)
    with pytest.raises(Refused), database.sessions.begin() as session:
        documents.add_version_bytes(session, pdf_id, b"%PDF-1.4 changed")


def test_quote_carried_on_to_order_and_invoice_updates_the_statuses(
    database: Database, customer_id: int
) -> None:
    quote_id = draft(database, customer_id, kind="quote")
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id, kind="quote")
        data.lines.append(sales.LineInput(name="Option", unit_price=D(500), optional=True))
        sales.save_draft(session, quote_id, data)
    finalise(database, quote_id)
    with database.sessions.begin() as session:
        order_id = sales.convert(session, quote_id, "order_confirmation", today=TODAY)
    finalise(database, order_id)
    with database.sessions() as session:
        assert sales.get_document(session, quote_id).status == "accepted"
        order = sales.get_document(session, order_id)
        assert order.source_id == quote_id and len(order.lines) == 3  # the option left out
    with database.sessions.begin() as session:
        invoice_id = sales.convert(session, order_id, "invoice", today=TODAY)
        with pytest.raises(Refused):
            sales.convert(session, invoice_id, "quote")
    finalise(database, invoice_id)
    with database.sessions() as session:
        assert sales.get_document(session, order_id).status == "billed"
        assert sales.get_document(session, quote_id).status == "billed"
        assert sales.get_document(session, invoice_id).gross_total == D("715.34")


def test_cancel_makes_a_finalised_reversing_document(database: Database, customer_id: int) -> None:
    invoice_id = draft(database, customer_id)
    number = finalise(database, invoice_id)
    with database.sessions.begin() as session:
        cancellation = sales.cancel(session, invoice_id, today=TODAY)
        assert cancellation.number == "ST-2026-0001"
        assert cancellation.gross_total == D("-715.34")
        assert cancellation.cancels_id == invoice_id and cancellation.reference == number
    with database.sessions() as session:
        assert sales.get_document(session, invoice_id).status == "cancelled"
        log = session.scalars(
            select(SalesStatusChange.status).where(SalesStatusChange.document_id == invoice_id)
        ).all()
        assert log == ["draft", "open", "cancelled"]
    with pytest.raises(Refused), database.sessions.begin() as session:
        sales.cancel(session, invoice_id)


def test_drafts_can_be_deleted_finalised_documents_not(
    database: Database, customer_id: int
) -> None:
    kept, gone = draft(database, customer_id), draft(database, customer_id)
    finalise(database, kept)
    with database.sessions.begin() as session:
        sales.delete_draft(session, gone)
        with pytest.raises(Refused):
            sales.delete_draft(session, kept)
    with database.sessions.begin() as session:
        assert remove_customer(session, customer_id) == Removal.ARCHIVED


def test_lists_filter_sort_and_sum_in_sql(database: Database, customer_id: int) -> None:
    first, second = draft(database, customer_id), draft(database, customer_id)
    finalise(database, first)
    quote = draft(database, customer_id, kind="quote")
    with database.sessions() as session:
        invoices = sales.SalesQuery(kind="invoice")
        assert set(sales.document_ids(session, invoices)) == {first, second}
        assert sales.document_ids(session, replace(invoices, status="open")) == [first]
        assert sales.document_ids(session, replace(invoices, text="re-2026-0001")) == [first]
        assert sales.document_ids(session, replace(invoices, text="beispiel münchen")) != []
        assert sales.document_ids(session, sales.SalesQuery(kind="quote")) == [quote]
        by_number = sales.document_ids(session, replace(invoices, sort="number", descending=False))
        assert by_number == [second, first]  # a draft has no number: first when ascending
        assert sales.document_sums(session, invoices) == (2, D("1210.30"), D("1430.68"))
        rows = sales.document_rows(session, [first])
        assert rows[first].number == "RE-2026-0001" and rows[first].customer_name == "Beispiel AG"
        later = replace(invoices, date_from=date(2026, 12, 7))
        assert sales.document_ids(session, later) == []


def test_number_range_with_year_is_set_in_the_settings(database: Database) -> None:
    with database.sessions.begin() as session:
        with pytest.raises(InvalidInput):
            settings.save_number_range(
                session, key="invoice", prefix="R", next_number=1, width=5, with_year=False
            )
        settings.save_number_range(
            session,
            key="invoice",
            prefix="R",
            next_number=1,
            width=5,
            with_year=False,
            yearly_reset=False,
        )
        assert settings.take_numbers(session, "invoice", 2, taken=lambda _: set()) == [
            "R00001",
            "R00002",
        ]


def test_warnings_name_the_credit_limit_and_the_small_business_limits(
    database: Database, customer_id: int
) -> None:
    from meinbuero.services.conditions import ConditionsInput, save_conditions

    finalise(database, draft(database, customer_id))  # 715,34 € open
    with database.sessions.begin() as session:
        save_conditions(session, ConditionsInput(credit_limit="1.000"), customer_id=customer_id)
        second = sales.save_draft(session, None, invoice_input(session, customer_id))
        assert payments.open_total(session, customer_id) == D("715.34")
        assert sales.warnings(session, second) == [
            "Mit dieser Rechnung schuldet der Kunde 1.430,68 €, mehr als das Limit von "
            "1.000,00 € in den Konditionen."
        ]
        complete_company(session, kleinunternehmer=True)
        small = sales.save_draft(
            session,
            None,
            replace(invoice_input(session, customer_id), tax_case="small_business"),
        )
        small.net_total = D("99500.00")  # a draft: as if this year had been busy
        assert any("100.000" in w for w in sales.warnings(session, small))


def test_a_yearly_range_counts_on_from_the_number_typed(database: Database) -> None:
    this_year = date.today().year
    with database.sessions.begin() as session:
        settings.save_number_range(session, key="invoice", prefix="RE-", next_number=38, width=4)
        assert settings.take_numbers(session, "invoice", 1, taken=lambda _: set()) == [
            f"RE-{this_year}-0038"
        ]
        # A range last used in an earlier year starts again at 1, unless a number is typed.
        row = session.get(NumberRange, "invoice")
        assert row is not None
        row.year, row.next_number = this_year - 1, 57
        settings.save_number_range(session, key="invoice", prefix="RE-", next_number=57, width=4)
        assert settings.take_numbers(session, "invoice", 1, taken=lambda _: set()) == [
            f"RE-{this_year}-0001"
        ]
        row.year, row.next_number = this_year - 1, 57
        settings.save_number_range(session, key="invoice", prefix="RE-", next_number=5, width=4)
        assert settings.take_numbers(session, "invoice", 1, taken=lambda _: set()) == [
            f"RE-{this_year}-0005"
        ]


def test_customers_without_terms_get_the_companys(database: Database) -> None:
    from meinbuero.services import sales_settings
    from meinbuero.services.customers import CustomerInput, save_customer

    with database.sessions.begin() as session:
        bare = save_customer(session, CustomerInput(company_name="Ohne Konditionen")).id
        assert sales.new_document(session, kind="invoice", customer_id=bare).net_days == 14
        sales_settings.save_payment_terms(
            session, net_days="21", skonto_percent="3", skonto_days="7"
        )
        data = sales.new_document(session, kind="invoice", customer_id=bare)
        assert (data.net_days, data.skonto_percent, data.skonto_days) == (21, D(3), 7)
        own = add_customer(session, skonto=True)
        data = sales.new_document(session, kind="invoice", customer_id=own)
        assert (data.net_days, data.skonto_percent, data.skonto_days) == (30, D(2), 14)


def test_a_foreign_address_ends_with_the_country_in_german_capitals(database: Database) -> None:
    from meinbuero import i18n
    from meinbuero.services.customers import CustomerInput, save_customer

    i18n.set_language("en")  # the program in English: the address stays German
    with database.sessions.begin() as session:
        saved = save_customer(
            session,
            CustomerInput(
                kind="company",
                company_name="Alpen GmbH",
                street="Ring 1",
                postcode="1010",
                city="Wien",
                country="AT",
            ),
        )
        data = sales.new_document(session, kind="invoice", customer_id=saved.id)
    assert data.address.splitlines() == ["Alpen GmbH", "Ring 1", "1010 Wien", "ÖSTERREICH"]


def test_an_invoice_cannot_be_dated_before_one_already_issued(
    database: Database, customer_id: int
) -> None:
    finalise(database, draft(database, customer_id))  # RE-2026-0001 of 06.12.2026
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id)
        earlier = sales.save_draft(session, None, replace(data, document_date=date(2026, 12, 5)))
        same_day = sales.save_draft(session, None, data)
        assert sales.problems(session, earlier) == [
            "Das Datum liegt vor dem von RE-2026-0001 (06.12.2026), das schon ausgestellt ist; "
            "bitte datieren Sie den Beleg auf den 06.12.2026 oder später."
        ]
        assert sales.problems(session, same_day) == []
        quote = sales.save_draft(
            session,
            None,
            replace(
                invoice_input(session, customer_id, kind="quote"), document_date=date(2026, 1, 2)
            ),
        )
        assert sales.problems(session, quote) == []  # quotes are not bookkeeping vouchers
