"""The demo company: complete, valid, reproducible, and found by the search."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from email_validator import validate_email
from schwifty import IBAN
from sqlalchemy import Connection, select, text
from stdnum.eu import vat

from meinbuero.domain.bank import check_iban
from meinbuero.domain.phone import parse_phone
from meinbuero.domain.taxid import normalize_tax_number
from meinbuero.i18n import set_language
from meinbuero.services.demo import CompanyNotEmptyError, DemoSummary, make_demo
from meinbuero.services.demo_places import PLACES
from meinbuero.services.errors import Refused
from meinbuero.store import search
from meinbuero.store.database import Database, open_company
from meinbuero.store.listing import ListQuery, customer_ids
from meinbuero.store.models import Article, Base, SalesDocument, SalesLine

TODAY = date(2026, 3, 15)
CUSTOMERS = 400
AREA_CODES = {place.city: place.area_code for place in PLACES}
POSTCODES = {place.city: (place.postcode_first, place.postcode_last) for place in PLACES}


@dataclass(frozen=True)
class Demo:
    database: Database
    summary: DemoSummary
    progress: list[tuple[int, int]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    database = open_company(tmp_path_factory.mktemp("demo") / "demo.sqlite", create=True)
    calls: list[tuple[int, int]] = []
    summary = make_demo(
        database,
        customers=CUSTOMERS,
        seed=7,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
        sales_years=0,
    )
    yield Demo(database, summary, calls)
    database.close()


@pytest.fixture
def connection(demo: Demo) -> Iterator[Connection]:
    with demo.database.engine.connect() as connection:
        yield connection


def rows(connection: Connection, sql: str) -> list[Any]:
    return list(connection.execute(text(sql)))


def dump(path: Path, *, seed: int) -> dict[str, list[tuple[Any, ...]]]:
    """Make a demo file and read every table back, the search index included."""
    database = open_company(path, create=True)
    try:
        make_demo(database, customers=150, seed=seed, today=TODAY, sales_years=0)
        tables = [table.name for table in Base.metadata.sorted_tables] + [search.TABLE]
        # The templates seeded with the company carry the moment the file was made.
        columns = {"text_template": "id, kind, name, subject, body, advertising"}
        with database.engine.connect() as connection:
            return {
                name: [
                    tuple(row)
                    for row in connection.execute(
                        text(f"SELECT {columns.get(name, '*')} FROM {name} ORDER BY rowid")
                    )
                ]
                for name in tables
            }
    finally:
        database.close()


def test_counts_match_the_summary(demo: Demo, connection: Connection) -> None:
    def count(sql: str) -> int:
        return int(connection.execute(text(sql)).scalar_one())

    summary = demo.summary
    assert summary.customers == CUSTOMERS == count("SELECT count(*) FROM customer")
    assert summary.contact_persons == count("SELECT count(*) FROM contact_person")
    assert summary.notes == count("SELECT count(*) FROM note")
    archived = count("SELECT count(*) FROM customer WHERE archived_at IS NOT NULL")
    assert summary.archived == archived > 0
    assert count("SELECT count(*) FROM customer_search") == CUSTOMERS
    companies = count("SELECT count(*) FROM customer WHERE kind = 'company'")
    assert 0.6 * CUSTOMERS < companies < 0.8 * CUSTOMERS
    assert count("SELECT count(*) FROM customer_group_link") > CUSTOMERS / 2
    assert count("SELECT count(*) FROM social_profile") > 0
    assert count("SELECT count(*) FROM customer WHERE form_of_address = 'du'") > 0
    assert count("SELECT count(*) FROM customer WHERE title = 'Dr.'") > 0
    assert demo.progress[-1] == (CUSTOMERS, CUSTOMERS)


def test_customer_numbers_follow_the_number_range(connection: Connection) -> None:
    numbers = [row.number for row in rows(connection, "SELECT number FROM customer ORDER BY id")]
    assert numbers[0] == "K10001"
    assert numbers[-1] == f"K{10000 + CUSTOMERS}"
    next_number = connection.execute(
        text("SELECT next_number FROM number_range WHERE key = 'customer'")
    ).scalar_one()
    assert next_number == 10001 + CUSTOMERS


def test_own_company_and_display_name(connection: Connection) -> None:
    (company,) = rows(connection, "SELECT * FROM company")
    assert company.id == 1
    assert company.name and company.street and company.city and company.phone
    assert vat.is_valid(company.vat_id)
    assert IBAN(company.iban, validate_bban=True).bic == company.bic
    assert not company.kleinunternehmer
    validate_email(company.email, check_deliverability=False)
    assert company.postcode.isdigit()
    name = connection.execute(
        text("SELECT value FROM setting WHERE key = 'user_display_name'")
    ).scalar_one()
    assert len(name.split()) == 2
    authors = {row.author for row in rows(connection, "SELECT DISTINCT author FROM note")}
    assert authors == {name}


def test_custom_fields_of_every_type_with_values_in_their_column(connection: Connection) -> None:
    defined = {
        row.slot: row
        for row in rows(connection, "SELECT * FROM custom_field_definition WHERE label != ''")
    }
    assert 6 <= len(defined) < 20
    assert {row.field_type for row in defined.values()} == {
        "text",
        "number",
        "date",
        "bool",
        "choice",
    }
    column = {
        "text": "text_value",
        "choice": "text_value",
        "number": "number_value",
        "date": "date_value",
        "bool": "bool_value",
    }
    values = rows(connection, "SELECT * FROM custom_field_value")
    assert {value.slot for value in values} == set(defined)
    for value in values:
        definition = defined[value.slot]
        filled = [
            name
            for name in ("text_value", "number_value", "date_value", "bool_value")
            if getattr(value, name) is not None
        ]
        assert filled == [column[definition.field_type]]
        if definition.field_type == "choice":
            assert value.text_value in definition.choices.splitlines()


def test_phone_numbers_are_valid_and_in_the_city(connection: Connection) -> None:
    customers = rows(connection, "SELECT * FROM customer")
    assert sum(1 for c in customers if c.phone) > CUSTOMERS / 2
    assert any(c.fax for c in customers)
    for customer in customers:
        area = AREA_CODES[customer.city]
        for typed, e164 in (
            (customer.phone, customer.phone_e164),
            (customer.fax, customer.fax_e164),
        ):
            if not typed:
                assert e164 is None
                continue
            number = phonenumbers.parse(e164)
            assert phonenumbers.is_valid_number(number), e164
            assert phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE
            assert ("0" + str(number.national_number)).startswith(area), (typed, customer.city)
            assert parse_phone(typed).e164 == e164
        if customer.mobile:
            number = phonenumbers.parse(customer.mobile_e164)
            assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
            assert parse_phone(customer.mobile).e164 == customer.mobile_e164
    for contact in rows(connection, "SELECT * FROM contact_person"):
        for typed, e164 in (
            (contact.phone, contact.phone_e164),
            (contact.mobile, contact.mobile_e164),
        ):
            if typed:
                assert parse_phone(typed).e164 == e164 is not None


def test_postcodes_lie_in_the_city(connection: Connection) -> None:
    for customer in rows(connection, "SELECT postcode, city, country FROM customer"):
        first, last = POSTCODES[customer.city]
        assert len(customer.postcode) == 5 and customer.postcode.isdigit()
        assert first <= int(customer.postcode) <= last
        assert customer.country == "DE"


def test_email_addresses_are_valid(connection: Connection) -> None:
    addresses = [
        address
        for row in rows(connection, "SELECT email, invoice_email FROM customer")
        for address in row
        if address
    ] + [row.email for row in rows(connection, "SELECT email FROM contact_person") if row.email]
    assert len(addresses) > CUSTOMERS
    for address in addresses:
        assert address.isascii()
        validate_email(address, check_deliverability=False)


def test_bank_details_and_vat_ids_are_valid(connection: Connection) -> None:
    customers = rows(connection, "SELECT * FROM customer")
    with_iban = [c for c in customers if c.iban]
    with_vat_id = [c for c in customers if c.vat_id]
    assert with_iban and with_vat_id
    for customer in with_iban:
        account = check_iban(customer.iban)
        assert (account.iban, account.bic, account.bank_name) == (
            customer.iban,
            customer.bic,
            customer.bank_name,
        )
        assert customer.account_holder
    for customer in with_vat_id:
        assert customer.kind == "company"
        assert vat.is_valid(customer.vat_id), customer.vat_id
    tax_numbers = [c.tax_number for c in customers if c.tax_number]
    tax_numbers.append(connection.execute(text("SELECT tax_number FROM company")).scalar_one())
    for tax_number in tax_numbers:
        assert normalize_tax_number(tax_number) == tax_number


def test_every_customer_has_conditions(connection: Connection) -> None:
    missing = rows(
        connection,
        "SELECT id FROM customer WHERE id NOT IN (SELECT customer_id FROM conditions)",
    )
    assert missing == []
    conditions = rows(connection, "SELECT * FROM conditions")
    assert {c.net_days for c in conditions} >= {14, 30}
    assert any(c.skonto_percent == 200 and c.skonto_days == 10 for c in conditions)
    assert any(c.credit_limit for c in conditions)


def test_companies_have_exactly_one_main_contact(connection: Connection) -> None:
    mains = dict(
        rows(
            connection,
            "SELECT c.kind, count(*) FROM customer AS c JOIN contact_person AS p"
            " ON p.customer_id = c.id AND p.is_main GROUP BY c.kind",
        )
    )
    companies = connection.execute(
        text("SELECT count(*) FROM customer WHERE kind = 'company'")
    ).scalar_one()
    assert mains == {"company": companies}
    positions = {row.position for row in rows(connection, "SELECT position FROM contact_person")}
    assert {"Geschäftsführer", "Geschäftsführerin"} <= positions
    further = rows(
        connection,
        "SELECT customer_id FROM contact_person GROUP BY customer_id HAVING count(*) > 1",
    )
    assert further


def test_history_lies_before_today(connection: Connection) -> None:
    # SQLite gives the stored naive UTC texts; they compare in order.
    today = datetime.combine(TODAY, time(0), UTC).replace(tzinfo=None).isoformat(" ")
    five_years = TODAY.replace(year=TODAY.year - 5).isoformat()
    assert rows(connection, f"SELECT id FROM note WHERE created_at >= '{today}'") == []
    assert rows(connection, f"SELECT id FROM customer WHERE created_at >= '{today}'") == []
    assert rows(connection, f"SELECT id FROM customer WHERE created_at < '{five_years}'") == []
    early = rows(connection, "SELECT min(created_at) AS first FROM note")[0].first
    assert early < TODAY.replace(year=TODAY.year - 3).isoformat()
    for table in ("event", "task", "appointment"):
        assert rows(connection, f"SELECT id FROM {table} WHERE created_at >= '{today}'") == []
    assert rows(connection, f"SELECT id FROM event WHERE occurred_at >= '{today}'") == []
    assert rows(connection, f"SELECT id FROM task WHERE done_at >= '{today}'") == []
    # "Letzte Verarbeitung" is the newest of the customer's notes, events, tasks, appointments.
    wrong = rows(
        connection,
        "SELECT c.id FROM customer AS c LEFT JOIN ("
        " SELECT customer_id, created_at FROM note"
        " UNION ALL SELECT customer_id, created_at FROM event"
        " UNION ALL SELECT customer_id, created_at FROM task"
        " UNION ALL SELECT customer_id, created_at FROM appointment"
        ") AS n ON n.customer_id = c.id"
        " GROUP BY c.id HAVING c.last_processed_at != max(c.created_at, ifnull(max(n.created_at),"
        " c.created_at)) OR min(n.created_at) <= c.created_at",
    )
    assert wrong == []


def test_history_over_the_years_with_what_is_due_today(demo: Demo, connection: Connection) -> None:
    from meinbuero.services.due import due_list

    summary = demo.summary
    assert summary.events == len(rows(connection, "SELECT id FROM event")) > CUSTOMERS
    assert summary.tasks == len(rows(connection, "SELECT id FROM task")) > CUSTOMERS / 2
    assert summary.appointments == len(rows(connection, "SELECT id FROM appointment")) > 0
    years = rows(connection, "SELECT DISTINCT substr(occurred_at, 1, 4) AS y FROM event")
    assert len(years) >= 5
    types = rows(connection, "SELECT DISTINCT event_type_id FROM event")
    assert len(types) == 10
    tomorrow = datetime.combine(TODAY, time(0), UTC).replace(tzinfo=None).isoformat(" ")
    coming = rows(connection, f"SELECT id FROM appointment WHERE starts_at >= '{tomorrow}'")
    assert len(coming) > 0
    archived_open = rows(
        connection,
        "SELECT t.id FROM task AS t JOIN customer AS c ON c.id = t.customer_id"
        " WHERE c.archived_at IS NOT NULL AND (t.done_at IS NULL OR t.follow_up_on IS NOT NULL)",
    )
    assert archived_open == []
    with demo.database.sessions() as session:
        due = due_list(session, today=TODAY)
    reasons = {entry.reason for entry in due}
    assert reasons == {"task", "follow_up", "birthday"}
    assert all(entry.day <= TODAY for entry in due if entry.reason != "birthday")


def test_sort_keys_are_the_folded_display_names(connection: Connection) -> None:
    for customer in rows(connection, "SELECT * FROM customer"):
        display = (
            customer.company_name
            if customer.kind == "company"
            else f"{customer.last_name}, {customer.first_name}"
        )
        assert customer.sort_key == search.fold(display)


def test_birthdays_with_and_without_year_and_a_29_february(connection: Connection) -> None:
    birthdays = rows(
        connection,
        "SELECT birthday_day AS day, birthday_month AS month, birthday_year AS year"
        " FROM customer WHERE birthday_month IS NOT NULL UNION ALL"
        " SELECT birthday_day, birthday_month, birthday_year"
        " FROM contact_person WHERE birthday_month IS NOT NULL",
    )
    assert any(b.year is None for b in birthdays)
    assert any(b.day == 29 and b.month == 2 and calendar.isleap(b.year) for b in birthdays)
    for birthday in birthdays:
        date(birthday.year or 2000, birthday.month, birthday.day)


def test_search_finds_customers_by_city_and_name(connection: Connection) -> None:
    person = rows(
        connection,
        "SELECT * FROM customer WHERE kind = 'person' AND archived_at IS NULL ORDER BY id LIMIT 1",
    )[0]
    assert person.id in customer_ids(connection, ListQuery(text=person.last_name))
    assert person.id in customer_ids(
        connection, ListQuery(text=f"{person.city} {person.first_name}")
    )
    contact = rows(
        connection,
        "SELECT p.customer_id, p.last_name FROM contact_person AS p JOIN customer AS c"
        " ON c.id = p.customer_id WHERE c.archived_at IS NULL ORDER BY p.id LIMIT 1",
    )[0]
    assert contact.customer_id in customer_ids(connection, ListQuery(text=contact.last_name))


def test_same_seed_makes_the_same_company(tmp_path: Path) -> None:
    first = dump(tmp_path / "first.sqlite", seed=3)
    assert first == dump(tmp_path / "second.sqlite", seed=3)
    other = dump(tmp_path / "other.sqlite", seed=4)
    assert other["customer"] != first["customer"]
    assert other["company"] != first["company"]


def test_refuses_a_company_file_with_customers(demo: Demo) -> None:
    set_language("de")
    try:
        with pytest.raises(CompanyNotEmptyError, match="Firmendatei") as raised:
            make_demo(demo.database, customers=10, today=TODAY)
    finally:
        set_language(None)
    assert isinstance(raised.value, Refused)
    with demo.database.engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM customer")).scalar_one()
    assert count == CUSTOMERS


# --- three years of selling ---------------------------------------------------------------------

SELLING_CUSTOMERS = 20


@pytest.fixture(scope="module")
def sold(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    database = open_company(tmp_path_factory.mktemp("sold") / "sold.sqlite", create=True)
    summary = make_demo(database, customers=SELLING_CUSTOMERS, seed=5, today=TODAY, sales_years=3)
    yield Demo(database, summary, [])
    database.close()


@pytest.fixture
def sold_connection(sold: Demo) -> Iterator[Connection]:
    with sold.database.engine.connect() as connection:
        yield connection


def test_articles_in_groups_with_believable_units_and_rates(sold: Demo) -> None:
    with sold.database.sessions() as session:
        articles = list(session.scalars(select(Article)))
    assert sold.summary.articles == len(articles) >= 20
    assert 3 <= len({a.article_group for a in articles}) <= 4
    assert {"HUR", "C62", "MTR", "MTK", "LS"} <= {a.unit for a in articles}
    assert {a.vat_rate for a in articles} == {Decimal(19), Decimal(7)}
    assert sum(1 for a in articles if a.vat_rate == 7) <= 4
    consulting = next(a for a in articles if a.name == "IT-Beratung")
    assert (consulting.unit, consulting.unit_price) == ("HUR", Decimal(95))


def test_the_company_has_what_an_invoice_needs(sold_connection: Connection) -> None:
    (company,) = rows(sold_connection, "SELECT * FROM company")
    assert company.street and company.postcode and company.city and company.phone
    assert company.tax_number and vat.is_valid(company.vat_id)
    assert IBAN(company.iban).country_code == "DE"
    assert company.name.endswith("GmbH") and company.register_court
    assert company.register_number.startswith("HRB ") and company.managing_director
    assert company.website.startswith("https://www.") and company.email


def _documents(demo: Demo) -> list[SalesDocument]:
    with demo.database.sessions() as session:
        return list(session.scalars(select(SalesDocument).order_by(SalesDocument.id)))


def test_numbers_have_no_gaps_and_ascend_with_the_dates(sold: Demo) -> None:
    documents = _documents(sold)
    assert sold.summary.sales_documents == len(documents) > 50
    assert all(d.number and d.finalised_at and d.status != "draft" for d in documents)
    groups: dict[tuple[str, int], list[SalesDocument]] = {}
    for document in documents:
        groups.setdefault((document.kind, document.document_date.year), []).append(document)
    years = {year for _, year in groups}
    assert years == {TODAY.year - 3, TODAY.year - 2, TODAY.year - 1, TODAY.year}
    for (_, year), group in groups.items():
        numbers = sorted(d.number or "" for d in group)
        counters = [int(n.rsplit("-", 1)[1]) for n in numbers]
        assert counters == list(range(1, len(group) + 1))
        assert all(n.split("-")[1] == str(year) for n in numbers)
        group.sort(key=lambda d: d.number or "")
        dates = [d.document_date for d in group]
        assert dates == sorted(dates)
    first = TODAY.replace(year=TODAY.year - 3)
    assert all(first <= d.document_date < TODAY for d in documents)
    assert all(d.document_date.weekday() < 5 for d in documents)


def test_every_finalised_document_has_its_pdf_filed(
    sold: Demo, sold_connection: Connection
) -> None:
    filed = rows(
        sold_connection,
        "SELECT s.id, d.title, d.customer_id = s.customer_id AS same FROM sales_document AS s"
        " JOIN document AS d ON d.id = s.pdf_document_id",
    )
    assert len(filed) == len(_documents(sold))
    assert all(row.same and row.title for row in filed)
    from meinbuero.services import sales

    with sold.database.sessions() as session:
        first = sales.pdf_bytes(session, filed[0].id)
    assert first.startswith(b"%PDF")


def test_statuses_tell_a_consistent_story(sold: Demo) -> None:
    documents = _documents(sold)
    by_id = {d.id: d for d in documents}
    kinds = {d.kind for d in documents}
    assert kinds == {"quote", "order_confirmation", "delivery_note", "invoice", "cancellation"}
    quotes = [d for d in documents if d.kind == "quote"]
    assert {q.status for q in quotes} >= {"billed", "rejected"}
    for quote in quotes:
        followers = [d for d in documents if d.source_id == quote.id]
        if quote.status in ("accepted", "billed"):
            assert [f.kind for f in followers] == ["order_confirmation"]
        else:
            assert followers == []
        if quote.status == "open":
            assert (TODAY - quote.document_date).days <= 60
    for document in documents:
        if document.source_id is not None:
            source = by_id[document.source_id]
            assert source.document_date <= document.document_date
            if document.kind == "invoice":
                assert source.status == "billed"
    for invoice in (d for d in documents if d.kind == "invoice"):
        assert invoice.service_date is not None and invoice.service_date <= invoice.document_date
    cancellations = [d for d in documents if d.kind == "cancellation"]
    assert 2 <= len(cancellations) <= 3
    for cancellation in cancellations:
        assert cancellation.cancels_id is not None
        invoice = by_id[cancellation.cancels_id]
        assert invoice.status == "cancelled"
        assert cancellation.gross_total == -invoice.gross_total
    cancelled = {d.id for d in documents if d.status == "cancelled"}
    assert cancelled == {c.cancels_id for c in cancellations}
    assert any(d.skonto_percent for d in documents if d.kind == "invoice")
    assert any(d.service_end for d in documents if d.kind == "invoice")


def test_some_quotes_offer_an_alternative_left_out_when_carried_on(sold: Demo) -> None:
    with sold.database.sessions() as session:
        optional = list(session.scalars(select(SalesLine).where(SalesLine.optional.is_(True))))
        assert optional
        for line in optional:
            quote = session.get_one(SalesDocument, line.document_id)
            assert quote.kind == "quote"
            followers = session.scalars(
                select(SalesDocument).where(SalesDocument.source_id == quote.id)
            )
            for follower in followers:
                assert len(follower.lines) == len(quote.lines) - 1


def test_invoices_have_one_to_eight_lines(sold_connection: Connection) -> None:
    counts = rows(
        sold_connection,
        "SELECT s.id, count(l.id) AS lines FROM sales_document AS s"
        " JOIN sales_line AS l ON l.document_id = s.id WHERE s.kind = 'invoice' GROUP BY s.id",
    )
    assert all(1 <= row.lines <= 8 for row in counts)
    assert len({row.lines for row in counts}) >= 3


def test_the_selling_is_dated_in_the_past_as_it_happened(sold: Demo) -> None:
    from meinbuero.domain.values import LOCAL_ZONE
    from meinbuero.store.models import Customer, SalesDocument, SalesStatusChange

    with sold.database.sessions() as session:
        documents = list(session.scalars(select(SalesDocument)))
        changes = list(session.scalars(select(SalesStatusChange)))
    finalised = [d for d in documents if d.finalised_at is not None]
    assert finalised
    for document in finalised:
        assert document.finalised_at is not None
        assert document.finalised_at.astimezone(LOCAL_ZONE).date() == document.document_date
    assert all(change.at.astimezone(LOCAL_ZONE).date() < TODAY for change in changes)
    # "Letzte Verarbeitung" of the customers who bought: their last document, not the day the
    # demo was made.
    with sold.database.sessions() as session:
        buyers = set(session.scalars(select(SalesDocument.customer_id)))
        processed = {
            c.id: c.last_processed_at
            for c in session.scalars(select(Customer).where(Customer.id.in_(buyers)))
        }
    assert processed and all(p.astimezone(LOCAL_ZONE).date() < TODAY for p in processed.values())


def test_invoices_are_paid_as_customers_pay(sold: Demo, sold_connection: Connection) -> None:
    """Most on time, some with Skonto, some late, a few in parts, a few not (to be dunned);
    every payment on or after its invoice's date and before today."""
    from meinbuero.services import payments

    invoices = [d for d in _documents(sold) if d.kind == "invoice" and d.status != "cancelled"]
    booked = rows(
        sold_connection,
        "SELECT p.*, s.document_date, s.net_days, s.gross_total FROM payment AS p"
        " JOIN sales_document AS s ON s.id = p.document_id",
    )
    assert all(b.document_date <= b.booked_on < TODAY.isoformat() for b in booked)
    paid = [d for d in invoices if d.paid_total == d.gross_total]
    assert len(paid) > len(invoices) * 0.6
    assert any(b.skonto > 0 for b in booked)
    late = [
        b
        for b in booked
        if date.fromisoformat(b.booked_on)
        > date.fromisoformat(b.document_date) + timedelta(days=b.net_days or 0)
    ]
    assert late
    with sold.database.sessions() as session:
        overdue = payments.open_items(session, TODAY, payments.OpenItemsQuery(overdue_only=True))
    assert 0 < len(overdue) < len(invoices) * 0.3
    # Each customer's account balances: what was billed less what was paid is what is open
    # less the credit.
    with sold.database.sessions() as session:
        for customer_id in {d.customer_id for d in _documents(sold)}:
            billed = sum(
                (
                    d.gross_total
                    for d in _documents(sold)
                    if d.customer_id == customer_id and d.kind in ("invoice", "cancellation")
                ),
                Decimal(0),
            )
            settled = sum(
                (
                    p.settles
                    for p in payments.customer_payments(session, customer_id)
                    if p.undone_at is None
                ),
                Decimal(0),
            )
            assert billed - settled == payments.open_total(session, customer_id) - payments.credit(
                session, customer_id
            )
