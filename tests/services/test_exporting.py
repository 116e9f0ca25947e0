"""Export to xlsx, csv and vcf from a real company file, each file read back with its own reader."""

from __future__ import annotations

import csv
import threading
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import vobject
from openpyxl import load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from meinbuero.domain.birthday import parse_birthday
from meinbuero.domain.phone import parse_phone
from meinbuero.domain.values import format_decimal_de
from meinbuero.services import custom_fields, exporting
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    archive_customer,
    save_contact_person,
    save_customer,
)
from meinbuero.services.errors import Refused
from meinbuero.services.exporting import CsvOptions, export_customers
from meinbuero.store.database import Database

HEADERS = [
    "Kundennummer",
    "Art",
    "Firma",
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "Telefon",
    "Mobil",
    "Fax",
    "E-Mail",
    "Internet",
    "Geburtstag",
    "Gruppen",
    "Briefanrede",
    "Du/Sie",
    "USt-IdNr.",
    "IBAN",
    "BIC",
    "Bank",
    "Firmenzusatz",
    "E-Mail für Rechnungen",
    "Steuernummer",
    "Kontoinhaber",
    "Anmerkungen / Notiz",
]
CUSTOM = ["Branche", "Umsatz", "Kunde seit", "Newsletter"]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the exported files (the company file lies in tmp_path)."""
    folder = tmp_path / "Export"
    folder.mkdir()
    return folder


class Ids:
    def __init__(self, company: int, person: int, archived: int) -> None:
        self.company, self.person, self.archived = company, person, archived


@pytest.fixture
def ids(database: Database) -> Ids:
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=1, label="Branche", field_type="text")
        custom_fields.save_definition(session, slot=2, label="Umsatz", field_type="number")
        custom_fields.save_definition(session, slot=3, label="Kunde seit", field_type="date")
        custom_fields.save_definition(session, slot=4, label="Newsletter", field_type="bool")
        company = save_customer(
            session,
            CustomerInput(
                company_name="Müller Haustechnik GmbH",
                street="Domstraße 1",
                postcode="01067",
                city="Dresden",
                phone="0351 1234567",
                phone_extension="12",
                fax="0351 1234568",
                email="info@mueller.example",
                website="www.mueller.example",
                vat_id="DE136695976",
                iban="DE02120300000000202051",
                groups=["Lieferant", "Kunde"],
                remark="Zeile eins\nZeile zwei; mit Semikolon",
            ),
        ).id
        custom_fields.set_values(
            session,
            customer_id=company,
            typed={1: "=Sanitär", 2: "1234,5", 3: "01.02.2020", 4: "ja"},
        )
        save_contact_person(
            session,
            ContactPersonInput(
                salutation="Frau",
                title="Dr.",
                first_name="Jutta",
                last_name="Weber",
                position="Einkauf",
                department="Zentrale",
                phone="0351 1234567",
                phone_extension="34",
                email="weber@mueller.example",
                birthday="16.04.",
                notes="mag Tee",
            ),
            customer_id=company,
        )
        person = save_customer(
            session,
            CustomerInput(
                kind="person",
                salutation="Herr",
                first_name="Anton",
                last_name="Albers",
                mobile="0171 2345678",
                birthday="02.03.1970",
                form_of_address="du",
                country="AT",
                postcode="1010",
                city="Wien",
            ),
        ).id
        archived = save_customer(session, CustomerInput(company_name="Alt GmbH")).id
        archive_customer(session, archived)
    return Ids(company, person, archived)


def test_xlsx_headers_types_and_formats(database: Database, ids: Ids, out: Path) -> None:
    path = out / "Kunden.xlsx"
    report = export_customers(database.sessions, path=path, format="xlsx")
    assert (report.customers, report.cancelled) == (2, False)

    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == HEADERS + CUSTOM
    assert all(c.font.b for c in rows[0])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:AG3"
    assert sheet.column_dimensions["C"].width >= 30
    # All customers not archived, by name: Albers before Müller.
    anton, mueller = (
        {h: c for h, c in zip(HEADERS + CUSTOM, row, strict=True)} for row in rows[1:]
    )
    assert anton["Nachname"].value == "Albers"
    assert anton["Art"].value == "Privatperson"
    assert anton["Land"].value == "Österreich"
    assert anton["Du/Sie"].value == "du"
    assert anton["Briefanrede"].value == "Lieber Anton,"
    assert anton["Geburtstag"].value == datetime(1970, 3, 2)
    assert anton["Geburtstag"].number_format == "DD.MM.YYYY"
    assert anton["Telefon"].value is None  # an empty cell, not ""

    assert mueller["PLZ"].value == "01067"
    assert mueller["PLZ"].data_type == "s"  # text: the leading zero survives
    assert mueller["Art"].value == "Firma"
    assert mueller["Telefon"].value == "0351 1234567 x12"
    assert mueller["Gruppen"].value == "Kunde, Lieferant"
    assert mueller["Briefanrede"].value == "Sehr geehrte Damen und Herren,"
    assert mueller["IBAN"].value == "DE02120300000000202051"
    assert mueller["Branche"].value == "=Sanitär"
    assert mueller["Branche"].data_type == "s"  # not a formula
    assert mueller["Umsatz"].value == 1234.5
    assert mueller["Umsatz"].data_type == "n"
    assert mueller["Kunde seit"].value == datetime(2020, 2, 1)
    assert mueller["Kunde seit"].number_format == "DD.MM.YYYY"
    assert mueller["Newsletter"].value == "ja"


def test_csv_is_german_excel_csv(database: Database, ids: Ids, out: Path) -> None:
    path = out / "Kunden.csv"
    export_customers(database.sessions, path=path, format="csv", customer_ids=[ids.company])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfKundennummer;Art;Firma;")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as file:
        header, row = list(csv.reader(file, delimiter=";"))
    values = dict(zip(header, row, strict=True))
    assert header == HEADERS + CUSTOM
    assert values["PLZ"] == "01067"
    assert values["Umsatz"] == "1.234,5"
    assert values["Kunde seit"] == "01.02.2020"
    assert values["Telefon"] == "0351 1234567 x12"
    assert values["Anmerkungen / Notiz"] == "Zeile eins\nZeile zwei; mit Semikolon"
    assert values["Firmenzusatz"] == values["Steuernummer"] == ""
    # What the details window shows reads back into the same stored values.
    number = parse_phone(values["Telefon"])
    assert (number.e164, number.extension) == ("+493511234567", "12")


def test_csv_options_and_quoted_newlines(database: Database, ids: Ids, out: Path) -> None:
    with database.sessions.begin() as session:
        custom_fields.set_values(
            session, customer_id=ids.company, typed={1: "Heizung\nSanitär, Lüftung"}
        )
    path = out / "Kunden.csv"
    export_customers(
        database.sessions,
        path=path,
        format="csv",
        customer_ids=[ids.company],
        fields=["number", "street", "custom_1"],
        options=CsvOptions(delimiter=",", encoding="cp1252"),
    )
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "Domstraße".encode("cp1252") in raw
    assert b'"Heizung\r\nSanit' not in raw  # the newline in the value stays as stored
    with path.open(encoding="cp1252", newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [
        ["Kundennummer", "Straße", "Branche"],
        ["K10001", "Domstraße 1", "Heizung\nSanitär, Lüftung"],
    ]


def test_vcf_cards_for_customers_and_contact_persons(
    database: Database, ids: Ids, out: Path
) -> None:
    path = out / "Kunden.vcf"
    report = export_customers(
        database.sessions, path=path, format="vcf", customer_ids=[ids.company, ids.person]
    )
    assert (report.customers, report.contact_persons) == (2, 1)
    company, weber, anton = vobject.readComponents(path.read_text(encoding="utf-8"))

    assert company.version.value == "3.0"
    assert company.fn.value == "Müller Haustechnik GmbH"
    assert company.org.value == ["Müller Haustechnik GmbH"]
    assert company.adr.value.street == "Domstraße 1"
    assert company.adr.value.code == "01067"
    assert company.adr.value.country == "Deutschland"
    phones = {tuple(t.params["TYPE"]): t.value for t in company.contents["tel"]}
    assert phones == {("WORK", "VOICE"): "0351 1234567 x12", ("WORK", "FAX"): "0351 1234568"}
    assert company.email.value == "info@mueller.example"
    assert company.url.value == "www.mueller.example"
    assert company.categories.value == ["Kunde", "Lieferant"]
    assert company.note.value == "Zeile eins\nZeile zwei; mit Semikolon"
    assert company.x_meinbuero_customer.value == "K10001"

    assert weber.fn.value == "Dr. Jutta Weber"
    assert (weber.n.value.family, weber.n.value.given, weber.n.value.prefix) == (
        "Weber",
        "Jutta",
        "Frau Dr.",
    )
    assert weber.org.value == ["Müller Haustechnik GmbH", "Zentrale"]
    assert weber.title.value == "Einkauf"
    assert weber.tel.value == "0351 1234567 x34"
    assert weber.bday.value == "--0416"
    assert parse_birthday("--0416") == parse_birthday("16.04.")
    assert weber.note.value == "mag Tee"
    assert weber.x_meinbuero_contact_of.value == "K10001"

    assert anton.fn.value == "Anton Albers"
    assert anton.bday.value == "1970-03-02"
    assert anton.tel.params["TYPE"] == ["CELL", "VOICE"]
    assert anton.adr.params["TYPE"] == ["HOME"]
    assert "org" not in anton.contents


def test_chosen_customers_fields_and_blocks(
    database: Database, ids: Ids, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BLOCK", 1)  # a block per customer: the seams show
    path = out / "Kunden.xlsx"
    calls: list[tuple[int, int]] = []
    export_customers(
        database.sessions,
        path=path,
        format="xlsx",
        customer_ids=[ids.archived, ids.company, ids.person],
        # Asked in any order, written in the fixed one.
        fields=["last_name", "custom_3", "number"],
        progress=lambda done, total: calls.append((done, total)),
    )
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Kundennummer", "Nachname", "Kunde seit"],
        ["K10003", None, None],
        ["K10001", None, datetime(2020, 2, 1)],
        ["K10002", "Albers", None],
    ]
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_with_a_session_of_the_caller(database: Database, ids: Ids, out: Path) -> None:
    path = out / "Kunden.csv"
    with database.sessions() as session:
        report = export_customers(session, path=path, format="csv", fields=["number"])
    assert report.customers == 2
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["Kundennummer", "K10002", "K10001"]


def test_no_fields_is_refused(database: Database, ids: Ids, out: Path) -> None:
    with pytest.raises(Refused, match="mindestens ein Feld"):
        export_customers(database.sessions, path=out / "x.csv", format="csv", fields=[])
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("format", ["xlsx", "csv", "vcf"])
def test_cancel_leaves_the_old_file_and_nothing_else(
    database: Database, ids: Ids, out: Path, monkeypatch: pytest.MonkeyPatch, format: str
) -> None:
    monkeypatch.setattr(exporting, "BLOCK", 1)
    path = out / f"Kunden.{format}"
    path.write_bytes(b"old")
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 1:
            cancel.set()

    report = export_customers(
        database.sessions,
        path=path,
        format=format,  # type: ignore[arg-type]
        progress=progress,
        cancel=cancel,
    )
    assert report.cancelled
    assert path.read_bytes() == b"old"
    assert list(out.iterdir()) == [path]
    assert ALL_TEMP_FILES == []  # openpyxl's own temporary file of the sheet is gone too


def test_unwritable_target_gives_a_german_message(database: Database, ids: Ids, out: Path) -> None:
    folder = out / "Kunden.xlsx"
    folder.mkdir()  # cannot be replaced by a file, as a file open in Excel on Windows
    with pytest.raises(Refused) as refused:
        export_customers(database.sessions, path=folder, format="xlsx")
    assert str(refused.value).startswith(f"Die Datei {folder} kann nicht geschrieben werden.")
    assert list(out.iterdir()) == [folder]
    with pytest.raises(Refused, match="kann nicht geschrieben werden"):
        export_customers(database.sessions, path=out / "fehlt" / "K.csv", format="csv")


def test_an_empty_company_gives_a_header_row(database: Database, out: Path) -> None:
    path = out / "Kunden.xlsx"
    assert export_customers(database.sessions, path=path, format="xlsx").customers == 0
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in next(sheet.iter_rows())] == HEADERS
    assert sheet.max_row == 1


def test_control_characters_do_not_break_xlsx(database: Database, ids: Ids, out: Path) -> None:
    with database.sessions.begin() as session:
        custom_fields.set_values(session, customer_id=ids.company, typed={1: "Bau\x02stoffe"})
    path = out / "Kunden.xlsx"
    export_customers(
        database.sessions, path=path, format="xlsx", customer_ids=[ids.company], fields=["custom_1"]
    )
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].value == "Baustoffe"


def test_texts_stay_text_in_any_row_of_a_block(
    database: Database, ids: Ids, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Blocks are looked at as a whole first: the row that needs a fix may be any of them.
    monkeypatch.setattr(exporting, "BLOCK", 2)
    with database.sessions.begin() as session:
        custom_fields.set_values(session, customer_id=ids.company, typed={1: "#N/A"})
        custom_fields.set_values(session, customer_id=ids.person, typed={1: "Bau\x07=stoffe"})
        third = save_customer(
            session, CustomerInput(company_name="Zimmerei Zorn", remark="a\n=b\n#c")
        ).id
        custom_fields.set_values(session, customer_id=third, typed={1: "=1+2"})
    path = out / "Kunden.xlsx"
    export_customers(
        database.sessions,
        path=path,
        format="xlsx",
        customer_ids=[ids.person, ids.company, third],
        fields=["number", "custom_1", "remark"],
    )
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows == [
        [("K10002", "s"), (None, "n"), ("Bau=stoffe", "s")],
        [("K10001", "s"), ("Zeile eins\nZeile zwei; mit Semikolon", "s"), ("#N/A", "s")],
        [("K10004", "s"), ("a\n=b\n#c", "s"), ("=1+2", "s")],
    ]


def test_each_date_cell_keeps_its_own_date(
    database: Database, ids: Ids, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BLOCK", 2)
    with database.sessions.begin() as session:
        custom_fields.set_values(session, customer_id=ids.person, typed={3: "05.06.2019"})
        custom_fields.set_values(session, customer_id=ids.company, typed={3: ""})
        third = save_customer(
            session, CustomerInput(kind="person", last_name="Zorn", birthday="07.08.1990")
        ).id
        custom_fields.set_values(session, customer_id=third, typed={3: "09.10.2021"})
    path = out / "Kunden.xlsx"
    export_customers(
        database.sessions,
        path=path,
        format="xlsx",
        customer_ids=[ids.person, ids.company, third],
        fields=["birthday", "custom_3"],
    )
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [
        [datetime(1970, 3, 2), datetime(2019, 6, 5)],
        [None, None],
        [datetime(1990, 8, 7), datetime(2021, 10, 9)],
    ]
    dates = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
    assert {c.number_format for c in dates} == {"DD.MM.YYYY"}


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8-sig", True), ("UTF-8-SIG", True), ("utf-8", False)]
)
def test_csv_has_one_bom_where_asked(
    database: Database, ids: Ids, out: Path, encoding: str, bom: bool
) -> None:
    path = out / "Kunden.csv"
    export_customers(
        database.sessions,
        path=path,
        format="csv",
        fields=["number", "street", "birthday"],
        options=CsvOptions(encoding=encoding),
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    assert raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8").splitlines() == [
        "Kundennummer;Straße;Geburtstag",
        "K10002;;02.03.1970",
        "K10001;Domstraße 1;",
    ]


def test_values_are_typed_for_excel(database: Database, ids: Ids) -> None:
    with database.sessions() as session:
        fields = exporting.available_fields(session)
    assert [f.header for f in fields] == HEADERS + CUSTOM
    kinds = {f.header: f.kind for f in fields}
    assert kinds["Geburtstag"] == kinds["Kunde seit"] == exporting.ValueKind.DATE
    assert kinds["Umsatz"] == exporting.ValueKind.NUMBER
    assert exporting.phone_text("0351 1", None) == "0351 1"


@pytest.mark.parametrize(
    "text", ["1234.500000", "0", "0.000000", "-1234567.123456", "1000.000000", "0.000001", "-0.5"]
)
def test_german_decimal_writes_as_the_details_window(text: str) -> None:
    value = Decimal(text)
    assert exporting.german_decimal(value) == format_decimal_de(value)
