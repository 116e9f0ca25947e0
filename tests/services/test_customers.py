"""Customers and contact persons through the service, on a real company file.

Writes commit in one session; a fresh session reads back what the file holds.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from meinbuero.services import conditions, custom_fields, notes
from meinbuero.services.customer_list import search as search_customers
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    Removal,
    Saved,
    add_customers,
    count_customers,
    customer_letter_salutation,
    delete_contact_person,
    find_by_number,
    get_customer,
    remove_customer,
    restore_customer,
    save_contact_person,
    save_customer,
)
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.database import Database, open_company
from meinbuero.store.models import ContactPerson, Customer, SocialProfile

OLD = datetime(2020, 1, 1, 8, 0, tzinfo=UTC)
COMMERZBANK_IBAN = "DE89370400440532013000"
NO_AREA_CODE = (
    "„123456“ ist keine vollständige Rufnummer (Vorwahl fehlt?). Sie wurde so gespeichert,"
    " wie sie eingegeben wurde."
)


def create(database: Database, data: CustomerInput) -> Saved:
    with database.sessions.begin() as session:
        return save_customer(session, data)


def create_company(
    database: Database,
    name: str,
    *,
    postcode: str = "",
    city: str = "",
    phone: str = "",
    phone_extension: str = "",
    email: str = "",
) -> int:
    data = CustomerInput(
        company_name=name,
        postcode=postcode,
        city=city,
        phone=phone,
        phone_extension=phone_extension,
        email=email,
    )
    return create(database, data).id


def add_contact_person(database: Database, customer_id: int, data: ContactPersonInput) -> int:
    with database.sessions.begin() as session:
        return save_contact_person(session, data, customer_id=customer_id).id


def stored_input(database: Database, customer_id: int) -> CustomerInput:
    with database.sessions() as session:
        return CustomerInput.of(get_customer(session, customer_id))


def scalar(database: Database, sql: str, **params: object) -> object:
    with database.sessions() as session:
        return session.execute(text(sql), params).scalar_one()


def customer_count(database: Database) -> object:
    return scalar(database, "SELECT count(*) FROM customer")


def next_customer_number(database: Database) -> object:
    return scalar(database, "SELECT next_number FROM number_range WHERE key = 'customer'")


def refused(error: InvalidInput) -> list[tuple[str, str]]:
    return [(e.field, e.message) for e in error.errors]


def set_last_processed(database: Database, when: datetime) -> None:
    with database.sessions.begin() as session:
        session.execute(update(Customer).values(last_processed_at=when))


def last_processed(database: Database, customer_id: int) -> datetime:
    with database.sessions() as session:
        value = session.scalar(select(Customer.last_processed_at).where(Customer.id == customer_id))
    assert value is not None
    return value


# Saving a customer: every field round-trips -----------------------------------------------


def test_company_with_every_field_round_trips(database: Database) -> None:
    typed = CustomerInput(
        kind="company",
        salutation="Herr",
        title="",
        company_name="  Müller Bau GmbH ",
        company_addition="Niederlassung Köln",
        street="Domstraße 12",
        postcode="50668",
        city="Köln",
        country="de",
        phone="0221 1234567",
        phone_extension="12",
        mobile="0171 1234567",
        fax="0221 7654321",
        email="Anna@Mueller-Bau.DE",
        invoice_email="rechnung@mueller-bau.de",
        website="https://www.mueller-bau.de",
        form_of_address="Sie",
        letter_salutation_override="Sehr geehrtes Team der Müller Bau,",
        vat_id="de 136.695.976",
        tax_number="21/815/08150",
        iban="de89 3704 0044 0532 0130 00",
        account_holder="Müller Bau GmbH",
        remark="Zahlt pünktlich.\nLieferung nur vormittags.",
        groups=["Kunde"],
        social_profiles=[("linkedin", "https://www.linkedin.com/company/mueller-bau")],
    )

    saved = create(database, typed)

    assert saved.number == "K10001"
    assert saved.warnings == ()
    assert stored_input(database, saved.id) == replace(
        typed,
        number="K10001",
        company_name="Müller Bau GmbH",
        country="DE",
        email="Anna@mueller-bau.de",
        vat_id="DE136695976",
        iban=COMMERZBANK_IBAN,
        bic="COBADEFFXXX",
        bank_name="Commerzbank",
    )
    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert customer.display_name == "Müller Bau GmbH"
        assert customer.phone_e164 == "+492211234567"
        assert customer.phone_extension == "12"
        assert customer.mobile_e164 == "+491711234567"
        assert customer.fax_e164 == "+492217654321"
        assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (
            None,
            None,
            None,
        )
        assert customer.archived_at is None
        assert customer.conditions is not None  # created with the customer


def test_private_person_with_every_field_round_trips(database: Database) -> None:
    typed = CustomerInput(
        kind="person",
        salutation="Frau",
        title="Dr.",
        first_name=" Anna ",
        last_name="Schmitz",
        company_name="",
        company_addition="",
        street="Marienplatz 1",
        postcode="80331",
        city="München",
        country="DE",
        phone="+49 89 1234567",
        mobile="0171 7654321",
        email="anna.schmitz@example.com",
        invoice_email="",
        website="www.anna-schmitz.de",
        form_of_address="du",
        birthday="16.4.1980",
        iban="DE02 1203 0000 0000 2020 51",
        bic="BYLADEM1001",
        bank_name="DKB",
        account_holder="Anna Schmitz",
        remark="Privatkundin",
        groups=["Messekontakt", "Kunde"],
        social_profiles=[
            ("xing", "https://www.xing.com/profile/Anna_Schmitz"),
            ("", "https://anna-schmitz.de/blog"),
        ],
    )

    saved = create(database, typed)

    assert stored_input(database, saved.id) == replace(
        typed,
        number="K10001",
        first_name="Anna",
        birthday="16.04.1980",
        iban="DE02120300000000202051",
        # The groups come back in their order in the settings, a network left open as "other".
        groups=["Kunde", "Messekontakt"],
        social_profiles=[
            ("xing", "https://www.xing.com/profile/Anna_Schmitz"),
            ("other", "https://anna-schmitz.de/blog"),
        ],
    )
    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert customer.display_name == "Schmitz, Anna"
        assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (
            16,
            4,
            1980,
        )
        assert customer.phone_e164 == "+49891234567"
        assert customer.phone_extension is None


def test_saving_what_the_form_shows_changes_nothing(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(
            company_name="Müller GmbH",
            phone="0221 1234567",
            phone_extension="12",
            birthday="29.02.",
            iban=COMMERZBANK_IBAN,
            groups=["Lieferant", "Kunde"],
            social_profiles=[("xing", "https://www.xing.com/companies/mueller")],
        ),
    )
    set_last_processed(database, OLD)
    shown = stored_input(database, saved.id)

    with database.sessions.begin() as session:
        save_customer(session, shown, customer_id=saved.id)

    assert stored_input(database, saved.id) == shown
    assert last_processed(database, saved.id) == OLD


# Customer numbers --------------------------------------------------------------------------


def test_numbers_come_from_the_range(database: Database) -> None:
    first = create(database, CustomerInput(company_name="Erste GmbH"))
    second = create(database, CustomerInput(company_name="Zweite GmbH"))

    assert (first.number, second.number) == ("K10001", "K10002")
    assert next_customer_number(database) == 10003
    with database.sessions() as session:
        assert find_by_number(session, "k10002").company_name == "Zweite GmbH"
        with pytest.raises(NotFound):
            find_by_number(session, "K10003")


def test_typed_number_is_kept_and_the_range_skips_it(database: Database) -> None:
    typed = create(database, CustomerInput(number=" K10002 ", company_name="Vorab GmbH"))
    first = create(database, CustomerInput(company_name="Erste GmbH"))
    third = create(database, CustomerInput(company_name="Dritte GmbH"))

    assert [typed.number, first.number, third.number] == ["K10002", "K10001", "K10003"]
    assert next_customer_number(database) == 10004


def test_taken_number_is_refused(database: Database) -> None:
    create(database, CustomerInput(company_name="Erste GmbH"))
    second = create(database, CustomerInput(company_name="Zweite GmbH"))

    with database.sessions.begin() as session:
        with pytest.raises(InvalidInput) as caught:
            save_customer(session, CustomerInput(number="k10001", company_name="Dritte GmbH"))
        with pytest.raises(InvalidInput) as caught_on_change:
            save_customer(
                session,
                CustomerInput(number="K10001", company_name="Zweite GmbH"),
                customer_id=second.id,
            )
        # Its own number is not "taken" for the customer itself.
        save_customer(
            session, CustomerInput(number="K10002", company_name="Zweite AG"), customer_id=second.id
        )

    assert refused(caught.value) == [
        ("Kundennummer", "Die Kundennummer k10001 ist schon vergeben.")
    ]
    assert refused(caught_on_change.value) == [
        ("Kundennummer", "Die Kundennummer K10001 ist schon vergeben.")
    ]
    assert customer_count(database) == 2
    assert next_customer_number(database) == 10003
    assert stored_input(database, second.id).company_name == "Zweite AG"


def test_numbers_are_not_given_again_after_a_delete(database: Database) -> None:
    first = create(database, CustomerInput(company_name="Erste GmbH"))
    with database.sessions.begin() as session:
        assert remove_customer(session, first.id) == Removal.DELETED

    second = create(database, CustomerInput(company_name="Zweite GmbH"))

    assert (first.number, second.number) == ("K10001", "K10002")
    assert customer_count(database) == 1


# Phone, bank -------------------------------------------------------------------------------


def test_phone_is_stored_as_typed_and_as_e164_with_extension(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(company_name="Tel GmbH", phone="0221 1234567", phone_extension=" 34 "),
    )

    assert saved.warnings == ()
    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert (customer.phone, customer.phone_e164, customer.phone_extension) == (
            "0221 1234567",
            "+492211234567",
            "34",
        )
        assert search_customers(session, "Tel GmbH")[0].phone == "0221 1234567-34"


def test_phone_without_area_code_is_kept_with_a_warning(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(company_name="Tel GmbH", phone="123456", mobile="0171", fax="folgt"),
    )

    assert saved.warnings == (
        f"Telefon: {NO_AREA_CODE}",
        "Mobil: " + NO_AREA_CODE.replace("123456", "0171"),
        "Fax: „folgt“ enthält keine Rufnummer. Der Text wurde so gespeichert, wie er eingegeben"
        " wurde.",
    )
    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert (customer.phone, customer.phone_e164) == ("123456", None)
        assert (customer.mobile, customer.mobile_e164) == ("0171", None)
        assert (customer.fax, customer.fax_e164) == ("folgt", None)


def test_iban_fills_bic_and_bank(database: Database) -> None:
    saved = create(database, CustomerInput(company_name="Bank GmbH", iban=COMMERZBANK_IBAN))

    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert (customer.iban, customer.bic, customer.bank_name) == (
            COMMERZBANK_IBAN,
            "COBADEFFXXX",
            "Commerzbank",
        )


def test_typed_bic_and_bank_are_kept(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(
            company_name="Bank GmbH",
            iban=COMMERZBANK_IBAN,
            bic=" cobadeff ",
            bank_name="Commerzbank Köln",
        ),
    )

    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert (customer.bic, customer.bank_name) == ("COBADEFF", "Commerzbank Köln")


# Refused input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            {"iban": "DE89370400440532013001"},
            ("IBAN", "Die Prüfziffer stimmt nicht – bitte die IBAN prüfen."),
        ),
        (
            {"email": "max@"},
            (
                "E-Mail",
                "„max@“ ist keine gültige E-Mail-Adresse – bitte in der Form name@beispiel.de"
                " eingeben.",
            ),
        ),
        (
            {"invoice_email": "rechnung at firma.de"},
            (
                "E-Mail für Rechnungen",
                "„rechnung at firma.de“ ist keine gültige E-Mail-Adresse – bitte in der Form"
                " name@beispiel.de eingeben.",
            ),
        ),
        (
            {"vat_id": "DE136695977"},
            (
                "USt-IdNr.",
                "Die Prüfziffer von „DE136695977“ stimmt nicht – bitte die USt-IdNr. auf"
                " Tippfehler und Zahlendreher prüfen.",
            ),
        ),
        (
            {"tax_number": "21/815/0815O"},
            (
                "Steuernummer",
                "„21/815/0815O“ enthält Buchstaben oder andere Zeichen – eine Steuernummer besteht"
                " nur aus Ziffern, wahlweise durch Schrägstriche oder Leerzeichen getrennt,"
                " z. B. 21/815/08150.",
            ),
        ),
        (
            {"bic": "COBADEF"},
            (
                "BIC",
                "„COBADEF“ hat die falsche Länge – ein BIC hat 8 oder 11 Zeichen,"
                " z. B. COBADEFFXXX.",
            ),
        ),
        ({"postcode": "1234"}, ("PLZ", "Eine deutsche Postleitzahl hat fünf Ziffern.")),
        ({"company_name": "   "}, ("Firma", "Bitte den Firmennamen eingeben.")),
        ({"groups": ["Stammkunde"]}, ("Kundengruppen", "Es gibt keine Gruppe „Stammkunde“.")),
        ({"country": "xx"}, ("Land", "„XX“ ist kein Ländercode (z. B. DE, AT, CH).")),
        ({"website": "meine firma"}, ("Internet", "„meine firma“ ist keine Webadresse.")),
        ({"form_of_address": "Du"}, ("Anrede (du/Sie)", "„Du“ ist keine der möglichen Angaben.")),
        ({"salutation": "Herrn"}, ("Anrede", "„Herrn“ ist keine der möglichen Angaben.")),
        ({"kind": "verein"}, ("Art", "„verein“ ist keine der möglichen Angaben.")),
        (
            {"social_profiles": [("xing", "kein link")]},
            ("Soziales Profil", "„kein link“ ist keine Webadresse."),
        ),
    ],
)
def test_invalid_field_is_refused_and_nothing_is_written(
    database: Database, typed: dict[str, object], expected: tuple[str, str]
) -> None:
    data = replace(CustomerInput(company_name="Prüf GmbH"), **typed)  # type: ignore[arg-type]

    # The transaction commits: the service itself must not have written anything.
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_customer(session, data)

    assert refused(caught.value) == [expected]
    assert customer_count(database) == 0
    assert next_customer_number(database) == 10001


def test_a_private_person_needs_a_name(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_customer(session, CustomerInput(kind="person", company_name="Nur Firma"))

    assert refused(caught.value) == [("Nachname", "Bitte den Namen der Person eingeben.")]


def test_a_foreign_postcode_is_not_checked_as_german(database: Database) -> None:
    saved = create(database, CustomerInput(company_name="Wien GmbH", country="AT", postcode="1010"))

    assert (
        stored_input(database, saved.id).country,
        stored_input(database, saved.id).postcode,
    ) == (
        "AT",
        "1010",
    )


def test_every_refused_field_is_named_at_once(database: Database) -> None:
    create(database, CustomerInput(company_name="Erste GmbH"))
    bad = CustomerInput(
        company_name="",
        email="max@",
        postcode="1234",
        vat_id="DE136695977",
        iban="DE89370400440532013001",
        birthday="31.02.",
    )

    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_customer(session, bad)

    assert caught.value.fields() == {"Firma", "E-Mail", "PLZ", "USt-IdNr.", "IBAN", "Geburtstag"}
    assert sorted(refused(caught.value)) == sorted(
        [
            ("Firma", "Bitte den Firmennamen eingeben."),
            (
                "E-Mail",
                "„max@“ ist keine gültige E-Mail-Adresse – bitte in der Form name@beispiel.de"
                " eingeben.",
            ),
            ("PLZ", "Eine deutsche Postleitzahl hat fünf Ziffern."),
            (
                "USt-IdNr.",
                "Die Prüfziffer von „DE136695977“ stimmt nicht – bitte die USt-IdNr. auf"
                " Tippfehler und Zahlendreher prüfen.",
            ),
            ("IBAN", "Die Prüfziffer stimmt nicht – bitte die IBAN prüfen."),
            ("Geburtstag", "Den 31.02. gibt es nicht – bitte Tag und Monat prüfen."),
        ]
    )
    assert customer_count(database) == 1
    assert next_customer_number(database) == 10002


def test_group_and_number_errors_come_together(database: Database) -> None:
    create(database, CustomerInput(company_name="Erste GmbH"))

    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_customer(
            session, CustomerInput(number="K10001", company_name="X", groups=["Foo", "Bar"])
        )

    assert refused(caught.value) == [
        ("Kundengruppen", "Es gibt keine Gruppe „Foo“."),
        ("Kundengruppen", "Es gibt keine Gruppe „Bar“."),
        ("Kundennummer", "Die Kundennummer K10001 ist schon vergeben."),
    ]


def test_unknown_group_and_taken_number_are_named_with_the_other_errors(
    database: Database,
) -> None:
    create(database, CustomerInput(company_name="Erste GmbH"))

    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_customer(
            session,
            CustomerInput(number="K10001", company_name="X", email="max@", groups=["Foo"]),
        )

    assert refused(caught.value) == [
        (
            "E-Mail",
            "„max@“ ist keine gültige E-Mail-Adresse – bitte in der Form name@beispiel.de"
            " eingeben.",
        ),
        ("Kundengruppen", "Es gibt keine Gruppe „Foo“."),
        ("Kundennummer", "Die Kundennummer K10001 ist schon vergeben."),
    ]
    assert customer_count(database) == 1


def test_unknown_social_network_is_refused_with_a_message(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_customer(
            session,
            CustomerInput(
                company_name="X",
                social_profiles=[("MySpace", "https://myspace.com/x"), ("xing", "kein link")],
            ),
        )

    assert refused(caught.value) == [
        ("Soziales Profil", "„myspace“ ist keine der möglichen Angaben."),
        ("Soziales Profil", "„kein link“ ist keine Webadresse."),
    ]
    assert customer_count(database) == 0


def test_social_network_is_stored_in_lower_case(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(company_name="X", social_profiles=[(" XING ", "https://xing.com/x")]),
    )

    assert stored_input(database, saved.id).social_profiles == [("xing", "https://xing.com/x")]


def test_changing_an_unknown_customer_is_not_found(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(NotFound):
        save_customer(session, CustomerInput(company_name="X"), customer_id=999)

    assert customer_count(database) == 0


# du/Sie, birthday, letter salutation -------------------------------------------------------


def test_form_of_address_du_and_sie_are_stored(database: Database) -> None:
    du = create(
        database,
        CustomerInput(kind="person", first_name="Jan", last_name="Berg", form_of_address="du"),
    )
    sie = create(database, CustomerInput(company_name="Sie GmbH", form_of_address=" Sie "))

    with database.sessions() as session:
        assert get_customer(session, du.id).form_of_address == "du"
        assert get_customer(session, sie.id).form_of_address == "Sie"


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("29.02.", (29, 2, None), "29.02."),
        ("16.04.1980", (16, 4, 1980), "16.04.1980"),
        ("16. 4. 1980", (16, 4, 1980), "16.04.1980"),
        ("1980-04-16", (16, 4, 1980), "16.04.1980"),
        ("", (None, None, None), ""),
    ],
)
def test_birthday_is_stored_as_day_month_year(
    database: Database, typed: str, stored: tuple[int | None, ...], shown: str
) -> None:
    saved = create(database, CustomerInput(kind="person", last_name="Berg", birthday=typed))

    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == stored
    assert stored_input(database, saved.id).birthday == shown


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31.02.", "Den 31.02. gibt es nicht – bitte Tag und Monat prüfen."),
        (
            "29.02.1981",
            "1981 ist kein Schaltjahr, den 29.02.1981 gibt es also nicht – bitte das Datum prüfen.",
        ),
        (
            "16.04.80",
            "„16.04.80“ hat ein zweistelliges Jahr – bitte das Jahr vierstellig eingeben,"
            " z. B. 16.04.1980.",
        ),
        (
            "morgen",
            "„morgen“ ist kein Datum – bitte als TT.MM.JJJJ eingeben, z. B. 16.04.1980, oder ohne"
            " Jahr als 16.04.",
        ),
        (
            "01.01.1850",
            "Das Jahr 1850 ist als Geburtsjahr nicht plausibel – bitte ein Jahr ab 1900 eingeben.",
        ),
    ],
)
def test_bad_birthday_is_refused(database: Database, typed: str, message: str) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_customer(session, CustomerInput(kind="person", last_name="Berg", birthday=typed))

    assert refused(caught.value) == [("Geburtstag", message)]


def test_changing_a_birthday_to_empty_clears_it(database: Database) -> None:
    saved = create(database, CustomerInput(kind="person", last_name="Berg", birthday="16.04.1980"))

    with database.sessions.begin() as session:
        save_customer(
            session, replace(stored_input(database, saved.id), birthday=""), customer_id=saved.id
        )

    with database.sessions() as session:
        customer = get_customer(session, saved.id)
        assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (
            None,
            None,
            None,
        )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            CustomerInput(company_name="Müller GmbH", salutation="Herr", last_name="Müller"),
            "Sehr geehrte Damen und Herren,",
        ),
        (
            CustomerInput(kind="person", salutation="Frau", title="Dr.", last_name="Müller"),
            "Sehr geehrte Frau Dr. Müller,",
        ),
        (
            CustomerInput(kind="person", salutation="Herr", first_name="Jan", last_name="Berg"),
            "Sehr geehrter Herr Berg,",
        ),
        (
            CustomerInput(
                kind="person",
                salutation="Frau",
                first_name="Anna",
                last_name="Müller",
                form_of_address="du",
            ),
            "Liebe Anna,",
        ),
        (
            CustomerInput(
                kind="person",
                salutation="Herr",
                last_name="Berg",
                letter_salutation_override=" Moin Jan, ",
            ),
            "Moin Jan,",
        ),
        (
            CustomerInput(company_name="Team GmbH", letter_salutation_override="Hallo Team,"),
            "Hallo Team,",
        ),
    ],
)
def test_letter_salutation(database: Database, typed: CustomerInput, expected: str) -> None:
    saved = create(database, typed)

    with database.sessions() as session:
        assert customer_letter_salutation(get_customer(session, saved.id)) == expected


# Groups and social profiles ---------------------------------------------------------------


def group_names_in_file(database: Database, customer_id: int) -> list[str]:
    with database.sessions() as session:
        rows = session.execute(
            text(
                "SELECT g.name FROM customer_group_link AS l JOIN customer_group AS g"
                " ON g.id = l.group_id WHERE l.customer_id = :id ORDER BY g.position"
            ),
            {"id": customer_id},
        )
        return [row[0] for row in rows]


def test_groups_are_set_and_changed(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(company_name="Gruppe GmbH", groups=["Interessent", "Kunde", "Kunde"]),
    )
    assert group_names_in_file(database, saved.id) == ["Kunde", "Interessent"]

    with database.sessions.begin() as session:
        data = replace(stored_input(database, saved.id), groups=["Lieferant", " Messekontakt "])
        save_customer(session, data, customer_id=saved.id)
    assert group_names_in_file(database, saved.id) == ["Lieferant", "Messekontakt"]

    with database.sessions.begin() as session:
        save_customer(
            session, replace(stored_input(database, saved.id), groups=[]), customer_id=saved.id
        )
    assert group_names_in_file(database, saved.id) == []


def social_rows(database: Database) -> list[tuple[object, ...]]:
    with database.sessions() as session:
        rows = session.execute(
            select(
                SocialProfile.customer_id,
                SocialProfile.contact_person_id,
                SocialProfile.network,
                SocialProfile.url,
            ).order_by(SocialProfile.id)
        )
        return [tuple(row) for row in rows]


def test_social_profiles_are_set_replaced_and_removed(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(
            company_name="Sozial GmbH",
            social_profiles=[
                ("xing", " https://www.xing.com/companies/sozial "),
                ("linkedin", ""),  # an empty row of the form is left out
            ],
        ),
    )
    assert social_rows(database) == [
        (saved.id, None, "xing", "https://www.xing.com/companies/sozial")
    ]

    with database.sessions.begin() as session:
        data = replace(
            stored_input(database, saved.id),
            social_profiles=[
                ("linkedin", "https://www.linkedin.com/company/sozial"),
                ("instagram", "https://instagram.com/sozial"),
            ],
        )
        save_customer(session, data, customer_id=saved.id)
    assert social_rows(database) == [
        (saved.id, None, "linkedin", "https://www.linkedin.com/company/sozial"),
        (saved.id, None, "instagram", "https://instagram.com/sozial"),
    ]
    assert stored_input(database, saved.id).social_profiles == [
        ("linkedin", "https://www.linkedin.com/company/sozial"),
        ("instagram", "https://instagram.com/sozial"),
    ]

    with database.sessions.begin() as session:
        save_customer(
            session,
            replace(stored_input(database, saved.id), social_profiles=[]),
            customer_id=saved.id,
        )
    assert social_rows(database) == []


# Contact persons ---------------------------------------------------------------------------


def main_flags(database: Database, customer_id: int) -> dict[str, bool]:
    with database.sessions() as session:
        rows = session.execute(
            select(ContactPerson.last_name, ContactPerson.is_main).where(
                ContactPerson.customer_id == customer_id
            )
        )
        return {name: bool(is_main) for name, is_main in rows}


def test_first_contact_person_becomes_main(database: Database) -> None:
    customer_id = create_company(database, "Haupt GmbH")

    add_contact_person(database, customer_id, ContactPersonInput(last_name="Erster"))
    add_contact_person(database, customer_id, ContactPersonInput(last_name="Zweiter"))

    assert main_flags(database, customer_id) == {"Erster": True, "Zweiter": False}


def test_a_new_main_contact_demotes_the_previous_one(database: Database) -> None:
    customer_id = create_company(database, "Haupt GmbH")
    add_contact_person(database, customer_id, ContactPersonInput(last_name="Erster"))
    second = add_contact_person(database, customer_id, ContactPersonInput(last_name="Zweiter"))

    with database.sessions.begin() as session:
        person = session.get(ContactPerson, second)
        assert person is not None
        data = replace(ContactPersonInput.of(person), is_main=True)
        save_contact_person(session, data, customer_id=customer_id, contact_person_id=second)
    add_contact_person(database, customer_id, ContactPersonInput(last_name="Dritter", is_main=True))

    assert main_flags(database, customer_id) == {
        "Erster": False,
        "Zweiter": False,
        "Dritter": True,
    }
    assert (
        scalar(
            database,
            "SELECT count(*) FROM contact_person WHERE customer_id = :id AND is_main",
            id=customer_id,
        )
        == 1
    )


def test_the_main_contact_stays_main_when_saved_without_the_flag(database: Database) -> None:
    customer_id = create_company(database, "Haupt GmbH")
    first = add_contact_person(database, customer_id, ContactPersonInput(last_name="Erster"))

    with database.sessions.begin() as session:
        save_contact_person(
            session,
            ContactPersonInput(last_name="Erster", position="Einkauf", is_main=False),
            customer_id=customer_id,
            contact_person_id=first,
        )

    assert main_flags(database, customer_id) == {"Erster": True}


def test_deleting_the_main_contact_makes_the_next_one_main(database: Database) -> None:
    customer_id = create_company(database, "Haupt GmbH")
    first = add_contact_person(database, customer_id, ContactPersonInput(last_name="Erster"))
    add_contact_person(database, customer_id, ContactPersonInput(last_name="Zweiter"))
    add_contact_person(database, customer_id, ContactPersonInput(last_name="Dritter"))

    with database.sessions.begin() as session:
        delete_contact_person(session, customer_id=customer_id, contact_person_id=first)

    # The next one in the order of the list (main contact first, then by last name).
    assert main_flags(database, customer_id) == {"Zweiter": False, "Dritter": True}
    assert (
        scalar(
            database,
            "SELECT count(*) FROM contact_person WHERE customer_id = :id AND is_main",
            id=customer_id,
        )
        == 1
    )


def test_deleting_an_ordinary_contact_keeps_the_main_one(database: Database) -> None:
    customer_id = create_company(database, "Haupt GmbH")
    add_contact_person(database, customer_id, ContactPersonInput(last_name="Erster"))
    second = add_contact_person(database, customer_id, ContactPersonInput(last_name="Zweiter"))

    with database.sessions.begin() as session:
        delete_contact_person(session, customer_id=customer_id, contact_person_id=second)

    assert main_flags(database, customer_id) == {"Erster": True}


def test_contact_person_of_another_customer_is_not_found(database: Database) -> None:
    first = create_company(database, "Erste GmbH")
    second = create_company(database, "Zweite GmbH")
    person = add_contact_person(database, first, ContactPersonInput(last_name="Erster"))

    with database.sessions.begin() as session:
        with pytest.raises(NotFound):
            save_contact_person(
                session,
                ContactPersonInput(last_name="Fremd"),
                customer_id=second,
                contact_person_id=person,
            )
        with pytest.raises(NotFound):
            delete_contact_person(session, customer_id=second, contact_person_id=person)

    assert main_flags(database, first) == {"Erster": True}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            ContactPersonInput(first_name=" ", last_name=" ", position="Einkauf"),
            [("Nachname", "Bitte den Namen der Person eingeben.")],
        ),
        (
            ContactPersonInput(last_name="Berg", email="berg@@firma.de"),
            [
                (
                    "E-Mail",
                    "„berg@@firma.de“ ist keine gültige E-Mail-Adresse – bitte in der Form"
                    " name@beispiel.de eingeben.",
                )
            ],
        ),
        (
            ContactPersonInput(email="x@", birthday="32.01."),
            [
                (
                    "E-Mail",
                    "„x@“ ist keine gültige E-Mail-Adresse – bitte in der Form name@beispiel.de"
                    " eingeben.",
                ),
                ("Geburtstag", "Den 32.01. gibt es nicht – bitte Tag und Monat prüfen."),
                ("Nachname", "Bitte den Namen der Person eingeben."),
            ],
        ),
    ],
)
def test_contact_person_input_is_checked(
    database: Database, typed: ContactPersonInput, expected: list[tuple[str, str]]
) -> None:
    customer_id = create_company(database, "Prüf GmbH")

    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        save_contact_person(session, typed, customer_id=customer_id)

    assert refused(caught.value) == expected
    assert main_flags(database, customer_id) == {}


def test_contact_person_round_trips_with_extension_and_social_profiles(
    database: Database,
) -> None:
    customer_id = create_company(database, "Haupt GmbH")
    typed = ContactPersonInput(
        salutation="Frau",
        title="Prof. Dr.",
        first_name="Petra",
        last_name="Lindner",
        position="Einkaufsleiterin",
        department="Einkauf",
        email="petra.lindner@haupt.de",
        phone="0221 1234567",
        phone_extension="34",
        mobile="0171 2345678",
        form_of_address="Sie",
        birthday="01.12.",
        partner="Klaus",
        preferences="Tee statt Kaffee",
        interests="Segeln",
        notes="Mag kurze Mails.",
        social_profiles=[("xing", "https://www.xing.com/profile/Petra_Lindner")],
    )

    saved = add_contact_person(database, customer_id, typed)

    with database.sessions() as session:
        person = session.get(ContactPerson, saved)
        assert person is not None
        assert ContactPersonInput.of(person) == replace(typed, is_main=True)
        assert (person.phone_e164, person.phone_extension, person.mobile_e164) == (
            "+492211234567",
            "34",
            "+491712345678",
        )
        assert (person.birthday_day, person.birthday_month, person.birthday_year) == (1, 12, None)
        assert customer_letter_salutation(person) == "Sehr geehrte Frau Prof. Dr. Lindner,"
        # The person's profile is not one of the customer's own.
        assert get_customer(session, customer_id).social_profiles == []
    assert social_rows(database) == [
        (customer_id, saved, "xing", "https://www.xing.com/profile/Petra_Lindner")
    ]

    with database.sessions.begin() as session:
        save_contact_person(
            session,
            replace(typed, social_profiles=[("linkedin", "https://linkedin.com/in/plindner")]),
            customer_id=customer_id,
            contact_person_id=saved,
        )
    assert social_rows(database) == [
        (customer_id, saved, "linkedin", "https://linkedin.com/in/plindner")
    ]

    with database.sessions.begin() as session:
        save_contact_person(
            session,
            replace(typed, social_profiles=[]),
            customer_id=customer_id,
            contact_person_id=saved,
        )
    assert social_rows(database) == []


def test_contact_person_phone_without_area_code_warns(database: Database) -> None:
    customer_id = create_company(database, "Haupt GmbH")

    with database.sessions.begin() as session:
        saved = save_contact_person(
            session, ContactPersonInput(last_name="Berg", phone="123456"), customer_id=customer_id
        )

    assert saved.warnings == (f"Telefon: {NO_AREA_CODE}",)


# Delete or archive -------------------------------------------------------------------------


def rows_of(database: Database, table: str, customer_id: int) -> object:
    return scalar(database, f"SELECT count(*) FROM {table} WHERE customer_id = :id", id=customer_id)


def test_a_customer_without_attachments_is_deleted_with_its_own_parts(
    database: Database,
) -> None:
    saved = create(
        database,
        CustomerInput(
            company_name="Weg GmbH",
            groups=["Kunde", "Lieferant"],
            social_profiles=[("xing", "https://www.xing.com/companies/weg")],
        ),
    )
    other = create_company(database, "Bleibt GmbH")
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=1, label="Branche", field_type="text")
        custom_fields.set_values(session, customer_id=saved.id, typed={1: "Bau"})
        conditions.save_conditions(
            session, conditions.ConditionsInput(discount_percent="3"), customer_id=saved.id
        )
    tables = ("conditions", "custom_field_value", "customer_group_link", "social_profile")
    assert [rows_of(database, t, saved.id) for t in tables] == [1, 1, 2, 1]

    with database.sessions.begin() as session:
        assert remove_customer(session, saved.id) == Removal.DELETED

    assert [rows_of(database, t, saved.id) for t in tables] == [0, 0, 0, 0]
    assert scalar(database, "SELECT count(*) FROM customer WHERE id = :id", id=saved.id) == 0
    assert (
        scalar(database, "SELECT count(*) FROM customer_search WHERE rowid = :id", id=saved.id) == 0
    )
    assert scalar(database, "SELECT count(*) FROM customer_group") == 4
    assert customer_count(database) == 1
    with database.sessions() as session:
        with pytest.raises(NotFound):
            get_customer(session, saved.id)
        assert [row.id for row in search_customers(session, "GmbH")] == [other]


def attach_contact_person(database: Database, customer_id: int) -> None:
    add_contact_person(database, customer_id, ContactPersonInput(last_name="Berg"))


def attach_note(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        notes.add_note(session, customer_id=customer_id, text="Angerufen.")


@pytest.mark.parametrize("attach", [attach_contact_person, attach_note])
def test_a_customer_with_contact_persons_or_notes_is_archived(
    database: Database, attach: Callable[[Database, int], None]
) -> None:
    customer_id = create_company(database, "Archiv GmbH", city="Köln")
    attach(database, customer_id)
    before = datetime.now(UTC)

    with database.sessions.begin() as session:
        assert remove_customer(session, customer_id) == Removal.ARCHIVED
    # Removing it again keeps the first archive date.
    with database.sessions.begin() as session:
        archived_at = get_customer(session, customer_id).archived_at
        assert remove_customer(session, customer_id) == Removal.ARCHIVED

    with database.sessions() as session:
        customer = get_customer(session, customer_id)
        assert customer.archived_at is not None
        assert before <= customer.archived_at <= datetime.now(UTC)
        assert customer.archived_at == archived_at
        assert customer.city == "Köln"
        assert len(customer.contact_persons) + len(customer.notes) == 1
        assert customer.conditions is not None


def test_archived_customers_are_hidden_until_restored(database: Database) -> None:
    archived = create_company(database, "Müller GmbH")
    attach_note(database, archived)
    create_company(database, "Schmidt AG")
    with database.sessions.begin() as session:
        remove_customer(session, archived)

    with database.sessions() as session:
        assert search_customers(session, "Müller") == []
        assert count_customers(session) == 1
        assert count_customers(session, include_archived=True) == 2
        rows = search_customers(session, "Müller", include_archived=True)
        assert [(row.id, row.name, row.archived) for row in rows] == [
            (archived, "Müller GmbH", True)
        ]

    with database.sessions.begin() as session:
        restore_customer(session, archived)

    with database.sessions() as session:
        assert get_customer(session, archived).archived_at is None
        assert [(row.name, row.archived) for row in search_customers(session, "Müller")] == [
            ("Müller GmbH", False)
        ]
        assert count_customers(session) == 2


# Letzte Verarbeitung -----------------------------------------------------------------------


@dataclass(frozen=True)
class Ids:
    customer: int
    contact_person: int
    note: int


def edit_customer(session: Session, ids: Ids) -> None:
    data = replace(CustomerInput.of(get_customer(session, ids.customer)), city="Bonn")
    save_customer(session, data, customer_id=ids.customer)


def add_person(session: Session, ids: Ids) -> None:
    save_contact_person(session, ContactPersonInput(last_name="Neu"), customer_id=ids.customer)


def edit_person(session: Session, ids: Ids) -> None:
    person = session.get(ContactPerson, ids.contact_person)
    assert person is not None
    data = replace(ContactPersonInput.of(person), position="Geschäftsführer")
    save_contact_person(
        session, data, customer_id=ids.customer, contact_person_id=ids.contact_person
    )


def delete_person(session: Session, ids: Ids) -> None:
    delete_contact_person(session, customer_id=ids.customer, contact_person_id=ids.contact_person)


def add_a_note(session: Session, ids: Ids) -> None:
    notes.add_note(session, customer_id=ids.customer, text="Noch eine Notiz")


def delete_a_note(session: Session, ids: Ids) -> None:
    notes.delete_note(session, ids.note)


def change_conditions(session: Session, ids: Ids) -> None:
    conditions.save_conditions(
        session, conditions.ConditionsInput(discount_percent="5"), customer_id=ids.customer
    )


def change_custom_value(session: Session, ids: Ids) -> None:
    custom_fields.set_values(session, customer_id=ids.customer, typed={1: "Handel"})


def remove_custom_value(session: Session, ids: Ids) -> None:
    custom_fields.set_values(session, customer_id=ids.customer, typed={1: ""})


def change_groups(session: Session, ids: Ids) -> None:
    data = replace(CustomerInput.of(get_customer(session, ids.customer)), groups=["Lieferant"])
    save_customer(session, data, customer_id=ids.customer)


def change_social_profiles(session: Session, ids: Ids) -> None:
    data = replace(
        CustomerInput.of(get_customer(session, ids.customer)),
        social_profiles=[("xing", "https://www.xing.com/companies/alt")],
    )
    save_customer(session, data, customer_id=ids.customer)


def archive(session: Session, ids: Ids) -> None:
    remove_customer(session, ids.customer)


def customer_with_parts(database: Database) -> Ids:
    customer_id = create_company(database, "Alt GmbH", city="Köln")
    person = add_contact_person(database, customer_id, ContactPersonInput(last_name="Berg"))
    with database.sessions.begin() as session:
        note = notes.add_note(session, customer_id=customer_id, text="Erste Notiz").id
        custom_fields.save_definition(session, slot=1, label="Branche", field_type="text")
        custom_fields.set_values(session, customer_id=customer_id, typed={1: "Bau"})
    set_last_processed(database, OLD)
    return Ids(customer=customer_id, contact_person=person, note=note)


@pytest.mark.parametrize(
    "change",
    [
        edit_customer,
        add_person,
        edit_person,
        delete_person,
        add_a_note,
        delete_a_note,
        change_conditions,
        change_custom_value,
        remove_custom_value,
        change_groups,
        change_social_profiles,
        archive,
    ],
)
def test_a_change_sets_last_processed(
    database: Database, change: Callable[[Session, Ids], None]
) -> None:
    ids = customer_with_parts(database)
    before = datetime.now(UTC)

    with database.sessions.begin() as session:
        change(session, ids)

    assert before <= last_processed(database, ids.customer) <= datetime.now(UTC)


def test_reading_does_not_change_last_processed(database: Database) -> None:
    ids = customer_with_parts(database)

    with database.sessions.begin() as session:
        customer = get_customer(session, ids.customer)
        CustomerInput.of(customer)
        ContactPersonInput.of(customer.contact_persons[0])
        assert customer.conditions is not None
        conditions.ConditionsInput.of(customer.conditions)
        customer_letter_salutation(customer)
        assert [row.id for row in search_customers(session, "Alt")] == [ids.customer]
        assert count_customers(session) == 1
        assert custom_fields.values(session, ids.customer) == {1: "Bau"}
        assert [n.text for n in notes.notes(session, ids.customer)] == ["Erste Notiz"]

    assert last_processed(database, ids.customer) == OLD


def test_last_processed_of_other_customers_is_left_alone(database: Database) -> None:
    ids = customer_with_parts(database)
    other = create_company(database, "Anders GmbH")
    set_last_processed(database, OLD)

    with database.sessions.begin() as session:
        edit_customer(session, ids)
        add_a_note(session, ids)

    assert last_processed(database, other) == OLD
    assert last_processed(database, ids.customer) > OLD


# Search ------------------------------------------------------------------------------------


def found(database: Database, query: str, *, include_archived: bool = False) -> list[str]:
    with database.sessions() as session:
        return [
            row.name for row in search_customers(session, query, include_archived=include_archived)
        ]


@pytest.mark.parametrize("query", ["Müller", "Mueller", "Muller", "MÜLLER", "müller"])
def test_umlauts_are_found_in_any_spelling(database: Database, query: str) -> None:
    create_company(database, "Müller GmbH")
    create_company(database, "Mueller KG")
    create_company(database, "Muller SARL")
    create_company(database, "Schmidt AG")

    assert found(database, query) == ["Müller GmbH", "Mueller KG", "Muller SARL"]


@pytest.mark.parametrize("query", ["Straße", "Strasse", "straßer"])
def test_sharp_s_is_found_as_ss(database: Database, query: str) -> None:
    with_person = create_company(database, "Bau AG")
    add_contact_person(
        database, with_person, ContactPersonInput(first_name="Max", last_name="Straßer")
    )
    create_company(database, "Strasser Holz")
    create_company(database, "Weg GmbH")

    assert found(database, query) == ["Bau AG", "Strasser Holz"]


@pytest.mark.parametrize(
    "query",
    ["0221 12", "+49 221 12", "022112", "0049221", "(0221) 123-45", "0221 1234567-12"],
)
def test_phone_numbers_are_found_in_any_format(database: Database, query: str) -> None:
    create_company(database, "Köln GmbH", phone="0221 1234567", phone_extension="12")
    create_company(database, "München GmbH", phone="089 1234567")

    assert found(database, query) == ["Köln GmbH"]


def test_contact_person_phone_is_found(database: Database) -> None:
    customer_id = create_company(database, "Bau AG")
    add_contact_person(
        database, customer_id, ContactPersonInput(last_name="Berg", mobile="0171 2345678")
    )
    create_company(database, "Weg GmbH", phone="0171 1111111")

    assert found(database, "+49 171 234") == ["Bau AG"]


def test_exact_customer_number_comes_first(database: Database) -> None:
    create_company(database, "Aachen K10002 Handel")  # gets K10001
    create_company(database, "Zeta GmbH")  # gets K10002

    assert found(database, "K10002") == ["Zeta GmbH", "Aachen K10002 Handel"]
    assert found(database, "k10002") == ["Zeta GmbH", "Aachen K10002 Handel"]
    assert found(database, "K10001") == ["Aachen K10002 Handel"]


def test_part_of_a_word_is_found(database: Database) -> None:
    create_company(database, "Müller GmbH")
    create_company(database, "Keller OHG")
    create_company(database, "Schmidt AG")

    assert found(database, "ller") == ["Keller OHG", "Müller GmbH"]


def test_contact_person_name_and_email_are_found(database: Database) -> None:
    customer_id = create_company(database, "Bau AG")
    add_contact_person(
        database,
        customer_id,
        ContactPersonInput(first_name="Petra", last_name="Lindner", email="p.lindner@bau-ag.de"),
    )
    create_company(database, "Weg GmbH", email="info@weg.de")

    assert found(database, "Lindner") == ["Bau AG"]
    assert found(database, "Petra") == ["Bau AG"]
    assert found(database, "p.lindner@bau-ag.de") == ["Bau AG"]
    assert found(database, "info@weg.de") == ["Weg GmbH"]


def test_postcode_and_city_are_found(database: Database) -> None:
    create_company(database, "Köln GmbH", postcode="50667", city="Köln")
    create_company(database, "Bonn GmbH", postcode="53111", city="Bonn")

    assert found(database, "50667") == ["Köln GmbH"]
    assert found(database, "531") == ["Bonn GmbH"]
    assert found(database, "koeln") == ["Köln GmbH"]


def test_every_word_of_the_query_must_match(database: Database) -> None:
    create_company(database, "Müller GmbH", city="Köln")
    create_company(database, "Müller KG", city="Bonn")
    create_company(database, "Schmidt AG", city="Köln")

    assert found(database, "Köln Müller") == ["Müller GmbH"]
    assert found(database, "Müller Köln") == ["Müller GmbH"]
    assert found(database, "Müller Berlin") == []


def test_one_and_two_letter_queries(database: Database) -> None:
    create_company(database, "Zimmer GmbH")
    create_company(database, "Quast AG")
    create_company(database, "Schmidt AG")
    create_company(database, "Hagen GmbH")

    # Two letters are looked for at the start of a word …
    assert found(database, "zi") == ["Zimmer GmbH"]
    assert found(database, "Ag") == ["Quast AG", "Schmidt AG"]
    assert found(database, "ha") == ["Hagen GmbH"]
    assert found(database, "gm") == ["Hagen GmbH", "Zimmer GmbH"]
    # … one letter finds the names beginning with it, as in an address book.
    assert found(database, "q") == ["Quast AG"]
    assert found(database, "S") == ["Schmidt AG"]
    assert found(database, "g") == []
    assert found(database, "s ag") == ["Schmidt AG"]
    assert found(database, "   ") == []


def test_search_rows_carry_what_the_list_shows(database: Database) -> None:
    saved = create(
        database,
        CustomerInput(
            kind="person",
            first_name="Anna",
            last_name="Müller",
            postcode="50667",
            city="Köln",
            phone="+49 221 1234567",
            email="anna@example.com",
        ),
    )

    with database.sessions() as session:
        rows = search_customers(session, "Anna")
    assert [
        (r.id, r.number, r.name, r.postcode, r.city, r.phone, r.email, r.archived) for r in rows
    ] == [
        (
            saved.id,
            "K10001",
            "Müller, Anna",
            "50667",
            "Köln",
            "0221 1234567",
            "anna@example.com",
            False,
        )
    ]


def test_the_index_follows_a_rename_in_the_same_transaction(database: Database) -> None:
    customer_id = create_company(database, "Müller GmbH")

    with pytest.raises(RuntimeError), database.sessions.begin() as session:
        data = replace(CustomerInput.of(get_customer(session, customer_id)), company_name="Schulz")
        save_customer(session, data, customer_id=customer_id)
        assert [row.id for row in search_customers(session, "Schulz")] == [customer_id]
        assert search_customers(session, "Müller") == []
        raise RuntimeError("roll back")

    assert found(database, "Müller") == ["Müller GmbH"]
    assert found(database, "Schulz") == []

    with database.sessions.begin() as session:
        data = replace(CustomerInput.of(get_customer(session, customer_id)), company_name="Schulz")
        save_customer(session, data, customer_id=customer_id)

    assert found(database, "Schulz") == ["Schulz"]
    assert found(database, "Müller") == []


def test_the_index_follows_contact_person_changes(database: Database) -> None:
    customer_id = create_company(database, "Bau AG")
    person = add_contact_person(database, customer_id, ContactPersonInput(last_name="Lindner"))
    assert found(database, "Lindner") == ["Bau AG"]

    with database.sessions.begin() as session:
        save_contact_person(
            session,
            ContactPersonInput(last_name="Brandt"),
            customer_id=customer_id,
            contact_person_id=person,
        )
    assert found(database, "Lindner") == []
    assert found(database, "Brandt") == ["Bau AG"]

    with database.sessions.begin() as session:
        delete_contact_person(session, customer_id=customer_id, contact_person_id=person)
    assert found(database, "Brandt") == []


def test_many_new_customers_are_added_at_once(database: Database) -> None:
    with database.sessions.begin() as session:
        saved = add_customers(
            session,
            [
                CustomerInput(company_name="Erste GmbH", groups=["Kunde"], phone="0221 123456"),
                CustomerInput(number="K20000", kind="person", last_name="Zweite"),
                CustomerInput(company_name="Dritte KG", website="www.dritte.de"),
            ],
        )
    assert [s.number for s in saved] == ["K10001", "K20000", "K10002"]
    with database.sessions() as session:
        first = get_customer(session, saved[0].id)
        assert [g.name for g in first.groups] == ["Kunde"]
        assert first.phone_e164 == "+49221123456"
        assert get_customer(session, saved[2].id).website == "www.dritte.de"
        assert search_customers(session, "Dritte")[0].number == "K10002"  # indexed


def test_a_customer_added_with_many_is_stored_as_one_saved_alone(
    database: Database, company_path: Path, tmp_path: Path
) -> None:
    typed = CustomerInput(
        number="K7",
        kind="person",
        salutation="Frau",
        title="Dr.",
        first_name="Eva",
        last_name="Weiß",
        street="Domstraße 1",
        postcode="50667",
        city="Köln",
        phone="0221 123456",
        phone_extension="12",
        mobile="0171 1234567",
        email="Eva@Example.DE",
        website="www.weiss.de",
        birthday="01.02.1970",
        iban="DE02120300000000202051",
        remark="Zeile 1\nZeile 2",
        groups=["Kunde"],
        social_profiles=[("xing", "https://xing.com/eva")],
    )
    alone_path = tmp_path / "Allein.sqlite"
    shutil.copyfile(company_path, alone_path)
    alone = open_company(alone_path)
    try:
        with alone.sessions.begin() as session:
            save_customer(session, typed)
        with database.sessions.begin() as session:
            add_customers(session, [typed])
        tables = ("customer", "conditions", "customer_group_link", "social_profile")
        with alone.engine.connect() as a, database.engine.connect() as b:
            for table in tables:
                query = text(f"SELECT * FROM {table}")
                rows_a = [r._asdict() for r in a.execute(query)]
                rows_b = [r._asdict() for r in b.execute(query)]
                for row in rows_a + rows_b:  # the moment of saving differs
                    row.pop("created_at", None)
                    row.pop("last_processed_at", None)
                assert rows_a == rows_b, table
            index = text("SELECT rowid, body FROM customer_search")
            assert list(a.execute(index)) == list(b.execute(index))
    finally:
        alone.close()


def test_many_without_numbers_get_the_range_past_the_given_and_stored_ones(
    database: Database,
) -> None:
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(number="K10003", company_name="Da"))
    with database.sessions.begin() as session:
        saved = add_customers(
            session,
            [
                CustomerInput(company_name="Ohne 1"),
                CustomerInput(number="k10001", company_name="Mit"),  # taken in any capitals
                CustomerInput(company_name="Ohne 2"),
                CustomerInput(company_name="Ohne 3"),
            ],
        )
    assert [s.number for s in saved] == ["K10002", "k10001", "K10004", "K10005"]
    with database.sessions.begin() as session:
        assert save_customer(session, CustomerInput(company_name="Neu")).number == "K10006"


def test_adding_many_refuses_before_it_writes(database: Database) -> None:
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(number="K5", company_name="Da"))
    for refused in (
        [CustomerInput(number="K7", company_name="A"), CustomerInput(number="k7", last_name="B")],
        [CustomerInput(company_name="A"), CustomerInput(number="K5", company_name="B")],
        [CustomerInput(company_name="A"), CustomerInput(email="kein at", company_name="B")],
    ):
        with database.sessions.begin() as session, pytest.raises(InvalidInput):
            add_customers(session, refused)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 1
