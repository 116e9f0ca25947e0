"""What we export, we import back unchanged (issue 6: round trip).

A demo company (with a few customers given what the demo does not make: an extension, a
foreign country, a letter salutation of their own …) is exported to xlsx, csv and vcf, each file
is imported into a fresh company file, and the two companies are compared customer by customer
(by customer number) as the details window shows them, and the files cell by cell.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import pytest
import vobject
from openpyxl import load_workbook
from sqlalchemy import select

from meinbuero import i18n
from meinbuero.services import custom_fields
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    find_by_number,
    get_customer,
    save_contact_person,
    save_customer,
)
from meinbuero.services.demo import make_demo
from meinbuero.services.exporting import Format, export_customers
from meinbuero.services.importing import (
    Decision,
    ImportReport,
    Preview,
    RowStatus,
    find_unplaced,
    prepare,
    propose_mapping,
    read_source,
    run_import,
)
from meinbuero.store.database import Database, open_company
from meinbuero.store.models import ContactPerson, Customer, CustomerKind

DEMO_CUSTOMERS = 200

# What the export's columns carry of a customer (the rest of the details window stays home).
EXPORTED = (
    "number",
    "kind",
    "company_name",
    "salutation",
    "title",
    "first_name",
    "last_name",
    "street",
    "postcode",
    "city",
    "country",
    "phone",
    "phone_extension",
    "mobile",
    "fax",
    "email",
    "website",
    "birthday",
    "groups",
    "letter_salutation_override",
    "form_of_address",
    "vat_id",
    "iban",
    "bic",
    "bank_name",
    "company_addition",
    "invoice_email",
    "tax_number",
    "account_holder",
    "remark",
)

# What a vCard carries of a customer (of a company: not the names of its person).
IN_VCARD = (
    "number",
    "kind",
    "company_name",
    "company_addition",
    "street",
    "postcode",
    "city",
    "country",
    "phone",
    "phone_extension",
    "mobile",
    "fax",
    "email",
    "website",
    "birthday",
    "groups",
    "remark",
)
NAMES = ("salutation", "title", "first_name", "last_name")
# … and of a contact person
PERSON_IN_VCARD = (
    *NAMES,
    "position",
    "department",
    "email",
    "phone",
    "phone_extension",
    "mobile",
    "birthday",
    "notes",
)

# Customers given what the demo does not make (number -> changes to the details window).
EDITS: dict[str, dict[str, Any]] = {
    "K10001": {"phone": "030 1234567", "phone_extension": "12"},
    "K10002": {
        "letter_salutation_override": "Liebe Freunde der Buchhaltung,",
        "remark": "Zeile eins;\n„Zeile“ zwei, mit Komma",
    },
    "K10003": {"country": "AT", "postcode": "1010", "city": "Wien", "phone": "+43 1 5123456"},
    "K10004": {"country": "CH", "postcode": "8001", "city": "Zürich"},
    "K10005": {"form_of_address": "du", "birthday": "16.04."},
    "K10006": {"vat_id": "ATU13585627", "country": "AT", "postcode": "5020", "city": "Salzburg"},
}


def _edit(database: Database) -> None:
    with database.sessions.begin() as session:
        for number, changes in EDITS.items():
            customer = find_by_number(session, number)
            data = replace(CustomerInput.of(customer), **changes)
            save_customer(session, data, customer_id=customer.id)
        person = session.scalars(select(ContactPerson).order_by(ContactPerson.id)).first()
        assert person is not None
        save_contact_person(
            session,
            replace(
                ContactPersonInput.of(person),
                phone="0221 998877",
                phone_extension="7",
                birthday="03.05.",
            ),
            customer_id=person.customer_id,
            contact_person_id=person.id,
        )


@pytest.fixture(scope="module")
def source_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roundtrip") / "Demo.sqlite"
    database = open_company(path, create=True)
    make_demo(database, customers=DEMO_CUSTOMERS, seed=9, sales_years=0)
    _edit(database)
    database.close()
    return path


@pytest.fixture(scope="module")
def before(source_path: Path) -> dict[str, dict[str, Any]]:
    """The source company as the details window shows it (read once: it takes a while)."""
    i18n.set_language("de")  # before the autouse fixture of each test has made it German
    database = open_company(source_path)
    try:
        return details(database)
    finally:
        database.close()


@pytest.fixture
def source(source_path: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the edited demo company of this test's own."""
    path = tmp_path / "Quelle.sqlite"
    shutil.copyfile(source_path, path)
    database = open_company(path)
    yield database
    database.close()


