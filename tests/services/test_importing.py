"""Import of Excel, CSV and vCard files: real files written and read, on a real company file."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import event, func, select

from meinbuero.services import custom_fields, documents
from meinbuero.services.customers import (
    CustomerInput,
    customer_letter_salutation,
    find_by_number,
    get_customer,
    save_customer,
)
from meinbuero.services.importing import (
    Decision,
    ImportCancelled,
    ImportFailed,
    Preview,
    RowStatus,
    file_photo,
    load_mapping,
    prepare,
    propose_mapping,
    read_source,
    run_import,
    save_mapping,
    save_report,
    saved_mappings,
)
from meinbuero.services.importing.layouts import MEINBUERO
from meinbuero.services.importing.values import birthday_text, cell_text, country_code
from meinbuero.store.database import Database
from meinbuero.store.models import Customer, FieldType
from tests.conftest import SHARED_TESTDATA


def shared_file(name: str) -> Path:
    path = SHARED_TESTDATA / name
    if not path.exists():
        pytest.skip(f"shared test data not found: {path}")
    return path


@contextmanager
def listening(database: Database, statements: list[str]) -> Iterator[None]:
    """Collect the SQL statements run on the database meanwhile."""

    def collect(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", collect)
    try:
        yield
    finally:
        event.remove(database.engine, "before_cursor_execute", collect)


def count(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def preview_of(database: Database, path: Path) -> Preview:
    table = read_source(path)
    with database.sessions() as session:
        layout, targets = propose_mapping(session, table)
        return prepare(session, table, targets, layout=layout)


def import_file(
    database: Database, path: Path, **options: object
) -> tuple[Preview, list[Customer]]:
    """Preview and import ``path``; returns the preview and the customers it wrote."""
    table = read_source(path)
    with database.sessions.begin() as session:
        layout, targets = propose_mapping(session, table)
        preview = prepare(session, table, targets, layout=layout)
        report = run_import(session, preview, **options)  # type: ignore[arg-type]
    with database.sessions() as session:
        found = [get_customer(session, i) for i in report.customer_ids]
        session.expunge_all()
    return preview, found


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def jpeg_size(data: bytes) -> tuple[int, int]:
    """(width, height) from the JPEG's frame header; fails on anything that is not a JPEG."""
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"
    i = 2
    while i < len(data):
        assert data[i] == 0xFF
        marker, length = data[i + 1], int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            width = int.from_bytes(data[i + 7 : i + 9], "big")
            return width, height
        i += 2 + length
    raise AssertionError("no frame header")


# --- the shared third-party files -----------------------------------------------------------


def test_akaunting_xlsx_sparse_row_and_english_country(database: Database) -> None:
    preview, (customer,) = import_file(database, shared_file("akaunting__customers.xlsx"))
    assert preview.layout is None  # an unknown layout: mapped by header names
    assert dict(zip(preview.table.headers, preview.targets, strict=True))["tax_number"] == (
        "customer.vat_id"
    )
    assert (customer.first_name, customer.last_name) == ("Test", "Customer")
    assert customer.email == "test@customer.com"
    assert customer.country == "US"  # "United States"
    assert customer.vat_id == "" and customer.phone == ""


def test_google_vcard_escapes_folding_and_address_in_extended_field(database: Database) -> None:
    _, (customer,) = import_file(database, shared_file("ezvcard__John_Doe_GMAIL.vcf"))
    assert (customer.salutation, customer.first_name, customer.last_name) == ("Herr", "John", "Doe")
    assert customer.company_name == "IBM"
    assert customer.email == "john.doe@ibm.com"
    assert (customer.mobile, customer.phone) == ("905-555-1234", "905-666-1234")
    # the whole address was in the extended field: nothing of it is lost, the country is read
    assert customer.street == "Crescent moon drive, 555-asd, Nice Area, Albaney, New York 12345"
    assert customer.country == "US"
    assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (22, 3, 1980)
    assert customer.website == "http://www.ibm.com"
    assert 'CONTRIBUTORS "AS IS" AND' in customer.remark
    assert "LIMITED TO, THE IMPLIED" in customer.remark  # fold inside a word undone
    # what has no field of its own follows the note under its vCard name
    assert customer.remark.endswith(
        "DAMAGE.\nFavotire Color: Blue\nN:Additional: Richter, James\nN:Suffix: Sr.\n"
        "X-ABDATE: 1975-03-01"
    )


def test_birthday_without_year_is_stored_without_year(database: Database) -> None:
    _, (customer,) = import_file(database, shared_file("radicale__contact4-with-bday-no-year.vcf"))
    assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (1, 1, None)
    # N is empty: the name comes from FN
    assert customer.last_name == "CardBook"
    assert customer.first_name == "Test bday without year Thunderbird"


