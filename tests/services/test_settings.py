"""Meine Firma, number ranges, customer groups and the display name, on a real company file."""

from __future__ import annotations

import getpass
from dataclasses import replace

import pytest
from sqlalchemy import text

from meinbuero.services import settings
from meinbuero.services.customers import CustomerInput, get_customer, save_customer
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.database import Database
from meinbuero.store.models import Company, NumberRange

NO_AREA_CODE = (
    "„{value}“ ist keine vollständige Rufnummer (Vorwahl fehlt?). Sie wurde so gespeichert,"
    " wie sie eingegeben wurde."
)


def scalar(database: Database, sql: str, **params: object) -> object:
    with database.sessions() as session:
        return session.execute(text(sql), params).scalar_one()


def stored_company(database: Database) -> settings.CompanyInput:
    with database.sessions() as session:
        row = session.get(Company, 1)
        assert row is not None
        return settings.CompanyInput.of(row)


def stored_range(database: Database) -> tuple[str, int, int]:
    with database.sessions() as session:
        row = session.get(NumberRange, "customer")
        assert row is not None
        return (row.prefix, row.next_number, row.width)


def groups_in_file(database: Database) -> list[tuple[str, int]]:
    with database.sessions() as session:
        return [(g.name, g.position) for g in settings.groups(session)]


def group_id(database: Database, name: str) -> int:
    with database.sessions() as session:
        return next(g.id for g in settings.groups(session) if g.name == name)


def add_customer(database: Database, name: str, *, groups: tuple[str, ...] = ()) -> int:
    with database.sessions.begin() as session:
        data = CustomerInput(company_name=name, groups=list(groups))
        return save_customer(session, data).id


# Meine Firma -------------------------------------------------------------------------------


def test_company_creates_its_row_on_first_use(database: Database) -> None:
    assert scalar(database, "SELECT count(*) FROM company") == 0

    with database.sessions.begin() as session:
        row = settings.company(session)
        assert row.id == 1
        assert settings.company(session) is row

    assert scalar(database, "SELECT count(*) FROM company") == 1
    assert stored_company(database) == settings.CompanyInput()
    with database.sessions() as session:
        assert settings.phone_region(session) == "DE"


def test_phone_region_defaults_to_germany_without_a_company_row(database: Database) -> None:
    with database.sessions() as session:
        assert settings.phone_region(session) == "DE"
    assert scalar(database, "SELECT count(*) FROM company") == 0


FULL_COMPANY = settings.CompanyInput(
    name=" Lindner Consulting ",
    name_addition="Beratung und Schulung",
    owner="Petra Lindner",
    street="Domstraße 1",
    postcode="50668",
    city="Köln",
    country="DE",
    phone="0221 1234567",
    fax="0221 1234568",
    email="info@LINDNER-CONSULTING.de",
    website="www.lindner-consulting.de",
    vat_id="de 136 695 976",
    tax_number="21/815/08150",
    tax_office="Finanzamt Köln-Altstadt",
    register_court="Amtsgericht Köln",
    register_number="HRB 12345",
    managing_director="Petra Lindner",
    iban="DE89 3704 0044 0532 0130 00",
    bic="",
    bank_name="",
    kleinunternehmer=True,
)


def test_company_round_trips_with_bic_from_the_iban(database: Database) -> None:
    with database.sessions.begin() as session:
        warnings = settings.save_company(session, FULL_COMPANY)

    assert warnings == []
    assert stored_company(database) == replace(
        FULL_COMPANY,
        name="Lindner Consulting",
        email="info@lindner-consulting.de",
        vat_id="DE136695976",
        iban="DE89370400440532013000",
        bic="COBADEFFXXX",
        bank_name="Commerzbank",
    )


