"""Bank statement import: the files as the banks write them, the proposals, the booking."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from decimal import Decimal as D  # noqa: N817 (short in the sums)
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped]
from sqlalchemy import func, select

from meinbuero.i18n import tr
from meinbuero.paths import bundled
from meinbuero.services import payments
from meinbuero.services.bank import importing
from meinbuero.services.bank.camt import schema_errors
from meinbuero.services.bank.csv_banks import MappingNeeded
from meinbuero.services.bank.importing import Decision, ImportRow, read_statement
from meinbuero.services.bank.matching import Allocation, Confidence
from meinbuero.services.bank.model import StatementError
from meinbuero.services.errors import Refused
from meinbuero.services.importing.readers import ImportFailed
from meinbuero.store.database import Database
from meinbuero.store.models import Payment, PaymentWay, SalesDocument
from tests.bank_data import DATA, MEIER_IBAN, SCHULZ_IBAN, BankCompany, bank_company

OWN = "DE18701500000123456789"


@pytest.fixture
def company(database: Database) -> BankCompany:
    return bank_company(database)


def rows_of(database: Database, path: Path) -> list[ImportRow]:
    with database.sessions() as session:
        return importing.prepare(session, read_statement(path, session))


def book_proposed(database: Database, rows: list[ImportRow]) -> importing.Summary:
    decisions = [
        Decision(r.booking, r.proposal.allocations)
        for r in rows
        if r.preselected or r.already_booked
    ]
    with database.sessions.begin() as session:
        return importing.book(session, decisions, unassigned=len(rows) - len(decisions))


def open_amounts(database: Database) -> dict[str, D]:
    with database.sessions() as session:
        return {
            d.number: payments.open_of(d)
            for d in session.scalars(select(SalesDocument).order_by(SalesDocument.number))
            if d.number
        }


def payment_count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Payment)) or 0


# --- the ISO 20022 schema ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("camt053_001_02_sparkasse.xml", "camt.053.001.02"),
        ("camt053_001_08_gls.xml", "camt.053.001.08"),
        ("camt053_001_08_gls_later.xml", "camt.053.001.08"),
        ("odoo_test-camt053.xml", "camt.053.001.02"),
    ],
)
def test_sample_statements_follow_the_iso_schema(name: str, version: str) -> None:
    data = (DATA / name).read_bytes()
    root = etree.fromstring(data)
    assert etree.QName(root).namespace.endswith(version)
    schema = etree.XMLSchema(etree.parse(str(bundled("resources") / "iso20022" / f"{version}.xsd")))
    assert schema.validate(root), schema.error_log
    assert schema_errors(data) == []


def test_a_statement_breaking_the_schema_is_read_with_a_warning(tmp_path: Path) -> None:
    text = (DATA / "camt053_001_08_gls.xml").read_text(encoding="utf-8")
    broken = tmp_path / "kaputt.xml"
    broken.write_text(text.replace("<ElctrncSeqNb>97</ElctrncSeqNb>", "<Unbekannt/>"))
    statement = read_statement(broken)
    assert len(statement.bookings) == 4
    assert statement.warnings == [
        tr(
            "{name} does not follow the schema {version} in every point (line {line}); it "
            "was read all the same.",
            name="kaputt.xml",
            version="camt.053.001.08",
            line="10",
        )
    ]


# --- CAMT.053 -----------------------------------------------------------------------------------


def test_camt_001_02_batch_reversal_and_pending_entries() -> None:
    statement = read_statement(DATA / "camt053_001_02_sparkasse.xml")
    assert statement.format_name == "CAMT.053 (001.02)"
    assert statement.account_iban == OWN
    got = [
        (b.booking_date, b.amount, b.counterparty_name, b.counterparty_iban, b.remittance)
        for b in statement.bookings
    ]
    assert got == [
        (
            date(2026, 12, 8),
            D("1190.00"),
            "Holzbau Meier GmbH",
            MEIER_IBAN,
            "RE-2026-0001 vom 06.12.2026 Vielen Dank",
        ),
        (
            date(2026, 12, 8),
            D("583.10"),
            "Holzbau Meier GmbH",
            MEIER_IBAN,
            "Rechnung 2026-0002 abzgl. 2 % Skonto",
        ),
        # The batch (Sammelgutschrift of 347,50 €) split into its two transfers.
        (date(2026, 12, 9), D("297.50"), "Anna Schulz", SCHULZ_IBAN, "RE 2026 0003"),
        (date(2026, 12, 9), D("50.00"), "Anna Schulz", SCHULZ_IBAN, "Teilzahlung RE2026/4"),
        (
            date(2026, 12, 9),
            D("-39.90"),
            "Telekom Deutschland GmbH",
            "DE65760260001234567890",
            "Kundenkonto 123456789 Rechnung 11/2026",
        ),
        (
            date(2026, 12, 9),
            D("-25.00"),
            "Max Mustermann",
            "",
            "Rueckueberweisung: Konto erloschen",
        ),
        (date(2026, 12, 9), D("10.00"), "Max Mustermann", "DE75430609674711081500", "Kaffeekasse"),
        (date(2026, 12, 9), D("10.00"), "Max Mustermann", "DE75430609674711081500", "Kaffeekasse"),
        (
            date(2026, 12, 9),
            D("595.00"),
            "BAECKEREI SONNENSCHEIN",
            "DE75120300001020304050",
            "Brötchenlieferungen Oktober und November",
        ),
    ]  # the pending entry (PDNG) of 80,00 € is not there
    reversal = statement.bookings[5]
    assert reversal.reversal and not reversal.is_credit
    assert statement.bookings[4].direct_debit
    assert statement.bookings[1].end_to_end_id == "HM-2026-4711"
    assert statement.bookings[0].end_to_end_id == ""  # NOTPROVIDED
    assert statement.bookings[0].bank_reference == f"{OWN}:2026120800012345"
    references = [b.bank_reference for b in statement.bookings]
    assert len(set(references)) == len(references)  # the two equal transfers too


def test_camt_001_08_direct_debit_and_parties() -> None:
    statement = read_statement(DATA / "camt053_001_08_gls.xml")
    assert statement.format_name == "CAMT.053 (001.08)"
    assert [(b.amount, b.counterparty_name, b.direct_debit) for b in statement.bookings] == [
        (D("119.00"), "Schulz, Anna", False),
        (D("1166.20"), "Holzbau Meier GmbH", True),
        (D("400.00"), "Baeckerei Sonnenschein e.K.", False),
        (D("-12.50"), "GLS Gemeinschaftsbank eG", False),
    ]
    assert statement.bookings[1].end_to_end_id == "RE-2026-0001"


def test_public_sample_and_its_zip() -> None:
    """The camt.053 samples of the OCA bank-statement-import module (a Dutch bank)."""
    single = read_statement(DATA / "odoo_test-camt053.xml")
    assert single.account_iban == "NL77ABNA0574908765"
    assert [b.amount for b in single.bookings] == [
        D("-754.25"),
        D("-564.05"),
        D("-100.00"),
        D("1405.31"),
    ]
    assert single.bookings[3].counterparty_name == "3rd party Media"
    assert single.bookings[3].counterparty_iban == "NL69ABNA0522123643"
    zipped = read_statement(DATA / "odoo_test-camt053.zip")
    assert len(zipped.bookings) == 6  # two statements of three bookings each
    assert {b.booking_date for b in zipped.bookings} == {date(2014, 2, 5), date(2014, 3, 5)}


def test_a_zip_of_overlapping_statements_gives_each_booking_once(tmp_path: Path) -> None:
    path = tmp_path / "auszuege.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(DATA / "camt053_001_08_gls.xml", "1.xml")
        archive.write(DATA / "camt053_001_08_gls_later.xml", "2.xml")
    statement = read_statement(path)
    assert [b.amount for b in statement.bookings] == [
        D("119.00"),
        D("1166.20"),
        D("400.00"),
        D("-12.50"),
        D("357.00"),
    ]


# --- CSV ----------------------------------------------------------------------------------------

CSV_FILES = {
    "sparkasse_csv_camt_v2.csv": (
        "Sparkasse (CSV-CAMT)",
        OWN,
        [
            (
                date(2026, 12, 10),
                D("1190.00"),
                "Holzbau Meier GmbH",
                MEIER_IBAN,
                "RE-2026-0001 Holzbau Meier",
            ),
            (
                date(2026, 12, 10),
                D("-82.00"),
                "Stadtwerke München GmbH",
                "DE65760260001234567890",
                "Abschlag 12/2026 Vertragskonto 4711",
            ),
            (
                date(2026, 12, 11),
                D("583.10"),
                "Holzbau Meier GmbH",
                MEIER_IBAN,
                "Rechnung 2026-0002 Skonto",
            ),
        ],  # "Umsatz vorgemerkt" left out
    ),
    "sparkasse_csv_mt940.csv": (
        "Sparkasse (CSV-MT940)",
        OWN,
        [
            (date(2026, 12, 10), D("297.50"), "Schulz, Anna", SCHULZ_IBAN, "RE-2026-0003 Danke"),
            (
                date(2026, 12, 10),
                D("-4.80"),
                "Bäckerei Brezelkönig",
                "",  # an account number, not an IBAN
                "2026-12-09T18:31 Debitk.1 2029-12",
            ),
        ],
    ),
    "volksbank.csv": (
        "Volksbank / Raiffeisenbank",
        OWN,
        [
            (
                date(2026, 12, 12),
                D("50.00"),
                "Schulz, Anna",
                SCHULZ_IBAN,
                "Re 2026 0004 Rest folgt",
            ),
            (
                date(2026, 12, 12),
                D("-1234.56"),
                "Büromarkt Böttcher AG",
                "DE65760260001234567890",
                "Kd-Nr. 4711 Rg 88123",
            ),
        ],
    ),
    "deutsche_bank.csv": (
        "Deutsche Bank",
        "",
        [
            (date(2026, 12, 14), D("1190.00"), "Holzbau Meier GmbH", MEIER_IBAN, "RE-2026-0001"),
            (
                date(2026, 12, 14),
                D("-39.90"),
                "Telekom Deutschland GmbH",
                "DE65760260001234567890",
                "Kundenkonto 123456789",
            ),
        ],  # the footer "Kontostand" is no booking
    ),
    "ing.csv": (
        "ING",
        OWN,
        [
            (
                date(2026, 12, 15),
                D("595.00"),
                "Bäckerei Sonnenschein",
                "",
                "RE-2026-0005 und RE-2026-0006",
            ),
            (date(2026, 12, 14), D("-29.99"), "Vodafone GmbH", "", "Mobilfunk 12/2026"),
        ],
    ),
    "commerzbank.csv": (
        "Commerzbank",
        OWN,
        [
            (
                date(2026, 12, 14),
                D("595.00"),
                "",
                "",
                "Holzbau Meier GmbH RE-2026-0002 End-to-End-Ref.: NOTPROVIDED",
            ),
            (date(2026, 12, 14), D("-82.00"), "", "", "Stadtwerke München GmbH Abschlag Dezember"),
        ],
    ),
    "dkb_2023.csv": (
        "DKB",
        OWN,
        [
            (date(2026, 12, 15), D("119.00"), "Anna Schulz", SCHULZ_IBAN, "RE-2026-0004"),
            (
                date(2026, 12, 15),
                D("-19.90"),
                "Hosting Europe GmbH",  # money out: the payee's column
                "DE65760260001234567890",
                "Server 12/2026",
            ),
        ],  # "Vorgemerkt" left out
    ),
    "dkb_old.csv": (
        "DKB (bis 2023)",
        OWN,
        [
            (date(2026, 12, 14), D("297.50"), "Anna Schulz", SCHULZ_IBAN, "RE-2026-0003"),
            (
                date(2026, 12, 14),
                D("-19.90"),
                "Hosting Europe GmbH",
                "DE65760260001234567890",
                "Server 12/2026",
            ),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CSV_FILES))
def test_bank_csv_exports(name: str) -> None:
    format_name, account, expected = CSV_FILES[name]
    statement = read_statement(DATA / name)
    assert statement.format_name == format_name
    assert statement.account_iban == account
    got = [
        (b.booking_date, b.amount, b.counterparty_name, b.counterparty_iban, b.remittance)
        for b in statement.bookings
    ]
    assert got == expected
    assert all(b.currency == "EUR" for b in statement.bookings)
    assert all(b.amount == b.amount.quantize(D("0.01")) for b in statement.bookings)


def test_direct_debit_text_in_csv() -> None:
    statement = read_statement(DATA / "sparkasse_csv_camt_v2.csv")
    assert [b.direct_debit for b in statement.bookings] == [False, True, False]
    assert statement.bookings[2].end_to_end_id == "HM-2026-4712"


def test_unknown_layout_needs_a_mapping_that_is_remembered(
    database: Database, company: BankCompany
) -> None:
    path = DATA / "other_bank.csv"
    with database.sessions() as session, pytest.raises(MappingNeeded) as needed:
        read_statement(path, session)
    assert needed.value.headers == [
        "Datum",
        "Empfänger/Auftraggeber",
        "Konto",
        "Zweck",
        "Eingang",
        "Ausgang",
    ]
    assert needed.value.samples[0][1] == "Holzbau Meier GmbH"
    mapping = {
        "Datum": "date",
        "Empfänger/Auftraggeber": "name",
        "Konto": "iban",
        "Zweck": "text",
        "Eingang": "credit",
        "Ausgang": "debit",
    }
    statement = read_statement(path, mapping=mapping)
    assert [(b.amount, b.counterparty_iban) for b in statement.bookings] == [
        (D("1190.00"), MEIER_IBAN),
        (D("-25.00"), "DE65760260001234567890"),
    ]
    with database.sessions.begin() as session:
        importing.save_mapping(session, needed.value.headers, mapping)
    with database.sessions() as session:
        again = read_statement(path, session)  # the same columns: no question
    assert again.bookings == statement.bookings


def test_a_mapping_without_date_or_amount_is_refused() -> None:
    with pytest.raises(StatementError) as error:
        read_statement(DATA / "other_bank.csv", mapping={"Zweck": "text"})
    assert str(error.value) == tr(
        "Please choose the column of the booking date and the amount (or the debit and "
        "credit columns)."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file {name} is empty."),
        (
            b"<?xml version='1.0'?>"
            b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'>"
            b"<BkToCstmrStmt><Stmt>",
            "{name} is not a readable XML file (it is damaged or incomplete).",
        ),
        (
            b"<?xml version='1.0'?>"
            b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.02'>"
            b"<BkToCstmrNtfctn/></Document>",
            "{name} is no bank statement in the CAMT.053 format.",
        ),
        (b"PK\x03\x04broken", "{name} is a damaged zip file."),
        (b"\x00\x01\x02\x03" * 50, "{name} is not a text file (it contains binary data)."),
        (
            b"nur ein Satz ohne Spalten\n",
            "{name} is neither a CAMT statement nor a bank's CSV export.",
        ),
    ],
)
def test_broken_files_get_one_sentence(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "auszug.dat"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as error:
        read_statement(path)
    assert str(error.value) == tr(message).format(name="auszug.dat")
    assert "\n" not in str(error.value)


def test_a_wrong_amount_in_a_bank_csv_names_its_line(tmp_path: Path) -> None:
    text = (DATA / "volksbank.csv").read_text(encoding="utf-8").replace(";50,00;", ";fünfzig;")
    path = tmp_path / "vb.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StatementError) as error:
        read_statement(path)
    assert str(error.value) == tr(
        "{name}, line {line}: the date or the amount cannot be read."
    ).format(name="vb.csv", line=2)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StatementError):
        read_statement(tmp_path / "fehlt.xml")


# --- matching and booking -----------------------------------------------------------------------


def test_proposals_of_the_sparkasse_statement(database: Database, company: BankCompany) -> None:
    rows = rows_of(database, DATA / "camt053_001_02_sparkasse.xml")
    seen = [
        (
            [(a.number, a.amount, a.skonto) for a in r.proposal.allocations],
            r.proposal.confidence,
        )
        for r in rows
    ]
    assert seen == [
        ([("RE-2026-0001", D("1190.00"), False)], Confidence.HIGH),
        ([("RE-2026-0002", D("583.10"), True)], Confidence.HIGH),  # Skonto
        ([("RE-2026-0003", D("297.50"), False)], Confidence.HIGH),
        ([("RE-2026-0004", D("50.00"), False)], Confidence.MEDIUM),  # partial
        ([], Confidence.NONE),  # a debit
        ([], Confidence.NONE),  # the bank's reversal
        ([], Confidence.NONE),  # nobody we know
        ([], Confidence.NONE),
        # By name (no IBAN on file), the two open invoices together.
        (
            [("RE-2026-0005", D("238.00"), False), ("RE-2026-0006", D("357.00"), False)],
            Confidence.MEDIUM,
        ),
    ]
    reasons = [r.proposal.reason for r in rows]
    assert reasons[0] == tr("Invoice number in the remittance text")
    assert reasons[1].endswith(tr(", with Skonto"))
    assert reasons[3].endswith(tr(", partial payment"))
    assert reasons[8].startswith(tr("Amount and name"))
    assert rows[8].proposal.customer_name == "Bäckerei Sonnenschein e.K."


def test_booking_settles_to_the_cent_and_twice_books_nothing(
    database: Database, company: BankCompany
) -> None:
    path = DATA / "camt053_001_02_sparkasse.xml"
    summary = book_proposed(database, rows_of(database, path))
    assert (summary.booked, summary.total, summary.skipped) == (5, D("2715.60"), 0)
    assert summary.unassigned == 4
    assert open_amounts(database) == {
        "RE-2026-0001": D("0.00"),
        "RE-2026-0002": D("0.00"),  # 583,10 € and 11,90 € Skonto
        "RE-2026-0003": D("0.00"),
        "RE-2026-0004": D("69.00"),  # 119,00 € less 50,00 €
        "RE-2026-0005": D("0.00"),
        "RE-2026-0006": D("0.00"),
    }
    with database.sessions() as session:
        skonto = session.scalars(
            select(Payment).where(Payment.document_id == company.invoices["RE-2026-0002"])
        ).one()
        assert (skonto.amount, skonto.skonto, skonto.way) == (D("583.10"), D("11.90"), "transfer")
        assert skonto.bank_reference == f"{OWN}:2026120800012346"
        split = list(
            session.scalars(
                select(Payment.bank_reference)
                .where(Payment.customer_id == company.baeckerei)
                .order_by(Payment.id)
            )
        )
        assert split == [f"{OWN}:2026120900000102", f"{OWN}:2026120900000102#2"]
    count = payment_count(database)

    again = rows_of(database, path)
    assert [r.already_booked for r in again] == [True] * 4 + [False] * 4 + [True]
    assert all(r.proposal.reason == tr("already booked") for r in again if r.already_booked)
    # Even when told to book them again, nothing is booked twice.
    decisions = [Decision(r.booking, r.proposal.allocations) for r in again if r.already_booked]
    with database.sessions.begin() as session:
        summary = importing.book(session, decisions)
    assert (summary.booked, summary.skipped) == (0, 5)
    assert payment_count(database) == count


def test_an_overlapping_later_statement_books_only_what_is_new(
    database: Database, company: BankCompany
) -> None:
    first = book_proposed(database, rows_of(database, DATA / "camt053_001_08_gls.xml"))
    assert first.booked == 3
    later = rows_of(database, DATA / "camt053_001_08_gls_later.xml")
    assert [r.already_booked for r in later] == [True, False, False]
    assert [a.number for a in later[2].proposal.allocations] == ["RE-2026-0006"]
    second = book_proposed(database, later)
    assert (second.booked, second.skipped) == (1, 1)
    amounts = open_amounts(database)
    assert amounts["RE-2026-0005"] == D("0.00")
    assert amounts["RE-2026-0006"] == D("0.00")
    with database.sessions() as session:
        # 400,00 € on RE-2026-0005 of 238,00 €: 162,00 € kept as credit.
        assert payments.credit(session, company.baeckerei) == D("162.00")
        meier = session.scalars(
            select(Payment).where(Payment.document_id == company.invoices["RE-2026-0001"])
        ).one()
        # Collected by direct debit within the Skonto period.
        assert (meier.amount, meier.skonto, meier.way) == (
            D("1166.20"),
            D("23.80"),
            PaymentWay.DIRECT_DEBIT,
        )


def test_amount_and_iban_match(database: Database, company: BankCompany) -> None:
    rows = rows_of(database, DATA / "camt053_001_08_gls.xml")
    first = rows[0].proposal  # 119,00 € from Anna Schulz's IBAN, no number in the text
    assert [a.number for a in first.allocations] == ["RE-2026-0004"]
    assert first.reason == tr("Amount and IBAN")
    assert first.confidence == Confidence.MEDIUM


def test_the_same_csv_statement_twice(
    database: Database, company: BankCompany, tmp_path: Path
) -> None:
    copy = tmp_path / "Umsaetze_kopie.csv"
    shutil.copyfile(DATA / "sparkasse_csv_camt_v2.csv", copy)
    first = book_proposed(database, rows_of(database, DATA / "sparkasse_csv_camt_v2.csv"))
    assert first.booked == 2
    again = rows_of(database, copy)
    assert [r.already_booked for r in again] == [True, False, True]
    assert book_proposed(database, again).booked == 0


def test_a_failure_books_nothing(database: Database, company: BankCompany) -> None:
    rows = rows_of(database, DATA / "camt053_001_02_sparkasse.xml")
    decisions = [Decision(r.booking, r.proposal.allocations) for r in rows if r.preselected]
    # The last decision asks for a Skonto the invoice does not grant: all is refused.
    last = decisions[-1]
    wrong = Allocation(company.schulz, company.invoices["RE-2026-0004"], last.booking.amount, True)
    decisions[-1] = Decision(last.booking, (wrong,))
    with pytest.raises(Refused) as error, database.sessions.begin() as session:
        importing.book(session, decisions)
    assert str(error.value).startswith(
        tr("Booking of {date} ({amount}, {name})").format(
            date="09.12.2026", amount="595,00 €", name="BAECKEREI SONNENSCHEIN"
        )
    )
    assert payment_count(database) == 0
    assert open_amounts(database)["RE-2026-0001"] == D("1190.00")


def test_hand_assignment_and_credit(database: Database, company: BankCompany) -> None:
    rows = rows_of(database, DATA / "camt053_001_02_sparkasse.xml")
    coffee = rows[6].booking
    with database.sessions() as session:
        invoices = {i.number: i for i in importing.open_invoices(session)}
    skonto_hand = importing.assign(rows[1].booking, invoices["RE-2026-0002"])
    assert skonto_hand.skonto
    decisions = [
        Decision(coffee, (importing.as_credit(coffee, company.schulz),)),
        Decision(rows[1].booking, (skonto_hand,)),
    ]
    with database.sessions.begin() as session:
        summary = importing.book(session, decisions)
    assert summary.booked == 2
    with database.sessions() as session:
        assert payments.credit(session, company.schulz) == D("10.00")