def test_quoted_printable_with_soft_line_break(database: Database) -> None:
    _, (customer,) = import_file(database, shared_file("radicale__vcard-quoted-printable1.vcf"))
    assert (customer.first_name, customer.last_name) == ("世勇", "黄")
    assert customer.city == "北京 丰台区"
    assert customer.website == "http://weibo.com/3094900433?闪闪H红星"


def test_cr_cr_lf_line_endings(database: Database) -> None:
    _, (customer,) = import_file(database, shared_file("thunderbird__dos_vcard_addressbook.vcf"))
    assert (customer.first_name, customer.last_name) == ("Name", "Surname")
    assert customer.email == "example@gmail.com"


def test_vcard_21_photo_and_bare_type_parameters(database: Database) -> None:
    path = shared_file("vobject__photo-test.vcf")
    table = read_source(path)
    photo = table.photos[0]
    assert photo.file_name.endswith(".jpg")
    assert len(photo.content) == 4398
    assert jpeg_size(photo.content) == (72, 83)
    _, (customer,) = import_file(database, path)
    assert customer.first_name == "my former school"
    assert customer.phone == "+49123456789"


def test_a_vcard_photo_becomes_a_document_of_the_customer(database: Database) -> None:
    table = read_source(shared_file("vobject__photo-test.vcf"))
    photo = table.photos[0]
    with database.sessions.begin() as session:
        saved = save_customer(session, CustomerInput(kind="person", last_name="Schule"))
        assert file_photo(session, saved.id, photo) is True
    with database.sessions() as session:
        [row] = documents.list_documents(session, saved.id)
        assert (row.category, row.title, row.size) == ("Sonstiges", "Foto aus vCard", 4398)
        assert row.file_name.endswith(".jpg")
        stored = documents.store_of(session).read_bytes(row.sha256)
    assert stored == photo.content


def test_vcard_40_preferences_and_tel_uris(database: Database) -> None:
    preview, (customer,) = import_file(database, shared_file("vobject__vcard40_full.vcf"))
    assert customer.company_name == "Example Corp."
    assert customer.kind == "company"
    assert [g.name for g in customer.groups] == ["BUSINESS", "NETWORKING"]  # CATEGORIES
    assert (customer.first_name, customer.last_name) == ("John", "Public")
    assert customer.title == "Dr."
    assert customer.email == "johnny@personal.example.org"  # PREF=1
    assert (customer.street, customer.postcode, customer.city) == (
        "456 Oak Lane",
        "10001",
        "Somewhere",
    )
    assert customer.country == "US"
    assert (customer.phone, customer.mobile) == ("+1-555-555-5555", "+1-555-123-4567")
    assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (15, 4, 1985)
    # the note, then what has no field of its own under its vCard name: nothing is lost
    lines = customer.remark.split("\n")
    assert lines[:2] == ["This is a note about John.", "He likes vCards."]
    assert "EMAIL 2: john.public@example.com" in lines
    assert "ADR 2: 123 Main Street" in lines and "NICKNAME: Johnny" in lines
    assert "ADR:Region: NY" in lines
    # a person at a company with a position: the company's contact person, with it
    (person,) = customer.contact_persons
    assert (person.first_name, person.last_name, person.position, person.department) == (
        "John",
        "Public",
        "CEO / Executive",
        "North Division, Marketing",
    )
    assert preview.rows[0].warnings  # the 555 numbers are flagged, not refused
    # the properties of no field and no remark line are listed as columns not imported
    unplaced = {u.header for u in preview.unplaced}
    assert {"GENDER", "TZ", "GEO", "KIND", "LANG"} <= unplaced


def test_thunderbird_csv_multiline_quoted_fields(database: Database) -> None:
    preview = preview_of(database, shared_file("thunderbird__export.csv"))
    assert preview.layout is not None and preview.layout.key == "thunderbird_en"
    assert preview.table.delimiter == ","
    first, second = preview.rows
    assert (first.customer.first_name, first.customer.last_name) == ("contact", "one")
    assert (first.line, second.line) == (2, 3)
    assert second.customer.remark.split("\n") == [
        "custom, 1",
        "custom\t2",
        "custom",  # a lone CR inside the value: a line break
        "3",
        "custom",
        "4",
        "here's some unicode text…",
        'Position: "worker"',  # a private person's job title, kept in the remark
    ]
    # ".invalid" is no real address: the row is taken without it, said with row, column,
    # value and a German message
    (omitted,) = second.omitted
    assert second.status == RowStatus.NEW and second.customer.email == ""
    assert (omitted.line, omitted.column, omitted.value) == (3, "Primary Email", "contact2@invalid")
    assert omitted.field == "E-Mail"
    assert "keine gültige E-Mail-Adresse" in omitted.message