@pytest.fixture
def fresh(source: Database, company_path: Path) -> Iterator[Database]:
    """An empty company file with the custom fields of the source (as a user would set up)."""
    database = open_company(company_path)
    with source.sessions() as read, database.sessions.begin() as write:
        for definition in custom_fields.defined(read):
            custom_fields.save_definition(
                write,
                slot=definition.slot,
                label=definition.label,
                field_type=definition.field_type,
                choices=definition.choice_list,
            )
    yield database
    database.close()


def export(database: Database, path: Path) -> Path:
    with database.sessions() as session:
        export_customers(session, path=path, format=path.suffix[1:])  # type: ignore[arg-type]
    return path


def import_file(database: Database, path: Path) -> tuple[Preview, ImportReport]:
    with database.sessions.begin() as session:
        table = read_source(path)
        layout, targets = propose_mapping(session, table)
        preview = prepare(session, table, targets, layout=layout)
        report = run_import(session, preview, on_duplicate=Decision.IMPORT)
    return preview, report


def details(database: Database) -> dict[str, dict[str, Any]]:
    """Every customer not archived as the details window shows it, by customer number."""
    result = {}
    with database.sessions() as session:
        for customer in session.query(Customer).where(Customer.archived_at.is_(None)):
            shown = asdict(CustomerInput.of(get_customer(session, customer.id)))
            shown["custom"] = custom_fields.values(session, customer.id)
            shown["contact_persons"] = [
                asdict(ContactPersonInput.of(person)) for person in customer.contact_persons
            ]
            result[customer.number] = shown
    return result


def exported(shown: dict[str, Any]) -> dict[str, Any]:
    return {name: shown[name] for name in (*EXPORTED, "custom")}


def table_rows(path: Path) -> list[list[Any]]:
    if path.suffix == ".xlsx":
        workbook = load_workbook(path)
        return [list(row) for row in workbook.active.iter_rows(values_only=True)]
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def test_the_demo_has_what_a_round_trip_must_carry(before: dict[str, dict[str, Any]]) -> None:
    shown = before
    assert shown["K10001"]["phone_extension"] == "12"
    assert shown["K10003"]["country"] == "AT"
    assert shown["K10005"]["birthday"] == "16.04."
    assert any(p["phone_extension"] == "7" for s in shown.values() for p in s["contact_persons"])
    assert any(len(s["contact_persons"]) > 1 for s in shown.values())
    assert any(s["company_addition"] for s in shown.values())
    assert any(s["remark"] for s in shown.values())
    assert any(s["custom"][4] == "ja" for s in shown.values())
    assert any(s["custom"][4] == "nein" for s in shown.values())
    assert any("," in s["custom"][6] for s in shown.values())  # Umsatz Vorjahr with cents
    assert any(len(s["groups"]) > 1 for s in shown.values())
    assert any(s["kind"] == "person" for s in shown.values())


@pytest.mark.parametrize("format", ["xlsx", "csv"])
def test_a_table_comes_back_unchanged(
    source: Database,
    fresh: Database,
    before: dict[str, dict[str, Any]],
    tmp_path: Path,
    format: Format,
) -> None:
    first = export(source, tmp_path / f"Kunden.{format}")
    preview, report = import_file(fresh, first)
    assert preview.layout is not None and preview.layout.key == "meinbuero"
    assert report.refused == []
    assert report.imported == len(table_rows(first)) - 1 and report.updated == 0
    after = details(fresh)
    assert sorted(after) == sorted(before)
    for number, shown in before.items():
        assert exported(after[number]) == exported(shown), number
    # export(A) == export(import(export(A))), cell by cell
    again = export(fresh, tmp_path / f"wieder.{format}")
    assert table_rows(again) == table_rows(first)