def test_a_typed_bic_and_bank_are_kept(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.save_company(
            session, replace(FULL_COMPANY, bic="cobadeffxxx", bank_name="Meine Bank")
        )

    assert (stored_company(database).bic, stored_company(database).bank_name) == (
        "COBADEFFXXX",
        "Meine Bank",
    )


def test_phone_without_area_code_is_saved_with_warnings(database: Database) -> None:
    with database.sessions.begin() as session:
        warnings = settings.save_company(
            session, replace(FULL_COMPANY, phone=" 123456 ", fax="12345")
        )

    assert warnings == [
        "Telefon: " + NO_AREA_CODE.format(value="123456"),
        "Fax: " + NO_AREA_CODE.format(value="12345"),
    ]
    assert (stored_company(database).phone, stored_company(database).fax) == ("123456", "12345")


def test_every_refused_company_field_is_named_and_nothing_saved(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.save_company(session, FULL_COMPANY)
    before = stored_company(database)

    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.save_company(
            session,
            replace(
                FULL_COMPANY,
                name="  ",
                email="info@",
                vat_id="DE136695977",
                tax_number="123",
                bic="COBADE",
                iban="DE89370400440532013001",
                city="Bonn",
            ),
        )

    assert [(e.field, e.message) for e in caught.value.errors] == [
        ("Firmenname", "Bitte den Namen Ihrer Firma eingeben."),
        (
            "E-Mail",
            "„info@“ ist keine gültige E-Mail-Adresse – bitte in der Form name@beispiel.de"
            " eingeben.",
        ),
        (
            "USt-IdNr.",
            "Die Prüfziffer von „DE136695977“ stimmt nicht – bitte die USt-IdNr. auf Tippfehler"
            " und Zahlendreher prüfen.",
        ),
        (
            "Steuernummer",
            "„123“ hat 3 Ziffern, eine Steuernummer hat aber 10 oder 11 Ziffern (13 im"
            " bundeseinheitlichen Format) – bitte auf fehlende oder überzählige Ziffern prüfen.",
        ),
        (
            "BIC",
            "„COBADE“ hat die falsche Länge – ein BIC hat 8 oder 11 Zeichen, z. B. COBADEFFXXX.",
        ),
        ("IBAN", "Die Prüfziffer stimmt nicht – bitte die IBAN prüfen."),
    ]
    assert stored_company(database) == before


# Display name ------------------------------------------------------------------------------


def test_display_name_is_the_login_name_until_set(database: Database) -> None:
    with database.sessions() as session:
        assert settings.display_name(session) == getpass.getuser()

    with database.sessions.begin() as session:
        settings.set_display_name(session, "  Petra Lindner ")
    with database.sessions() as session:
        assert settings.display_name(session) == "Petra Lindner"

    with database.sessions.begin() as session:
        settings.set_display_name(session, "P. Lindner")
    with database.sessions() as session:
        assert settings.display_name(session) == "P. Lindner"
    assert scalar(database, "SELECT count(*) FROM setting") == 1


def test_an_empty_display_name_is_refused(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra")

    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.set_display_name(session, "   ")

    assert [(e.field, e.message) for e in caught.value.errors] == [
        ("Ihr Name", "Bitte einen Namen eingeben.")
    ]
    with database.sessions() as session:
        assert settings.display_name(session) == "Petra"


# Number ranges -----------------------------------------------------------------------------


def test_the_customer_range_starts_at_k10001(database: Database) -> None:
    assert stored_range(database) == ("K", 10001, 5)


def test_a_range_can_move_forward(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.save_number_range(
            session, key="customer", prefix="KD-", next_number=20000, width=6
        )

    assert stored_range(database) == ("KD-", 20000, 6)
    with database.sessions.begin() as session:
        saved = save_customer(session, CustomerInput(company_name="Neu GmbH"))
    assert saved.number == "KD-020000"
    assert stored_range(database) == ("KD-", 20001, 6)


def test_the_same_next_number_with_another_prefix_is_accepted(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.save_number_range(session, key="customer", prefix="", next_number=10001, width=8)

    assert stored_range(database) == ("", 10001, 8)


def test_a_range_cannot_move_backwards(database: Database) -> None:
    add_customer(database, "Erste GmbH")
    add_customer(database, "Zweite GmbH")

    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.save_number_range(session, key="customer", prefix="K", next_number=10002, width=5)

    assert [(e.field, e.message) for e in caught.value.errors] == [
        (
            "Nummernkreis",
            "Die nächste Nummer kann nicht unter 10003 zurückgehen: Vergebene Nummern werden"
            " nie wieder vergeben.",
        )
    ]
    assert stored_range(database) == ("K", 10003, 5)


@pytest.mark.parametrize(
    ("prefix", "next_number", "width", "message"),
    [
        (
            "K",
            20000,
            0,
            "Die Stellenzahl ist 0, sie muss aber zwischen 1 und 12 liegen – bitte eine"
            " Stellenzahl in diesem Bereich wählen.",
        ),
        (
            "K",
            20000,
            13,
            "Die Stellenzahl ist 13, sie muss aber zwischen 1 und 12 liegen – bitte eine"
            " Stellenzahl in diesem Bereich wählen.",
        ),
        (
            "K D",
            20000,
            5,
            "Das Präfix „K D“ enthält ein Leerzeichen – bitte entfernen.",
        ),
        (
            "KUNDENNUMMER",
            20000,
            5,
            "Das Präfix „KUNDENNUMMER“ hat 12 Zeichen, erlaubt sind höchstens 10 – bitte kürzen.",
        ),
    ],
)
def test_bad_range_settings_are_refused(
    database: Database, prefix: str, next_number: int, width: int, message: str
) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.save_number_range(
            session, key="customer", prefix=prefix, next_number=next_number, width=width
        )

    [error] = caught.value.errors
    assert (error.field, error.message) == ("Nummernkreis", message)
    assert stored_range(database) == ("K", 10001, 5)


def test_bad_range_settings_are_invalid_input(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.save_number_range(session, key="customer", prefix="K", next_number=20000, width=0)

    assert caught.value.fields() == {"Nummernkreis"}


def test_an_unknown_range_is_not_found(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(NotFound):
        settings.save_number_range(session, key="dunning", prefix="M", next_number=1, width=5)


def test_take_number_skips_taken_numbers(database: Database) -> None:
    taken = {"K10001", "K10002", "K10004"}

    with database.sessions.begin() as session:
        first = settings.take_number(session, "customer", is_taken=taken.__contains__)
        second = settings.take_number(session, "customer", is_taken=taken.__contains__)

    assert (first, second) == ("K10003", "K10005")
    assert stored_range(database) == ("K", 10006, 5)


def test_a_number_taken_in_a_rolled_back_transaction_is_given_again(database: Database) -> None:
    with pytest.raises(RuntimeError), database.sessions.begin() as session:
        assert settings.take_number(session, "customer", is_taken=lambda n: False) == "K10001"
        raise RuntimeError("roll back")

    with database.sessions.begin() as session:
        assert settings.take_number(session, "customer", is_taken=lambda n: False) == "K10001"


def test_a_number_wider_than_the_range_is_written_in_full(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.save_number_range(session, key="customer", prefix="K", next_number=99999, width=5)
        assert settings.take_number(session, "customer", is_taken=lambda n: False) == "K99999"
        assert settings.take_number(session, "customer", is_taken=lambda n: False) == "K100000"


# Customer groups ---------------------------------------------------------------------------


def test_four_groups_come_with_a_new_company(database: Database) -> None:
    assert groups_in_file(database) == [
        ("Kunde", 0),
        ("Lieferant", 1),
        ("Messekontakt", 2),
        ("Interessent", 3),
    ]


def test_a_group_is_added_at_the_end(database: Database) -> None:
    with database.sessions.begin() as session:
        group = settings.add_group(session, "  Stammkunde ")
        assert group.name == "Stammkunde"

    assert groups_in_file(database)[-1] == ("Stammkunde", 4)
    customer = add_customer(database, "Gruppe GmbH", groups=("Stammkunde", "Kunde"))
    with database.sessions() as session:
        assert [g.name for g in get_customer(session, customer).groups] == ["Kunde", "Stammkunde"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Kunde", "„Kunde“ gibt es schon."),
        (" Lieferant ", "„Lieferant“ gibt es schon."),
        ("   ", "Bitte einen Namen für die Gruppe eingeben."),
    ],
)
def test_a_duplicate_or_empty_group_is_refused(database: Database, name: str, message: str) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.add_group(session, name)

    assert [(e.field, e.message) for e in caught.value.errors] == [("Kundengruppe", message)]
    assert len(groups_in_file(database)) == 4


def test_a_group_is_renamed_for_its_customers(database: Database) -> None:
    customer = add_customer(database, "Gruppe GmbH", groups=("Messekontakt",))

    with database.sessions.begin() as session:
        settings.rename_group(session, group_id(database, "Messekontakt"), " Messe 2026 ")

    assert [name for name, _ in groups_in_file(database)] == [
        "Kunde",
        "Lieferant",
        "Messe 2026",
        "Interessent",
    ]
    with database.sessions() as session:
        assert [g.name for g in get_customer(session, customer).groups] == ["Messe 2026"]


def test_renaming_to_nothing_is_refused(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.rename_group(session, group_id(database, "Kunde"), "  ")

    assert [(e.field, e.message) for e in caught.value.errors] == [
        ("Kundengruppe", "Bitte einen Namen für die Gruppe eingeben.")
    ]
    assert groups_in_file(database)[0] == ("Kunde", 0)


def test_renaming_to_an_existing_name_is_refused(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        settings.rename_group(session, group_id(database, "Kunde"), "Lieferant")

    assert [(e.field, e.message) for e in caught.value.errors] == [
        ("Kundengruppe", "„Lieferant“ gibt es schon.")
    ]


def test_an_unused_group_is_deleted_and_the_rest_close_up(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.delete_group(session, group_id(database, "Lieferant"))

    assert groups_in_file(database) == [("Kunde", 0), ("Messekontakt", 1), ("Interessent", 2)]
    with database.sessions.begin() as session:
        settings.add_group(session, "Partner")
    assert groups_in_file(database)[-1] == ("Partner", 3)


def test_a_group_in_use_is_not_deleted(database: Database) -> None:
    add_customer(database, "Eins GmbH", groups=("Kunde",))
    add_customer(database, "Zwei GmbH", groups=("Kunde", "Lieferant"))

    with database.sessions.begin() as session, pytest.raises(Refused) as caught:
        settings.delete_group(session, group_id(database, "Kunde"))

    assert str(caught.value) == (
        "Die Gruppe „Kunde“ hat noch 2 Kunden und kann nicht gelöscht werden."
    )
    assert len(groups_in_file(database)) == 4
    assert scalar(database, "SELECT count(*) FROM customer_group_link") == 3


def test_unknown_groups_are_not_found(database: Database) -> None:
    with database.sessions.begin() as session:
        with pytest.raises(NotFound):
            settings.rename_group(session, 999, "Neu")
        with pytest.raises(NotFound):
            settings.delete_group(session, 999)