def test_thunderbird_utf16_with_trailing_empty_column(database: Database) -> None:
    preview = preview_of(database, shared_file("thunderbird__utf16_addressbook.csv"))
    assert preview.table.encoding == "utf-16"
    assert preview.layout is not None and preview.layout.key == "thunderbird_en"
    assert preview.table.headers[-1] == "" and len(preview.table.headers) == 38
    (row,) = preview.rows
    assert (row.customer.first_name, row.customer.last_name) == ("John", "Doe")
    assert row.customer.email == ""  # ".invalid": taken without it, and said so
    assert [o.value for o in row.omitted] == ["johndoe@host.invalid"]


def test_semicolon_csv_is_sniffed(database: Database) -> None:
    preview = preview_of(database, shared_file("thunderbird__csv_semicolon.csv"))
    assert preview.table.delimiter == ";"
    names = [(r.customer.first_name, r.customer.last_name) for r in preview.rows]
    assert names == [("John", "Doe"), ("Jane", "Doe")]
    assert [o.value for o in preview.omissions] == ["john@doe.invalid", "jane@doe.invalid"]


# --- files that cannot be imported ----------------------------------------------------------


def test_damaged_xlsx(database: Database, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "gut.xlsx", [["Firma"], ["Müller GmbH"]])
    damaged = tmp_path / "kaputt.xlsx"
    damaged.write_bytes(good.read_bytes()[:600])
    with pytest.raises(ImportFailed, match="kann nicht als Excel-Arbeitsmappe gelesen werden"):
        read_source(damaged)
    assert count(database) == 0


def test_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "bild.csv"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ImportFailed, match="ist keine Textdatei"):
        read_source(path)