@pytest.mark.parametrize("format", ["xlsx", "csv", "vcf"])
def test_importing_the_export_into_the_same_company_changes_nothing(
    source: Database, before: dict[str, dict[str, Any]], tmp_path: Path, format: Format
) -> None:
    processed = last_processed(source)
    path = export(source, tmp_path / f"Kunden.{format}")
    preview, report = import_file(source, path)
    # found by number, holding nothing new: unchanged, in the preview as in the report
    assert {row.status for row in preview.rows} == {RowStatus.UNCHANGED}
    assert [row.match.customer_id for row in preview.rows if row.match] == [
        find_id(source, row.customer.number) for row in preview.rows
    ]
    assert (report.imported, report.updated, report.refused) == (0, 0, [])
    assert report.unchanged == len(before)
    assert details(source) == before
    assert last_processed(source) == processed


def last_processed(database: Database) -> dict[str, object]:
    with database.sessions() as session:
        return dict(session.execute(select(Customer.number, Customer.last_processed_at)).all())


def find_id(database: Database, number: str) -> int:
    with database.sessions() as session:
        return find_by_number(session, number).id


def in_vcard(shown: dict[str, Any]) -> dict[str, Any]:
    names = () if shown["kind"] == CustomerKind.COMPANY else NAMES
    result = {name: shown[name] for name in (*IN_VCARD, *names)}
    result["contact_persons"] = [
        {name: person[name] for name in PERSON_IN_VCARD} for person in shown["contact_persons"]
    ]
    return result


def test_vcards_come_back_unchanged(
    source: Database, fresh: Database, before: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    first = export(source, tmp_path / "Kunden.vcf")
    preview, report = import_file(fresh, first)
    assert preview.layout is not None and preview.layout.key == "vcard"
    assert report.refused == []
    after = details(fresh)
    assert (report.imported, report.updated) == (len(before), 0)
    assert sorted(after) == sorted(before)
    for number, shown in before.items():
        assert in_vcard(after[number]) == in_vcard(shown), number
    # export(A) == export(import(export(A))), card by card, property by property
    again = cards(export(fresh, tmp_path / "wieder.vcf"))
    assert again == cards(first)


def cards(path: Path) -> list[dict[str, list[str]]]:
    """The vCards of a file in their order, each property as its serialised lines (the UID of
    a contact person's card, made of its row id, left out)."""
    result = []
    for card in vobject.readComponents(path.read_text(encoding="utf-8")):
        properties: dict[str, list[str]] = {}
        for prop in card.getChildren():
            if prop.name.upper() == "UID" and "contact-person" in prop.value:
                continue
            properties.setdefault(prop.name.upper(), []).append(prop.serialize().strip())
        result.append(properties)
    return result


@pytest.mark.parametrize("format", ["xlsx", "csv", "vcf"])
def test_into_a_new_company_whose_custom_fields_the_import_makes(
    source: Database, company_path: Path, tmp_path: Path, format: Format
) -> None:
    """A company without custom fields: the columns of ours are listed as not imported and
    made custom fields ("als individuelles Feld anlegen"); then the export is the same."""
    first = export(source, tmp_path / f"Kunden.{format}")
    table = read_source(first)
    database = open_company(company_path)
    try:
        with database.sessions.begin() as session:
            layout, targets = propose_mapping(session, table)
            unplaced = find_unplaced(table, targets)
            with source.sessions() as read:
                labels = [d.label for d in custom_fields.defined(read)]
            # the custom fields of the export, and nothing else, have no place (a vCard
            # carries none)
            assert [u.header for u in unplaced] == ([] if format == "vcf" else labels)
            preview = prepare(
                session, table, targets, layout=layout, new_fields=[u.column for u in unplaced]
            )
            assert preview.unplaced == [] and preview.omissions == []
            assert [f.label for f in preview.new_fields] == ([] if format == "vcf" else labels)
            report = run_import(session, preview, on_duplicate=Decision.IMPORT)
        assert report.refused == [] and report.new_fields == [f.label for f in preview.new_fields]
        again = export(database, tmp_path / f"wieder.{format}")
    finally:
        database.close()
    if format == "vcf":
        assert cards(again) == cards(first)
    else:
        assert table_rows(again) == table_rows(first)