@pytest.mark.parametrize("name", ["leer.csv", "leer.xlsx", "leer.vcf"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(ImportFailed, match="ist leer"):
        read_source(path)


def test_sheet_with_header_only(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "nur_kopf.xlsx", [["Firma", "PLZ", "Ort"]])
    with pytest.raises(ImportFailed, match="enthält keine Zeilen zum Importieren"):
        read_source(path)


def test_empty_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "leer.xlsx", [])
    with pytest.raises(ImportFailed, match="enthält nichts zum Importieren"):
        read_source(path)


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "kunden.ods"
    path.write_bytes(b"x")
    with pytest.raises(ImportFailed, match="kann nicht importiert werden"):
        read_source(path)


def test_nothing_mapped(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Spalte A;Spalte B\n1;2\n", encoding="utf-8")
    table = read_source(path)
    with database.sessions() as session:
        _, targets = propose_mapping(session, table)
        assert targets == ["", ""]
        with pytest.raises(ImportFailed, match="Keine Spalte ist einem Feld zugeordnet"):
            prepare(session, table, targets)


# --- German files ---------------------------------------------------------------------------

GERMAN_CSV = (
    "Kundennr;Anrede;Vorname;Nachname;Firma;Straße;PLZ;Ort;Telefon;E-Mail;Geburtstag;Du/Sie\n"
    "4711;Frau;Jördis;Weiß;;Hauptstraße 1;50667;Köln;0221 123456;jw@example.de;16.04.1980;du\n"
    '4712;Herrn;Jürgen;Müller;"Müller & Söhne GmbH";Am Markt 2;01067;Dresden;;;;Sie\n'
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_german_csv_in_every_encoding(database: Database, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "kunden.csv"
    path.write_bytes(GERMAN_CSV.encode(encoding))
    preview, (weiss, mueller) = import_file(database, path)
    assert not preview.warnings
    assert (weiss.number, weiss.salutation, weiss.first_name, weiss.last_name) == (
        "4711",
        "Frau",
        "Jördis",
        "Weiß",
    )
    assert weiss.kind == "person" and weiss.form_of_address == "du"
    assert weiss.phone_e164 == "+49221123456"  # region from Meine Firma (DE)
    assert (weiss.birthday_day, weiss.birthday_month, weiss.birthday_year) == (16, 4, 1980)
    assert (mueller.kind, mueller.company_name, mueller.salutation) == (
        "company",
        "Müller & Söhne GmbH",
        "Herr",
    )
    assert mueller.postcode == "01067" and mueller.city == "Dresden"


def test_dos_code_page_is_detected_and_reported(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "dos.csv"
    path.write_bytes(GERMAN_CSV.encode("cp850"))
    preview = preview_of(database, path)
    assert preview.table.encoding == "cp850"
    assert any("DOS" in warning for warning in preview.warnings)
    assert preview.rows[0].customer.last_name == "Weiß"


def test_garbled_text_is_reported(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "kaputt.csv"
    path.write_text("Vorname;Nachname\nJÃ¼rgen;MÃ¼ller\n", encoding="utf-8")
    preview = preview_of(database, path)
    assert any("verstümmelt" in warning for warning in preview.warnings)


def test_excel_cells_dates_numbers_and_serial_days(database: Database, tmp_path: Path) -> None:
    from datetime import date

    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=1, label="Umsatz", field_type=FieldType.NUMBER)
        custom_fields.save_definition(session, slot=2, label="Seit", field_type=FieldType.DATE)
    path = write_xlsx(
        tmp_path / "kunden.xlsx",
        [
            ["Vorname", "Nachname", "PLZ", "Ort", "Geburtstag", "Telefon", "Umsatz", "Seit"],
            [
                "Anna",
                "Alt",
                1067,
                "Dresden",
                date(1975, 3, 1),
                3512345678,
                1234.5,
                date(2020, 1, 2),
            ],
            ["Bert", "Neu", "80331", "München", 29221, "089 1234567", "2,5", "43831"],
        ],
    )
    _, (anna, bert) = import_file(database, path)
    assert anna.postcode == "01067"  # Excel dropped the leading zero
    assert (anna.birthday_day, anna.birthday_month, anna.birthday_year) == (1, 3, 1975)
    assert anna.phone == "3512345678"
    assert (bert.birthday_day, bert.birthday_month, bert.birthday_year) == (1, 1, 1980)
    assert bert.phone_e164 == "+49891234567"
    with database.sessions() as session:
        assert custom_fields.values(session, anna.id) == {1: "1.234,5", 2: "02.01.2020"}
        assert custom_fields.values(session, bert.id) == {1: "2,5", 2: "01.01.2020"}


def test_value_helpers() -> None:
    assert cell_text(12345.0) == "12345"
    assert cell_text(True) == "ja"
    assert birthday_text("--0416") == "16.04."  # as the details window shows it
    assert birthday_text("0.0.00") == birthday_text("0/0/00") == ""  # Outlook: no date
    assert birthday_text("16040101") == "01.01."
    assert birthday_text("1985-04-15") == "15.04.1985"
    assert country_code("Deutschland") == "DE"
    assert country_code("Österreich") == "AT"
    assert country_code("U.S.A.") == "US"
    assert country_code("Nirgendwo") == "Nirgendwo"


# --- refusals, duplicates, one transaction --------------------------------------------------


UNREADABLE = (
    "Art;Firma;Nachname;PLZ;Land;Geburtstag\n"
    "Firma;;Ohne Firma;12345;DE;\n"
    "Privat;;Gut;12345;DE;\n"
    "Privat;;Schlecht;1234567;DE;31.02.1980\n"
)


def test_refused_rows_name_row_column_value(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "kunden.csv"
    path.write_text(UNREADABLE, encoding="utf-8")
    table = read_source(path)
    with database.sessions() as session:
        _, targets = propose_mapping(session, table)
        preview = prepare(session, table, targets, refuse_unreadable=True)
    assert [r.status for r in preview.rows] == [
        RowStatus.REFUSED,
        RowStatus.NEW,
        RowStatus.REFUSED,
    ]
    texts = [(r.line, r.column, r.value, r.message) for r in preview.refusals]
    assert texts[0] == (2, "Firma", "", "Bitte den Firmennamen eingeben.")
    assert (4, "PLZ", "1234567", "Eine deutsche Postleitzahl hat fünf Ziffern.") in texts
    assert any(t[:3] == (4, "Geburtstag", "31.02.1980") for t in texts)
    with database.sessions.begin() as session:
        report = run_import(session, preview)
    assert (report.imported, report.refused_rows) == (1, 2)


def test_a_value_that_cannot_be_read_costs_only_itself(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "kunden.csv"
    path.write_text(UNREADABLE, encoding="utf-8")
    preview = preview_of(database, path)
    # no name: still refused; an impossible postcode and birthday: taken without them
    assert [r.status for r in preview.rows] == [RowStatus.REFUSED, RowStatus.NEW, RowStatus.NEW]
    assert preview.rows_with_omissions() == 1
    omitted = [(o.line, o.field, o.value) for o in preview.rows[2].omitted]
    assert omitted == [(4, "PLZ", "1234567"), (4, "Geburtstag", "31.02.1980")]
    assert preview.rows[2].customer.postcode == "" and preview.rows[2].customer.birthday == ""
    with database.sessions.begin() as session:
        report = run_import(session, preview)
    assert (report.imported, report.refused_rows) == (2, 1)
    text = report.text()
    assert "Zeile 4: übernommen ohne PLZ „1234567“ (Eine deutsche Postleitzahl hat fünf " in text
    assert "Zeile 4: übernommen ohne Geburtstag „31.02.1980“" in text
    with database.sessions() as session:
        stored = session.scalars(select(Customer).where(Customer.last_name == "Schlecht")).one()
        assert (stored.postcode, stored.birthday_day) == ("", None)


@pytest.fixture
def existing(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        rows = {
            "number": CustomerInput(number="K1", kind="person", last_name="Nummer"),
            "email": CustomerInput(kind="person", last_name="Mail", email="mail@example.de"),
            "name": CustomerInput(company_name="Bäckerei Korn", postcode="50667", city="Köln"),
            "phone": CustomerInput(kind="person", last_name="Ruf", phone="0221 987654"),
        }
        return {key: save_customer(session, data).id for key, data in rows.items()}


DUPLICATES_CSV = (
    "Kundennummer;Vorname;Nachname;Firma;PLZ;Ort;Telefon;E-Mail\n"
    "K1;;Nummer;;;Bonn;;\n"
    ";;Mail;;;Berlin;;MAIL@example.de\n"
    ";;;Bäckerei Korn;50667;Köln-Nord;;\n"
    ";Rita;Ruf;;;;+49 221 987654;\n"
    ";;Neu;;;;;\n"
    ";;Neu;;;;;\n"
)


def test_duplicates_by_rule(database: Database, existing: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "dubletten.csv"
    path.write_text(DUPLICATES_CSV, encoding="utf-8")
    preview = preview_of(database, path)
    statuses = [(r.status, r.match and r.match.customer_id) for r in preview.rows]
    assert statuses[:5] == [
        (RowStatus.UPDATE, existing["number"]),  # same customer number
        (RowStatus.UPDATE, existing["email"]),  # same e-mail (case ignored)
        (RowStatus.DUPLICATE, existing["name"]),  # same name and postcode
        (RowStatus.DUPLICATE, existing["phone"]),  # same phone, other spelling
        (RowStatus.NEW, None),
    ]
    match = preview.rows[2].match
    assert match is not None and "Bäckerei Korn, 50667 Köln" in match.label
    # the second "Neu" duplicates the first row of the file, not a stored customer
    last = preview.rows[5]
    assert last.status == RowStatus.DUPLICATE and last.match is not None
    assert last.match.row_index == 4 and last.match.label == "Zeile 6 dieser Datei"
    assert preview.counts_text() == (
        "Zeilen: 6 – neue Kunden: 1, Aktualisierungen: 2, unverändert: 0, mögliche Dubletten: 3, "
        "abgelehnt: 0."
    )


@pytest.mark.parametrize(
    ("decision", "customers", "korn_city"),
    [(Decision.SKIP, 5, "Köln"), (Decision.UPDATE, 5, "Köln-Nord"), (Decision.IMPORT, 8, "Köln")],
)
def test_duplicate_decisions(
    database: Database,
    existing: dict[str, int],
    tmp_path: Path,
    decision: Decision,
    customers: int,
    korn_city: str,
) -> None:
    path = tmp_path / "dubletten.csv"
    path.write_text(DUPLICATES_CSV, encoding="utf-8")
    import_file(database, path, on_duplicate=decision)
    assert count(database) == customers
    with database.sessions() as session:
        assert get_customer(session, existing["name"]).city == korn_city
        assert get_customer(session, existing["number"]).city == "Bonn"  # updates always
        mail = get_customer(session, existing["email"])
        assert (mail.city, mail.email) == ("Berlin", "mail@example.de")


def test_decision_per_row_wins(
    database: Database, existing: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "dubletten.csv"
    path.write_text(DUPLICATES_CSV, encoding="utf-8")
    import_file(
        database,
        path,
        on_duplicate=Decision.SKIP,
        decisions={0: Decision.SKIP, 3: Decision.UPDATE},
    )
    with database.sessions() as session:
        assert get_customer(session, existing["number"]).city == ""  # skipped
        assert get_customer(session, existing["phone"]).first_name == "Rita"  # updated
    assert count(database) == 5


def test_cancel_midway_leaves_nothing(database: Database, tmp_path: Path) -> None:
    rows = [["Nachname", "Ort"]] + [[f"Kunde {i}", "Köln"] for i in range(350)]
    path = write_xlsx(tmp_path / "viele.xlsx", rows)
    table = read_source(path)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 200:
            cancel.set()

    with pytest.raises(ImportCancelled), database.sessions.begin() as session:
        _, targets = propose_mapping(session, table)
        run_import(session, prepare(session, table, targets), cancel=cancel, progress=progress)
    assert seen == [0, 100, 200]
    assert count(database) == 0
    assert gc.isenabled()  # paused while the rows were prepared and written, running again


def test_group_contact_person_and_custom_choice(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        custom_fields.save_definition(
            session, slot=3, label="Branche", field_type=FieldType.CHOICE, choices=["Handel"]
        )
    path = tmp_path / "k.csv"
    path.write_text(
        "Firma;Gruppen;AP Nachname;Branche\nHandel AG;Stammkunden, VIP;Kunz;Handel\n"
        "Falsch AG;;;Bau\n",
        encoding="utf-8",
    )
    table = read_source(path)
    with database.sessions.begin() as session:
        _, targets = propose_mapping(session, table)
        assert targets == ["customer.company_name", "customer.groups", "", "custom.3"]
        targets[2] = "contact.last_name"
        preview = prepare(session, table, targets)
        assert preview.new_groups == ["Stammkunden", "VIP"]
        (omitted,) = preview.rows[1].omitted  # not a choice: taken without it
        assert (omitted.column, omitted.value, omitted.field) == ("Branche", "Bau", "Branche")
        assert preview.rows[1].custom is None
        report = run_import(session, preview)
    with database.sessions() as session:
        customer = get_customer(session, report.customer_ids[0])
        assert [g.name for g in customer.groups] == ["Stammkunden", "VIP"]
        assert [p.last_name for p in customer.contact_persons] == ["Kunz"]
        assert custom_fields.values(session, customer.id)[3] == "Handel"


def test_meinbuero_layout_is_recognised(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=5, label="Kundenwert", field_type="text")
    headers = [*MEINBUERO, "Kundenwert"]
    row = ["K9", "Firma", "Zeta GmbH", "Herr", "Dr.", "Max", "Zeta", "Weg 1", "10115",
           "Berlin", "DE", "030 1234567", "", "", "info@zeta.de", "", "01.02.", "", "", "Sie",
           "", "", "", "", "", "", "", "", "", "hoch"]  # fmt: skip
    path = write_xlsx(tmp_path / "export.xlsx", [headers, row])
    preview, (customer,) = import_file(database, path)
    assert preview.layout is not None and preview.layout.key == "meinbuero"
    assert preview.targets[-1] == "custom.5"
    assert (customer.number, customer.company_name, customer.title) == ("K9", "Zeta GmbH", "Dr.")
    assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (1, 2, None)
    with database.sessions() as session:
        assert custom_fields.values(session, customer.id)[5] == "hoch"
        assert find_by_number(session, "K9").id == customer.id


def _meinbuero_row(**values: str) -> list[str]:
    row = dict.fromkeys(MEINBUERO, "")
    row.update({"Art": "Privatperson", "Land": "Deutschland", "Du/Sie": "Sie"}, **values)
    return list(row.values())


def test_an_exported_extension_is_read_back_as_the_extension(
    database: Database, tmp_path: Path
) -> None:
    rows = [
        _meinbuero_row(Kundennummer="K1", Nachname="Eck", Telefon="030 1234567 x12"),
        _meinbuero_row(Kundennummer="K2", Nachname="Fix", Telefon="0800 x"),
    ]
    path = write_xlsx(tmp_path / "export.xlsx", [list(MEINBUERO), *rows])
    _, (eck, fix) = import_file(database, path)
    assert (eck.phone, eck.phone_extension) == ("030 1234567", "12")
    assert eck.phone_e164 == "+49301234567"
    assert (fix.phone, fix.phone_extension) == ("0800 x", None)


def test_the_printed_letter_salutation_is_stored_only_when_it_is_the_users_own(
    database: Database, tmp_path: Path
) -> None:
    rows = [
        _meinbuero_row(
            Kundennummer="K1",
            Anrede="Frau",
            Titel="Dr.",
            Nachname="Eck",
            Briefanrede="Sehr geehrte Frau Dr. Eck,",
        ),
        _meinbuero_row(
            Kundennummer="K2",
            Art="Firma",
            Firma="Fix GmbH",
            Anrede="Herr",
            Vorname="Max",
            Nachname="Fix",
            Briefanrede="Sehr geehrte Damen und Herren,",
        ),
        _meinbuero_row(
            Kundennummer="K3",
            Anrede="Herr",
            Vorname="Jo",
            Nachname="Lang",
            Briefanrede="Lieber Jo,",
            **{"Du/Sie": "du"},
        ),
        _meinbuero_row(Kundennummer="K4", Nachname="Zorn", Briefanrede="Moin Zorn,"),
    ]
    path = write_xlsx(tmp_path / "export.xlsx", [list(MEINBUERO), *rows])
    _, found = import_file(database, path)
    assert [c.letter_salutation_override for c in found] == ["", "", "", "Moin Zorn,"]
    assert [customer_letter_salutation(c) for c in found] == [
        "Sehr geehrte Frau Dr. Eck,",
        "Sehr geehrte Damen und Herren,",
        "Lieber Jo,",
        "Moin Zorn,",
    ]


# Cards as our export writes them: a company, its contact persons, a private person.
OWN_VCARDS = """BEGIN:VCARD
VERSION:3.0
UID:meinbuero-customer-K7
CATEGORIES:Stammkunden,VIP
EMAIL;TYPE=INTERNET,WORK:info@adler.de
FN:Adler GmbH
N:Adler GmbH;;;;
ORG:Adler GmbH;Werk Süd
TEL;TYPE=WORK,VOICE:0221 123456 x12
X-ABSHOWAS:COMPANY
X-MEINBUERO-CUSTOMER:K7
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:meinbuero-contact-person-3
FN:Dr. Eva Karge
N:Karge;Eva;;Frau Dr.;
ORG:Adler GmbH;Einkauf
TEL;TYPE=WORK,VOICE:0221 123456 x7
TITLE:Einkaufsleiterin
X-MEINBUERO-CONTACT-OF:K7
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:meinbuero-contact-person-4
FN:Jo Lang
N:Lang;Jo;;Herr;
ORG:Adler GmbH
X-MEINBUERO-CONTACT-OF:K7
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:meinbuero-customer-K8
BDAY:--0416
FN:Ina Adler
N:Adler;Ina;;Frau;
ORG:Adler GmbH
X-MEINBUERO-CUSTOMER:K8
END:VCARD
"""


def test_our_own_vcards_are_read_back(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "Kunden.vcf"
    path.write_text(OWN_VCARDS, encoding="utf-8")
    preview, (company, person) = import_file(database, path)
    assert preview.counts_text().startswith("Zeilen: 2 – neue Kunden: 2,")
    assert (company.number, company.kind, company.company_name) == ("K7", "company", "Adler GmbH")
    assert (company.company_addition, company.first_name, company.last_name) == ("Werk Süd", "", "")
    assert (company.phone, company.phone_extension) == ("0221 123456", "12")
    assert [g.name for g in company.groups] == ["Stammkunden", "VIP"]
    karge, lang = company.contact_persons
    assert (karge.salutation, karge.title, karge.first_name, karge.last_name) == (
        "Frau",
        "Dr.",
        "Eva",
        "Karge",
    )
    assert (karge.position, karge.department, karge.is_main) == (
        "Einkaufsleiterin",
        "Einkauf",
        True,
    )
    assert (karge.phone, karge.phone_extension) == ("0221 123456", "7")
    assert (lang.last_name, lang.department, lang.is_main) == ("Lang", "", False)
    # a private person who works at a company stays a private person
    assert (person.number, person.kind, person.last_name) == ("K8", "person", "Adler")
    assert (person.birthday_day, person.birthday_month, person.birthday_year) == (16, 4, None)


def test_the_columns_added_to_our_export_are_read_and_not_needed() -> None:
    from meinbuero.services.importing.layouts import detect_layout

    headers = list(MEINBUERO)
    assert headers[-5:] == [
        "Firmenzusatz",
        "E-Mail für Rechnungen",
        "Steuernummer",
        "Kontoinhaber",
        "Anmerkungen / Notiz",
    ]
    assert [MEINBUERO[h] for h in headers[-5:]] == [
        "customer.company_addition",
        "customer.invoice_email",
        "customer.tax_number",
        "customer.account_holder",
        "customer.remark",
    ]
    # an export of an older version, or of half the fields, is still our own
    for chosen in (headers[:-5], headers[:13], [*headers[:12], "Anmerkungen / Notiz"]):
        found = detect_layout(chosen)
        assert found is not None and found.key == "meinbuero", chosen


def test_mappings_are_saved_and_reused(database: Database) -> None:
    headers = ["Name 1", "Ort", "Kram"]
    with database.sessions.begin() as session:
        save_mapping(
            session, "Altsystem", headers=headers, targets=["customer.company_name", "", ""]
        )
    with database.sessions() as session:
        assert saved_mappings(session) == ["Altsystem"]
        assert load_mapping(session, "Altsystem", ["Kram", "Name 1", "Neu"]) == [
            "",
            "customer.company_name",
            "",
        ]
        with pytest.raises(ImportFailed, match="keine gespeicherte Zuordnung"):
            load_mapping(session, "Fehlt", headers)


def test_report_file(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text("Nachname;PLZ\nA;1\nB;12345\n", encoding="utf-8")
    table = read_source(path)
    with database.sessions.begin() as session:
        _, targets = propose_mapping(session, table)
        report = run_import(session, prepare(session, table, targets))
    saved = save_report(report, tmp_path / "berichte")
    text = saved.read_text(encoding="utf-8")
    assert "Importiert: 2" in text and "Abgelehnt: 0" in text
    assert "Übernommen ohne unlesbare Werte:" in text
    assert "Zeile 2: übernommen ohne PLZ „1“ (Eine deutsche Postleitzahl hat fünf Ziffern)" in text


@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("outlook_de", {"Vorname": "Eva", "Nachname": "Neu", "Firma": "Neu AG",
                        "E-Mail-Adresse": "eva@neu.de", "Postleitzahl geschäftlich": "10115",
                        "Anrede": "Frau", "Geburtstag": "16.4.1980"}),
        ("outlook_en", {"First Name": "Eva", "Last Name": "Neu", "Company": "Neu AG",
                        "E-mail Address": "eva@neu.de", "Business Postal Code": "10115",
                        "Title": "Mrs.", "Birthday": "1980-04-16"}),
        ("google_new", {"First Name": "Eva", "Last Name": "Neu", "Organization Name": "Neu AG",
                        "E-mail 1 - Value": "eva@neu.de", "Address 1 - Postal Code": "10115",
                        "Name Prefix": "Ms", "Birthday": "1980-04-16"}),
        ("google_old", {"Given Name": "Eva", "Family Name": "Neu",
                        "Organization 1 - Name": "Neu AG", "E-mail 1 - Value": "eva@neu.de",
                        "Address 1 - Postal Code": "10115", "Name Prefix": "Frau",
                        "Birthday": "1980-04-16"}),
        ("thunderbird_de", {"Vorname": "Eva", "Nachname": "Neu", "Organisation": "Neu AG",
                            "Primäre E-Mail-Adresse": "eva@neu.de", "Dienstlich: PLZ": "10115",
                            "Geburtsjahr": "1980", "Geburtsmonat": "4", "Geburtstag": "16"}),
    ],
)  # fmt: skip
def test_known_layouts_are_recognised(
    database: Database, tmp_path: Path, key: str, values: dict[str, str]
) -> None:
    from meinbuero.services.importing.layouts import layouts

    (layout,) = [item for item in layouts() if item.key == key]
    headers = list(layout.columns)
    if key == "thunderbird_de":
        headers.insert(7, "Anzeigename")  # Thunderbird writes it twice
    path = write_xlsx(
        tmp_path / "export.xlsx", [headers, [values.get(header, "") for header in headers]]
    )
    preview, (customer,) = import_file(database, path)
    assert preview.layout is not None and preview.layout.key == key
    assert (customer.first_name, customer.last_name, customer.company_name) == (
        "Eva",
        "Neu",
        "Neu AG",
    )
    assert (customer.email, customer.postcode) == ("eva@neu.de", "10115")
    assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (16, 4, 1980)
    if key != "thunderbird_de":
        assert customer.salutation == "Frau"


def test_name_beside_first_name_is_the_surname(database: Database) -> None:
    from meinbuero.services.importing.layouts import propose

    assert propose(["Vorname", "Name", "Firma"], custom_labels={}) == [
        "customer.first_name",
        "customer.last_name",
        "customer.company_name",
    ]
    assert propose(["Name", "E_Mail"], custom_labels={}) == ["customer.full_name", "customer.email"]


def test_the_preview_tells_its_progress(database: Database, tmp_path: Path) -> None:
    source = tmp_path / "viele.csv"
    lines = ["Firma;PLZ;Ort"] + [f"Firma {i} GmbH;50667;Köln" for i in range(600)]
    source.write_text("\n".join(lines), encoding="utf-8")
    table = read_source(source)
    told: list[tuple[int, int]] = []
    with database.sessions() as session:
        layout, targets = propose_mapping(session, table)
        preview = prepare(
            session, table, targets, layout=layout, progress=lambda *a: told.append(a)
        )
    assert told == [(0, 600), (250, 600), (500, 600)]
    assert preview.count(RowStatus.NEW) == 600


def test_importing_the_same_file_again_changes_nothing(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text(
        "Kundennummer;Firma;Straße;PLZ;Ort;Telefon;E-Mail;Geburtstag;Gruppen\n"
        "K7;Bau AG;Domstraße 1;50667;Köln;0221 123456-12;Info@Bau.de;;Kunde\n"
        "K8;Eva Design;Hauptstr. 2;1067;Dresden;0351 4711;eva@example.de;01.02.1970;\n",
        encoding="utf-8",
    )
    import_file(database, path)
    with database.sessions() as session:
        before = {c.number: c.last_processed_at for c in session.scalars(select(Customer))}
    statements: list[str] = []
    table = read_source(path)
    with database.sessions.begin() as session:
        _, targets = propose_mapping(session, table)
        preview = prepare(session, table, targets)
        # found by number, and the file holds nothing new: unchanged, in preview and report
        assert preview.count(RowStatus.UNCHANGED) == 2
        assert preview.count(RowStatus.UPDATE) == 0
        with listening(database, statements):
            report = run_import(session, preview)
    assert (report.updated, report.unchanged, report.imported) == (0, 2, 0)
    assert "Unverändert: 2" in report.text() and "Aktualisiert: 0" in report.text()
    # The write lock taken and the pages checked; nothing read again, nothing written
    assert statements == ["UPDATE setting SET key = key WHERE 0", "PRAGMA quick_check"]
    with database.sessions() as session:
        after = {c.number: c.last_processed_at for c in session.scalars(select(Customer))}
    assert after == before


def test_two_rows_updating_one_customer_both_land(database: Database, tmp_path: Path) -> None:
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(number="K9", company_name="Alt GmbH"))
    path = tmp_path / "k.csv"
    path.write_text(
        "Kundennummer;Firma;Ort;Telefon\nK9;Alt GmbH;Bonn;\nK9;Alt GmbH;;0228 123456\n",
        encoding="utf-8",
    )
    _, found = import_file(database, path)
    assert [(c.city, c.phone) for c in found] == [("Bonn", "0228 123456")] * 2
